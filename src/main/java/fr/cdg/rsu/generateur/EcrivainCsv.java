package fr.cdg.rsu.generateur;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;

/** Écrit un fichier CSV par nature ({@code collectivites.csv}...) dans un dossier, ligne à ligne, selon un dialecte. */
public final class EcrivainCsv implements Ecrivain {

	private final Dialecte dialecte;

	private final Map<Nature, CsvWriter> ecrivains = new EnumMap<>(Nature.class);

	private final Map<Nature, Long> lignes = new EnumMap<>(Nature.class);

	public EcrivainCsv(Path dossier, Dialecte dialecte) throws IOException {
		this.dialecte = dialecte;
		Files.createDirectories(dossier);
		for (Nature n : Nature.values()) {
			OutputStream out = new BufferedOutputStream(Files.newOutputStream(dossier.resolve(n.nom() + ".csv")),
					1 << 16);
			if (dialecte.bom()) {
				out.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
			}
			// un caractère non représentable en Windows-1252 est une erreur, jamais un « ? » silencieux
			Writer w = new OutputStreamWriter(out, dialecte.charset().newEncoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT));
			CsvWriter csv = CsvWriter.builder()
				.fieldSeparator(dialecte.separateur())
				.lineDelimiter(dialecte.crlf() ? LineDelimiter.CRLF : LineDelimiter.LF)
				.build(w);
			csv.writeRecord(dialecte.entete(n).toArray(String[]::new));
			ecrivains.put(n, csv);
			lignes.put(n, 0L);
		}
	}

	@Override
	public void ecrire(Nature nature, Object[] ligne) {
		ecrivains.get(nature).writeRecord(dialecte.formater(nature, ligne));
		lignes.merge(nature, 1L, Long::sum);
	}

	/** Lignes de données écrites (en-tête exclu). */
	public long lignes(Nature nature) {
		return lignes.get(nature);
	}

	@Override
	public void close() throws IOException {
		IOException erreur = null;
		for (CsvWriter w : ecrivains.values()) {
			try {
				w.close();
			}
			catch (IOException e) {
				erreur = e;
			}
		}
		if (erreur != null) {
			throw erreur;
		}
	}

}
