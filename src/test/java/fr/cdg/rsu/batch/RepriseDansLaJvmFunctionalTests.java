package fr.cdg.rsu.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import fr.cdg.rsu.generateur.GenerateurLots;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * La reprise, vite et dans la JVM des tests : une campagne arrêtée au milieu du calcul
 * (l'arrêt demandé, ce que fait SIGTERM) puis relancée avec les mêmes paramètres ne
 * refait pas les employeurs terminés, et ses sorties sont celles d'une campagne
 * ininterrompue. Le même scénario avec un vrai processus tué net (SIGKILL) :
 * {@link RepriseApresArretBrutalFunctionalTests}, plus lent.
 */
class RepriseDansLaJvmFunctionalTests extends ContexteSpringPartage {

	private static final int EMPLOYEURS = 30;

	@TempDir
	static Path dossier;

	@Autowired
	ArretDemande arret;

	@Autowired
	JobRepository depotJobs;

	@Autowired
	DataSource dataSource;

	@Test
	void uneCampagneArreteePuisRepriseDonneLesSortiesDUneCampagneIninterrompue() throws Exception {
		Path entree = dossier.resolve("entree");
		new GenerateurLots()
			.generer(new GenerateurLots.Demande(2024, 11L, EMPLOYEURS, 3000, 4500, "csv", entree, "25"));

		Path reference = dossier.resolve("reference");
		assertThat(operateur.start(job, parametres(entree, reference, "reference")).getStatus())
			.isEqualTo(BatchStatus.COMPLETED);

		Path reprise = dossier.resolve("reprise");
		JobParameters p = parametres(entree, reprise, "reprise");
		CompletableFuture<JobExecution> premiere = CompletableFuture.supplyAsync(() -> {
			try {
				return operateur.start(job, p);
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		});
		// l'arrêt est demandé dès que quelques employeurs sont calculés
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		long avantArret = 0;
		while (!premiere.isDone() && avantArret < 3) {
			Thread.sleep(5);
			JobInstance instance = depotJobs.getJobInstance(job.getName(), p);
			avantArret = instance == null ? 0 : calcules(jdbc, instance.getInstanceId());
		}
		assertThat(arret.demander()).as("arrêt demandé pendant le calcul").isTrue();
		JobExecution arretee = premiere.get(2, TimeUnit.MINUTES);
		assertThat(arretee.getStatus()).isEqualTo(BatchStatus.STOPPED);
		long faitsAvantReprise = calcules(jdbc, arretee.getJobInstanceId());
		assertThat(faitsAvantReprise).as("employeurs calculés avant l'arrêt").isBetween(3L, EMPLOYEURS - 1L);

		JobExecution reprisee = operateur.start(job, p);
		assertThat(reprisee.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(reprisee.getJobInstanceId()).as("la même campagne").isEqualTo(arretee.getJobInstanceId());
		long refaits = reprisee.getStepExecutions()
			.stream()
			.filter(s -> s.getStepName().startsWith("calcul:"))
			.mapToLong(StepExecution::getWriteCount)
			.sum();
		assertThat(refaits).as("employeurs calculés à la reprise").isEqualTo(EMPLOYEURS - faitsAvantReprise);

		var attendus = ContenusDesSorties.lire(reference.resolve("2024"), EMPLOYEURS);
		var obtenus = ContenusDesSorties.lire(reprise.resolve("2024"), EMPLOYEURS);
		assertThat(obtenus.keySet()).isEqualTo(attendus.keySet());
		attendus.forEach((fichier, contenu) -> assertThat(obtenus.get(fichier)).as(fichier).isEqualTo(contenu));
	}

	private static JobParameters parametres(Path entree, Path sortie, String empreinte) {
		return new ParametresCampagne(2024, entree, sortie, empreinte, null, null, null, null, 3, true, "", null,
				LocalDate.of(2025, 3, 1), null, false)
			.versJob();
	}

	private static long calcules(JdbcTemplate jdbc, long campagne) {
		Long n = jdbc.queryForObject("SELECT COUNT(*) FROM RSU_EMPLOYEUR_ETAPE WHERE CAMPAGNE = ? AND ETAPE = 'calcul'",
				Long.class, campagne);
		return n == null ? 0 : n;
	}

}
