package fr.cdg.rsu.generateur;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Les jeux livrés sont ceux que produit le générateur : sinon, lancer GenerateurMain
 * --echantillons.
 */
class GenerateurEchantillonsTest {

	@TempDir
	static Path tmp;

	@BeforeAll
	static void regenerer() throws IOException {
		new Echantillons().regenerer(tmp);
	}

	private static List<Path> fichiers(Path dossier) throws IOException {
		try (Stream<Path> s = Files.walk(dossier)) {
			return s.filter(Files::isRegularFile).map(dossier::relativize).sorted().toList();
		}
	}

	private static void memeContenu(String sousDossier) throws IOException {
		Path livre = Path.of(sousDossier);
		Path regenere = tmp.resolve(sousDossier);
		assertThat(fichiers(livre)).as("fichiers de " + sousDossier).isEqualTo(fichiers(regenere));
		for (Path f : fichiers(livre)) {
			if (f.toString().endsWith(".xlsx")) {
				assertThat(ClasseurTexte.cellules(livre.resolve(f))).as(f.toString())
					.isEqualTo(ClasseurTexte.cellules(regenere.resolve(f)));
			}
			else {
				assertThat(Files.readAllBytes(livre.resolve(f))).as(f.toString())
					.isEqualTo(Files.readAllBytes(regenere.resolve(f)));
			}
		}
	}

	@Test
	void inputSamplesEstAJour() throws IOException {
		memeContenu(Echantillons.DOSSIER_ECHANTILLONS);
	}

	@Test
	void leJeuDEquivalenceEstAJour() throws IOException {
		memeContenu(Echantillons.DOSSIER_EQUIVALENCE);
	}

	@Test
	void deuxRegenerationsDonnentLesMemesOctets(@TempDir Path autre) throws IOException {
		new Echantillons().regenerer(autre);
		// y compris les classeurs : date de création fixée, rien ne dépend de l'heure
		for (Path f : fichiers(tmp)) {
			assertThat(Files.readAllBytes(autre.resolve(f))).as(f.toString())
				.isEqualTo(Files.readAllBytes(tmp.resolve(f)));
		}
	}

}
