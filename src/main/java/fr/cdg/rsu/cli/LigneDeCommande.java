package fr.cdg.rsu.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import fr.cdg.rsu.batch.ParametresCampagne;
import fr.cdg.rsu.batch.ResumeCampagne;
import fr.cdg.rsu.lecture.EntreeInvalideException;
import fr.cdg.rsu.rapport.GenerateurDocuments;
import fr.cdg.rsu.rapport.modele.ModeleInvalideException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Component;

/**
 * Lance la campagne décrite par les options, ou reprend la même campagne si une exécution précédente a été
 * interrompue (processus tué, panne) ; dit qu'elle est déjà faite si rien n'a changé. Affiche un résumé d'un écran et
 * fixe le code de sortie. Jamais de trace Java à l'écran : les détails techniques vont dans le journal.
 */
@Component
class LigneDeCommande implements ApplicationRunner, ExitCodeGenerator {

	static final int SUCCES = 0;

	static final int ERREUR = 1;

	static final int OPTION_INVALIDE = 2;

	static final int EMPLOYEURS_EN_ECHEC = 3;

	static final int ENTREE_INUTILISABLE = 4;

	private static final Logger JOURNAL = LoggerFactory.getLogger(LigneDeCommande.class);

	private final JobOperator operateur;

	private final JobRepository depotJobs;

	private final Job job;

	private final PrintStream console = System.out;

	private int codeSortie = SUCCES;

	LigneDeCommande(JobOperator operateur, JobRepository depotJobs, Job job) {
		this.operateur = operateur;
		this.depotJobs = depotJobs;
		this.job = job;
	}

