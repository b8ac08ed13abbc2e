package fr.cdg.rsu.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/**
 * La campagne sur un vrai serveur PostgreSQL (démarré par {@code .ci/postgresql.sh}, qui
 * fournit {@code RSU_TEST_PG_URL}) : le dépôt Spring Batch et les tables de la campagne y
 * vivent, par simple configuration, et les indicateurs sont identiques à ceux de la base
 * HSQLDB embarquée.
 */
@EnabledIfEnvironmentVariable(named = "RSU_TEST_PG_URL", matches = "jdbc:postgresql:.*")
class PostgresqlFunctionalTests {

	@Test
	void laCampagneTourneSurPostgresqlEtDonneLesMemesIndicateurs(@TempDir Path dossier) throws Exception {
		String url = System.getenv("RSU_TEST_PG_URL");
		Path surHsqldb = dossier.resolve("hsqldb");
		Path surPostgresql = dossier.resolve("postgresql");

		assertThat(executer(surHsqldb)).isZero();
		assertThat(executer(surPostgresql, "--spring.profiles.active=postgresql", "--spring.datasource.url=" + url))
			.isZero();

		assertThat(indicateurs(surPostgresql.resolve("2024"))).isEqualTo(indicateurs(surHsqldb.resolve("2024")))
			.hasSize(4);
		assertThat(surPostgresql.resolve(".base-rsu")).doesNotExist();
		try (Connection c = DriverManager.getConnection(url, "rsu", "rsu")) {
			assertThat(compter(c, "SELECT COUNT(*) FROM BATCH_JOB_INSTANCE")).isPositive();
			// les 4 employeurs tiennent dans une partition (groupes d'au moins 8) ;
			// chacun a son sort noté
			assertThat(compter(c, "SELECT COUNT(*) FROM BATCH_STEP_EXECUTION WHERE STEP_NAME LIKE 'calcul:%'"))
				.isPositive();
			assertThat(compter(c, "SELECT COUNT(*) FROM RSU_EMPLOYEUR_ETAPE WHERE ETAPE = 'calcul' AND REUSSI"))
				.isEqualTo(4);
			assertThat(compter(c, "SELECT COUNT(DISTINCT SIRET) FROM RSU_AGENT")).isEqualTo(4);
		}
	}

	private static long compter(Connection c, String sql) throws Exception {
		try (ResultSet rs = c.createStatement().executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	private static Map<String, String> indicateurs(Path annee) throws IOException {
		Map<String, String> contenus = new TreeMap<>();
		try (Stream<Path> fichiers = Files.walk(annee)) {
			for (Path f : fichiers.filter(p -> p.getFileName().toString().equals("indicateurs.csv")).toList()) {
				contenus.put(annee.relativize(f).toString(), Files.readString(f, StandardCharsets.UTF_8));
			}
		}
		return contenus;
	}

	private static int executer(Path sortie, String... options) throws Exception {
		List<String> commande = new java.util.ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
						System.getProperty("java.class.path"), "fr.cdg.rsu.RsuApplication", "--annee=2024",
						"--entree=input-samples", "--sortie=" + sortie, "--sans-pdf", "--force",
						"--date-publication=01/03/2025"));
		commande.addAll(List.of(options));
		Process p = new ProcessBuilder(commande).redirectErrorStream(true)
			.redirectOutput(sortie.resolveSibling(sortie.getFileName() + ".txt").toFile())
			.start();
		assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
		return p.exitValue();
	}

}
