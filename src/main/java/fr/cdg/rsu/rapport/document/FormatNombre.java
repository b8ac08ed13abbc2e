package fr.cdg.rsu.rapport.document;

import java.util.Arrays;
import java.util.Optional;

/**
 * Les formats d'affichage des valeurs, nommés dans les modèles ({@code format: taux}).
 * Les taux sont déjà en pour cent dans les lignes (14.02 signifie 14,02 %).
 */
public enum FormatNombre {

	/** Taux dans un tableau : 2 décimales, {@code 14,02 %}. */
	TAUX("taux", 2, "\u00A0%"),
	/** Taux en chiffre clé : 1 décimale, {@code 14,0 %}. */
	TAUX_1("taux_1", 1, "\u00A0%"),
	/** Compte : {@code 1 234}. */
	ENTIER("entier", 0, ""),
	/** Gravité, jours moyens : {@code 8,5}. */
	DECIMAL_1("decimal_1", 1, ""),
	/** ETPR : {@code 81,10}. */
	DECIMAL_2("decimal_2", 2, ""),
	/** Montant : {@code 30 864 €}. */
	EUROS("euros", 0, "\u00A0€"),
	/** Âge moyen : {@code 45,3 ans}. */
	ANS("ans", 1, "\u00A0ans"),
	/** Durée en jours : {@code 8,5 jours}. */
	JOURS("jours", 1, "\u00A0jours"),
	/** Heures : {@code 2 434 h}. */
	HEURES("heures", 0, "\u00A0h");

	private final String code;

	private final int decimales;

	private final String suffixe;

	FormatNombre(String code, int decimales, String suffixe) {
		this.code = code;
		this.decimales = decimales;
		this.suffixe = suffixe;
	}

	public String code() {
		return code;
	}

	public int decimales() {
		return decimales;
	}

	public String suffixe() {
		return suffixe;
	}

	public static Optional<FormatNombre> depuisCode(String code) {
		return Arrays.stream(values()).filter(f -> f.code.equals(code)).findFirst();
	}

}
