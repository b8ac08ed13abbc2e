package fr.cdg.rsu.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Deux campagnes en même temps sur la même sortie (un planificateur qui se chevauche).
 * Pour que le test ne dépende pas de la vitesse de la machine, la « première campagne »
 * est ici le test lui-même, qui tient la base de la sortie ouverte comme le ferait un
 * processus en cours : le programme lancé pendant ce temps s'arrête aussitôt, code 6 et
 * message clair, sans rien écrire ; une fois la base libérée, la même commande fait la
 * campagne.
 */
class CampagnesSimultaneesFunctionalTests {

	@Test
	void uneCampagneSurUneBaseDejaOuverteSArreteSansRienEcrire(@TempDir Path sortie) throws Exception {
		Path base = sortie.resolve(".base-rsu").resolve("rsu");
		String url = "jdbc:hsqldb:file:" + base + ";hsqldb.lock_file=true";
		try (Connection enCours = DriverManager.getConnection(url, "SA", "")) {
			Resultat seconde = lancer(sortie);
			assertThat(seconde.code()).as(seconde.texte()).isEqualTo(6);
			assertThat(seconde.texte()).contains("Une autre campagne utilise déjà la base")
				.doesNotContain("Exception")
				.doesNotContain("\tat ");
			assertThat(sortie.resolve("2024")).doesNotExist();
			enCours.createStatement().execute("SHUTDOWN");
		}
		Resultat apres = lancer(sortie);
		assertThat(apres.code()).as(apres.texte()).isZero();
		try (Stream<Path> fichiers = Files.walk(sortie.resolve("2024"))) {
			assertThat(fichiers.filter(p -> p.getFileName().toString().equals("indicateurs.csv"))).hasSize(4);
		}
	}

	private record Resultat(int code, String texte) {
	}

	private static Resultat lancer(Path sortie) throws Exception {
		Process p = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-cp", System.getProperty("java.class.path"), "fr.cdg.rsu.RsuApplication", "--annee=2024",
				"--entree=input-samples", "--sortie=" + sortie, "--sans-pdf"))
			.redirectErrorStream(true)
			.start();
		String texte = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(p.waitFor(3, TimeUnit.MINUTES)).isTrue();
		return new Resultat(p.exitValue(), texte);
	}

}
