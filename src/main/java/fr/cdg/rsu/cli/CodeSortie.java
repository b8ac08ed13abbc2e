package fr.cdg.rsu.cli;

/**
 * Les codes de sortie de la commande, tels que {@code --aide} et le README les donnent :
 * un seul endroit.
 */
public enum CodeSortie {

	SUCCES(0),

	/** Toute autre erreur (le message le dit ; la trace est dans {@code rsu.log}). */
	ERREUR(1),

	/** Option absente ou invalide, dossier de sortie inutilisable : rien n'est écrit. */
	OPTION_INVALIDE(2),

	/** Campagne terminée, un employeur au moins en échec. */
	EMPLOYEURS_EN_ECHEC(3),

	/**
	 * Entrée inutilisable (colonne obligatoire absente, année non couverte...) : aucun
	 * résultat n'est écrit.
	 */
	ENTREE_INUTILISABLE(4),

	/**
	 * Campagne arrêtée à la demande (SIGTERM, arrêt du service) : la même commande la
	 * reprend.
	 */
	ARRETEE(5),

	/**
	 * Une autre campagne utilise déjà la base de cette sortie, ou tourne encore sur une
	 * base partagée.
	 */
	BASE_OCCUPEE(6);

	private final int code;

	CodeSortie(int code) {
		this.code = code;
	}

	public int code() {
		return code;
	}

}
