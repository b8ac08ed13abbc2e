package fr.cdg.rsu.lecture;

/** Le sort d'une ligne lue : acceptée (un enregistrement du domaine) ou rejetée avec son motif. */
public sealed interface LigneLue {

	String fichier();

	long ligne();

	/**
	 * @param enregistrement une {@link fr.cdg.rsu.domaine.Collectivite}, un {@link fr.cdg.rsu.domaine.Agent}, une
	 * {@link fr.cdg.rsu.domaine.Absence} ou une {@link fr.cdg.rsu.domaine.LignePaie}
	 */
	record Acceptee(String fichier, long ligne, Object enregistrement) implements LigneLue {
	}

	record Rejetee(Rejet rejet) implements LigneLue {

		@Override
		public String fichier() {
			return rejet.fichier();
		}

		@Override
		public long ligne() {
			return rejet.ligne();
		}

	}

}
