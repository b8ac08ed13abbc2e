package fr.cdg.rsu.generateur;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import fr.cdg.rsu.domaine.Motif;

/**
 * Les trois écritures du jeu d'équivalence portent les mêmes données : relues et ramenées
 * au contrat (codes, dates ISO, nombres), elles donnent les mêmes valeurs cellule par
 * cellule.
 */
class EquivalenceTest {

	private static final Path RACINE = Path.of(Echantillons.DOSSIER_EQUIVALENCE);

	private static List<List<String>> csv(Path f, char sep, Charset cs) throws IOException {
		List<List<String>> res = new ArrayList<>();
		try (CsvReader<CsvRecord> r = CsvReader.builder().fieldSeparator(sep).ofCsvRecord(f, cs)) {
			for (CsvRecord rec : r) {
				res.add(rec.getFields());
			}
		}
		return res.subList(1, res.size());
	}

	/**
	 * Valeur ramenée au contrat : nombres normalisés, dates ISO, libellés et alias en
	 * codes.
	 */
	private static String norme(String v) {
		String s = v.strip();
		if (s.isEmpty()) {
			return "";
		}
		if (s.matches("\\d{2}/\\d{2}/\\d{4}")) {
			return LocalDate.parse(s, DateTimeFormatter.ofPattern("dd/MM/yyyy")).toString();
		}
		for (Motif m : Motif.values()) {
			if (m.libelle().equals(s)) {
				return m.code();
			}
		}
		switch (s) {
			case "Femme":
				return "F";
			case "Homme":
				return "H";
			case "oui":
				return "O";
			case "non":
				return "N";
			default:
		}
		if (s.matches("\\d{14}")) {
			return s;
		}
		String n = s.replace("€", "").replace("\u00A0", "").replace(" ", "").replace(',', '.');
		if (n.matches("-?\\d+(\\.\\d+)?")) {
			return new BigDecimal(n).stripTrailingZeros().toPlainString();
		}
		return s;
	}

	private static List<List<String>> normer(List<List<String>> lignes) {
		return lignes.stream().map(l -> l.stream().map(EquivalenceTest::norme).toList()).toList();
	}

	private static List<List<String>> xlsx(String feuille) throws IOException {
		List<List<String>> res = new ArrayList<>();
		try (InputStream in = Files.newInputStream(RACINE.resolve("xlsx").resolve(Echantillons.CLASSEUR_EQUIVALENCE));
				XSSFWorkbook wb = new XSSFWorkbook(in)) {
			int largeur = wb.getSheet(feuille).getRow(0).getLastCellNum();
			for (Row row : wb.getSheet(feuille)) {
				if (row.getRowNum() == 0) {
					continue;
				}
				List<String> l = new ArrayList<>();
				for (int i = 0; i < largeur; i++) {
					Cell c = row.getCell(i);
					if (c == null) {
						l.add("");
					}
					else if (c.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(c)) {
						l.add(c.getLocalDateTimeCellValue().toLocalDate().toString());
					}
					else if (c.getCellType() == CellType.NUMERIC) {
						l.add(BigDecimal.valueOf(c.getNumericCellValue()).toPlainString());
					}
					else {
						l.add(c.getStringCellValue());
					}
				}
				res.add(l);
			}
		}
		return res;
	}

	@Test
	void lesTroisEcrituresPortentLesMemesDonnees() throws IOException {
		int agents = 0;
		int absences = 0;
		for (Nature n : Nature.values()) {
			String f = n.nom() + ".csv";
			List<List<String>> canonique = normer(
					csv(RACINE.resolve("canonique").resolve(f), ';', StandardCharsets.UTF_8));
			List<List<String>> windows = normer(
					csv(RACINE.resolve("windows1252").resolve(f), ',', Dialecte.WINDOWS_1252));
			List<List<String>> classeur = normer(xlsx(n.nom()));
			assertThat(canonique).as(f).isNotEmpty();
			assertThat(windows).as(f + " Windows-1252").isEqualTo(canonique);
			assertThat(classeur).as(f + " XLSX").isEqualTo(canonique);
			if (n == Nature.AGENTS) {
				agents = canonique.size();
			}
			if (n == Nature.ABSENCES) {
				absences = canonique.size();
			}
		}
		assertThat(agents).isBetween(15, 25);
		assertThat(absences).isBetween(25, 60);
	}

	@Test
	void leCsvFrancaisEcritVraimentAutrement() throws IOException {
		String absences = Files.readString(RACINE.resolve("windows1252/absences.csv"), Dialecte.WINDOWS_1252);
		assertThat(absences).startsWith("SIRET,Matricule,Motif,Date de début,Date de fin")
			.contains("Maladie ordinaire")
			.doesNotContain(";MO;");
		String paie = Files.readString(RACINE.resolve("windows1252/remunerations.csv"), Dialecte.WINDOWS_1252);
		assertThat(paie).containsPattern("\"\\d{1,3} \\d{3},\\d{2} €\"");
		assertThat(ZoneOffset.UTC).isNotNull();
	}

}
