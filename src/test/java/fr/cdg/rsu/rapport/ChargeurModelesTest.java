package fr.cdg.rsu.rapport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import fr.cdg.rsu.rapport.modele.ChargeurModeles;
import fr.cdg.rsu.rapport.modele.JeuDeModeles;
import fr.cdg.rsu.rapport.modele.ModeleDocument;
import fr.cdg.rsu.rapport.modele.ModeleInvalideException;

/**
 * Chaque modèle livré se charge et se valide ; toute clé inconnue est refusée en nommant
 * le fichier et la clé.
 */
class ChargeurModelesTest {

	private static final Path LIVRES = ModelesEnCopie.LIVRES;

	@TempDir
	Path dossier;

	@Test
	void lesModelesLivresSeChargentDepuisLeDossierDuProjet() {
		JeuDeModeles jeu = ChargeurModeles.depuisDossier(LIVRES);
		assertThat(jeu.documents()).extracting(ModeleDocument::fichier)
			.containsExactly("synthese-absenteisme.pdf", "synthese-remunerations.pdf", "synthese-egalite.pdf",
					"synthese-sante-securite.pdf", "synthese-rps.pdf", "fiche-synthetique.pdf");
		assertThat(jeu.documents()).allSatisfy(d -> assertThat(d.sections()).isNotEmpty());
		assertThat(jeu.libelles().libelle("groupes", "MO")).isEqualTo("Maladie ordinaire");
	}

	@Test
	void lesModelesLivresSontAussiEmpaquetesDansLeClasspath() {
		JeuDeModeles jeu = ChargeurModeles.depuisClasspath();
		assertThat(jeu.origine()).isEqualTo("classpath:report-templates/");
		assertThat(jeu.documents()).hasSize(6);
	}

