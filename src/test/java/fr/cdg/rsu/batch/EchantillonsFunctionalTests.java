package fr.cdg.rsu.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;

import fr.cdg.rsu.rapport.TextePdf;
import fr.cdg.rsu.rapport.Verapdf;

/**
 * Le job entier sur les échantillons livrés ({@code input-samples/}, décrits dans leur
 * README) : quatre exports dans le désordre des vrais, les rejets annoncés et eux seuls,
 * des comptes qui se réconcilient, tous les documents, et aucune donnée personnelle dans
 * ce qui se publie.
 */
class EchantillonsFunctionalTests extends ContexteSpringPartage {

	/** Les sorties des campagnes de la classe (la base est celle du contexte partagé). */
	@TempDir
	static Path sortie;

	@Test
	void laCampagneDesEchantillonsEcritTousLesDocumentsEtRejetteExactementLesLignesAnnoncees() throws Exception {
		ParametresCampagne p = new ParametresCampagne(2024, Path.of("input-samples").toAbsolutePath(), sortie,
				"echantillons", null, null, null, null, 3, false, "", null, LocalDate.of(2025, 3, 15), null, false);
		JobExecution execution = operateur.start(job, p.versJob());
		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		Path annee = sortie.resolve("2024");

		// les six rejets du README des échantillons, à leur ligne
		List<String> rejets = Files.readAllLines(annee.resolve("rejets.csv"), StandardCharsets.UTF_8);
		assertThat(rejets.stream().skip(1).map(l -> l.split(";")[0] + ":" + l.split(";")[1]).toList())
			.containsExactlyInAnyOrder("ccas/agents.csv:7", "ccas/absences.csv:23", "commune-100-agents/agents.csv:42",
					"commune-100-agents/absences.csv:24", "commune-600-agents/export-rh-2024.xlsx#absences:594",
					"commune-600-agents/export-rh-2024.xlsx#remunerations:103");
		// pour un tableur français : BOM, point-virgule ; l'export du CCAS, lu par son
		// profil, est cité dans sa langue
		// (ses en-têtes, ses codes d'absence), celui de la commune de 100 agents par ses
		// en-têtes accentués
		assertThat(rejets.get(0)).isEqualTo("\uFEFFfichier;ligne;colonne;valeur;motif");
		assertThat(rejets).contains("ccas/agents.csv;7;Genre (sexe);;valeur obligatoire manquante",
				"ccas/absences.csv;23;Code absence (motif);CET;code inconnu (attendu un code du profil de "
						+ "correspondance : MAL, ATS, ATT, CLM, CLD, CGM, DISPO, MPRO, MAT, PAT, ADO, ASA, FOR ou SYN)",
				"commune-100-agents/agents.csv;42;Date de naissance;31/02/1980;"
						+ "date inexistante (attendu une date réelle JJ/MM/AAAA)",
				"commune-600-agents/export-rh-2024.xlsx#absences;594;matricule;A99999;"
						+ "matricule absent du fichier agents de cet employeur");
		List<String> avertissements = Files.readAllLines(annee.resolve("avertissements.csv"), StandardCharsets.UTF_8);
		assertThat(avertissements.get(0)).isEqualTo("\uFEFFsiret;type;matricule;message");
		assertThat(avertissements).contains(
				"00000000100008;DOUBLON;A00328;Période MO du 26/08/2024 au 01/09/2024 en double : comptée une fois");
		assertThat(avertissements).noneMatch(l -> l.matches(".*\\d{4}-\\d{2}-\\d{2}.*"));

		// lues = utilisées + rejetées, fichier par fichier, et les comptes du README des
		// échantillons
		JsonNode rapport = JsonMapper.builder().build().readTree(annee.resolve("rapport-execution.json").toFile());
		Map<String, Integer> lignesAttendues = Map.of("commune-100-agents/absences.csv", 273,
				"commune-600-agents/export-rh-2024.xlsx#absences", 1185, "ccas/remunerations.csv", 455,
				"commune-8-agents/agents.csv", 8);
		int fichiers = 0;
		for (JsonNode f : rapport.get("fichiers")) {
			fichiers++;
			assertThat(f.get("lues").asLong()).isEqualTo(f.get("utilisees").asLong() + f.get("rejetees").asLong());
			Integer attendu = lignesAttendues.get(f.get("fichier").asString());
			if (attendu != null) {
				assertThat(f.get("lues").asInt()).as(f.get("fichier").asString()).isEqualTo(attendu);
			}
		}
		// les quatre fichiers du contrat des quatre exports, et les six fichiers
		// facultatifs de trois d'entre eux
		assertThat(fichiers).isEqualTo(16 + 3 * 6);
		// la commune de 8 agents n'a transmis aucun fichier ni colonne facultatifs : le
		// rapport le dit, thème par
		// thème ; les trois autres ont tout transmis
		for (JsonNode e : rapport.get("employeurs")) {
			JsonNode themes = e.get("themes_facultatifs");
			boolean valbrune = e.get("siret").asString().equals("00000000100008");
			for (String theme : List.of("employeur-rsu", "accidents", "decisions-sante", "signalements", "formations",
					"carrieres", "agents.boeth", "agents.teletravail", "agents.motif_contrat")) {
				assertThat(themes.get(theme).isNumber()).as(e.get("siret") + " " + theme).isEqualTo(!valbrune);
				if (valbrune) {
					assertThat(themes.get(theme).asString()).isEqualTo("non transmis");
				}
			}
		}
		assertThat(rapport.get("total").get("rejetees").asInt()).isEqualTo(6);
		assertThat(rapport.get("employeurs")).hasSize(4);
		assertThat(rapport.toString()).doesNotContain("A00", "A09");

		List<String> attendus = List.of("indicateurs.csv", "indicateurs.xlsx", "synthese-absenteisme.pdf",
				"synthese-remunerations.pdf", "synthese-egalite.pdf", "fiche-synthetique.pdf");
		Set<String> matricules = matricules();
		List<Path> employeurs;
		try (Stream<Path> s = Files.list(annee)) {
			employeurs = s.filter(Files::isDirectory)
				.filter(d -> !d.getFileName().toString().equals("non-diffusable"))
				.toList();
		}
		assertThat(employeurs).hasSize(4);
		// le tableau complet de chaque employeur, vraies valeurs des cellules secrètes
		// comprises, hors de son dossier
		try (Stream<Path> s = Files.list(annee.resolve("non-diffusable"))) {
			assertThat(s.map(f -> f.getFileName().toString())).containsExactlyInAnyOrderElementsOf(
					employeurs.stream().map(d -> "indicateurs-complets-" + d.getFileName() + ".csv").toList());
		}
		for (Path dossier : employeurs) {
			for (String nom : attendus) {
				assertThat(dossier.resolve(nom)).as(dossier.getFileName() + "/" + nom).isNotEmptyFile();
			}
			for (String pdf : attendus.subList(2, 6)) {
				String texte = TextePdf.texte(dossier.resolve(pdf));
				assertThat(texte).doesNotContain("NaN", "null", "Infinity", "${");
				assertThat(texte).contains(dossier.getFileName().toString()).contains("2024");
				assertThat(mots(texte)).doesNotContainAnyElementsOf(matricules);
				// publiés sur un site, versés aux archives : accessibles et archivables
				for (var profil : Verapdf.PROFILS) {
					assertThat(Verapdf.echecs(dossier.resolve(pdf), profil))
						.as(dossier.getFileName() + "/" + pdf + " " + profil.getId())
						.isEmpty();
				}
			}
			assertThat(mots(cellules(dossier.resolve("indicateurs.xlsx")))).doesNotContainAnyElementsOf(matricules);
			assertThat(mots(Files.readString(dossier.resolve("indicateurs.csv"))))
				.doesNotContainAnyElementsOf(matricules);
		}
		assertThat(Files.readAllLines(annee.resolve("consolidation.csv"))).hasSize(5);
		try (XSSFWorkbook consolidation = new XSSFWorkbook(annee.resolve("consolidation.xlsx").toFile())) {
			assertThat(consolidation.getSheet("Employeurs").getLastRowNum()).isEqualTo(4);
			assertThat(consolidation.getSheet("Strates")).isNotNull();
		}
		try (Stream<Path> s = Files.walk(annee)) {
			assertThat(s.map(Path::toString).filter(n -> n.endsWith(".tmp") || n.endsWith(".en-cours"))).isEmpty();
		}
	}

	/**
	 * Tous les matricules des échantillons (ils commencent par une lettre et comptent 6
	 * caractères).
	 */
	private static Set<String> matricules() throws IOException {
		Set<String> m = new java.util.HashSet<>();
		try (Stream<Path> s = Files.walk(Path.of("input-samples"))) {
			for (Path f : s.filter(p -> p.toString().endsWith(".csv")).toList()) {
				for (String mot : mots(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1))) {
					if (mot.matches("A\\d{5}")) {
						m.add(mot);
					}
				}
			}
		}
		assertThat(m).hasSizeGreaterThan(100);
		return m;
	}

	private static List<String> mots(String texte) {
		return List.of(texte.split("[^A-Za-z0-9]+"));
	}

	private static String cellules(Path classeur) throws IOException {
		StringBuilder sb = new StringBuilder();
		try (XSSFWorkbook wb = new XSSFWorkbook(classeur.toFile())) {
			for (Sheet feuille : wb) {
				for (Row r : feuille) {
					for (Cell c : r) {
						sb.append(c.toString()).append(' ');
					}
				}
			}
		}
		catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException ex) {
			throw new IOException(ex);
		}
		return sb.toString();
	}

}
