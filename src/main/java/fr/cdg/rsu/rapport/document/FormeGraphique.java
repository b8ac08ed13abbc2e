package fr.cdg.rsu.rapport.document;

import java.util.Arrays;
import java.util.Optional;

/** Les formes de graphique, toutes à plat (pas de 3D). */
public enum FormeGraphique {

	/** Barres verticales, groupées s'il y a plusieurs séries. */
	BARRES("barres"),
	/** Barres horizontales, groupées s'il y a plusieurs séries (libellés longs). */
	BARRES_HORIZONTALES("barres_horizontales"),
	/**
	 * Pyramide des âges : deux séries (femmes à gauche, hommes à droite) par tranche
	 * d'âge.
	 */
	PYRAMIDE("pyramide");

	private final String code;

	FormeGraphique(String code) {
		this.code = code;
	}

	public String code() {
		return code;
	}

	public static Optional<FormeGraphique> depuisCode(String code) {
		return Arrays.stream(values()).filter(f -> f.code.equals(code)).findFirst();
	}

}
