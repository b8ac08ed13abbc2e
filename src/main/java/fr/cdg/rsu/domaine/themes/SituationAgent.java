package fr.cdg.rsu.domaine.themes;

import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Ce que les colonnes facultatives du fichier agents disent d'un agent. Une valeur est
 * {@code null} quand la cellule est vide ou que la colonne manque : {@link #colonnes()}
 * dit lesquelles le fichier avait. Dans une colonne présente, une cellule vide vaut « non
 * » pour un booléen ({@code X} / vide, règle de lecture des booléens) et 0 pour un
 * compte.
 *
 * @param colonnes les colonnes facultatives présentes dans le fichier de l'agent
 * @param visitesMedecinSurDemande visites au médecin de prévention à la demande de
 * l'agent dans l'année
 * @param accompagnementsCep accompagnements en conseil en évolution professionnelle dans
 * l'année
 * @param cdi contractuel en contrat à durée indéterminée
 */
public record SituationAgent(String siret, String matricule, Set<ColonneAgent> colonnes, @Nullable Boolean boeth,
		@Nullable TypeBoeth boethType, @Nullable Boolean teletravail, @Nullable Boolean teletravailDemande,
		@Nullable Integer visitesMedecinSurDemande, @Nullable Integer accompagnementsCep, @Nullable Boolean cdi,
		@Nullable MotifContrat motifContrat) implements EnregistrementFacultatif {

	public SituationAgent {
		Objects.requireNonNull(siret, "siret");
		Objects.requireNonNull(matricule, "matricule");
		colonnes = Set.copyOf(colonnes);
	}

	public boolean transmise(ColonneAgent colonne) {
		return colonnes.contains(colonne);
	}

	/**
	 * Bénéficiaire de l'obligation d'emploi : un type sans {@code boeth} renseigné vaut «
	 * oui ».
	 */
	public boolean estBoeth() {
		return Boolean.TRUE.equals(boeth) || (boeth == null && boethType != null);
	}

	public boolean estEnTeletravail() {
		return Boolean.TRUE.equals(teletravail);
	}

	public boolean aDemandeTeletravail() {
		return Boolean.TRUE.equals(teletravailDemande);
	}

	public int visites() {
		return visitesMedecinSurDemande == null ? 0 : visitesMedecinSurDemande;
	}

	public int accompagnements() {
		return accompagnementsCep == null ? 0 : accompagnementsCep;
	}

	public boolean estEnCdi() {
		return Boolean.TRUE.equals(cdi);
	}

}
