package fr.cdg.rsu.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Le job entier sur de petits dossiers d'entrée écrits par le test, avec la base HSQLDB
 * de fichier par défaut.
 */
class CampagneRsuFunctionalTests extends ContexteSpringPartage {

	/** Les sorties des campagnes de la classe (la base est celle du contexte partagé). */
	@TempDir
	static Path sortie;

	@Autowired
	JobRepository depotJobs;

	@Autowired
	DataSource dataSource;

	@Test
	void leDepotDesJobsEstJdbcEtSesTablesExistent() {
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		for (String table : List.of("BATCH_JOB_INSTANCE", "BATCH_JOB_EXECUTION", "BATCH_STEP_EXECUTION",
				"BATCH_JOB_EXECUTION_CONTEXT", "RSU_AGENT", "RSU_REJET")) {
			assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME = ?",
					Integer.class, table))
				.as(table)
				.isEqualTo(1);
		}
		assertThat(depotJobs.getClass().getName()).doesNotContain("Resourceless");
		assertThat(jdbc.getDataSource()).isNotNull();
		String url = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getURL());
		assertThat(url).startsWith("jdbc:hsqldb:file:").contains(BASE.toString());
	}

	/**
	 * Trois agents dont un au sexe illisible (rejeté), deux absences dont une d'un
	 * matricule inconnu (rejetée au calcul), une paie : 7 lignes lues, 5 utilisées, 2
	 * rejetées, et rien de perdu.
	 */
	@Test
	void chaqueLigneFinitUtiliseeOuRejetee(@TempDir Path entree) throws Exception {
		ecrire(entree.resolve("collectivites.csv"), "siret;nom;type\n21250388500018;Commune de Test;commune\n");
		ecrire(entree.resolve("agents.csv"), """
				siret;matricule;sexe;date_naissance;statut;categorie;filiere
				21250388500018;A1;F;01/02/1980;TITULAIRE;C;technique
				21250388500018;A2;H;1975-06-30;CONTRACTUEL_PERMANENT;B;administrative
				21250388500018;A3;X;1975-06-30;TITULAIRE;B;administrative
				""");
		ecrire(entree.resolve("absences.csv"), """
				siret;matricule;motif;date_debut;date_fin
				21250388500018;A1;Maladie ordinaire;03/01/2024;05/01/2024
				21250388500018;A9;MO;03/01/2024;05/01/2024
				""");
		ecrire(entree.resolve("remunerations.csv"),
				"siret;matricule;traitement_brut;primes;etpr\n21250388500018;A1;\"25 000,50\";1200;1\n");

		JobExecution execution = lancer(entree, "chaque-ligne");

		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		ResumeCampagne resume = ResumeCampagne.de(execution);
		assertThat(resume.lues()).isEqualTo(7);
		assertThat(resume.utilisees()).isEqualTo(5);
		assertThat(resume.rejetees()).isEqualTo(2);
		Path annee = sortie.resolve("chaque-ligne").resolve("2024");
		assertThat(Files.readAllLines(annee.resolve("rejets.csv"))).containsExactly(
				"\uFEFFfichier;ligne;colonne;valeur;motif", "agents.csv;4;sexe;X;code inconnu (attendu F ou H)",
				"absences.csv;3;matricule;A9;matricule absent du fichier agents de cet employeur");
		assertThat(annee.resolve("21250388500018").resolve("indicateurs.csv")).exists();
		assertThat(Files.readString(annee.resolve("rapport-execution.json"))).contains("\"utilisees\" : 5");
		try (var fichiers = Files.walk(annee)) {
			assertThat(fichiers.filter(p -> p.toString().endsWith(".en-cours"))).isEmpty();
		}
	}

	/**
	 * Un export lu par un profil de correspondance : {@code rejets.csv} nomme ses
	 * colonnes par ses en-têtes (avec la colonne du programme entre parenthèses) et cite
	 * ses codes, pas les nôtres, même pour un rejet décidé au calcul ; une valeur en
	 * formule reste du texte. Point-virgule et BOM pour le tableur du service RH.
	 */
	@Test
	void lesRejetsDUnExportProfileParlentLaLangueDuFichier(@TempDir Path entree) throws Exception {
		ecrire(entree.resolve("profil-mapping.yaml"), """
				colonnes:
				  agents:
				    matricule: ["Matricule agent"]
				    sexe: ["Genre"]
				  absences:
				    matricule: ["Matricule agent"]
				    motif: ["Code absence"]
				valeurs:
				  sexe: { "1": "H", "2": "F" }
				  motif: { "MAL": "MO", "ATS": "AT_SERVICE" }
				""");
		ecrire(entree.resolve("collectivites.csv"), "siret;nom;type\n21250388500018;Commune de Test;commune\n");
		ecrire(entree.resolve("agents.csv"), """
				siret;Matricule agent;Genre;date_naissance;statut;categorie;filiere
				21250388500018;A1;2;01/02/1980;TITULAIRE;C;technique
				21250388500018;A2;X;1975-06-30;TITULAIRE;B;administrative
				21250388500018;A3;@SUM(A1);1975-06-30;TITULAIRE;B;administrative
				""");
		ecrire(entree.resolve("absences.csv"), """
				siret;Matricule agent;Code absence;date_debut;date_fin
				21250388500018;A1;MAL;03/01/2024;05/01/2024
				21250388500018;A1;CET;08/01/2024;09/01/2024
				21250388500018;A9;ATS;03/01/2024;05/01/2024
				""");

		JobExecution execution = lancer(entree, "profil");

		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		Path rejets = sortie.resolve("profil").resolve("2024").resolve("rejets.csv");
		assertThat(Files.readAllLines(rejets, StandardCharsets.UTF_8)).containsExactly(
				"\uFEFFfichier;ligne;colonne;valeur;motif",
				"agents.csv;3;Genre (sexe);X;code inconnu (attendu un code du profil de correspondance : 1 ou 2)",
				"agents.csv;4;Genre (sexe);'@SUM(A1);code inconnu (attendu un code du profil de correspondance : 1 ou 2)",
				"absences.csv;3;Code absence (motif);CET;"
						+ "code inconnu (attendu un code du profil de correspondance : MAL ou ATS)",
				"absences.csv;4;Matricule agent (matricule);A9;matricule absent du fichier agents de cet employeur");
		assertThat(Files.readString(rejets, StandardCharsets.UTF_8)).contains("\r\n").doesNotContain("MO, AT_SERVICE");
	}

	@Test
	void uneColonneObligatoireManquanteArreteToutAvantLaMoindreSortie(@TempDir Path entree) throws Exception {
		ecrire(entree.resolve("agents.csv"), "siret;matricule;sexe;statut\n21250388500018;A1;F;TITULAIRE\n");

		JobExecution execution = lancer(entree, "colonne-manquante");

		assertThat(execution.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(execution.getAllFailureExceptions()).singleElement()
			.satisfies(e -> assertThat(e.getMessage()).contains("agents.csv")
				.contains("date_naissance")
				.contains("Noms acceptés"));
		assertThat(sortie.resolve("colonne-manquante").resolve("2024")).doesNotExist();
	}

	private JobExecution lancer(Path entree, String sousDossier) throws Exception {
		ParametresCampagne p = new ParametresCampagne(2024, entree, sortie.resolve(sousDossier), sousDossier, null,
				null, null, null, 3, true, "", null, java.time.LocalDate.of(2025, 3, 1), null, false);
		return operateur.start(job, p.versJob());
	}

	private static void ecrire(Path fichier, String contenu) throws IOException {
		Files.writeString(fichier, contenu, StandardCharsets.UTF_8);
	}

}
