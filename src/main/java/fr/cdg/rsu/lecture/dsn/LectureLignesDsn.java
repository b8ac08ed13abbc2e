package fr.cdg.rsu.lecture.dsn;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

/**
 * Lit un fichier DSN ligne à ligne, sans jamais le charger en entier. La norme impose
 * l'ISO-8859-1 ; les octets 0x80-0x9F, qui n'y sont que des caractères de contrôle, sont
 * lus en Windows-1252 parce que les logiciels de paie qui écrivent depuis Windows y
 * mettent leurs « € » et apostrophes typographiques.
 */
final class LectureLignesDsn implements Closeable {

	/**
	 * Longueur au-delà de laquelle la norme est dépassée (avertissement, la ligne est lue
	 * quand même).
	 */
	static final int LONGUEUR_MAXIMUM = 256;

	/**
	 * Les caractères Windows-1252 des octets 0x80-0x9F (0 = non défini : gardé tel quel).
	 */
	private static final char[] WINDOWS_1252 = { '€', 0x81, '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', 0x8D,
			'Ž', 0x8F, 0x90, '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', 0x9D, 'ž', 'Ÿ' };

	private final InputStream flux;

	/**
	 * Tampon d'octets lu par blocs : un {@code read()} par octet, verrouillé, coûtait les
	 * neuf dixièmes de la lecture.
	 */
	private final byte[] octets = new byte[1 << 16];

	private int position;

	private int rempli;

	private char[] tampon = new char[512];

	private long numero;

	/** Lignes non vides lues, lignes vides sautées, lignes trop longues. */
	long lues;

	long vides;

	long longues;

	LectureLignesDsn(Path fichier) throws IOException {
		this.flux = Files.newInputStream(fichier);
	}

	/** L'octet suivant, ou -1 à la fin du fichier. */
	private int octet() throws IOException {
		if (position == rempli) {
			rempli = flux.read(octets, 0, octets.length);
			position = 0;
			if (rempli <= 0) {
				rempli = 0;
				return -1;
			}
		}
		return octets[position++] & 0xFF;
	}

	/** La ligne non vide suivante, ou {@code null} à la fin du fichier. */
	@Nullable LigneDsn suivante() throws IOException {
		while (true) {
			int longueur = 0;
			int b = octet();
			if (b < 0) {
				return null;
			}
			numero++;
			while (b >= 0 && b != '\n') {
				if (longueur == tampon.length) {
					char[] plus = new char[tampon.length * 2];
					System.arraycopy(tampon, 0, plus, 0, longueur);
					tampon = plus;
				}
				tampon[longueur++] = b >= 0x80 && b <= 0x9F ? WINDOWS_1252[b - 0x80] : (char) b;
				b = octet();
			}
			if (longueur > 0 && tampon[longueur - 1] == '\r') {
				longueur--;
			}
			if (longueur == 0) {
				vides++;
				continue;
			}
			lues++;
			if (longueur > LONGUEUR_MAXIMUM) {
				longues++;
			}
			return analyser(numero, tampon, longueur);
		}
	}

	/**
	 * {@code ^(S\d{2}\.G\d{2}\.\d{2}\.\d{3}),'(.*)'$} sans expression régulière : c'est
	 * la boucle la plus chaude.
	 */
	static LigneDsn analyser(long numero, char[] c, int n) {
		boolean forme = n >= 17 && c[0] == 'S' && chiffre(c[1]) && chiffre(c[2]) && c[3] == '.' && c[4] == 'G'
				&& chiffre(c[5]) && chiffre(c[6]) && c[7] == '.' && chiffre(c[8]) && chiffre(c[9]) && c[10] == '.'
				&& chiffre(c[11]) && chiffre(c[12]) && chiffre(c[13]) && c[14] == ',' && c[15] == '\''
				&& c[n - 1] == '\'';
		if (!forme) {
			return new LigneDsn(numero, LigneDsn.MAL_FORMEE, new String(c, 0, n));
		}
		return new LigneDsn(numero, rubrique(c), new String(c, 16, n - 17));
	}

	/**
	 * Les rubriques déjà vues, une seule chaîne chacune : un fichier n'en emploie que
	 * quelques centaines, et leur chaîne (avec son hachage déjà calculé) sert ensuite aux
	 * aiguillages sur la rubrique et le bloc.
	 */
	private static final String[] RUBRIQUES = new String[4096];

	private static String rubrique(char[] c) {
		int h = 0;
		for (int i = 0; i < 14; i++) {
			h = 31 * h + c[i];
		}
		int k = (h ^ (h >>> 12)) & (RUBRIQUES.length - 1);
		for (int essai = 0; essai < 8; essai++) {
			int i = (k + essai) & (RUBRIQUES.length - 1);
			String r = RUBRIQUES[i];
			if (r == null) {
				r = new String(c, 0, 14).intern();
				RUBRIQUES[i] = r;
				return r;
			}
			if (egale(r, c)) {
				return r;
			}
		}
		return new String(c, 0, 14);
	}

	private static boolean egale(String r, char[] c) {
		for (int i = 13; i >= 0; i--) {
			if (r.charAt(i) != c[i]) {
				return false;
			}
		}
		return true;
	}

	private static boolean chiffre(char c) {
		return c >= '0' && c <= '9';
	}

	@Override
	public void close() throws IOException {
		flux.close();
	}

}
