package fr.cdg.rsu.lecture;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import com.github.pjfanning.xlsx.StreamingReader;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.jspecify.annotations.Nullable;

/**
 * Une feuille de classeur XLSX lue en flux (excel-streaming-reader sur l'API SAX de POI : le classeur n'est jamais
 * chargé en entier). Les cellules date deviennent {@code AAAA-MM-JJ}, les nombres leur écriture décimale exacte.
 */
public final class SourceXlsx implements SourceTabulaire {

	private final Workbook classeur;

	private final Iterator<Row> lignes;

	private final List<String> entetes;

	private final String detection;

	private SourceXlsx(Workbook classeur, Iterator<Row> lignes, List<String> entetes, String detection) {
		this.classeur = classeur;
		this.lignes = lignes;
		this.entetes = entetes;
		this.detection = detection;
	}

	/** Noms des feuilles d'un classeur, dans l'ordre. */
	public static List<String> feuilles(Path fichier) throws IOException {
		try (Workbook wb = ouvrirClasseur(fichier)) {
			List<String> noms = new ArrayList<>();
			for (Sheet s : wb) {
				noms.add(s.getSheetName());
			}
			return noms;
		}
	}

	/** Ouvre une feuille ; {@code nomFeuille} nul = la première. */
	public static SourceXlsx ouvrir(Path fichier, @Nullable String nomFeuille) throws IOException {
		Workbook wb = ouvrirClasseur(fichier);
		try {
			Sheet feuille = nomFeuille == null ? wb.getSheetAt(0) : wb.getSheet(nomFeuille);
			if (feuille == null) {
				throw new IOException("feuille « " + nomFeuille + " » absente");
			}
			Iterator<Row> it = feuille.rowIterator();
			List<String> entetes = List.of();
			while (it.hasNext()) {
				List<String> cellules = cellules(it.next());
				if (cellules.stream().anyMatch(c -> !c.isBlank())) {
					entetes = cellules.stream().map(String::strip).toList();
					break;
				}
			}
			return new SourceXlsx(wb, it, entetes, "classeur XLSX, feuille « " + feuille.getSheetName() + " »");
		}
		catch (IOException | RuntimeException ex) {
			wb.close();
			throw ex;
		}
	}

	private static Workbook ouvrirClasseur(Path fichier) throws IOException {
		try {
			return StreamingReader.builder().rowCacheSize(200).bufferSize(1 << 16).open(fichier.toFile());
		}
		catch (RuntimeException ex) {
			// fichier tronqué, pas un zip, bombe de décompression : POI lève des exceptions non vérifiées
			throw new IOException("classeur XLSX illisible : " + ex.getMessage(), ex);
		}
	}

	@Override
	public List<String> entetes() {
		return entetes;
	}

	@Override
	public @Nullable LigneBrute suivante() throws IOException {
		try {
			if (!lignes.hasNext()) {
				return null;
			}
			Row r = lignes.next();
			return new LigneBrute(r.getRowNum() + 1L, cellules(r));
		}
		catch (RuntimeException ex) {
			throw new IOException("classeur XLSX illisible : " + ex.getMessage(), ex);
		}
	}

	private static List<String> cellules(Row ligne) {
		int derniere = Math.max(ligne.getLastCellNum(), 0);
		List<String> valeurs = new ArrayList<>(derniere);
		for (int i = 0; i < derniere; i++) {
			valeurs.add(texte(ligne.getCell(i)));
		}
		return valeurs;
	}

	private static String texte(@Nullable Cell cellule) {
		if (cellule == null) {
			return "";
		}
		CellType type = cellule.getCellType();
		if (type == CellType.FORMULA) {
			type = cellule.getCachedFormulaResultType();
		}
		return switch (type) {
			case NUMERIC -> DateUtil.isCellDateFormatted(cellule)
					? cellule.getLocalDateTimeCellValue().toLocalDate().format(DateTimeFormatter.ISO_LOCAL_DATE)
					: BigDecimal.valueOf(cellule.getNumericCellValue()).stripTrailingZeros().toPlainString();
			case STRING -> cellule.getStringCellValue();
			case BOOLEAN -> cellule.getBooleanCellValue() ? "1" : "0";
			default -> "";
		};
	}

	@Override
	public boolean estClasseur() {
		return true;
	}

	@Override
	public String detection() {
		return detection;
	}

	@Override
	public void close() throws IOException {
		classeur.close();
	}

}
