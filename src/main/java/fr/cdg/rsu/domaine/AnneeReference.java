package fr.cdg.rsu.domaine;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * L'année de référence, du 1er janvier au 31 décembre : la seule construction de ces
 * dates (effectifs au 31/12, âge révolu au 31/12, bornes du décompte des absences).
 */
public record AnneeReference(int annee) {

	public LocalDate premierJour() {
		return LocalDate.of(annee, 1, 1);
	}

	public LocalDate dernierJour() {
		return LocalDate.of(annee, 12, 31);
	}

	/** Le 31/12 de l'année précédente, date de l'effectif précédent. */
	public LocalDate veille() {
		return LocalDate.of(annee - 1, 12, 31);
	}

	public boolean contient(@Nullable LocalDate date) {
		return date != null && date.getYear() == annee;
	}

	/**
	 * Employé un jour au moins de l'année : entré au plus tard le 31/12 et pas sorti
	 * avant le 1/1.
	 */
	public boolean emploie(Agent agent) {
		return (agent.dateEntree() == null || agent.dateEntree().getYear() <= annee)
				&& (agent.dateSortie() == null || agent.dateSortie().getYear() >= annee);
	}

}
