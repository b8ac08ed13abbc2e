package fr.cdg.rsu.domaine;

/**
 * Les trois groupes d'absences de la méthode nationale. Ils s'emboîtent : médical
 * contient compressible, global contient médical.
 */
public enum GroupeAbsence {

	COMPRESSIBLE("compressible", "Absences compressibles"), MEDICAL("medical", "Absences médicales"),
	GLOBAL("global", "Absences globales");

	private final String code;

	private final String libelle;

	GroupeAbsence(String code, String libelle) {
		this.code = code;
		this.libelle = libelle;
	}

	public String code() {
		return code;
	}

	public String libelle() {
		return libelle;
	}

	/** Vrai si le motif compte dans ce groupe (en tenant compte de l'emboîtement). */
	public boolean contient(Motif motif) {
		return motif.groupe() != null && motif.groupe().ordinal() <= ordinal();
	}

}
