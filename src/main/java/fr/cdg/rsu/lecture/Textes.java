package fr.cdg.rsu.lecture;

/** Nettoyage des textes libres (noms, cadres d'emplois) venus des exports. */
public final class Textes {

	private static final int LONGUEUR_MAXIMUM = 200;

	private Textes() {
	}

	/**
	 * Retire les caractères de contrôle (NUL compris) et le BOM égaré, réduit les blancs,
	 * tronque les textes démesurés.
	 */
	public static String nettoyer(String texte) {
		StringBuilder sb = new StringBuilder(Math.min(texte.length(), LONGUEUR_MAXIMUM));
		boolean blanc = false;
		for (int i = 0; i < texte.length() && sb.length() < LONGUEUR_MAXIMUM; i++) {
			char c = texte.charAt(i);
			if (c == '\uFEFF' || (Character.isISOControl(c) && !Character.isWhitespace(c))) {
				continue;
			}
			if (Character.isWhitespace(c) || c == '\u00A0') {
				blanc = sb.length() > 0;
				continue;
			}
			if (blanc) {
				// l'espace et le caractère qui le suit doivent tenir tous deux dans la
				// longueur maximale
				if (sb.length() + 1 >= LONGUEUR_MAXIMUM) {
					break;
				}
				sb.append(' ');
				blanc = false;
			}
			sb.append(c);
		}
		return sb.toString();
	}

}
