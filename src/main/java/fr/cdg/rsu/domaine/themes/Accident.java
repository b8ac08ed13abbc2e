package fr.cdg.rsu.domaine.themes;

import java.time.LocalDate;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import fr.cdg.rsu.domaine.Motif;

/**
 * Un accident de service, de trajet ou une maladie professionnelle déclaré dans l'année
 * (ou plus ancien et causant encore des jours d'arrêt). Ses jours viennent des absences
 * du même agent, de même nature et de même date d'accident ; un accident sans arrêt
 * compte, avec zéro jour.
 *
 * @param nature {@link Motif#AT_SERVICE}, {@link Motif#AT_TRAJET} ou {@link Motif#MP}
 * @param dateAccident date de l'accident ou de la première constatation médicale de la
 * maladie
 * @param avecArret déclaré avec arrêt de travail, ou {@code null} si non renseigné (les
 * absences le disent)
 * @param reconnu imputabilité reconnue, ou {@code null} si non renseigné
 */
public record Accident(String siret, String matricule, Motif nature, LocalDate dateAccident,
		@Nullable Boolean avecArret, @Nullable Boolean reconnu, @Nullable ActiviteAccident activite,
		@Nullable SiegeLesion siegeLesion, @Nullable NatureLesion natureLesion,
		@Nullable ElementMateriel elementMateriel,
		@Nullable TypeMaladieProfessionnelle typeMp) implements EnregistrementFacultatif {

	public Accident {
		Objects.requireNonNull(siret, "siret");
		Objects.requireNonNull(matricule, "matricule");
		Objects.requireNonNull(nature, "nature");
		Objects.requireNonNull(dateAccident, "dateAccident");
		if (nature != Motif.AT_SERVICE && nature != Motif.AT_TRAJET && nature != Motif.MP) {
			throw new IllegalArgumentException("nature d'accident " + nature + " : AT_SERVICE, AT_TRAJET ou MP");
		}
	}

	/**
	 * Déclaré dans l'année : compte dans les accidents de l'année (les autres n'apportent
	 * que leurs jours).
	 */
	public boolean estDeLAnnee(int annee) {
		return dateAccident.getYear() == annee;
	}

}
