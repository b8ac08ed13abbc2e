package fr.cdg.rsu.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import fr.cdg.rsu.rapport.TextePdf;

/**
 * Le job entier avec les fichiers facultatifs du RSU ({@code input-themes.md}) : une
 * campagne de deux exports, l'un avec les six fichiers et des colonnes facultatives,
 * l'autre sans aucun ; puis une campagne sans aucun fichier facultatif, qui ne doit rien
 * écrire de ces thèmes.
 */
@SpringBootTest
class CampagneThemesFunctionalTests {

	private static final String AVEC = "21250388500018";

	private static final String SANS = "21250056500013";

	@TempDir
	static Path sortie;

	@DynamicPropertySource
	static void base(DynamicPropertyRegistry registre) {
		registre.add("sortie", () -> sortie.toString());
	}

	@Autowired
	JobOperator operateur;

	@Autowired
	Job job;

	/**
	 * L'export « avec » : 4 agents titulaires ; A1 a un accident de service le 02/05 et
	 * 10 jours d'arrêt, A2 un accident sans arrêt ; un accident d'un matricule inconnu
	 * (rejeté au calcul) ; deux lignes employeur-rsu (la seconde rejetée) ; une décision,
	 * un signalement, une formation, un événement de carrière. Deux rejets en tout,
	 * décidés à l'assemblage ; l'export « sans » n'a que les quatre fichiers du contrat.
	 */
	@Test
	void campagneAvecTousLesFichiersFacultatifsEtUnExportSansAucun(@TempDir Path entree) throws Exception {
		Path avec = Files.createDirectories(entree.resolve("avec"));
		ecrire(avec.resolve("collectivites.csv"), "siret;nom;type\n" + AVEC + ";Commune Avec;commune\n");
		ecrire(avec.resolve("agents.csv"), """
				siret;matricule;sexe;date_naissance;statut;categorie;filiere;boeth;teletravail
				%1$s;A1;F;01/02/1980;TITULAIRE;C;technique;O;N
				%1$s;A2;H;1975-06-30;TITULAIRE;C;technique;N;N
				%1$s;A3;F;1975-06-30;TITULAIRE;B;administrative;N;O
				%1$s;A4;H;1985-06-30;TITULAIRE;A;administrative;N;O
				""".formatted(AVEC));
		ecrire(avec.resolve("absences.csv"), """
				siret;matricule;motif;date_debut;date_fin;date_accident
				%1$s;A1;AT_SERVICE;02/05/2024;11/05/2024;02/05/2024
				""".formatted(AVEC));
		ecrire(avec.resolve("remunerations.csv"), """
				siret;matricule;traitement_brut;etpr
				%1$s;A1;20000;1
				%1$s;A2;20000;1
				%1$s;A3;20000;1
				%1$s;A4;20000;1
				""".formatted(AVEC));
		ecrire(avec.resolve("accidents.csv"), """
				siret;matricule;nature;date_accident;avec_arret;activite
				%1$s;A1;AT_SERVICE;02/05/2024;O;VOIRIE
				%1$s;A2;AT_SERVICE;03/06/2024;N;ESPACES_VERTS
				%1$s;A9;AT_SERVICE;03/06/2024;N;
				""".formatted(AVEC));
		ecrire(avec.resolve("employeur-rsu.csv"), """
				siret;annee;nb_assistants_prevention;duerp
				%1$s;2024;1;O
				%1$s;2024;2;N
				""".formatted(AVEC));
		ecrire(avec.resolve("decisions-sante.csv"),
				"siret;matricule;date;type\n" + AVEC + ";A1;01/09/2024;AMENAGEMENT_POSTE\n");
		ecrire(avec.resolve("signalements.csv"),
				"siret;type;auteur;avec_arret;nombre\n" + AVEC + ";VIOLENCE_VERBALE;USAGER;N;2\n");
		ecrire(avec.resolve("formations.csv"),
				"siret;matricule;date_debut;jours;organisme;type\n" + AVEC + ";A3;01/03/2024;2;CNFPT;PREVENTION\n");
		ecrire(avec.resolve("carrieres.csv"),
				"siret;matricule;date;type\n" + AVEC + ";A4;01/07/2024;AVANCEMENT_GRADE\n");
		Path sans = Files.createDirectories(entree.resolve("sans"));
		ecrire(sans.resolve("collectivites.csv"), "siret;nom;type\n" + SANS + ";Commune Sans;commune\n");
		ecrire(sans.resolve("agents.csv"), """
				siret;matricule;sexe;date_naissance;statut;categorie;filiere
				%1$s;B1;F;01/02/1980;TITULAIRE;C;technique
				%1$s;B2;H;1975-06-30;TITULAIRE;C;technique
				%1$s;B3;F;1975-06-30;TITULAIRE;B;administrative
				""".formatted(SANS));
		ecrire(sans.resolve("absences.csv"),
				"siret;matricule;motif;date_debut;date_fin\n" + SANS + ";B1;MO;03/01/2024;05/01/2024\n");
		ecrire(sans.resolve("remunerations.csv"), "siret;matricule;traitement_brut;etpr\n" + SANS + ";B1;20000;1\n");

		JobExecution execution = lancer(entree, "themes", false);
		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		Path annee = sortie.resolve("themes").resolve("2024");

		assertThat(Files.readAllLines(annee.resolve("rejets.csv"))).containsExactlyInAnyOrder(
				"\uFEFFfichier;ligne;colonne;valeur;motif",
				"avec/accidents.csv;4;matricule;A9;matricule absent du fichier agents de cet employeur",
				"avec/employeur-rsu.csv;3;siret;" + AVEC
						+ ";employeur déjà décrit plus haut pour cette année (la première ligne est retenue)");
		JsonNode rapport = JsonMapper.builder().build().readTree(annee.resolve("rapport-execution.json").toFile());
		List<String> fichiers = new ArrayList<>();
		for (JsonNode f : rapport.get("fichiers")) {
			fichiers.add(f.get("fichier").asString());
			assertThat(f.get("lues").asLong()).isEqualTo(f.get("utilisees").asLong() + f.get("rejetees").asLong());
		}
		assertThat(fichiers).contains("avec/accidents.csv", "avec/employeur-rsu.csv", "avec/decisions-sante.csv",
				"avec/signalements.csv", "avec/formations.csv", "avec/carrieres.csv");
		for (JsonNode e : rapport.get("employeurs")) {
			JsonNode t = e.get("themes_facultatifs");
			if (e.get("siret").asString().equals(AVEC)) {
				assertThat(e.get("accidents").get("lues").asInt()).isEqualTo(3);
				assertThat(e.get("accidents").get("utilisees").asInt()).isEqualTo(2);
				assertThat(t.get("accidents").asInt()).isEqualTo(2);
				assertThat(t.get("employeur-rsu").asInt()).isEqualTo(1);
				assertThat(t.get("agents.boeth").asInt()).isEqualTo(4);
				assertThat(t.get("agents.cdi").asString()).isEqualTo("non transmis");
			}
			else {
				for (String theme : List.of("accidents", "employeur-rsu", "formations", "agents.boeth")) {
					assertThat(t.get(theme).asString()).as(theme).isEqualTo("non transmis");
				}
			}
		}

		// les indicateurs : publiés dans indicateurs.csv et le classeur pour « avec »,
		// aucune ligne pour « sans »
		List<String> csvAvec = Files.readAllLines(annee.resolve(AVEC).resolve("indicateurs.csv"));
		assertThat(csvAvec).contains(
				AVEC + ",2024,accidents_declares,accidents_declares,permanents,,ensemble,ensemble,,,2,0",
				AVEC + ",2024,accidents_declares,accidents_sans_arret,permanents,,ensemble,ensemble,,,1,0",
				AVEC + ",2024,accidents_declares,jours,permanents,,ensemble,ensemble,,,10,0",
				AVEC + ",2024,employeur,nb_assistants_prevention,,,ensemble,ensemble,,,1,0",
				AVEC + ",2024,formation,jours_formation,permanents,,ensemble,ensemble,,,2,0",
				AVEC + ",2024,signalements,signalements,tous,,ensemble,ensemble,,,2,0");
		// 1 bénéficiaire parmi 4 agents : publié (la case compte 4 agents)
		assertThat(csvAvec).contains(AVEC + ",2024,handicap,part_boeth,permanents,,ensemble,ensemble,1,4,25,0");
		List<String> csvSans = Files.readAllLines(annee.resolve(SANS).resolve("indicateurs.csv"));
		assertThat(csvSans).noneMatch(l -> l.matches("[^,]*,[^,]*,(accidents_declares|decisions_sante|signalements|"
				+ "formation|carrieres|handicap|conditions_travail|contrats|employeur),.*"));
		assertThat(feuilles(annee.resolve(AVEC).resolve("indicateurs.xlsx"))).contains("Accidents déclarés", "Handicap",
				"Réponses de l'employeur", "Formation");
		assertThat(feuilles(annee.resolve(SANS).resolve("indicateurs.xlsx"))).containsExactly("Effectifs",
				"Absentéisme", "Accidents du travail", "Rémunérations", "Égalité professionnelle");
		// les documents : ce que « avec » a déclaré, en phrases ; « non renseigné » pour
		// « sans », jamais un zéro. La
		// seconde ligne employeur-rsu (2 assistants, pas de DUERP) est rejetée : la
		// première est retenue
		String ficheAvec = TextePdf.texte(annee.resolve(AVEC).resolve("fiche-synthetique.pdf")).replaceAll("\\s+", " ");
		assertThat(ficheAvec).contains("La collectivité compte un assistant de prévention",
				"La collectivité dispose d'un document unique d'évaluation des risques professionnels (DUERP).",
				"Démarche de prévention des TMS : non renseigné.");
		String rpsAvec = TextePdf.texte(annee.resolve(AVEC).resolve("synthese-rps.pdf")).replaceAll("\\s+", " ");
		assertThat(rpsAvec).contains("Violence verbale 0 2 0 0");
		String rpsSans = TextePdf.texte(annee.resolve(SANS).resolve("synthese-rps.pdf")).replaceAll("\\s+", " ");
		assertThat(rpsSans).contains("Droits sociaux : non renseigné (fichier employeur-rsu non transmis).",
				"Actes de violence physique envers le personnel : non renseigné (fichier signalements non transmis).")
			.doesNotContain("Aucun acte de violence");
		String ssctSans = TextePdf.texte(annee.resolve(SANS).resolve("synthese-sante-securite.pdf"))
			.replaceAll("\\s+", " ");
		assertThat(ssctSans).contains("Acteurs de la prévention : non renseigné (fichier employeur-rsu non transmis).");
		// carrières : un seul événement déclaré (A4, avancement de grade) ; les autres
		// types sont des zéros déclarés
		String egaliteAvec = TextePdf.texte(annee.resolve(AVEC).resolve("synthese-egalite.pdf"))
			.replaceAll("\\s+", " ");
		assertThat(egaliteAvec).contains("Aucun bénéficiaire d'une promotion interne en 2024.",
				"Un agent a bénéficié d'un avancement de grade.", "Aucune titularisation en 2024.");
		String egaliteSans = TextePdf.texte(annee.resolve(SANS).resolve("synthese-egalite.pdf"))
			.replaceAll("\\s+", " ");
		assertThat(egaliteSans).contains("Évolution de carrière : non renseigné (fichier carrieres non transmis).")
			.doesNotContain("Aucune titularisation");
	}

