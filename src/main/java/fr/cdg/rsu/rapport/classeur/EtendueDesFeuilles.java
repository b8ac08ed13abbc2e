package fr.cdg.rsu.rapport.classeur;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.regex.Pattern;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.jspecify.annotations.Nullable;

/**
 * Écrit dans l'élément {@code <dimension>} de chaque feuille d'un classeur l'étendue
 * réelle de ses cellules. fastexcel 0.19 y écrit toujours {@code A1}
 * (dhatim/fastexcel#452) : un lecteur en flux qui s'y fie (openpyxl en lecture seule,
 * certains outils de BI) ne voit alors qu'une cellule par feuille. L'étendue est relevée
 * dans le XML de la feuille lui-même, pas déduite du code qui l'a écrit : une colonne
 * ajoutée demain reste couverte.
 */
public final class EtendueDesFeuilles {

	private static final Pattern FEUILLE = Pattern.compile("xl/worksheets/sheet\\d+\\.xml");

	private static final String DIMENSION = "<dimension ref=\"";

	private static final String CELLULE = "<c r=\"";

	/**
	 * Date des entrées du zip, fixe comme chez fastexcel : la recopie n'ajoute pas
	 * l'heure de l'écriture.
	 */
	private static final LocalDateTime DATE_FIXE = LocalDateTime.of(1980, 1, 1, 0, 0);

	private EtendueDesFeuilles() {
	}

	/**
	 * Recopie le classeur {@code xlsx} dans {@code sortie}, chaque feuille avec sa vraie
	 * étendue ; le flux n'est pas fermé (il appartient à l'appelant).
	 */
	public static void corriger(byte[] xlsx, OutputStream sortie) throws IOException {
		ZipOutputStream zip = new ZipOutputStream(sortie);
		// même compromis que l'écriture du classeur : le fichier est petit, le temps
		// compte
		zip.setLevel(Deflater.BEST_SPEED);
		// lu par le répertoire central : java.util.zip.ZipInputStream refuse les
		// descripteurs de données d'opczip
		try (ZipFile entree = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(xlsx)).get()) {
			for (ZipArchiveEntry e : Collections.list(entree.getEntriesInPhysicalOrder())) {
				byte[] contenu;
				try (InputStream in = entree.getInputStream(e)) {
					contenu = in.readAllBytes();
				}
				if (FEUILLE.matcher(e.getName()).matches()) {
					contenu = avecEtendue(new String(contenu, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
				}
				ZipEntry copie = new ZipEntry(e.getName());
				copie.setTimeLocal(DATE_FIXE);
				zip.putNextEntry(copie);
				zip.write(contenu);
				zip.closeEntry();
			}
		}
		zip.finish();
	}

	/**
	 * Le XML d'une feuille, son {@code <dimension>} remplacé par l'étendue de ses
	 * cellules.
	 */
	static String avecEtendue(String feuille) {
		int debut = feuille.indexOf(DIMENSION);
		if (debut < 0) {
			return feuille;
		}
		int valeur = debut + DIMENSION.length();
		int fin = feuille.indexOf('"', valeur);
		if (fin < 0) {
			return feuille;
		}
		String etendue = etendue(feuille);
		return etendue == null ? feuille : feuille.substring(0, valeur) + etendue + feuille.substring(fin);
	}

	/**
	 * L'étendue ({@code A1:H12}) des cellules d'une feuille, d'après l'attribut {@code r}
	 * de chaque {@code <c>} ; hors balise, un {@code <} est échappé, un texte de cellule
	 * ne peut donc pas en imiter une. {@code null} si la feuille n'a aucune cellule
	 * repérée.
	 */
	static @Nullable String etendue(String feuille) {
		int ligneMin = Integer.MAX_VALUE;
		int ligneMax = 0;
		int colonneMin = Integer.MAX_VALUE;
		int colonneMax = 0;
		for (int i = feuille.indexOf(CELLULE); i >= 0; i = feuille.indexOf(CELLULE, i + CELLULE.length())) {
			int k = i + CELLULE.length();
			int colonne = 0;
			while (k < feuille.length() && feuille.charAt(k) >= 'A' && feuille.charAt(k) <= 'Z') {
				colonne = colonne * 26 + (feuille.charAt(k) - 'A' + 1);
				k++;
			}
			int ligne = 0;
			while (k < feuille.length() && Character.isDigit(feuille.charAt(k))) {
				ligne = ligne * 10 + (feuille.charAt(k) - '0');
				k++;
			}
			if (colonne == 0 || ligne == 0) {
				continue;
			}
			ligneMin = Math.min(ligneMin, ligne);
			ligneMax = Math.max(ligneMax, ligne);
			colonneMin = Math.min(colonneMin, colonne);
			colonneMax = Math.max(colonneMax, colonne);
		}
		if (ligneMax == 0) {
			return null;
		}
		String coin = lettres(colonneMin) + ligneMin;
		String oppose = lettres(colonneMax) + ligneMax;
		return coin.equals(oppose) ? coin : coin + ":" + oppose;
	}

	/** Les lettres d'une colonne numérotée à partir de 1 : 1 → A, 27 → AA. */
	static String lettres(int colonne) {
		StringBuilder sb = new StringBuilder();
		for (int c = colonne; c > 0; c = (c - 1) / 26) {
			sb.insert(0, (char) ('A' + (c - 1) % 26));
		}
		return sb.toString();
	}

}
