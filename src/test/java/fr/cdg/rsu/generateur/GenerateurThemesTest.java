package fr.cdg.rsu.generateur;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.cdg.rsu.domaine.themes.FichierFacultatif;
import fr.cdg.rsu.indicateurs.CalculIndicateurs;
import fr.cdg.rsu.lecture.DossierLu;

/**
 * Les fichiers facultatifs générés ({@code --themes}) se lisent sans un rejet et se
 * tiennent avec les absences : le calcul des accidents déclarés ne trouve ni absence
 * d'accident sans déclaration, ni déclaration contredite.
 */
class GenerateurThemesTest {

	@Test
	void lesFichiersFacultatifsGeneresSeLisentSansRejetEtSeTiennent(@TempDir Path dossier) throws Exception {
		new GenerateurLots().generer(new GenerateurLots.Demande(2024, 3, 12, 900, 0, "csv", dossier, "25", true));
		for (FichierFacultatif f : FichierFacultatif.values()) {
			assertThat(dossier.resolve(f.nom() + ".csv")).isNotEmptyFile();
		}
		DossierLu lu = DossierLu.lire(dossier, 2024);
		assertThat(lu.rejetees()).as("lignes générées rejetées").isEmpty();
		int accidents = 0;
		for (var assemblage : lu.assembler(2024)) {
			assertThat(assemblage.rejets()).isEmpty();
			accidents += assemblage.donnees().complements().accidents().size();
			var r = CalculIndicateurs.calculer(assemblage.donnees());
			assertThat(r.avertissements()).extracting(x -> x.type())
				.doesNotContain("ABSENCE_SANS_ACCIDENT_DECLARE", "ACCIDENT_ARRET_INCOHERENT", "ACCIDENT_SANS_ABSENCE");
		}
		assertThat(accidents).isPositive();
	}

	@Test
	void pasDeFichiersFacultatifsEnDsn(@TempDir Path dossier) {
		assertThatThrownBy(() -> new GenerateurLots()
			.generer(new GenerateurLots.Demande(2024, 3, 2, 20, 0, "dsn", dossier, "25", true)))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("--themes");
		assertThat(Files.exists(dossier.resolve("accidents.csv"))).isFalse();
	}

}
