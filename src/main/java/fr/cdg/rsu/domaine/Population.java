package fr.cdg.rsu.domaine;

/** Populations de la méthode : chaque indicateur est calculé pour une population. */
public enum Population {

	FONCTIONNAIRES("fonctionnaires", "Fonctionnaires"),
	CONTRACTUELS_PERMANENTS("contractuels_permanents", "Contractuels permanents"),
	PERMANENTS("permanents", "Emplois permanents"), NON_PERMANENTS("non_permanents", "Contractuels non permanents"),
	TOUS("tous", "Ensemble des agents");

	private final String code;

	private final String libelle;

	Population(String code, String libelle) {
		this.code = code;
		this.libelle = libelle;
	}

	public String code() {
		return code;
	}

	public String libelle() {
		return libelle;
	}

	public boolean inclut(Statut statut) {
		return switch (this) {
			case FONCTIONNAIRES -> statut.estFonctionnaire();
			case CONTRACTUELS_PERMANENTS -> statut == Statut.CONTRACTUEL_PERMANENT;
			case PERMANENTS -> statut.estPermanent();
			case NON_PERMANENTS -> statut == Statut.CONTRACTUEL_NON_PERMANENT;
			case TOUS -> true;
		};
	}

}