	/**
	 * Sans aucun fichier facultatif : mêmes fichiers lus qu'avant, aucun de ces thèmes, «
	 * non transmis » partout.
	 */
	@Test
	void campagneSansAucunFichierFacultatif(@TempDir Path entree) throws Exception {
		ecrire(entree.resolve("collectivites.csv"), "siret;nom;type\n" + SANS + ";Commune Sans;commune\n");
		ecrire(entree.resolve("agents.csv"), """
				siret;matricule;sexe;date_naissance;statut;categorie;filiere
				%1$s;B1;F;01/02/1980;TITULAIRE;C;technique
				%1$s;B2;H;1975-06-30;TITULAIRE;C;technique
				""".formatted(SANS));
		ecrire(entree.resolve("absences.csv"),
				"siret;matricule;motif;date_debut;date_fin\n" + SANS + ";B1;AT_SERVICE;03/01/2024;05/01/2024\n");
		ecrire(entree.resolve("remunerations.csv"), "siret;matricule;traitement_brut;etpr\n" + SANS + ";B1;20000;1\n");
		JobExecution execution = lancer(entree, "sans-themes", true);
		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		Path annee = sortie.resolve("sans-themes").resolve("2024");
		JsonNode rapport = JsonMapper.builder().build().readTree(annee.resolve("rapport-execution.json").toFile());
		assertThat(rapport.get("fichiers")).hasSize(4);
		JsonNode themes = rapport.get("employeurs").get(0).get("themes_facultatifs");
		themes.properties().forEach(e -> assertThat(e.getValue().asString()).as(e.getKey()).isEqualTo("non transmis"));
		assertThat(themes.size()).isEqualTo(6 + 8);
		String complet = Files
			.readString(annee.resolve("non-diffusable").resolve("indicateurs-complets-" + SANS + ".csv"));
		assertThat(complet).doesNotContain(",accidents_declares,", ",handicap,", ",employeur,", ",formation,");
		// l'accident de service des absences reste au thème accidents, comme avant
		assertThat(complet).contains(",accidents,accidents,tous,AT_SERVICE,ensemble,ensemble,");
	}

	private static List<String> feuilles(Path classeur) throws IOException {
		List<String> r = new ArrayList<>();
		try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(classeur))) {
			for (Sheet s : wb) {
				r.add(s.getSheetName());
			}
		}
		return r;
	}

	private JobExecution lancer(Path entree, String sousDossier, boolean sansPdf) throws Exception {
		ParametresCampagne p = new ParametresCampagne(2024, entree, sortie.resolve(sousDossier), sousDossier, null,
				null, null, null, 3, sansPdf, "", null, java.time.LocalDate.of(2025, 3, 1), null, false);
		return operateur.start(job, p.versJob());
	}

	private static void ecrire(Path fichier, String contenu) throws IOException {
		Files.writeString(fichier, contenu, StandardCharsets.UTF_8);
	}

}