	@Test
	void chaqueFichierYamlDuDossierEstUnModeleConnu() throws IOException {
		try (Stream<Path> fichiers = Files.list(LIVRES)) {
			assertThat(fichiers.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")))
				.containsExactlyInAnyOrder(Stream
					.concat(Stream.of(ChargeurModeles.CHARTE, ChargeurModeles.LIBELLES, ChargeurModeles.BLOCS_COMMUNS),
							ChargeurModeles.DOCUMENTS.stream())
					.toArray(String[]::new));
		}
	}

	@Test
	void unDossierDonneMaisAbsentEstUneErreur() {
		assertThatThrownBy(() -> ChargeurModeles.charger(dossier.resolve("absent")))
			.isInstanceOf(ModeleInvalideException.class)
			.hasMessageContaining("introuvable");
	}

	@Test
	void unTitreOuUneCouleurChangeSansRecompiler() throws IOException {
		copier();
		remplacer("synthese-absenteisme.yaml", "titre: \"Synthèse de l'absentéisme ${annee}\"",
				"titre: \"Absences ${annee}\"");
		remplacer("charte.yaml", "principale: \"#1F4E79\"", "principale: \"#006400\"");
		JeuDeModeles jeu = ChargeurModeles.charger(dossier);
		assertThat(jeu.documents().get(0).titre()).isEqualTo("Absences ${annee}");
		assertThat(jeu.apparence().principale().vert()).isEqualTo(0x64);
	}

	static Stream<Arguments> clesInconnues() {
		return Stream.of(
				Arguments.of("synthese-absenteisme.yaml", "        population: permanents\n        groupe: global\n",
						"        couleur_fond: rouge\n        population: permanents\n        groupe: global\n",
						"sections[1].blocs[0].couleur_fond"),
				Arguments.of("synthese-absenteisme.yaml", "      - type: note_de_lecture", "      - type: camembert_3d",
						"sections[1].blocs[2].type"),
				Arguments.of("synthese-remunerations.yaml", "indicateur: part_primes, format: taux_1",
						"indicateur: part_des_primes, format: taux_1", "sections[0].blocs[1].elements[2].indicateur"),
				Arguments.of("synthese-egalite.yaml", "population: fonctionnaires }", "population: titulaires }",
						".population"),
				Arguments.of("fiche-synthetique.yaml", "dimension: tranche_age+sexe", "dimension: tranche_age+genre",
						"sections[0].blocs[3].dimension"),
				Arguments.of("fiche-synthetique.yaml", "sous_titre: \"Les principaux",
						"sous_titre: \"${inconnue} Les principaux", "sous_titre"),
				Arguments.of("charte.yaml", "  accent: \"#C55A11\"", "  accent: \"#C55A11\"\n  fond_page: \"#FFFFFF\"",
						"couleurs.fond_page"),
				Arguments.of("charte.yaml", "  accent: \"#C55A11\"", "  accent: \"orange\"", "couleurs.accent"),
				Arguments.of("libelles.yaml", "  MO: \"Maladie ordinaire\"", "  MALADIE: \"Maladie ordinaire\"",
						"groupes.MALADIE"),
				Arguments.of("synthese-egalite.yaml", "        ordre: decroissant",
						"        ordre: decroissant\n        seuil: 5", "sections[2].blocs[3].seuil"),
				Arguments.of("synthese-absenteisme.yaml", "groupe: MO }", "groupe: MALADIE_ORDINAIRE }", ".groupe"),
				Arguments.of("synthese-absenteisme.yaml", "indicateur: taux_absenteisme, format: taux_1 }",
						"indicateur: taux_absenteisme, format: pourcent }", "sections[1].blocs[0].elements[0].format"),
				// ${seuil} est connu, une variable voisine ne l'est pas, dans la charte
				// comme dans un document
				Arguments.of("charte.yaml", "(moins de ${seuil} agents)", "(moins de ${seuil_secret} agents)",
						"textes.secret"),
				Arguments.of("synthese-egalite.yaml", "sur moins de ${seuil} agents, et ceux",
						"sur moins de ${seuils} agents, et ceux", "sections[0].blocs[0].texte"));
	}

	@ParameterizedTest(name = "{0} : {3}")
	@MethodSource("clesInconnues")
	void uneCleInconnueEstRefuseeAuDemarrageEnNommantLeFichierEtLaCle(String fichier, String avant, String apres,
			String cle) throws IOException {
		copier();
		remplacer(fichier, avant, apres);
		assertThatThrownBy(() -> ChargeurModeles.charger(dossier)).isInstanceOf(ModeleInvalideException.class)
			.hasMessageContaining(fichier)
			.hasMessageContaining(cle)
			.satisfies(e -> assertThat(((ModeleInvalideException) e).fichier()).isEqualTo(fichier));
	}

	@Test
	void unLogoAbsentEstUneErreur() throws IOException {
		copier();
		remplacer("charte.yaml", "# logo: logo-cdg.png", "logo: logo-cdg.png");
		assertThatThrownBy(() -> ChargeurModeles.charger(dossier)).isInstanceOf(ModeleInvalideException.class)
			.hasMessageContaining("charte.yaml")
			.hasMessageContaining("logo");
	}

	@Test
	void unLogoPoseDansLeDossierEstLuEtImprime() throws Exception {
		copier();
		java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(120, 40,
				java.awt.image.BufferedImage.TYPE_INT_RGB);
		java.awt.Graphics2D g = img.createGraphics();
		g.setColor(java.awt.Color.BLUE);
		g.fillRect(0, 0, 120, 40);
		g.dispose();
		javax.imageio.ImageIO.write(img, "png", dossier.resolve("logo-cdg.png").toFile());
		remplacer("charte.yaml", "# logo: logo-cdg.png", "logo: logo-cdg.png");
		JeuDeModeles jeu = ChargeurModeles.charger(dossier);
		assertThat(jeu.apparence().logo()).isNotEmpty();
		Path sortie = dossier.resolve("sortie");
		new GenerateurDocuments(jeu).ecrire(FixturesIndicateurs.PETITE, 2024, FixturesIndicateurs.petite(), sortie,
				java.time.LocalDate.of(2025, 6, 16), 3);
		try (org.apache.pdfbox.pdmodel.PDDocument d = org.apache.pdfbox.Loader
			.loadPDF(sortie.resolve("fiche-synthetique.pdf").toFile())) {
			var ressources = d.getPage(0).getResources();
			boolean image = false;
			for (var n : ressources.getXObjectNames()) {
				image |= ressources.getXObject(n) instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
			}
			assertThat(image).as("logo sur la première page").isTrue();
		}
	}

	private void copier() throws IOException {
		ModelesEnCopie.copier(dossier);
	}

	private void remplacer(String fichier, String avant, String apres) throws IOException {
		ModelesEnCopie.remplacer(dossier, fichier, avant, apres);
	}

}
