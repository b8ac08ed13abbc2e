package fr.cdg.rsu.batch;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * L'arrêt demandé (SIGTERM : {@code systemctl stop}, l'arrêt d'un conteneur, Ctrl-C)
 * pendant une campagne. Sans lui, l'arrêt attendait la fin de toute l'étape, ou coupait
 * la base sous les pieds du calcul. Ici, la campagne est notée « arrêt demandé » dans le
 * dépôt : chaque partition finit l'employeur (le bloc d'employeurs) en cours et s'arrête,
 * la campagne est enregistrée arrêtée (STOPPED), et la même commande la reprend là où
 * elle s'est arrêtée.
 *
 * <p>
 * Le crochet d'arrêt de la JVM attend que le fil principal ait fini (résumé imprimé, base
 * fermée), au plus {@link #DELAI_MINUTES} minutes ; le code de sortie est alors celui de
 * la campagne ({@code 5} : arrêtée). Le crochet d'arrêt de Spring est désactivé
 * ({@code RsuApplication}) : il fermait la base pendant que le calcul tournait.
 */
@Component
public class ArretDemande implements JobExecutionListener {

	/**
	 * Au-delà, l'arrêt se fait sans attendre (systemd tue le processus au bout de 90 s
	 * par défaut).
	 */
	static final int DELAI_MINUTES = 10;

	private static final Logger JOURNAL = LoggerFactory.getLogger(ArretDemande.class);

	/**
	 * Le fil principal a fini : résumé imprimé, contexte fermé ; {@link #codeSortie} est
	 * fixé.
	 */
	private static final CountDownLatch SORTIE = new CountDownLatch(1);

	private static volatile int codeSortie = 1;

	private final ObjectProvider<JobOperator> operateur;

	private volatile @Nullable JobExecution enCours;

	private volatile boolean demande;

	public ArretDemande(ObjectProvider<JobOperator> operateur) {
		this.operateur = operateur;
	}

	@Override
	public void beforeJob(JobExecution execution) {
		// une nouvelle exécution (ou la reprise d'une campagne arrêtée) part sans arrêt
		// demandé
		demande = false;
		enCours = execution;
	}

	@Override
	public void afterJob(JobExecution execution) {
		enCours = null;
	}

	/** Vrai si un arrêt a été demandé pendant la campagne. */
	public boolean demande() {
		return demande;
	}

	/** Lance la campagne avec un crochet d'arrêt qui l'arrête proprement. */
	public JobExecution executer(Callable<JobExecution> lancement) throws Exception {
		Thread crochet = new Thread(this::arreter, "rsu-arret");
		Runtime.getRuntime().addShutdownHook(crochet);
		try {
			return lancement.call();
		}
		finally {
			try {
				Runtime.getRuntime().removeShutdownHook(crochet);
			}
			catch (IllegalStateException arretEnCours) {
				// le crochet tourne déjà : il attend la sortie du fil principal
			}
		}
	}

	/**
	 * Appelé par {@code main} juste avant {@code System.exit} : libère un crochet d'arrêt
	 * qui attend, avec le code de sortie de la campagne.
	 */
	public static void sortie(int code) {
		codeSortie = code;
		SORTIE.countDown();
	}

	/**
	 * Demande l'arrêt de la campagne en cours : ce que fait SIGTERM, sans attendre la
	 * sortie du processus (le test de reprise dans la JVM l'appelle directement).
	 * @return faux s'il n'y a pas de campagne en cours, ou si l'arrêt n'a pas pu être
	 * noté
	 */
	boolean demander() {
		JobExecution execution = enCours;
		if (execution == null) {
			return false;
		}
		try {
			// d'abord l'état « arrêt demandé » dans le dépôt, puis le signal aux
			// partitions : une partition qui
			// s'interrompt trouve l'arrêt déjà noté, et Spring Batch arrête son étape
			operateur.getObject().stop(execution);
		}
		catch (Exception ex) {
			JOURNAL.warn("Arrêt de la campagne impossible", ex);
			return false;
		}
		demande = true;
		return true;
	}

	private void arreter() {
		if (enCours == null) {
			return;
		}
		System.err.println("Arrêt demandé : la campagne s'arrête après les employeurs en cours, puis s'enregistre "
				+ "arrêtée (la même commande la reprendra).");
		if (!demander()) {
			return;
		}
		try {
			if (SORTIE.await(DELAI_MINUTES, TimeUnit.MINUTES)) {
				Runtime.getRuntime().halt(codeSortie);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
