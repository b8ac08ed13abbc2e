package fr.cdg.rsu.domaine;

/** Statut de l'agent. Fonctionnaire = titulaire ou stagiaire. */
public enum Statut {

	TITULAIRE, STAGIAIRE, CONTRACTUEL_PERMANENT, CONTRACTUEL_NON_PERMANENT;

	public boolean estFonctionnaire() {
		return this == TITULAIRE || this == STAGIAIRE;
	}

	/** Sur emploi permanent : fonctionnaire ou contractuel permanent. */
	public boolean estPermanent() {
		return this != CONTRACTUEL_NON_PERMANENT;
	}

}
