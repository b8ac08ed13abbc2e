package fr.cdg.rsu.batch;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import fr.cdg.rsu.lecture.CouvertureAnnee;
import fr.cdg.rsu.lecture.EntreeInvalideException;
import fr.cdg.rsu.stockage.DepotCampagne;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Après la lecture, avant tout calcul, ce qui ne se vérifie qu'une fois les entrées lues.
 * Les employeurs de {@code --pdf-siret} existent-ils ? Un SIRET inconnu est une erreur
 * d'option (il n'écrivait aucun document, pour personne, sans rien dire). Les données
 * couvrent-elles l'année demandée ({@link CouvertureAnnee}) ? Si la campagne entière ne
 * la couvre pas, elle s'arrête (aucun résultat n'est écrit) en disant ce que couvrent les
 * données ; si seuls quelques employeurs ne la couvrent pas (un export de l'an passé dans
 * une campagne de CDG), ce sont eux qui échouent au calcul, avec la même phrase, et les
 * autres sont faits. {@code --annee-hors-donnees} lève la vérification.
 */
class VerificationAvantCalcul implements Tasklet {

	/**
	 * Les SIRET des employeurs qui ne couvrent pas l'année, séparés par des virgules
	 * (contexte de l'étape).
	 */
	static final String NON_COUVERTS = "nonCouverts";

	private static final Logger CONSOLE = LoggerFactory.getLogger(VerificationAvantCalcul.class);

	private final DepotCampagne depot;

	private final ParametresCampagne parametres;

	VerificationAvantCalcul(DepotCampagne depot, ParametresCampagne parametres) {
		this.depot = depot;
		this.parametres = parametres;
	}

	@Override
	public @Nullable RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		long campagne = chunkContext.getStepContext().getStepExecution().getJobExecution().getJobInstanceId();
		Set<String> demandes = CampagneRsuConfiguration.liste(parametres.pdfSirets());
		if (!demandes.isEmpty()) {
			Set<String> connus = new TreeSet<>(depot.sirets(campagne));
			List<String> inconnus = demandes.stream().filter(s -> !connus.contains(s)).sorted().toList();
			if (!inconnus.isEmpty()) {
				throw new OptionIncoherenteException("--pdf-siret : " + String.join(", ", inconnus)
						+ (inconnus.size() > 1 ? " ne sont pas des employeurs" : " n'est pas un employeur")
						+ " des entrées (employeurs lus : " + String.join(", ", connus.stream().limit(10).toList())
						+ (connus.size() > 10 ? "…" : "") + ").");
			}
		}
		if (parametres.anneeHorsDonnees()) {
			return RepeatStatus.FINISHED;
		}
		int annee = parametres.annee();
		CouvertureAnnee c = depot.couverture(campagne, null);
		if (!c.couvre(annee)) {
			throw new EntreeInvalideException("les données ne couvrent pas l'année " + annee + " : " + c.decrire(annee)
					+ ". Vérifiez --annee (ou les exports) ; pour calculer " + annee
					+ " quand même : --annee-hors-donnees.");
		}
		List<String> nonCouverts = depot.employeursNonCouverts(campagne, annee);
		if (!nonCouverts.isEmpty()) {
			CONSOLE.warn("Attention : les absences de " + nonCouverts.size() + " employeur(s) ne couvrent pas " + annee
					+ " (" + String.join(", ", nonCouverts.stream().limit(10).toList())
					+ (nonCouverts.size() > 10 ? "…" : "") + ") : ils ne sont pas calculés (rapport-execution.json).");
		}
		chunkContext.getStepContext()
			.getStepExecution()
			.getExecutionContext()
			.putString(NON_COUVERTS, String.join(",", nonCouverts));
		return RepeatStatus.FINISHED;
	}

	/** Les employeurs qui ne couvrent pas l'année, notés par l'étape de vérification. */
	static java.util.Set<String> nonCouverts(org.springframework.batch.core.job.JobExecution job) {
		return CampagneRsuConfiguration.liste(CampagneRsuConfiguration.noteDEtape(job, "verification", NON_COUVERTS));
	}

}
