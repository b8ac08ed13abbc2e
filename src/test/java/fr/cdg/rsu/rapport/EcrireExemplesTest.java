package fr.cdg.rsu.rapport;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/**
 * Écrit les documents des deux employeurs fictifs dans {@code target/exemples-rapport/} pour les regarder
 * ({@code pdftoppm -r 60 -png ...}). Sert aussi de test de fumée.
 */
class EcrireExemplesTest {

	@Test
	void ecritLesDocumentsDesDeuxEmployeursFictifs() {
		GenerateurDocuments g = new GenerateurDocuments(Path.of("report-templates"));
		Path racine = Path.of("target", "exemples-rapport");
		long t0 = System.nanoTime();
		g.ecrire(FixturesIndicateurs.GRANDE, 2024, FixturesIndicateurs.grande(), racine.resolve("grande"),
				LocalDate.of(2025, 6, 16));
		long t1 = System.nanoTime();
		g.ecrire(FixturesIndicateurs.PETITE, 2024, FixturesIndicateurs.petite(), racine.resolve("petite"),
				LocalDate.of(2025, 6, 16));
		long t2 = System.nanoTime();
		g.ecrire(FixturesIndicateurs.GRANDE, 2024, FixturesIndicateurs.grande(), racine.resolve("grande"),
				LocalDate.of(2025, 6, 16));
		long t3 = System.nanoTime();
		System.out.printf("rendu grande : %d ms, petite : %d ms, grande à chaud : %d ms%n", (t1 - t0) / 1_000_000,
				(t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000);
	}

}
