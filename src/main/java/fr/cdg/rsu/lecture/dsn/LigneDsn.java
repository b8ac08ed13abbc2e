package fr.cdg.rsu.lecture.dsn;

/**
 * Une ligne d'un fichier DSN : {@code S21.G00.30.001,'valeur'}. Une ligne qui n'a pas
 * cette forme garde son texte brut et une rubrique vide : elle sera rejetée, la lecture
 * continue.
 *
 * @param numero numéro de ligne dans le fichier, à partir de 1
 * @param rubrique {@code Sxx.Gyy.zz.aaa}, ou la chaîne vide pour une ligne mal formée
 * @param valeur le texte entre le premier {@code ,'} et la dernière apostrophe, ou la
 * ligne brute si mal formée
 */
record LigneDsn(long numero, String rubrique, String valeur) {

	/** La rubrique d'une ligne mal formée. */
	static final String MAL_FORMEE = "";

	boolean estMalFormee() {
		return rubrique.isEmpty();
	}

	private static final java.util.Map<String, String> BLOCS = new java.util.concurrent.ConcurrentHashMap<>();

	/**
	 * Le bloc {@code Sxx.Gyy.zz} (une chaîne par bloc : appelé à chaque ligne, deux fois
	 * par fichier).
	 */
	String bloc() {
		String b = BLOCS.get(rubrique);
		if (b == null) {
			b = rubrique.substring(0, 10);
			// borné : un fichier hostile aux rubriques toutes différentes ne fait pas
			// grossir la table
			if (BLOCS.size() < 10_000) {
				BLOCS.put(rubrique, b);
			}
		}
		return b;
	}

	/** Le numéro de la rubrique dans son bloc ({@code 001}). */
	int numeroRubrique() {
		return (rubrique.charAt(11) - '0') * 100 + (rubrique.charAt(12) - '0') * 10 + (rubrique.charAt(13) - '0');
	}

	/** La structure : {@code S10}, {@code S20}, {@code S21}, {@code S90}... */
	String structure() {
		return rubrique.substring(0, 3);
	}

}
