package fr.cdg.rsu.batch;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

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
 * Le travail d'une partition : ses employeurs par blocs, un bloc par transaction (au
 * national, une transaction, une mise à jour du dépôt Spring Batch et trois requêtes par
 * employeur coûtaient plus que le calcul de la plupart des petites communes). Un
 * employeur déjà traité (à une exécution précédente de la même campagne) est sauté.
 * L'échec d'un employeur (données incohérentes, erreur de calcul) est noté et n'arrête
 * pas les autres ; une panne de la base, elle, arrête l'étape, et la reprise repartira du
 * bloc en cours.
 */
class TraitementParEmployeurTasklet implements Tasklet {

	/** Journal technique : les traces vont dans rsu.log, jamais à la console. */
	private static final Logger JOURNAL = LoggerFactory.getLogger("rsu.technique");

	private final String etape;

	private final DepotCampagne depot;

	private final TraitementEmployeur traitement;

	private final Progression progression;

	private final Deque<String> restants;

	private final int tailleBloc;

	/** Employeurs déjà traités par cette étape, lus une fois au premier appel. */
	private @Nullable Map<String, Boolean> faits;

	/**
	 * Vrai quand un arrêt est demandé ({@link ArretDemande}) : on s'arrête à la frontière
	 * d'un employeur.
	 */
	private final BooleanSupplier arretDemande;

	/**
	 * @param tailleBloc employeurs au plus par transaction
	 * @param arretDemande vrai quand la campagne doit s'arrêter : le bloc en cours est
	 * validé jusqu'à l'employeur terminé, les suivants reviennent à la reprise
	 */
	TraitementParEmployeurTasklet(String etape, String sirets, DepotCampagne depot, TraitementEmployeur traitement,
			Progression progression, int tailleBloc, BooleanSupplier arretDemande) {
		this.arretDemande = arretDemande;
		this.etape = etape;
		this.tailleBloc = tailleBloc;
		this.depot = depot;
		this.traitement = traitement;
		this.progression = progression;
		this.restants = sirets.isEmpty() ? new ArrayDeque<>() : new ArrayDeque<>(Arrays.asList(sirets.split(",")));
	}

	private void traiter(long campagne, String siret) {
		long debut = System.nanoTime();
		String resume;
		boolean reussi;
		try {
			resume = traitement.traiter(campagne, siret);
			reussi = true;
		}
		catch (DataAccessException ex) {
			// la base est en panne : l'étape s'arrête, la reprise repartira de ce bloc
			throw ex;
		}
		catch (Exception ex) {
			JOURNAL.warn("Échec de l'employeur " + siret + " à l'étape " + etape, ex);
			resume = "ÉCHEC : " + (ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage());
			reussi = false;
		}
		depot.marquerEtape(campagne, siret, etape, reussi, reussi ? null : resume,
				(System.nanoTime() - debut) / 1_000_000);
		progression.employeurTraite(siret, resume, reussi);
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
		long campagne = chunkContext.getStepContext().getStepExecution().getJobExecution().getJobInstanceId();
		if (faits == null) {
			faits = depot.etapesFaites(campagne, etape);
		}
		List<String> bloc = new ArrayList<>(tailleBloc);
		while (bloc.size() < tailleBloc && !restants.isEmpty()) {
			String siret = restants.poll();
			if (!faits.containsKey(siret)) {
				bloc.add(siret);
			}
		}
		if (bloc.isEmpty()) {
			return RepeatStatus.FINISHED;
		}
		traitement.preparer(campagne, bloc);
		for (int i = 0; i < bloc.size(); i++) {
			if (arretDemande.getAsBoolean()) {
				// l'arrêt est noté dans le dépôt : Spring Batch arrête l'étape après
				// cette transaction ; les employeurs
				// non traités du bloc sont rendus, la reprise les fera
				for (int j = bloc.size() - 1; j >= i; j--) {
					restants.addFirst(bloc.get(j));
				}
				return RepeatStatus.CONTINUABLE;
			}
			traiter(campagne, bloc.get(i));
			contribution.incrementWriteCount(1);
		}
		return restants.isEmpty() ? RepeatStatus.FINISHED : RepeatStatus.CONTINUABLE;
	}

}
