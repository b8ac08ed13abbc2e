package fr.cdg.rsu.rapport.document;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Mise en forme à la française, sans état partagé : séparateur de milliers U+202F (espace
 * fine insécable), virgule décimale, U+00A0 avant {@code %} et {@code €}, arrondi au plus
 * proche (moitié vers le haut) au seul affichage.
 */
public final class FormatFrancais {

	/** Espace fine insécable, séparateur des milliers. */
	public static final char ESPACE_FINE = '\u202F';

	/** Espace insécable, avant les unités. */
	public static final char ESPACE_INSECABLE = '\u00A0';

	/** Signe moins typographique. */
	public static final char MOINS = '\u2212';

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private FormatFrancais() {
	}

	public static String formater(BigDecimal valeur, FormatNombre format) {
		return nombre(valeur, format.decimales()) + format.suffixe();
	}

	/**
	 * Le nombre seul, arrondi à {@code decimales} (moitié vers le haut), groupé par
	 * milliers.
	 */
	public static String nombre(BigDecimal valeur, int decimales) {
		BigDecimal arrondi = valeur.setScale(decimales, RoundingMode.HALF_UP);
		boolean negatif = arrondi.signum() < 0;
		String brut = arrondi.abs().toPlainString();
		int point = brut.indexOf('.');
		String entier = point < 0 ? brut : brut.substring(0, point);
		String decimal = point < 0 ? "" : brut.substring(point + 1);
		StringBuilder sb = new StringBuilder();
		if (negatif) {
			sb.append(MOINS);
		}
		int debut = entier.length() % 3;
		if (debut > 0) {
			sb.append(entier, 0, debut);
		}
		for (int i = debut; i < entier.length(); i += 3) {
			if (i > 0) {
				sb.append(ESPACE_FINE);
			}
			sb.append(entier, i, i + 3);
		}
		if (!decimal.isEmpty()) {
			sb.append(',').append(decimal);
		}
		return sb.toString();
	}

	public static String date(LocalDate date) {
		return DATE.format(date);
	}

}
