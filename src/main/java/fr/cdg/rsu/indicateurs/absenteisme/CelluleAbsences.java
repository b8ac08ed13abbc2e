package fr.cdg.rsu.indicateurs.absenteisme;

import fr.cdg.rsu.domaine.Motif;

/**
 * Les sommes d'une cellule population × dimension × modalité, pour toutes les colonnes
 * (groupes et motifs) à la fois : chaque agent y est ajouté une fois.
 */
final class CelluleAbsences {

	/** Agents de la cellule présents au 31/12 : le dénominateur des taux. */
	int effectif;

	/**
	 * Agents que la cellule décrit (secret statistique) : les présents au 31/12 et les
	 * partis dans l'année qui ont au moins un jour d'absence, comptés au numérateur
	 * seulement.
	 */
	int population;

	final long[] jours = new long[Colonne.NB];

	final long[] arrets = new long[Colonne.NB];

	final int[] absents = new int[Colonne.NB];

	final int[] carence = new int[Colonne.NB];

	/**
	 * @param apport jours, arrêts et carence de l'agent par colonne, calculés une fois
	 * par agent
	 */
	void ajouter(ApportAgent apport, boolean presentAu31Decembre) {
		if (presentAu31Decembre) {
			effectif++;
			population++;
		}
		else if (apport.joursTotal() > 0) {
			population++;
		}
		for (int c = 0; c < Colonne.NB; c++) {
			int j = apport.jours()[c];
			if (j > 0) {
				jours[c] += j;
				absents[c]++;
			}
			arrets[c] += apport.arrets()[c];
			if (apport.carence()[c]) {
				carence[c]++;
			}
		}
	}

	/** Jours, arrêts et carence d'un agent par colonne ({@link Colonne#rang()}). */
	record ApportAgent(int[] jours, int[] arrets, boolean[] carence) {

		/**
		 * Jours de l'agent dans l'année, tous motifs comptés confondus (la colonne la
		 * plus large).
		 */
		int joursTotal() {
			int max = 0;
			for (int j : jours) {
				max = Math.max(max, j);
			}
			return max;
		}

		private static final Motif[] MOTIFS = Motif.values();

		/**
		 * Un agent sans absence n'apporte que sa présence : inutile de le ventiler
		 * colonne par colonne.
		 */
		private static final ApportAgent AUCUN = new ApportAgent(new int[Colonne.NB], new int[Colonne.NB],
				new boolean[Colonne.NB]);

		static ApportAgent de(DecompteAgent d) {
			if (d.joursTotal() == 0 && !d.aUneCarence()) {
				return AUCUN;
			}
			int[] jours = new int[Colonne.NB];
			int[] arrets = new int[Colonne.NB];
			boolean[] carence = new boolean[Colonne.NB];
			for (Colonne c : Colonne.TOUTES) {
				for (int m = 0; m < d.jours.length; m++) {
					if (c.contient(MOTIFS[m])) {
						jours[c.rang()] += d.jours[m];
						arrets[c.rang()] += d.arrets[m];
						carence[c.rang()] |= d.carence[m];
					}
				}
			}
			return new ApportAgent(jours, arrets, carence);
		}

	}

}
