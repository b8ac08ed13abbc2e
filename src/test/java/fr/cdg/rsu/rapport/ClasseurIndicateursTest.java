package fr.cdg.rsu.rapport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.cdg.rsu.indicateurs.Indicateur;

/** Le classeur : une feuille par thème, en-têtes français, ligne d'en-tête figée, {@code s} pour le secret. */
class ClasseurIndicateursTest {

	@TempDir
	static Path sortie;

	private static XSSFWorkbook classeur;

	private static List<Indicateur> lignes;

	@BeforeAll
	static void ecrire() throws IOException {
		lignes = FixturesIndicateurs.petite();
		new GenerateurDocuments(Path.of("report-templates")).ecrire(FixturesIndicateurs.PETITE, 2024, lignes, sortie,
				LocalDate.of(2025, 6, 16));
		try (InputStream in = Files.newInputStream(sortie.resolve("indicateurs.xlsx"))) {
			classeur = new XSSFWorkbook(in);
		}
	}

	@Test
	void uneFeuilleParThemeAvecEnTeteFrancaisFigee() {
		List<String> noms = new ArrayList<>();
		classeur.forEach(s -> noms.add(s.getSheetName()));
		assertThat(noms).containsExactly("Effectifs", "Absentéisme", "Accidents du travail", "Rémunérations",
				"Égalité professionnelle");
		for (Sheet s : classeur) {
			assertThat(s.getPaneInformation()).isNotNull();
			assertThat(s.getPaneInformation().isFreezePane()).isTrue();
			assertThat(s.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
			Row entete = s.getRow(0);
			assertThat(entete.getCell(0).getStringCellValue()).isEqualTo("Indicateur");
			assertThat(entete.getCell(1).getStringCellValue()).isEqualTo("Population");
		}
	}

	@Test
	void chaqueLigneDIndicateurApparaitEtLeSecretSAfficheS() {
		int lignesEcrites = 0;
		int secretes = 0;
		for (Sheet s : classeur) {
			int colValeur = colonne(s, "Valeur");
			for (Row r : s) {
				if (r.getRowNum() == 0 || r.getCell(colValeur) == null) {
					continue;
				}
				lignesEcrites++;
				Cell v = r.getCell(colValeur);
				if (v.getCellType() == CellType.STRING && v.getStringCellValue().equals("s")) {
					secretes++;
					// numérateur et dénominateur masqués aussi
					assertThat(r.getCell(colValeur + 1).getStringCellValue()).isEqualTo("s");
					assertThat(r.getCell(colValeur + 2).getStringCellValue()).isEqualTo("s");
				}
			}
		}
		// le détail des motifs par modalité reste dans indicateurs.csv (GenerateurDocuments.dansLeClasseur)
		List<Indicateur> attendues = lignes.stream().filter(GenerateurDocuments::dansLeClasseur).toList();
		assertThat(attendues).hasSizeLessThan(lignes.size());
		assertThat(lignesEcrites).isEqualTo(attendues.size());
		assertThat(secretes).isEqualTo((int) attendues.stream().filter(Indicateur::secret).count()).isPositive();
	}

	@Test
	void lesValeursSontDesNombresAuFormatFrancaisLisible() {
		Sheet abs = classeur.getSheet("Absentéisme");
		int colValeur = colonne(abs, "Valeur");
		Row taux = null;
		for (Row r : abs) {
			if (r.getCell(0) != null && r.getCell(0).getStringCellValue().equals("Taux d'absentéisme (%)")
					&& r.getCell(1).getStringCellValue().equals("Ensemble des agents")
					&& r.getCell(2).getStringCellValue().equals("Absences globales")
					&& r.getCell(3).getStringCellValue().equals("Ensemble")) {
				taux = r;
				break;
			}
		}
		assertThat(taux).isNotNull();
		assertThat(taux.getCell(colValeur).getCellType()).isEqualTo(CellType.NUMERIC);
		assertThat(taux.getCell(colValeur).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00\" %\"");
	}

	private static int colonne(Sheet s, String entete) {
		for (Cell c : s.getRow(0)) {
			if (c.getStringCellValue().equals(entete)) {
				return c.getColumnIndex();
			}
		}
		throw new AssertionError("colonne absente : " + entete);
	}

}
