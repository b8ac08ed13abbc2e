package fr.cdg.rsu.batch;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Map;

import fr.cdg.rsu.stockage.DepotCampagne;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.dao.DataAccessException;

/**
 * Le travail d'une partition : ses employeurs l'un après l'autre, un par transaction. Un employeur déjà traité (à une
 * exécution précédente de la même campagne) est sauté. L'échec d'un employeur (données incohérentes, erreur de
 * calcul) est noté et n'arrête pas les autres ; une panne de la base, elle, arrête l'étape, et la reprise repartira
 * de l'employeur en cours.
 */
class TraitementParEmployeurTasklet implements Tasklet {

	/** Journal technique : les traces vont dans rsu.log, jamais à la console. */
	private static final Logger JOURNAL = LoggerFactory.getLogger("rsu.technique");

	private final String etape;

	private final DepotCampagne depot;

	private final TraitementEmployeur traitement;

	private final Progression progression;

	private final Deque<String> restants;

	/** Employeurs déjà traités par cette étape, lus une fois au premier appel. */
	private @Nullable Map<String, Boolean> faits;

	TraitementParEmployeurTasklet(String etape, String sirets, DepotCampagne depot, TraitementEmployeur traitement,
			Progression progression) {
		this.etape = etape;
		this.depot = depot;
		this.traitement = traitement;
		this.progression = progression;
		this.restants = sirets.isEmpty() ? new ArrayDeque<>() : new ArrayDeque<>(Arrays.asList(sirets.split(",")));
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
		long campagne = chunkContext.getStepContext().getStepExecution().getJobExecution().getJobInstanceId();
		if (faits == null) {
			faits = depot.etapesFaites(campagne, etape);
		}
		String siret;
		do {
			siret = restants.poll();
		}
		while (siret != null && faits.containsKey(siret));
		if (siret == null) {
			return RepeatStatus.FINISHED;
		}
		long debut = System.nanoTime();
		String resume;
		boolean reussi;
		try {
			resume = traitement.traiter(campagne, siret);
			reussi = true;
		}
		catch (DataAccessException ex) {
			// la base est en panne : l'étape s'arrête, la reprise repartira de cet employeur
			throw ex;
		}
		catch (Exception ex) {
			JOURNAL.warn("Échec de l'employeur " + siret + " à l'étape " + etape, ex);
			resume = "ÉCHEC : " + (ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage());
			reussi = false;
		}
		depot.marquerEtape(campagne, siret, etape, reussi, reussi ? null : resume,
				(System.nanoTime() - debut) / 1_000_000);
		contribution.incrementWriteCount(1);
		progression.employeurTraite(siret, resume, reussi);
		return restants.isEmpty() ? RepeatStatus.FINISHED : RepeatStatus.CONTINUABLE;
	}

}
