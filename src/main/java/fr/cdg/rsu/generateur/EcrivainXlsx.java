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
 * Un classeur XLSX en flux (POI {@link SXSSFWorkbook}) avec une feuille par nature, en-têtes canoniques, vraies
 * cellules date, cellules numériques ; une {@link Lignes.SerieExcel} devient un numéro de série Excel brut.
 */
public final class EcrivainXlsx implements Ecrivain {

	private static final int MAX_LIGNES = SpreadsheetVersion.EXCEL2007.getMaxRows();

	private final Path fichier;

	private final SXSSFWorkbook classeur;

	private final Map<Nature, SXSSFSheet> feuilles = new EnumMap<>(Nature.class);

	private final Map<Nature, Integer> rangs = new EnumMap<>(Nature.class);

	private final CellStyle styleDate;

	public EcrivainXlsx(Path fichier) {
		this.fichier = fichier;
		this.classeur = new SXSSFWorkbook(200);
		classeur.setCompressTempFiles(true);
		// date de création fixe : même graine, même contenu
		classeur.getXSSFWorkbook().getProperties().getCoreProperties()
			.setCreated(Optional.of(Date.from(LocalDate.of(2025, 1, 15).atStartOfDay().toInstant(ZoneOffset.UTC))));
		styleDate = classeur.createCellStyle();
		styleDate.setDataFormat(classeur.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
		for (Nature n : Nature.values()) {
			SXSSFSheet feuille = classeur.createSheet(n.nom());
			Row entete = feuille.createRow(0);
			List<String> colonnes = n.colonnes();
			for (int i = 0; i < colonnes.size(); i++) {
				entete.createCell(i).setCellValue(colonnes.get(i));
			}
			feuilles.put(n, feuille);
			rangs.put(n, 1);
		}
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
		int n = nature.colonnes().size();
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
