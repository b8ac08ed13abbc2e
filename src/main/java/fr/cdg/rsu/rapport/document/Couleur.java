package fr.cdg.rsu.rapport.document;

/** Une couleur RVB, lue dans la charte sous la forme {@code "#1F4E79"}. */
public record Couleur(int rouge, int vert, int bleu) {

	public Couleur {
		if (rouge < 0 || rouge > 255 || vert < 0 || vert > 255 || bleu < 0 || bleu > 255) {
			throw new IllegalArgumentException("composante hors de 0-255");
		}
	}

	/**
	 * La couleur écrite {@code #RRGGBB}.
	 * @throws IllegalArgumentException si le texte n'est pas de cette forme
	 */
	public static Couleur depuisHex(String hex) {
		if (!hex.matches("#[0-9A-Fa-f]{6}")) {
			throw new IllegalArgumentException("couleur attendue au format #RRGGBB : " + hex);
		}
		int v = Integer.parseInt(hex.substring(1), 16);
		return new Couleur((v >> 16) & 0xFF, (v >> 8) & 0xFF, v & 0xFF);
	}

}
