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

/**
 * Écrit un fichier CSV par nature ({@code collectivites.csv}...) dans un dossier, ligne à
 * ligne, selon un dialecte.
 */
public final class EcrivainCsv implements Ecrivain {

	private final Dialecte dialecte;

	private final Map<Nature, CsvWriter> ecrivains = new EnumMap<>(Nature.class);

	private final Map<Nature, Long> lignes = new EnumMap<>(Nature.class);

	private final Map<NatureFacultative, CsvWriter> facultatifs = new EnumMap<>(NatureFacultative.class);

	/** Le fichier agents a les colonnes facultatives après les siennes. */
	private final boolean colonnesAgents;

	public EcrivainCsv(Path dossier, Dialecte dialecte) throws IOException {
		this(dossier, dialecte, false, java.util.Set.of());
	}

	/**
	 * @param colonnesAgents écrire les colonnes facultatives des agents (boeth,
	 * télétravail...)
	 * @param facultatives les fichiers facultatifs à écrire en plus des quatre du contrat
	 */
	public EcrivainCsv(Path dossier, Dialecte dialecte, boolean colonnesAgents,
			java.util.Set<NatureFacultative> facultatives) throws IOException {
		this.dialecte = dialecte;
		this.colonnesAgents = colonnesAgents;
		Files.createDirectories(dossier);
		for (Nature n : Nature.values()) {
			java.util.List<String> entete = new java.util.ArrayList<>(dialecte.entete(n));
			if (colonnesAgents && n == Nature.AGENTS) {
				entete.addAll(dialecte.enteteColonnesAgents());
			}
			ecrivains.put(n, ouvrir(dossier.resolve(n.nom() + ".csv"), entete));
			lignes.put(n, 0L);
		}
		for (NatureFacultative n : NatureFacultative.values()) {
			if (facultatives.contains(n)) {
				facultatifs.put(n, ouvrir(dossier.resolve(n.nom() + ".csv"), dialecte.entete(n)));
			}
		}
	}

	private CsvWriter ouvrir(Path fichier, java.util.List<String> entete) throws IOException {
		OutputStream out = new BufferedOutputStream(Files.newOutputStream(fichier), 1 << 16);
		if (dialecte.bom()) {
			out.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
		}
		// un caractère non représentable en Windows-1252 est une erreur, jamais un « ? »
		// silencieux
		Writer w = new OutputStreamWriter(out,
				dialecte.charset()
					.newEncoder()
					.onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT));
		CsvWriter csv = CsvWriter.builder()
			.fieldSeparator(dialecte.separateur())
			.lineDelimiter(dialecte.crlf() ? LineDelimiter.CRLF : LineDelimiter.LF)
			.build(w);
		csv.writeRecord(entete.toArray(String[]::new));
		return csv;
	}

	@Override
	public void ecrire(Nature nature, Object[] ligne) {
		ecrivains.get(nature)
			.writeRecord(colonnesAgents && nature == Nature.AGENTS ? dialecte.formaterAvecColonnesAgents(ligne)
					: dialecte.formater(nature, ligne));
		lignes.merge(nature, 1L, Long::sum);
	}

	@Override
	public void ecrire(NatureFacultative nature, Object[] ligne) {
		CsvWriter w = facultatifs.get(nature);
		if (w == null) {
			throw new IllegalStateException("fichier " + nature.nom() + " non ouvert");
		}
		w.writeRecord(dialecte.formater(nature, ligne));
	}

	/** Lignes de données écrites (en-tête exclu). */
	public long lignes(Nature nature) {
		return lignes.get(nature);
	}

	@Override
	public void close() throws IOException {
		IOException erreur = null;
		java.util.List<CsvWriter> tous = new java.util.ArrayList<>(ecrivains.values());
		tous.addAll(facultatifs.values());
		for (CsvWriter w : tous) {
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
