package fr.cdg.rsu.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;

/**
 * Le job entier sur un dossier de DSN seules : l'exemple travaillé de la spécification
 * (janvier et février 2025 de TESTVILLE), rangé dans un sous-dossier, avec grades.csv à
 * la racine et une ligne mal formée.
 */
class CampagneDsnFunctionalTests extends ContexteSpringPartage {

	/** Les sorties des campagnes de la classe (la base est celle du contexte partagé). */
	@TempDir
	static Path sortie;

	/**
	 * 3 agents, 2 absences, 3 paies et l'employeur (nommé par l'émetteur) ; la ligne mal
	 * formée est rejetée avec son fichier et son numéro ; le rapport dit les mois
	 * manquants et les estimations.
	 */
	@Test
	void uneCampagneSeLanceSurUnDossierDeDsn(@TempDir Path entree) throws Exception {
		Path mensuelles = entree.resolve("testville").resolve("2025");
		Files.createDirectories(mensuelles);
		for (String f : List.of("DSN_21000002200017_202501.dsn", "DSN_21000002200017_202502.dsn")) {
			try (var in = getClass().getResourceAsStream("/dsn/exemple/" + f)) {
				byte[] octets = in.readAllBytes();
				if (f.endsWith("02.dsn")) {
					String t = new String(octets, StandardCharsets.ISO_8859_1).replaceFirst("S21.G00.30.013,'01'\r\n",
							"S21.G00.30.013,'01'\r\nS21.G00.30.0XX,'01'\r\n");
					octets = t.getBytes(StandardCharsets.ISO_8859_1);
				}
				Files.write(mensuelles.resolve(f), octets);
			}
		}
		try (var in = getClass().getResourceAsStream("/dsn/exemple/grades.csv")) {
			Files.write(entree.resolve("grades.csv"), in.readAllBytes());
		}

		ParametresCampagne p = new ParametresCampagne(2025, entree, sortie.resolve("dsn"), "dsn", null, null, null,
				null, 3, true, "", null, java.time.LocalDate.of(2026, 3, 1), null, false);
		JobExecution execution = operateur.start(job, p.versJob());

		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		Path annee = sortie.resolve("dsn").resolve("2025");
		assertThat(annee.resolve("21000002200017").resolve("indicateurs.csv")).exists();
		// la ligne ajoutée est la 37e de février
		// rejets.csv est pour un tableur français : BOM, point-virgule
		assertThat(Files.readAllLines(annee.resolve("rejets.csv"))).containsExactly(
				"\uFEFFfichier;ligne;colonne;valeur;motif",
				"testville/2025/DSN_21000002200017_202502.dsn;37;ligne;S21.G00.30.0XX,'01';"
						+ "ligne mal formée (attendu Sxx.Gyy.zz.aaa,'valeur')");
		String rapport = Files.readString(annee.resolve("rapport-execution.json"));
		assertThat(rapport).contains("\"dsn\"")
			.contains("\"mois_manquants\"")
			.contains("\"03/2025\"")
			.contains("\"jours_carence_arrets\" : 1")
			.contains("\"type\" : \"dsn\"");
		String avertissements = Files.readString(annee.resolve("avertissements.csv"));
		assertThat(avertissements).contains("DSN_CARENCE_ESTIMEE")
			.contains("DSN_PRIMES_ESTIMEES")
			.contains("DSN_EMPLOYEUR_HORS_COLLECTIVITES")
			.contains("DSN_S90");
		// les indicateurs se calculent : 3 agents, dont 2 présents au 31/12 (C est parti
		// le 31/01)
		String indicateurs = Files.readString(annee.resolve("21000002200017").resolve("indicateurs.csv"));
		assertThat(indicateurs).isNotEmpty();
		ResumeCampagne resume = ResumeCampagne.de(execution);
		assertThat(resume.rejetees()).isEqualTo(1);
	}

}
