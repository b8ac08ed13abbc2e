package fr.cdg.rsu.lecture;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.zip.ZipFile;

import com.github.pjfanning.xlsx.StreamingReader;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.jspecify.annotations.Nullable;

/**
 * Une feuille de classeur XLSX lue en flux (excel-streaming-reader sur l'API SAX de POI :
 * le classeur n'est jamais chargé en entier). Les cellules date deviennent
 * {@code AAAA-MM-JJ}, les nombres leur écriture décimale exacte.
 */
public final class SourceXlsx implements SourceTabulaire {

	/** Lendemain du 31/12/9999, dernier jour du calendrier d'Excel. */
	private static final double DERNIERE_SERIE_EXCEL = 2958466;

	/** Ce que montre Excel pour une valeur qu'il ne sait pas lire. */
	static final String VALEUR_ILLISIBLE = "#VALEUR!";

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
		catch (RuntimeException ex) {
			throw illisible(ex);
		}
	}

	/** Ouvre une feuille ; {@code nomFeuille} nul = la première. */
	public static SourceXlsx ouvrir(Path fichier, @Nullable String nomFeuille) throws IOException {
		Workbook wb = ouvrirClasseur(fichier);
		try {
			Sheet feuille = null;
			for (Sheet s : wb) {
				if (nomFeuille == null || s.getSheetName().equals(nomFeuille)) {
					feuille = s;
					break;
				}
			}
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
		catch (IOException ex) {
			wb.close();
			throw ex;
		}
		catch (RuntimeException ex) {
			// feuille tronquée, XML mal formé, bombe de décompression : POI lève des
			// exceptions non vérifiées
			wb.close();
			throw illisible(ex);
		}
	}

	/**
	 * Traduit une erreur non vérifiée de POI en erreur de lecture au message français.
	 */
	static IOException illisible(RuntimeException ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (String.valueOf(t.getMessage()).contains("Zip bomb")) {
				return new IOException("classeur XLSX refusé : taux de compression anormal (bombe de décompression"
						+ " probable, une partie du classeur grossit plus de 100 fois à la lecture)", ex);
			}
		}
		Throwable racine = ex;
		while (racine.getCause() != null && racine.getCause() != racine) {
			racine = racine.getCause();
		}
		String detail = racine == ex ? "" : " : " + Textes.nettoyer(String.valueOf(racine.getMessage()));
		return new IOException("classeur XLSX illisible : " + ex.getMessage() + detail, ex);
	}

	private static Workbook ouvrirClasseur(Path fichier) throws IOException {
		// POI laisse un descripteur ouvert sur certains zips tronqués : l'archive est
		// d'abord vérifiée ici
		try (ZipFile zip = new ZipFile(fichier.toFile())) {
			if (zip.getEntry("[Content_Types].xml") == null) {
				throw new IOException("pas de [Content_Types].xml");
			}
		}
		catch (IOException ex) {
			throw new IOException("classeur XLSX illisible : pas une archive XLSX complète (fichier tronqué, protégé"
					+ " par mot de passe ou d'un autre format)", ex);
		}
		try {
			return StreamingReader.builder().rowCacheSize(200).bufferSize(1 << 16).open(fichier.toFile());
		}
		catch (RuntimeException ex) {
			// fichier tronqué, pas un zip, bombe de décompression : POI lève des
			// exceptions non vérifiées
			throw illisible(ex);
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
			throw illisible(ex);
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
		try {
			return texteBrut(cellule);
		}
		catch (RuntimeException ex) {
			// valeur forgée (« abc » dans une cellule numérique...) : la ligne sera
			// rejetée, pas tout le classeur
			return VALEUR_ILLISIBLE;
		}
	}

	private static String texteBrut(Cell cellule) {
		CellType type = cellule.getCellType();
		if (type == CellType.FORMULA) {
			type = cellule.getCachedFormulaResultType();
		}
		return switch (type) {
			case NUMERIC -> nombreOuDate(cellule);
			case STRING -> cellule.getStringCellValue();
			case BOOLEAN -> cellule.getBooleanCellValue() ? "1" : "0";
			default -> "";
		};
	}

	/**
	 * Une cellule numérique : sa date si elle est formatée en date et dans le calendrier,
	 * sinon son écriture décimale. NaN et l'infini (classeur forgé) restent du texte, que
	 * la validation rejette ligne à ligne.
	 */
	private static String nombreOuDate(Cell cellule) {
		double v = cellule.getNumericCellValue();
		if (Double.isNaN(v) || Double.isInfinite(v)) {
			return Double.toString(v);
		}
		if (v >= 1 && v < DERNIERE_SERIE_EXCEL && DateUtil.isCellDateFormatted(cellule)) {
			var date = cellule.getLocalDateTimeCellValue();
			if (date != null) {
				return date.toLocalDate().format(DateTimeFormatter.ISO_LOCAL_DATE);
			}
		}
		return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
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
