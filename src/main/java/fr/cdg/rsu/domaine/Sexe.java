package fr.cdg.rsu.domaine;

/** Sexe de l'agent tel que déclaré dans l'export RH. */
public enum Sexe {

	F, H;

	/** Code écrit dans les sorties ({@code F} / {@code H}). */
	public String code() {
		return name();
	}

}
