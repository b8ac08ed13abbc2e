package fr.cdg.rsu.sortie;

/**
 * Neutralise l'injection de formules : un texte venu des entrées qui commence par
 * {@code =}, {@code +}, {@code -}, {@code @}, une tabulation ou un retour chariot serait
 * exécuté comme formule par un tableur à l'ouverture du CSV. On le préfixe d'une
 * apostrophe, la convention des tableurs pour « ceci est du texte ».
 */
public final class TexteInerte {

	private TexteInerte() {
	}

	public static String neutraliser(String texte) {
		if (texte.isEmpty()) {
			return texte;
		}
		char c = texte.charAt(0);
		if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') {
			return "'" + texte;
		}
		return texte;
	}

}
