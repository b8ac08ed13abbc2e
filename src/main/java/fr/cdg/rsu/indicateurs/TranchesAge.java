package fr.cdg.rsu.indicateurs;

import java.util.List;

/**
 * Les tranches d'âge des tableaux, une seule définition pour les deux moteurs
 * d'agrégation (absentéisme et ventilations) : l'âge est l'âge révolu au 31/12 de l'année
 * de référence.
 */
public final class TranchesAge {

	/**
	 * Dimension {@code tranche_age} : {@code <20}, {@code 20-24} … {@code 60-64},
	 * {@code 65+}.
	 */
	public static final List<String> QUINQUENNALES = List.of("<20", "20-24", "25-29", "30-34", "35-39", "40-44",
			"45-49", "50-54", "55-59", "60-64", "65+");

	/** Dimension {@code tranche_age_3} : {@code <30}, {@code 30-49}, {@code 50+}. */
	public static final List<String> TROIS = List.of("<30", "30-49", "50+");

	private TranchesAge() {
	}

	/** Rang de la tranche quinquennale dans {@link #QUINQUENNALES}. */
	public static int rangQuinquennale(int age) {
		if (age < 20) {
			return 0;
		}
		return Math.min(QUINQUENNALES.size() - 1, (age - 20) / 5 + 1);
	}

	/** Rang de la tranche dans {@link #TROIS}. */
	public static int rangTrois(int age) {
		return age < 30 ? 0 : age < 50 ? 1 : 2;
	}

}
