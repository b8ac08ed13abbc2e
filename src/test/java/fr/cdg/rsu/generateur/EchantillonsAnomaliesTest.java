package fr.cdg.rsu.generateur;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Les lignes fausses documentées dans input-samples/README.md sont bien aux lignes
 * annoncées.
 */
class EchantillonsAnomaliesTest {

	private static final Path ECHANTILLONS = Path.of(Echantillons.DOSSIER_ECHANTILLONS);

	private static String ligne(String dossier, String fichier, Charset cs, int numero) throws IOException {
		return Files.readAllLines(ECHANTILLONS.resolve(dossier).resolve(fichier), cs).get(numero - 1);
	}

	private static int numero(List<String[]> anomalies, String dossier, String fichierCommencePar, String raison) {
		return anomalies.stream()
			.filter(a -> a[0].equals(dossier) && a[1].startsWith(fichierCommencePar) && a[4].contains(raison))
			.mapToInt(a -> Integer.parseInt(a[2]))
			.findFirst()
			.orElseThrow();
	}

	@Test
	void chaqueAnomalieEstALaLigneAnnonceeEtDansLeReadme() throws IOException {
		Echantillons e = new Echantillons();
		e.ecrireEchantillons(Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "ech"));
		List<String[]> anomalies = e.anomalies();
		assertThat(anomalies).hasSize(8);
		assertThat(anomalies.stream().filter(a -> a[3].equals("rejet"))).hasSize(6);

		String readme = Files.readString(ECHANTILLONS.resolve("README.md"), StandardCharsets.UTF_8);
		for (String[] a : anomalies) {
			assertThat(readme).contains("| `" + a[0] + "` | `" + a[1] + "` | " + a[2] + " | " + a[3] + " | " + a[4]);
		}

		Charset cp = Dialecte.WINDOWS_1252;
		assertThat(ligne("commune-100-agents", "agents.csv", cp,
				numero(anomalies, "commune-100-agents", "agents", "31/02/1980")))
			.contains(",31/02/1980,");
		assertThat(ligne("commune-100-agents", "absences.csv", cp,
				numero(anomalies, "commune-100-agents", "absences", "avant date_debut")))
			.contains("15/06/2024,10/06/2024");
		int chevauchante = numero(anomalies, "commune-100-agents", "absences", "chevauche");
		assertThat(ligne("commune-100-agents", "absences.csv", cp, chevauchante)).contains("Autres raisons");
		int doublon = numero(anomalies, "commune-8-agents", "absences", "doublon");
		assertThat(ligne("commune-8-agents", "absences.csv", StandardCharsets.UTF_8, doublon))
			.isEqualTo(ligne("commune-8-agents", "absences.csv", StandardCharsets.UTF_8, doublon - 1));
		String sansSexe = ligne("ccas", "agents.csv", StandardCharsets.UTF_8,
				numero(anomalies, "ccas", "agents", "sexe manquant"));
		assertThat(sansSexe.split("\t", -1)[2]).isEmpty();
		assertThat(ligne("ccas", "absences.csv", StandardCharsets.UTF_8, numero(anomalies, "ccas", "absences", "CET")))
			.contains("\tCET\t");

		try (InputStream in = Files
			.newInputStream(ECHANTILLONS.resolve("commune-600-agents").resolve(Echantillons.CLASSEUR_600));
				XSSFWorkbook wb = new XSSFWorkbook(in)) {
			Row inconnu = wb.getSheet("absences")
				.getRow(numero(anomalies, "commune-600-agents", "export", "A99999") - 1);
			assertThat(inconnu.getCell(1).getStringCellValue()).isEqualTo("A99999");
			Row na = wb.getSheet("remunerations").getRow(numero(anomalies, "commune-600-agents", "export", "N/A") - 1);
			assertThat(na.getCell(2).getCellType()).isEqualTo(CellType.STRING);
			assertThat(na.getCell(2).getStringCellValue()).isEqualTo("N/A");
			// quelques numéros de série Excel bruts parmi les vraies dates
			assertThat(wb.getSheet("agents").getRow(8).getCell(3).getCellStyle().getDataFormatString())
				.isEqualTo("General");
			assertThat(wb.getSheet("agents").getRow(9).getCell(3).getCellStyle().getDataFormatString())
				.isEqualTo("dd/mm/yyyy");
		}
	}

}
