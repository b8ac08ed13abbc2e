package fr.cdg.rsu.lecture.dsn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import fr.cdg.rsu.lecture.EntreeInvalideException;
import fr.cdg.rsu.lecture.InventaireEntrees;
import fr.cdg.rsu.lecture.LecteurEntrees;
import fr.cdg.rsu.lecture.LigneLue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ce que l'inventaire fait d'un dossier qui mêle exports CSV et DSN. */
class InventaireDsnTest {

	static final String SIRET = "21250388500018";

	@TempDir
	Path entree;

	private void dsn(Path fichier, String siret) throws IOException {
		DsnTexte d = DsnTexte.envoi(false, "MAIRIE").mensuelle(siret, 5, 2024);
		d.individu("1800175000001", "D1", "01011980").contrat("01012010", "00001", "01", "50");
		DsnTexte.ecrire(fichier, d.fini(1));
	}

	private void exportCsv(Path dossier, String siret) throws IOException {
		Files.createDirectories(dossier);
		Files.writeString(dossier.resolve("agents.csv"),
				"siret;matricule;sexe;date_naissance;statut;categorie;filiere\n" + siret
						+ ";C1;F;01/02/1980;TITULAIRE;C;technique\n");
	}

	/**
	 * Un export CSV dans son sous-dossier, des DSN dans un sous-sous-dossier, grades.csv
	 * et agents.csv à la racine (compléments, pas des exports), un CSV à côté des DSN
	 * (ignoré, avec un avertissement).
	 */
	@Test
	void exportsEtDsnSeLisentEnsemble() throws IOException {
		exportCsv(entree.resolve("commune-csv"), "21250388500026");
		dsn(entree.resolve("commune-dsn").resolve("2024").resolve("mai.DSN"), SIRET);
		Files.writeString(entree.resolve("commune-dsn").resolve("2024").resolve("notes.csv"), "a;b\n1;2\n");
		Files.writeString(entree.resolve("grades.csv"), "grade;libelle;categorie;filiere;cadre_emplois\n");
		Files.writeString(entree.resolve("agents.csv"), "matricule;emploi_fonctionnel\nD1;O\n");

		var inventaire = InventaireEntrees.inventorier(entree, null, null);

		assertThat(inventaire.fichiers()).extracting(f -> f.nom()).containsExactly("commune-csv/agents.csv");
		assertThat(inventaire.dsn().fichiers()).singleElement()
			.satisfies(p -> assertThat(p.getFileName().toString()).isEqualTo("mai.DSN"));
		assertThat(inventaire.dsn().grades()).isNotNull();
		assertThat(inventaire.dsn().agents()).isNotNull();
		assertThat(inventaire.dsn().avertissements()).singleElement().asString().contains("notes.csv");
		var d = inventaire.dsn();
		long agents = 0;
		try (LecteurEntrees l = new LecteurEntrees(inventaire.fichiers(), 2024,
				new LecteurDsn(entree, d.fichiers(), d.grades(), d.collectivites(), d.agents(), 2024))) {
			LigneLue x;
			while ((x = l.suivante()) != null) {
				if (x instanceof LigneLue.Acceptee a && a.enregistrement() instanceof fr.cdg.rsu.domaine.Agent g) {
					agents++;
					if (g.matricule().equals("D1")) {
						assertThat(g.emploiFonctionnel()).isTrue();
					}
				}
			}
			assertThat(l.statistiques()).containsKeys("commune-csv/agents.csv", "commune-dsn/2024/mai.DSN",
					"agents.csv");
			assertThat(l.statistiques().get("commune-dsn/2024/mai.DSN").sorte).isEqualTo("dsn");
		}
		assertThat(agents).isEqualTo(2);
	}

	/**
	 * Le même SIRET dans un export et dans une DSN : erreur qui nomme les deux sources.
	 */
	@Test
	void unSiretLuDeuxFoisEstUneErreur() throws IOException {
		exportCsv(entree.resolve("export"), SIRET);
		dsn(entree.resolve("dsn").resolve("mai.dsn"), SIRET);
		var inventaire = InventaireEntrees.inventorier(entree, null, null);
		var d = inventaire.dsn();

		assertThatThrownBy(() -> {
			try (LecteurEntrees l = new LecteurEntrees(inventaire.fichiers(), 2024,
					new LecteurDsn(entree, d.fichiers(), d.grades(), d.collectivites(), d.agents(), 2024))) {
				while (l.suivante() != null) {
					// jusqu'à l'erreur
				}
			}
		}).isInstanceOf(EntreeInvalideException.class)
			.hasMessageContaining(SIRET)
			.hasMessageContaining("export/agents.csv")
			.hasMessageContaining("dsn/mai.dsn");
	}

}
