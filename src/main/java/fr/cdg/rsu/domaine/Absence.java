package fr.cdg.rsu.domaine;

import java.time.LocalDate;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Une période d'absence (un arrêt ou une prolongation), jours calendaires bornes
 * incluses.
 *
 * @param dateFin dernier jour, ou {@code null} si l'agent est encore absent (compté
 * jusqu'au 31/12)
 * @param ordre rang de la ligne dans les fichiers d'entrée ; départage deux périodes qui
 * commencent le même jour (la première du fichier l'emporte)
 */
public record Absence(String siret, String matricule, Motif motif, LocalDate dateDebut, @Nullable LocalDate dateFin,
		boolean prolongation, int joursCarence, @Nullable LocalDate dateAccident, long ordre) {

	public Absence {
		Objects.requireNonNull(siret, "siret");
		Objects.requireNonNull(matricule, "matricule");
		Objects.requireNonNull(motif, "motif");
		Objects.requireNonNull(dateDebut, "dateDebut");
		if (dateFin != null && dateFin.isBefore(dateDebut)) {
			throw new IllegalArgumentException("date de fin avant la date de début");
		}
		if (joursCarence < 0) {
			throw new IllegalArgumentException("jours de carence négatifs");
		}
	}

}
