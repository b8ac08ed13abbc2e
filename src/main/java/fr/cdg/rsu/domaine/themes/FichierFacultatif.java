package fr.cdg.rsu.domaine.themes;

/**
 * Les fichiers facultatifs du RSU. Chacun est transmis ou non par l'export d'un employeur
 * : non transmis, ses thèmes sont « non renseignés », jamais nuls.
 */
public enum FichierFacultatif {

	EMPLOYEUR_RSU("employeur-rsu"), ACCIDENTS("accidents"), DECISIONS_SANTE("decisions-sante"),
	SIGNALEMENTS("signalements"), FORMATIONS("formations"), CARRIERES("carrieres");

	private final String nom;

	FichierFacultatif(String nom) {
		this.nom = nom;
	}

	/** Nom du fichier (sans extension) ou de la feuille : {@code decisions-sante}. */
	public String nom() {
		return nom;
	}

}
