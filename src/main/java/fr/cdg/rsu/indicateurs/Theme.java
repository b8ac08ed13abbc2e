package fr.cdg.rsu.indicateurs;

/** Thème d'un indicateur, colonne {@code theme} du format long. */
public enum Theme {

	EFFECTIFS, ABSENTEISME, ACCIDENTS, REMUNERATIONS, EGALITE;

	public String code() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

	public static Theme depuisCode(String code) {
		return valueOf(code.toUpperCase(java.util.Locale.ROOT));
	}

}
