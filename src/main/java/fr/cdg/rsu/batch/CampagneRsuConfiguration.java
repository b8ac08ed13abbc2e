package fr.cdg.rsu.batch;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;
import java.util.stream.Collectors;

import fr.cdg.rsu.indicateurs.comparaison.Strates;
import fr.cdg.rsu.lecture.LigneLue;
import fr.cdg.rsu.rapport.GenerateurDocuments;
import fr.cdg.rsu.stockage.DepotCampagne;

import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Le job {@value #JOB} : lecture → calcul (partitionné par employeur) → documents
 * (partitionné par employeur) → bilan. Pas d'incrémenteur : les paramètres identifient la
 * campagne, et relancer la même commande reprend une campagne interrompue au lieu d'en
 * créer une nouvelle.
 */
@Configuration
class CampagneRsuConfiguration {

	static final String JOB = "campagneRsu";

	/**
	 * Employeurs par transaction au calcul : la plupart sont de petites communes dont le
	 * calcul coûte moins que la transaction, la mise à jour du dépôt Spring Batch et les
	 * requêtes qui l'entourent.
	 */
	static final int BLOC_CALCUL = 64;

	/**
	 * Aux documents, le rendu domine : de petits blocs gardent une reprise fine et une
	 * progression régulière.
	 */
	static final int BLOC_DOCUMENTS = 4;

	@Bean
	DepotCampagne depotCampagne(JdbcTemplate jdbc) {
		return new DepotCampagne(jdbc);
	}

	@Bean
	TaskExecutor executeurPartitions(@Value("${rsu.fils:0}") int fils) {
		ThreadPoolTaskExecutor executeur = new ThreadPoolTaskExecutor();
		int taille = fils > 0 ? fils : Runtime.getRuntime().availableProcessors();
		executeur.setCorePoolSize(taille);
		executeur.setMaxPoolSize(taille);
		executeur.setThreadNamePrefix("rsu-");
		executeur.initialize();
		return executeur;
	}

	@Bean
	Job campagneRsu(JobRepository depotJobs, Step lecture, Step verification, Step calcul, Step consolidation,
			Step documents, Step bilan, ArretDemande arret) {
		return new JobBuilder(JOB, depotJobs).listener(arret)
			.start(lecture)
			.next(verification)
			.next(calcul)
			.next(consolidation)
			.next(documents)
			.next(bilan)
			.build();
	}

	@Bean
	@StepScope
	LecteurCampagne lecteurCampagne(DepotCampagne depot, @Value("#{stepExecution}") StepExecution execution) {
		return new LecteurCampagne(depot, parametres(execution));
	}

	@Bean
	Step lecture(JobRepository depotJobs, PlatformTransactionManager tx, LecteurCampagne lecteur, DepotCampagne depot) {
		return new StepBuilder("lecture", depotJobs).<LigneLue, LigneLue>chunk(10_000)
			.transactionManager(tx)
			.reader(lecteur)
			.writer(lignes -> depot.enregistrer(campagneCourante(), lignes.getItems()))
			.listener(lecteur)
			.build();
	}

	private static long campagneCourante() {
		var contexte = org.springframework.batch.core.scope.context.StepSynchronizationManager.getContext();
		if (contexte == null) {
			throw new IllegalStateException("pas d'étape en cours : la campagne se lit dans le contexte d'une étape");
		}
		return contexte.getStepExecution().getJobExecution().getJobInstanceId();
	}

	@Bean
	@StepScope
	Partitioner partitionneurCalcul(DepotCampagne depot,
			@Value("#{stepExecution.jobExecution.jobInstanceId}") Long campagne) {
		return new PartitionneurEmployeurs(depot.sirets(campagne), siret -> true);
	}

	@Bean
	@JobScope
	Progression progressionCalcul(DepotCampagne depot, @Value("#{jobExecution.jobInstanceId}") Long campagne) {
		return new Progression(CalculEmployeur.ETAPE, depot.sirets(campagne).size());
	}

	@Bean
	@StepScope
	TraitementParEmployeurTasklet calculTasklet(DepotCampagne depot, @Value("#{stepExecution}") StepExecution execution,
			@Value("#{stepExecutionContext['sirets']}") String sirets, Progression progressionCalcul,
			@Value("${rsu.lignes-par-chargement:" + CalculEmployeur.LIGNES_PAR_CHARGEMENT
					+ "}") long lignesParChargement,
			Map<String, GenerateurDocuments> generateursDocuments, ArretDemande arret) {
		ParametresCampagne p = parametres(execution);
		// le calcul a besoin des modèles même sans PDF : ce qu'ils impriment décide du
		// secret
		return new TraitementParEmployeurTasklet(CalculEmployeur.ETAPE, sirets, depot,
				new CalculEmployeur(depot, p, lignesParChargement, generateur(generateursDocuments, p),
						LecteurCampagne.transmis(execution.getJobExecution()),
						VerificationAvantCalcul.nonCouverts(execution.getJobExecution())),
				progressionCalcul, BLOC_CALCUL, arret::demande);
	}

	@Bean
	Step calculEmployeur(JobRepository depotJobs, PlatformTransactionManager tx,
			TraitementParEmployeurTasklet calculTasklet) {
		return new StepBuilder("calcul:employeur", depotJobs).tasklet(calculTasklet, tx).build();
	}

	@Bean
	Step calcul(JobRepository depotJobs, Partitioner partitionneurCalcul, Step calculEmployeur,
			TaskExecutor executeurPartitions, @Value("${rsu.fils:0}") int fils) {
		return parEmployeur("calcul", depotJobs, partitionneurCalcul, calculEmployeur, executeurPartitions, fils);
	}

	/**
	 * Les employeurs dont on écrit les documents : aucun avec --sans-pdf, ceux de
	 * --pdf-siret s'il est donné.
	 */
	@Bean
	@StepScope
	Partitioner partitionneurDocuments(DepotCampagne depot, @Value("#{stepExecution}") StepExecution execution) {
		ParametresCampagne p = parametres(execution);
		Set<String> choisis = liste(p.pdfSirets());
		List<String> sirets = p.sansPdf() ? List.of() : depot.sirets(execution.getJobExecution().getJobInstanceId());
		return new PartitionneurEmployeurs(sirets, siret -> choisis.isEmpty() || choisis.contains(siret));
	}

	@Bean
	@JobScope
	Progression progressionDocuments(DepotCampagne depot, @Value("#{jobExecution}") JobExecution execution) {
		ParametresCampagne p = ParametresCampagne.depuis(execution.getJobParameters());
		Set<String> choisis = liste(p.pdfSirets());
		long total = p.sansPdf() ? 0
				: depot.sirets(execution.getJobInstanceId())
					.stream()
					.filter(s -> choisis.isEmpty() || choisis.contains(s))
					.count();
		return new Progression(DocumentsEmployeur.ETAPE, (int) total);
	}

	/**
	 * Modèles et polices chargés une fois par dossier de modèles, partagés par les fils
	 * de rendu.
	 */
	@Bean
	Map<String, GenerateurDocuments> generateursDocuments() {
		return new ConcurrentHashMap<>();
	}

	@Bean
	@StepScope
	TraitementParEmployeurTasklet documentsTasklet(DepotCampagne depot,
			@Value("#{stepExecution}") StepExecution execution,
			@Value("#{stepExecutionContext['sirets']}") String sirets, Progression progressionDocuments,
			Map<String, GenerateurDocuments> generateursDocuments, ArretDemande arret) {
		ParametresCampagne p = parametres(execution);
		return new TraitementParEmployeurTasklet(DocumentsEmployeur.ETAPE, sirets, depot,
				new DocumentsEmployeur(depot, p, generateur(generateursDocuments, p)), progressionDocuments,
				BLOC_DOCUMENTS, arret::demande);
	}

	private static GenerateurDocuments generateur(Map<String, GenerateurDocuments> generateurs, ParametresCampagne p) {
		return generateurs.computeIfAbsent(String.valueOf(p.modeles()), d -> new GenerateurDocuments(p.modeles()));
	}

	@Bean
	Step documentsEmployeur(JobRepository depotJobs, PlatformTransactionManager tx,
			TraitementParEmployeurTasklet documentsTasklet) {
		return new StepBuilder("documents:employeur", depotJobs).tasklet(documentsTasklet, tx).build();
	}

	@Bean
	Step documents(JobRepository depotJobs, Partitioner partitionneurDocuments, Step documentsEmployeur,
			TaskExecutor executeurPartitions, @Value("${rsu.fils:0}") int fils) {
		return parEmployeur("documents", depotJobs, partitionneurDocuments, documentsEmployeur, executeurPartitions,
				fils);
	}

	@Bean
	@StepScope
	ConsolidationCampagne consolidationCampagne(DepotCampagne depot,
			@Value("#{stepExecution}") StepExecution execution) {
		return new ConsolidationCampagne(depot, parametres(execution), Strates.parDefaut());
	}

	@Bean
	Step consolidation(JobRepository depotJobs, PlatformTransactionManager tx,
			ConsolidationCampagne consolidationCampagne) {
		return new StepBuilder("consolidation", depotJobs).tasklet(consolidationCampagne, tx)
			.allowStartIfComplete(true)
			.build();
	}

	@Bean
	@StepScope
	VerificationAvantCalcul verificationAvantCalcul(DepotCampagne depot,
			@Value("#{stepExecution}") StepExecution execution) {
		return new VerificationAvantCalcul(depot, parametres(execution));
	}

	@Bean
	Step verification(JobRepository depotJobs, PlatformTransactionManager tx,
			VerificationAvantCalcul verificationAvantCalcul) {
		return new StepBuilder("verification", depotJobs).tasklet(verificationAvantCalcul, tx).build();
	}

	@Bean
	@StepScope
	BilanCampagne bilanCampagne(DepotCampagne depot, @Value("#{stepExecution}") StepExecution execution) {
		return new BilanCampagne(depot, parametres(execution));
	}

	@Bean
	Step bilan(JobRepository depotJobs, PlatformTransactionManager tx, BilanCampagne bilanCampagne) {
		return new StepBuilder("bilan", depotJobs).tasklet(bilanCampagne, tx).allowStartIfComplete(true).build();
	}

	/**
	 * Une étape partitionnée par employeur, ses partitions sur le pool borné de
	 * {@code --fils} fils.
	 */
	private static Step parEmployeur(String nom, JobRepository depotJobs, Partitioner partitionneur, Step travail,
			TaskExecutor executeur, int fils) {
		return new StepBuilder(nom, depotJobs).partitioner(travail.getName(), partitionneur)
			.step(travail)
			.taskExecutor(executeur)
			.gridSize(fils > 0 ? fils : Runtime.getRuntime().availableProcessors())
			.build();
	}

	private static ParametresCampagne parametres(StepExecution execution) {
		return ParametresCampagne.depuis(execution.getJobExecution().getJobParameters());
	}

	/**
	 * Ce qu'une étape de la campagne a noté dans son contexte ({@code ""} si l'étape n'a
	 * pas tourné) : les étapes suivantes le relisent, y compris après une reprise.
	 */
	static String noteDEtape(org.springframework.batch.core.job.JobExecution job, String etape, String cle) {
		return job.getStepExecutions()
			.stream()
			.filter(s -> s.getStepName().equals(etape))
			.map(s -> s.getExecutionContext().getString(cle, ""))
			.findFirst()
			.orElse("");
	}

	static Set<String> liste(String texte) {
		return texte.isBlank() ? Set.of()
				: Arrays.stream(texte.split(","))
					.map(String::strip)
					.filter(s -> !s.isEmpty())
					.collect(Collectors.toSet());
	}

}
