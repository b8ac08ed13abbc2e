package fr.cdg.rsu.sortie;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import org.jspecify.annotations.Nullable;

/**
 * Un CSV que le service RH ouvre d'un double-clic dans un tableur français :
 * point-virgule (la virgule y est le séparateur décimal, Excel ne découperait pas les
 * colonnes), UTF-8 précédé de sa marque d'ordre (sans elle, Excel lit du Windows-1252 et
 * abîme les accents), fin de ligne CRLF. Pour {@code rejets.csv} et
 * {@code avertissements.csv} ; les sorties pour les machines ({@code indicateurs.csv}, la
 * consolidation) gardent la virgule et l'UTF-8 sans BOM. Chaque cellule est neutralisée
 * ({@link TexteInerte}) : presque toutes citent les entrées.
 */
public final class CsvTableur implements AutoCloseable {

	/** Séparateur des champs. */
	public static final char SEPARATEUR = ';';

	/** La marque d'ordre des octets, premier caractère du fichier. */
	public static final char BOM = '\uFEFF';

	private final CsvWriter csv;

	private CsvTableur(CsvWriter csv) {
		this.csv = csv;
	}

	/**
	 * Écrit la marque d'ordre et l'en-tête ; le flux n'est pas fermé à la fin (il
	 * appartient à l'appelant).
	 */
	public static CsvTableur ouvrir(OutputStream sortie, String... entete) throws IOException {
		Writer w = new OutputStreamWriter(sortie, StandardCharsets.UTF_8);
		w.write(BOM);
		CsvTableur t = new CsvTableur(
				CsvWriter.builder().fieldSeparator(SEPARATEUR).lineDelimiter(LineDelimiter.CRLF).build(w));
		t.csv.writeRecord(entete);
		return t;
	}

	/** Une ligne ; une valeur absente (colonne nulle en base) est une cellule vide. */
	public void ligne(@Nullable String... valeurs) {
		String[] inertes = new String[valeurs.length];
		for (int i = 0; i < valeurs.length; i++) {
			inertes[i] = valeurs[i] == null ? "" : TexteInerte.neutraliser(valeurs[i]);
		}
		csv.writeRecord(inertes);
	}

	@Override
	public void close() throws IOException {
		// vide le tampon sans fermer le flux : l'écriture atomique le ferme elle-même
		// avant de renommer
		csv.flush();
	}

}
