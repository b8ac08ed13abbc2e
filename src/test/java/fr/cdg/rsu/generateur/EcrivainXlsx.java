package fr.cdg.rsu.generateur;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Un classeur XLSX en flux (POI {@link SXSSFWorkbook}) avec une feuille par nature,
 * en-têtes canoniques, vraies cellules date, cellules numériques ; une
 * {@link Lignes.SerieExcel} devient un numéro de série Excel brut.
 */
public final class EcrivainXlsx implements Ecrivain {

	private static final int MAX_LIGNES = SpreadsheetVersion.EXCEL2007.getMaxRows();

	private final Path fichier;

	private final SXSSFWorkbook classeur;

	private final Map<Nature, SXSSFSheet> feuilles = new EnumMap<>(Nature.class);

	private final Map<Nature, Integer> rangs = new EnumMap<>(Nature.class);

	private final CellStyle styleDate;

	private final Map<NatureFacultative, SXSSFSheet> feuillesFacultatives = new EnumMap<>(NatureFacultative.class);

	private final Map<NatureFacultative, Integer> rangsFacultatifs = new EnumMap<>(NatureFacultative.class);

	private final boolean colonnesAgents;

	public EcrivainXlsx(Path fichier) {
		this(fichier, false, java.util.Set.of());
	}

	/**
	 * @param colonnesAgents écrire les colonnes facultatives des agents après les leurs
	 * @param facultatives les feuilles des fichiers facultatifs à écrire, après les
	 * quatre du contrat
	 */
	public EcrivainXlsx(Path fichier, boolean colonnesAgents, java.util.Set<NatureFacultative> facultatives) {
		this.colonnesAgents = colonnesAgents;
		this.fichier = fichier;
		this.classeur = new SXSSFWorkbook(200);
		classeur.setCompressTempFiles(true);
		// date de création fixe : même graine, même contenu
		classeur.getXSSFWorkbook()
			.getProperties()
			.getCoreProperties()
			.setCreated(Optional.of(Date.from(LocalDate.of(2025, 1, 15).atStartOfDay().toInstant(ZoneOffset.UTC))));
		styleDate = classeur.createCellStyle();
		styleDate.setDataFormat(classeur.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
		for (Nature n : Nature.values()) {
			feuilles.put(n, feuille(n.nom(), colonnes(n)));
			rangs.put(n, 1);
		}
		for (NatureFacultative n : NatureFacultative.values()) {
			if (facultatives.contains(n)) {
				feuillesFacultatives.put(n, feuille(n.nom(), n.colonnes()));
				rangsFacultatifs.put(n, 1);
			}
		}
	}

	private SXSSFSheet feuille(String nom, List<String> colonnes) {
		SXSSFSheet feuille = classeur.createSheet(nom);
		Row entete = feuille.createRow(0);
		for (int i = 0; i < colonnes.size(); i++) {
			entete.createCell(i).setCellValue(colonnes.get(i));
		}
		return feuille;
	}

	private List<String> colonnes(Nature n) {
		if (colonnesAgents && n == Nature.AGENTS) {
			List<String> c = new java.util.ArrayList<>(n.colonnes());
			c.addAll(NatureFacultative.COLONNES_AGENTS);
			return c;
		}
		return n.colonnes();
	}

	@Override
	public void ecrire(NatureFacultative nature, Object[] ligne) {
		SXSSFSheet f = feuillesFacultatives.get(nature);
		if (f == null) {
			throw new IllegalStateException("feuille " + nature.nom() + " non ouverte");
		}
		int rang = rangsFacultatifs.get(nature);
		rangsFacultatifs.put(nature, rang + 1);
		cellules(f.createRow(rang), ligne, nature.colonnes().size());
	}

	@Override
	public void ecrire(Nature nature, Object[] ligne) {
		int rang = rangs.get(nature);
		if (rang >= MAX_LIGNES) {
			throw new IllegalStateException("La feuille " + nature.nom() + " dépasse " + MAX_LIGNES
					+ " lignes, la limite d'Excel : utiliser --format=csv pour ce volume.");
		}
		Row row = feuilles.get(nature).createRow(rang);
		rangs.put(nature, rang + 1);
		cellules(row, ligne, colonnes(nature).size());
	}

	private void cellules(Row row, Object[] ligne, int n) {
		for (int i = 0; i < n && i < ligne.length; i++) {
			Object v = ligne[i];
			if (v == null) {
				continue;
			}
			Cell c = row.createCell(i);
			switch (v) {
				case String s -> c.setCellValue(s);
				case LocalDate d -> {
					c.setCellValue(d);
					c.setCellStyle(styleDate);
				}
				case Lignes.SerieExcel s -> c.setCellValue(s.numero());
				case BigDecimal b -> c.setCellValue(b.doubleValue());
				case Integer k -> c.setCellValue(k);
				case Long k -> c.setCellValue(k);
				case Boolean b -> c.setCellValue(b ? "O" : "N");
				default -> c.setCellValue(Dialecte.codeCanonique(v));
			}
		}
	}

	@Override
	public void close() throws IOException {
		Files.createDirectories(fichier.toAbsolutePath().getParent());
		try (OutputStream out = Files.newOutputStream(fichier)) {
			classeur.write(out);
		}
		finally {
			classeur.close();
		}
	}

}