	@Override
	public int getExitCode() {
		return codeSortie;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		Map<String, List<String>> options = new LinkedHashMap<>();
		for (String nom : arguments.getOptionNames()) {
			options.put(nom, arguments.getOptionValues(nom));
		}
		if (options.isEmpty() && arguments.getNonOptionArgs().isEmpty()) {
			console.print(Options.AIDE);
			codeSortie = OPTION_INVALIDE;
			return;
		}
		Options o;
		try {
			o = Options.lire(options, arguments.getNonOptionArgs());
		}
		catch (OptionInvalideException ex) {
			System.err.println("Erreur : " + ex.getMessage() + "\nVoir --aide.");
			codeSortie = OPTION_INVALIDE;
			return;
		}
		if (o.aide()) {
			console.print(Options.AIDE);
			return;
		}
		if (o.planification() == null) {
			codeSortie = lancerSansTrace(o);
			return;
		}
		CronExpression cron = CronExpression.parse(o.planification());
		while (true) {
			LocalDateTime prochaine = cron.next(LocalDateTime.now());
			if (prochaine == null) {
				console.println("Planification sans prochaine échéance : arrêt.");
				return;
			}
			console.println("Prochaine campagne le "
					+ prochaine.format(DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm:ss")));
			try {
				Thread.sleep(Math.max(0, Duration.between(LocalDateTime.now(), prochaine).toMillis()));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			// chaque échéance recalcule l'empreinte : des entrées modifiées font une nouvelle campagne
			codeSortie = lancerSansTrace(o);
		}
	}

	private int lancerSansTrace(Options o) {
		try {
			return lancer(o);
		}
		catch (Exception ex) {
			JOURNAL.debug("Erreur", ex);
			System.err.println("Erreur : " + messageDe(ex));
			return ERREUR;
		}
	}

	private int lancer(Options o) throws Exception {
		if (!o.sansPdf()) {
			// les modèles de documents se vérifient au démarrage, pas après des heures de calcul
			try {
				new GenerateurDocuments(o.modeles());
			}
			catch (ModeleInvalideException ex) {
				System.err.println("Modèles de documents invalides, rien n'a été écrit :\n  " + ex.getMessage());
				return ENTREE_INUTILISABLE;
			}
		}
		List<String> optionsDeCalcul = List.of("annee=" + o.annee(), "seuil=" + o.seuilSecret(),
				"profil=" + o.profil(), "siret=" + o.siret(), "nom=" + o.nom(), "type=" + o.type(),
				"sansPdf=" + o.sansPdf(), "pdf=" + o.pdfSirets(), "modeles=" + o.modeles(),
				"publication=" + o.datePublication());
		String empreinte = EmpreinteEntrees.calculer(o.entree(), optionsDeCalcul);
		ParametresCampagne parametres = new ParametresCampagne(o.annee(), o.entree(), o.sortie(), empreinte,
				o.profil(), o.siret(), o.nom(), o.type(), o.seuilSecret(), o.sansPdf(), o.pdfSirets(), o.modeles(),
				o.datePublication(), null);
		JobParameters jobParametres = parametres.versJob();
		JobInstance instance = depotJobs.getJobInstance(job.getName(), jobParametres);
		if (instance != null) {
			JobExecution derniere = depotJobs.getLastJobExecution(instance);
			if (derniere != null && derniere.getStatus() == BatchStatus.COMPLETED) {
				if (!o.force()) {
					console.println("Campagne " + o.annee() + " déjà faite le "
							+ derniere.getEndTime().format(DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm"))
							+ " avec ces mêmes entrées : rien à refaire.");
					console.println("Résultats : " + parametres.dossierAnnee());
					console.println("Pour la refaire quand même : ajoutez --force.");
					return SUCCES;
				}
				parametres = new ParametresCampagne(o.annee(), o.entree(), o.sortie(), empreinte, o.profil(),
						o.siret(), o.nom(), o.type(), o.seuilSecret(), o.sansPdf(), o.pdfSirets(), o.modeles(),
						o.datePublication(), LocalDateTime.now().toString());
				jobParametres = parametres.versJob();
			}
			else if (derniere != null) {
				if (derniere.getStatus().isRunning()) {
					// La base de fichier n'admet qu'un processus : une exécution « en cours » trouvée ici est celle
					// d'un processus mort (kill -9, coupure). On la déclare en échec pour pouvoir la reprendre.
					operateur.recover(derniere);
				}
				console.println("Reprise de la campagne " + o.annee() + " interrompue le "
						+ (derniere.getStartTime() == null ? "?"
								: derniere.getStartTime().format(DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm")))
						+ " : les employeurs déjà traités ne sont pas refaits.");
			}
		}
		long debut = System.nanoTime();
		JobExecution execution = operateur.start(job, jobParametres);
		Duration duree = Duration.ofNanos(System.nanoTime() - debut);
		return resume(execution, parametres, duree, o.silencieux());
	}

	private int resume(JobExecution execution, ParametresCampagne parametres, Duration duree, boolean silencieux) {
		if (execution.getStatus() != BatchStatus.COMPLETED) {
			Throwable cause = premiereErreur(execution);
			if (cause instanceof EntreeInvalideException) {
				System.err.println("Entrée inutilisable, rien n'a été écrit :\n  " + cause.getMessage());
				return ENTREE_INUTILISABLE;
			}
			System.err.println("La campagne a échoué : " + (cause == null ? execution.getExitStatus().getExitDescription()
					: messageDe(cause)));
			System.err.println("Relancez la même commande pour la reprendre là où elle s'est arrêtée.");
			return ERREUR;
		}
		ResumeCampagne r = ResumeCampagne.de(execution);
		Locale fr = Locale.FRANCE;
		console.println();
		console.println("Campagne RSU " + parametres.annee() + " terminée en "
				+ String.format(fr, "%.1f s", duree.toMillis() / 1000.0));
		console.println(String.format(fr, "  Employeurs            : %d%s", r.employeurs(),
				r.employeursEnEchec() > 0 ? " dont " + r.employeursEnEchec() + " en échec" : ""));
		console.println(String.format(fr, "  Lignes lues           : %,d", r.lues()));
		console.println(String.format(fr, "  Lignes utilisées      : %,d", r.utilisees()));
		console.println(String.format(fr, "  Lignes rejetées       : %,d%s", r.rejetees(),
				r.rejetees() > 0 ? "  (détail : " + parametres.dossierAnnee().resolve("rejets.csv") + ")" : ""));
		console.println("  Résultats             : " + parametres.dossierAnnee());
		console.println("    <siret>/indicateurs.csv, synthèses PDF et classeur par employeur ; rapport-execution.json");
		console.println("    non-diffusable/ : tableaux complets, vraies valeurs des cellules secrètes (à ne pas diffuser)");
		if (r.employeursEnEchec() > 0) {
			console.println("  Attention : des employeurs sont en échec, voir rapport-execution.json (rubrique echecs).");
			return EMPLOYEURS_EN_ECHEC;
		}
		return SUCCES;
	}

	private static @Nullable Throwable premiereErreur(JobExecution execution) {
		List<Throwable> erreurs = new ArrayList<>(execution.getAllFailureExceptions());
		for (Throwable t : erreurs) {
			Throwable c = t;
			while (c != null) {
				if (c instanceof EntreeInvalideException) {
					return c;
				}
				c = c.getCause();
			}
		}
		return erreurs.isEmpty() ? null : erreurs.get(0);
	}

	private static String messageDe(Throwable t) {
		Throwable c = t;
		while (c.getCause() != null && c.getCause() != c) {
			c = c.getCause();
		}
		String message = c.getMessage();
		return (message == null ? c.getClass().getSimpleName() : message)
				+ " (détails techniques dans le journal : " + Path.of("rsu.log") + ")";
	}

}
