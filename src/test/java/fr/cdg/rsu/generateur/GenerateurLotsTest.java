package fr.cdg.rsu.generateur;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

class GenerateurLotsTest {

	@TempDir
	Path tmp;

	private GenerateurLots.Bilan generer(Path dossier, long graine, int employeurs, int agents, int absences)
			throws IOException {
		return new GenerateurLots()
			.generer(new GenerateurLots.Demande(2024, graine, employeurs, agents, absences, "csv", dossier, "25"));
	}

	static List<CsvRecord> lire(Path fichier) throws IOException {
		List<CsvRecord> res = new ArrayList<>();
		try (CsvReader<CsvRecord> r = CsvReader.builder().fieldSeparator(';').ofCsvRecord(fichier)) {
			r.forEach(res::add);
		}
		return res;
	}

	@Test
	void memeGraineMemesOctets() throws IOException {
		generer(tmp.resolve("a"), 7, 40, 3000, 4500);
		generer(tmp.resolve("b"), 7, 40, 3000, 4500);
		generer(tmp.resolve("c"), 8, 40, 3000, 4500);
		for (Nature n : Nature.values()) {
			String f = n.nom() + ".csv";
			assertThat(Files.readAllBytes(tmp.resolve("b").resolve(f))).as(f)
				.isEqualTo(Files.readAllBytes(tmp.resolve("a").resolve(f)));
		}
		assertThat(Files.readAllBytes(tmp.resolve("c").resolve("agents.csv")))
			.isNotEqualTo(Files.readAllBytes(tmp.resolve("a").resolve("agents.csv")));
	}

	@Test
	void lesTaillesDemandeesSontAPeuPresRespectees() throws IOException {
		GenerateurLots.Bilan bilan = generer(tmp, 42, 300, 20_000, 30_000);
		assertThat(bilan.collectivites()).isEqualTo(300);
		assertThat(bilan.agents()).isBetween(19_000L, 21_000L);
		assertThat(bilan.absences()).isBetween(25_500L, 34_500L);
		// les fichiers ont bien ces lignes (+ en-tête)
		assertThat(Files.lines(tmp.resolve("agents.csv"), StandardCharsets.UTF_8).count())
			.isEqualTo(bilan.agents() + 1);
		assertThat(Files.lines(tmp.resolve("absences.csv"), StandardCharsets.UTF_8).count())
			.isEqualTo(bilan.absences() + 1);
		assertThat(Files.lines(tmp.resolve("collectivites.csv"), StandardCharsets.UTF_8).count()).isEqualTo(301);
	}

	@Test
	void lesDonneesRespectentLeContrat() throws IOException {
		generer(tmp, 3, 60, 4000, 6000);
		List<CsvRecord> collectivites = lire(tmp.resolve("collectivites.csv"));
		assertThat(collectivites.get(0).getFields()).isEqualTo(Nature.COLLECTIVITES.colonnes());
		Set<String> types = new HashSet<>();
		Set<String> sirets = new HashSet<>();
		for (CsvRecord r : collectivites.subList(1, collectivites.size())) {
			assertThat(r.getField(0)).matches("\\d{14}");
			assertThat(sirets.add(r.getField(0))).isTrue();
			types.add(r.getField(2));
		}
		assertThat(types).contains("commune", "ccas");

		List<CsvRecord> agents = lire(tmp.resolve("agents.csv"));
		assertThat(agents.get(0).getFields()).isEqualTo(Nature.AGENTS.colonnes());
		Map<String, CsvRecord> parCle = new HashMap<>();
		int tnc = 0;
		int partiels = 0;
		int arrivees = 0;
		for (CsvRecord r : agents.subList(1, agents.size())) {
			assertThat(sirets).contains(r.getField(0));
			assertThat(r.getField(1)).matches("A\\d{5}");
			assertThat(parCle.put(r.getField(0) + r.getField(1), r)).as("matricule unique par employeur").isNull();
			assertThat(r.getField(2)).isIn("F", "H");
			int age = 2024 - LocalDate.parse(r.getField(3)).getYear();
			assertThat(age).isBetween(20, 67);
			assertThat(r.getField(4)).isIn("TITULAIRE", "STAGIAIRE", "CONTRACTUEL_PERMANENT",
					"CONTRACTUEL_NON_PERMANENT");
			tnc += r.getField(9).equals("NON_COMPLET") ? 1 : 0;
			partiels += r.getField(10).equals("100") ? 0 : 1;
			arrivees += r.getField(12).startsWith("2024") ? 1 : 0;
		}
		assertThat(tnc).isPositive();
		assertThat(partiels).isPositive();
		assertThat(arrivees).isPositive();

		Map<String, List<long[]>> periodes = new HashMap<>();
		int ouvertes = 0;
		int reliquats = 0;
		int prolongations = 0;
		List<CsvRecord> absences = lire(tmp.resolve("absences.csv"));
		for (CsvRecord r : absences.subList(1, absences.size())) {
			String cle = r.getField(0) + r.getField(1);
			assertThat(parCle).containsKey(cle);
			LocalDate debut = LocalDate.parse(r.getField(3));
			LocalDate fin = r.getField(4).isEmpty() ? null : LocalDate.parse(r.getField(4));
			if (fin != null) {
				assertThat(fin).isAfterOrEqualTo(debut);
				assertThat(fin.getYear()).isGreaterThanOrEqualTo(2024);
			}
			assertThat(debut.getYear()).isLessThanOrEqualTo(2024);
			ouvertes += fin == null ? 1 : 0;
			reliquats += debut.getYear() < 2024 ? 1 : 0;
			prolongations += r.getField(5).equals("O") ? 1 : 0;
			long d = debut.toEpochDay();
			long f = fin == null ? Long.MAX_VALUE : fin.toEpochDay();
			for (long[] p : periodes.computeIfAbsent(cle, k -> new ArrayList<>())) {
				assertThat(d <= p[1] && p[0] <= f).as("chevauchement %s %s", cle, debut).isFalse();
			}
			periodes.get(cle).add(new long[] { d, f });
			if (r.getField(2).startsWith("AT_") || r.getField(2).equals("MP")) {
				assertThat(r.getField(7)).isNotEmpty();
			}
		}
		assertThat(ouvertes).isPositive();
		assertThat(reliquats).isPositive();
		assertThat(prolongations).isPositive();

		List<CsvRecord> paies = lire(tmp.resolve("remunerations.csv"));
		for (CsvRecord r : paies.subList(1, paies.size())) {
			assertThat(parCle).containsKey(r.getField(0) + r.getField(1));
			BigDecimal etpr = new BigDecimal(r.getField(8));
			assertThat(etpr).isBetween(BigDecimal.ZERO, BigDecimal.ONE);
			assertThat(new BigDecimal(r.getField(2))).isPositive();
		}
	}

	@Test
	void leClasseurXlsxEnMasseAQuatreFeuilles() throws IOException {
		new GenerateurLots().generer(new GenerateurLots.Demande(2024, 1, 5, 200, 300, "xlsx", tmp, "25"));
		try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
				Files.newInputStream(tmp.resolve("rsu-2024.xlsx")))) {
			assertThat(wb.getNumberOfSheets()).isEqualTo(4);
			assertThat(wb.getSheet("agents").getLastRowNum()).isBetween(150, 250);
		}
	}

}
