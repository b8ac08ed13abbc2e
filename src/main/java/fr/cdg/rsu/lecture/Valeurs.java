package fr.cdg.rsu.lecture;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Conversion des textes d'une cellule en dates, nombres et booléens, selon les règles de
 * lecture de la spécification d'entrée. Toutes les méthodes sont pures ; une cellule vide
 * donne {@code null}.
 */
public final class Valeurs {

	private static final Pattern DATE_FR = Pattern.compile("(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})");

	private static final Pattern DATE_ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ].*)?");

	private static final Pattern DATE_TIRETS = Pattern.compile("(\\d{1,2})-(\\d{1,2})-(\\d{4})");

	private static final Pattern NOMBRE = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");

	private static final Pattern SERIE_EXCEL = Pattern.compile("\\d{1,7}(?:\\.\\d+)?");

	/**
	 * Jour 0 des numéros de série Excel (calendrier 1900, l'erreur du 29/02/1900
	 * comprise).
	 */
	private static final LocalDate ORIGINE_EXCEL = LocalDate.of(1899, 12, 30);

	/**
	 * Au-delà, aucun nombre d'un export RH n'a de sens : le budget d'une région dépasse
	 * quelques milliards d'euros, pas mille. Les bornes propres à chaque colonne (montant
	 * d'une ligne de paie, ETPR...) sont plus serrées.
	 */
	private static final BigDecimal MAXIMUM_PLAUSIBLE = new BigDecimal("1000000000000");

	/**
	 * Au-delà de tant de caractères (séparateurs retirés), ce n'est plus un montant mais
	 * une saisie aberrante.
	 */
	private static final int LONGUEUR_MAXIMUM = 40;

	private Valeurs() {
	}

	/** Vrai pour une cellule absente ou faite d'espaces. */
	public static boolean estVide(@Nullable String texte) {
		return texte == null || texte.isBlank();
	}

	/**
	 * Lit une date {@code JJ/MM/AAAA}, {@code AAAA-MM-JJ} ou {@code JJ-MM-AAAA} ; si
	 * {@code serieExcelAdmise}, un numéro de série Excel (cellule numérique d'un
	 * classeur).
	 */
	public static @Nullable LocalDate date(@Nullable String texte, boolean serieExcelAdmise)
			throws ValeurInvalideException {
		if (texte == null || estVide(texte)) {
			return null;
		}
		String t = texte.strip();
		try {
			var m = DATE_FR.matcher(t);
			if (m.matches()) {
				return LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
						Integer.parseInt(m.group(1)));
			}
			m = DATE_ISO.matcher(t);
			if (m.matches()) {
				return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
						Integer.parseInt(m.group(3)));
			}
			m = DATE_TIRETS.matcher(t);
			if (m.matches()) {
				return LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
						Integer.parseInt(m.group(1)));
			}
		}
		catch (DateTimeException ex) {
			throw new ValeurInvalideException("date inexistante (attendu une date réelle JJ/MM/AAAA)");
		}
		if (serieExcelAdmise && SERIE_EXCEL.matcher(t).matches()) {
			long serie = Long.parseLong(t.contains(".") ? t.substring(0, t.indexOf('.')) : t);
			if (serie >= 1 && serie <= 2958465) {
				return ORIGINE_EXCEL.plusDays(serie);
			}
		}
		throw new ValeurInvalideException("date illisible (attendu JJ/MM/AAAA, AAAA-MM-JJ ou JJ-MM-AAAA)");
	}

	/**
	 * Lit un nombre : virgule ou point décimal, séparateurs de milliers (espace, espace
	 * insécable, espace fine insécable, point avant une virgule), symbole € final toléré.
	 * Refuse NaN, l'infini et les exposants.
	 */
	public static @Nullable BigDecimal nombre(@Nullable String texte) throws ValeurInvalideException {
		if (texte == null || estVide(texte)) {
			return null;
		}
		String t = texte.strip();
		if (t.endsWith("€")) {
			t = t.substring(0, t.length() - 1).strip();
		}
		StringBuilder sb = new StringBuilder(t.length());
		for (int i = 0; i < t.length(); i++) {
			char c = t.charAt(i);
			if (c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u2009') {
				continue;
			}
			sb.append(c);
		}
		String s = sb.toString();
		if (s.length() > LONGUEUR_MAXIMUM) {
			// BigDecimal met un temps quadratique à lire des centaines de milliers de
			// chiffres
			throw new ValeurInvalideException("nombre illisible (trop de chiffres)");
		}
		int virgule = s.indexOf(',');
		if (virgule >= 0) {
			if (s.indexOf(',', virgule + 1) >= 0) {
				throw new ValeurInvalideException("nombre illisible (plusieurs virgules)");
			}
			if (s.indexOf('.', virgule + 1) >= 0) {
				// « 1,234.56 » (écriture anglaise) : ni 1,234 ni 1234,56 à coup sûr
				throw new ValeurInvalideException("nombre illisible (point après la virgule décimale)");
			}
			// "1.234,56" : le point groupe les milliers quand une virgule décimale suit
			s = s.replace(".", "").replace(',', '.');
		}
		if (!NOMBRE.matcher(s).matches()) {
			throw new ValeurInvalideException("nombre illisible (attendu par exemple 1234,56)");
		}
		BigDecimal valeur = new BigDecimal(s);
		if (valeur.abs().compareTo(MAXIMUM_PLAUSIBLE) > 0) {
			throw new ValeurInvalideException("nombre hors limites (plus de mille milliards)");
		}
		// 1200,50 et 1200.5 sont le même montant : l'écriture du fichier ne doit pas
		// changer les données
		BigDecimal normal = valeur.stripTrailingZeros();
		return normal.scale() < 0 ? normal.setScale(0) : normal;
	}

	/**
	 * Lit un booléen : O/N, oui/non, 1/0, true/false, vrai/faux, X ; vide = {@code null}.
	 */
	public static @Nullable Boolean booleen(@Nullable String texte) throws ValeurInvalideException {
		if (texte == null || estVide(texte)) {
			return null;
		}
		return switch (Entetes.sansAccents(texte.strip()).toLowerCase(Locale.ROOT)) {
			case "o", "oui", "1", "true", "vrai", "x", "y", "yes" -> Boolean.TRUE;
			case "n", "non", "0", "false", "faux", "no" -> Boolean.FALSE;
			default -> throw new ValeurInvalideException("booléen illisible (attendu O/N, oui/non, 1/0, X ou vide)");
		};
	}

}
