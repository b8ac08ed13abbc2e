package fr.cdg.rsu.lecture;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Normalisation des en-têtes et des libellés : la casse, les accents, les espaces,
 * tirets, soulignés et apostrophes ne comptent pas, ni les petits mots de liaison
 * ({@code Date de naissance} = {@code date_naissance} = {@code DATE-NAISSANCE}).
 */
public final class Entetes {

	private static final Pattern DIACRITIQUES = Pattern.compile("\\p{M}+");

	/**
	 * BOM égaré et caractères de contrôle (NUL...) hors blancs : ils ne comptent pas dans
	 * un en-tête.
	 */
	private static final Pattern SANS_CONTROLE = Pattern.compile("[\uFEFF\\x00-\\x08\\x0E-\\x1F\\x7F]");

	private static final Pattern SEPARATEURS = Pattern.compile("[\\s_\\-'’.()/]+");

	/**
	 * Mots de liaison ignorés : « date de début » et « date_debut » désignent la même
	 * colonne.
	 */
	private static final Set<String> MOTS_VIDES = Set.of("de", "du", "des", "d", "la", "le", "les", "l", "en", "a");

	private Entetes() {
	}

	public static String sansAccents(String texte) {
		return DIACRITIQUES.matcher(Normalizer.normalize(texte, Normalizer.Form.NFD)).replaceAll("");
	}

	/** Forme canonique d'un en-tête ou d'un libellé, pour les comparer. */
	public static String normaliser(String texte) {
		String t = sansAccents(SANS_CONTROLE.matcher(texte).replaceAll("")).toLowerCase(Locale.ROOT).strip();
		StringBuilder sb = new StringBuilder(t.length());
		for (String mot : SEPARATEURS.split(t)) {
			if (!mot.isEmpty() && !MOTS_VIDES.contains(mot)) {
				sb.append(mot);
			}
		}
		// un en-tête fait d'un seul petit mot (« Du », « Au ») reste lui-même
		return sb.isEmpty() ? SEPARATEURS.matcher(t).replaceAll("") : sb.toString();
	}

}
