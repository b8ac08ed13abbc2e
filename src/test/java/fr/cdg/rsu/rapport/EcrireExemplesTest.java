package fr.cdg.rsu.rapport;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import fr.cdg.rsu.domaine.Collectivite;
import fr.cdg.rsu.indicateurs.Indicateur;

/**
 * Écrit les documents des deux employeurs fictifs dans {@code target/exemples-rapport/}
 * pour les regarder ({@code pdftoppm -r 60 -png ...}), et affiche une mesure grossière du
 * temps et de la mémoire allouée par employeur. C'est une mesure, pas un test : hors du
 * lancement ordinaire (groupe {@code banc}), on la lance par
 * {@code ./mvnw -Pbanc test -Dtest=EcrireExemplesTest}.
 */
@Tag("banc")
class EcrireExemplesTest {

	@Test
	void ecritLesDocumentsDesDeuxEmployeursFictifs() throws Exception {
		GenerateurDocuments g = new GenerateurDocuments(Path.of("report-templates"));
		Path racine = Path.of("target", "exemples-rapport");
		// un dossier laissé par une exécution précédente (un autre jeu de modèles)
		// fausserait le compte
		org.springframework.util.FileSystemUtils.deleteRecursively(racine);
		List<Indicateur> grande = FixturesIndicateurs.grande();
		List<Indicateur> petite = FixturesIndicateurs.petite();
		for (int tour = 1; tour <= 3; tour++) {
			mesurer(g, FixturesIndicateurs.GRANDE, grande, racine.resolve("grande"), tour);
			mesurer(g, FixturesIndicateurs.PETITE, petite, racine.resolve("petite"), tour);
		}
		assertThat(Files.list(racine.resolve("grande")).count()).isEqualTo(5);
	}

	private static void mesurer(GenerateurDocuments g, Collectivite c, List<Indicateur> lignes, Path dossier,
			int tour) {
		var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
		long alloue = threads.getCurrentThreadAllocatedBytes();
		long cpu = threads.getCurrentThreadCpuTime();
		long t0 = System.nanoTime();
		g.ecrire(c, 2024, lignes, dossier, LocalDate.of(2025, 6, 16), 3);
		System.out.printf("tour %d, %s (%d lignes) : %d ms (processeur %d ms), %d Mo alloués%n", tour, c.nom(),
				lignes.size(), (System.nanoTime() - t0) / 1_000_000,
				(threads.getCurrentThreadCpuTime() - cpu) / 1_000_000,
				(threads.getCurrentThreadAllocatedBytes() - alloue) / (1024 * 1024));
	}

}
