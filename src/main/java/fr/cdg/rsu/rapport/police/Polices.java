package fr.cdg.rsu.rapport.police;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Liberation Sans normale et grasse. Immuable après construction : {@link Font} l'est, et
 * les octets ne sont rendus que par copie.
 */
public final class Polices {

	/** Chemins dans le jar openpdf-fonts-extra. */
	public static final String NORMALE = "liberation/LiberationSans-Regular.ttf";

	public static final String GRASSE = "liberation/LiberationSans-Bold.ttf";

	private final byte[] octetsNormale;

	private final byte[] octetsGrasse;

	private final Font normale;

	private final Font grasse;

	private Polices(byte[] normale, byte[] grasse) {
		this.octetsNormale = normale;
		this.octetsGrasse = grasse;
		this.normale = creer(normale);
		this.grasse = creer(grasse);
	}

	public static Polices charger() {
		return new Polices(lire(NORMALE), lire(GRASSE));
	}

	private static byte[] lire(String chemin) {
		try (InputStream in = Polices.class.getClassLoader().getResourceAsStream(chemin)) {
			if (in == null) {
				throw new IllegalStateException("police absente du classpath : " + chemin
						+ " (dépendance com.github.librepdf:openpdf-fonts-extra)");
			}
			return in.readAllBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static Font creer(byte[] octets) {
		try {
			return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(octets));
		}
		catch (FontFormatException | IOException e) {
			throw new IllegalStateException("police illisible", e);
		}
	}

	/** La police AWT normale (taille 1), à dériver. */
	public Font awtNormale() {
		return normale;
	}

	/** La police AWT grasse (taille 1), à dériver. */
	public Font awtGrasse() {
		return grasse;
	}

	public byte[] octetsNormale() {
		return octetsNormale.clone();
	}

	public byte[] octetsGrasse() {
		return octetsGrasse.clone();
	}

	/**
	 * Vrai si la police AWT est la grasse (par son nom, la police dérivée gardant le nom
	 * de la police source).
	 */
	public boolean estGrasse(Font f) {
		return f.isBold() || f.getFontName().equals(grasse.getFontName());
	}

}
