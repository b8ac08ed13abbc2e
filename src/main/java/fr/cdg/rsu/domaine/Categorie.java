package fr.cdg.rsu.domaine;

/** Catégorie hiérarchique A, B ou C. */
public enum Categorie {

	A, B, C;

	public String code() {
		return name();
	}

}
