package fr.cdg.rsu.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import fr.cdg.rsu.batch.ArretDemande;
import fr.cdg.rsu.batch.ParametresCampagne;
import fr.cdg.rsu.batch.ResumeCampagne;
import fr.cdg.rsu.batch.OptionIncoherenteException;
import fr.cdg.rsu.lecture.EntreeInvalideException;
import fr.cdg.rsu.rapport.modele.ChargeurModeles;
import fr.cdg.rsu.rapport.modele.JeuDeModeles;
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
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Component;

/**
 * Lance la campagne décrite par les options, ou reprend la même campagne si une exécution
 * précédente a été interrompue (processus tué, panne) ; dit qu'elle est déjà faite si
 * rien n'a changé. Affiche un résumé d'un écran et fixe le code de sortie. Jamais de
 * trace Java à l'écran : les détails techniques vont dans le journal.
 */
@Component
class LigneDeCommande implements ApplicationRunner, ExitCodeGenerator {

	private static final Logger JOURNAL = LoggerFactory.getLogger(LigneDeCommande.class);

	private final JobOperator operateur;

	private final JobRepository depotJobs;

	private final Job job;

	private final PrintStream console = System.out;

	private final Clock horloge;

	/**
	 * Vrai si la base est un fichier HSQLDB sous la sortie : un seul processus peut
	 * l'ouvrir (fichier verrou).
	 */
	private final boolean baseExclusive;

	private final ArretDemande arret;

	private int codeSortie = CodeSortie.SUCCES.code();

	LigneDeCommande(JobOperator operateur, JobRepository depotJobs, Job job, ArretDemande arret,
			@Value("${" + Demarrage.HORLOGE + ":}") String horloge,
			@Value("${spring.datasource.url:}") String urlBase) {
		this.operateur = operateur;
		this.depotJobs = depotJobs;
		this.job = job;
		this.arret = arret;
		this.horloge = Demarrage.horloge(horloge);
		this.baseExclusive = urlBase.startsWith("jdbc:hsqldb:file:") && urlBase.contains("hsqldb.lock_file=true")
				|| urlBase.startsWith("jdbc:hsqldb:mem:");
	}

	@Override
	public int getExitCode() {
		return codeSortie;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		Map<String, List<String>> options = Demarrage.options(arguments);
		if (options.isEmpty() && arguments.getNonOptionArgs().isEmpty()) {
			console.print(Options.AIDE);
			codeSortie = CodeSortie.OPTION_INVALIDE.code();
			return;
		}
		Options o;
		try {
			// déjà vérifiées avant le démarrage (Demarrage) ; relues ici pour les
			// lancements par les tests
			o = Options.lire(options, arguments.getNonOptionArgs(), horloge);
		}
		catch (OptionInvalideException ex) {
			System.err.println("Erreur : " + ex.getMessage() + "\nVoir ./rsu --aide.");
			codeSortie = CodeSortie.OPTION_INVALIDE.code();
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
			LocalDateTime prochaine = cron.next(LocalDateTime.now(horloge));
			if (prochaine == null) {
				console.println("Planification sans prochaine échéance : arrêt.");
				return;
			}
			console.println("Prochaine campagne le "
					+ prochaine.format(DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm:ss")));
			try {
				Thread.sleep(Math.max(0, Duration.between(LocalDateTime.now(horloge), prochaine).toMillis()));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			// chaque échéance recalcule l'empreinte : des entrées modifiées font une
			// nouvelle campagne
			codeSortie = lancerSansTrace(o);
		}
	}

	private int lancerSansTrace(Options o) {
		try {
			return lancer(o);
		}
		catch (Exception ex) {
			JOURNAL.debug("Erreur", ex);
			System.err.println("Erreur : " + messageDe(ex, o));
			return CodeSortie.ERREUR.code();
		}
	}

	private int lancer(Options o) throws Exception {
		JeuDeModeles modeles;
		try {
			// les modèles se vérifient au démarrage, pas après des heures de calcul ;
			// même sans PDF, ils disent ce
			// que publie indicateurs.csv
			modeles = ChargeurModeles.charger(o.modeles());
		}
		catch (ModeleInvalideException ex) {
			System.err.println("Modèles de documents invalides, aucun résultat n'a été écrit :\n  " + ex.getMessage());
			return CodeSortie.ENTREE_INUTILISABLE.code();
		}
		// L'identité de la campagne : ses entrées, ses options, ses modèles. La date de
		// publication par défaut (le
		// jour du lancement) est imprimée, elle n'identifie pas : une campagne tuée à 23
		// h 50 se reprend à 0 h 10, et
		// un cron mensuel entend « déjà faite ». Une date donnée par --date-publication,
		// elle, change les documents.
		List<String> optionsDeCalcul = List.of("annee=" + o.annee(), "seuil=" + o.seuilSecret(), "profil=" + o.profil(),
				"siret=" + o.siret(), "nom=" + o.nom(), "type=" + o.type(), "sansPdf=" + o.sansPdf(),
				"pdf=" + o.pdfSirets(), "modeles=" + modeles.empreinte(),
				"publication=" + (o.datePublicationDonnee() ? o.datePublication() : "jour du lancement"),
				"horsDonnees=" + o.anneeHorsDonnees());
		String empreinte = EmpreinteEntrees.calculer(o.entree(), optionsDeCalcul);
		ParametresCampagne parametres = parametres(o, empreinte, o.datePublication(), null);
		JobParameters jobParametres = parametres.versJob();
		JobInstance instance = depotJobs.getJobInstance(job.getName(), jobParametres);
		if (instance != null) {
			JobExecution derniere = depotJobs.getLastJobExecution(instance);
			if (derniere != null && derniere.getStatus() == BatchStatus.COMPLETED) {
				if (!o.force()) {
					var fin = derniere.getEndTime();
					console.println("Campagne " + o.annee() + " déjà faite"
							+ (fin == null ? ""
									: " le " + fin.format(DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm")))
							+ " avec ces mêmes entrées, options et modèles : rien à refaire.");
					console.println("Résultats : " + parametres.dossierAnnee());
					console.println("Pour la refaire quand même : ajoutez --force.");
					return CodeSortie.SUCCES.code();
				}
				parametres = parametres(o, empreinte, o.datePublication(), LocalDateTime.now(horloge).toString());
				jobParametres = parametres.versJob();
			}
			else if (derniere != null) {
				if (derniere.getStatus().isRunning()) {
					if (!baseExclusive && !o.forcerReprise()) {
						// sur une base partagée, « en cours » peut être vrai : un autre
						// poste la calcule peut-être
						System.err.println("La campagne " + o.annee() + " est en cours depuis le "
								+ date(derniere.getStartTime()) + " sur le poste "
								+ Objects.requireNonNullElse(derniere.getJobParameters().getString("hote"), "?")
								+ " (base partagée) : elle n'est pas reprise ici. Si ce processus est mort, relancez "
								+ "avec --forcer-reprise.");
						return CodeSortie.BASE_OCCUPEE.code();
					}
					// La base de fichier n'admet qu'un processus : une exécution « en
					// cours » trouvée ici est celle
					// d'un processus mort (kill -9, coupure). On la déclare en échec pour
					// pouvoir la reprendre.
					operateur.recover(derniere);
				}
				// une reprise imprime la date de la campagne commencée : ses fichiers
				// sont ceux d'une campagne
				// ininterrompue
				String datePrecedente = derniere.getJobParameters().getString("datePublication");
				if (!o.datePublicationDonnee() && datePrecedente != null) {
					parametres = parametres(o, empreinte, LocalDate.parse(datePrecedente), null);
					jobParametres = parametres.versJob();
				}
				console.println("Reprise de la campagne " + o.annee() + " interrompue le "
						+ date(derniere.getStartTime()) + " : les employeurs déjà traités ne sont pas refaits.");
			}
		}
		long debut = System.nanoTime();
		JobParameters aLancer = jobParametres;
		JobExecution execution = arret.executer(() -> operateur.start(job, aLancer));
		Duration duree = Duration.ofNanos(System.nanoTime() - debut);
		return resume(execution, parametres, duree, o.silencieux());
	}

	private static String date(@Nullable LocalDateTime t) {
		return t == null ? "?" : t.format(DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm"));
	}

	private static ParametresCampagne parametres(Options o, String empreinte, LocalDate publication,
			@Nullable String lancement) {
		return new ParametresCampagne(o.annee(), o.entree(), o.sortie(), empreinte, o.profil(), o.siret(), o.nom(),
				o.type(), o.seuilSecret(), o.sansPdf(), o.pdfSirets(), o.modeles(), publication, lancement,
				o.anneeHorsDonnees());
	}

	private int resume(JobExecution execution, ParametresCampagne parametres, Duration duree, boolean silencieux) {
		if (execution.getStatus() == BatchStatus.STOPPED) {
			System.err.println("Campagne " + parametres.annee() + " arrêtée à la demande (arrêt du service) : les "
					+ "employeurs terminés sont acquis. Relancez la même commande pour la reprendre.");
			return CodeSortie.ARRETEE.code();
		}
		if (execution.getStatus() != BatchStatus.COMPLETED) {
			Throwable cause = premiereErreur(execution);
			if (cause instanceof EntreeInvalideException) {
				System.err.println("Entrée inutilisable, aucun résultat n'a été écrit :\n  " + cause.getMessage());
				return CodeSortie.ENTREE_INUTILISABLE.code();
			}
			if (cause instanceof OptionIncoherenteException) {
				System.err
					.println("Erreur : " + cause.getMessage() + "\nAucun résultat n'a été écrit. Voir ./rsu --aide.");
				return CodeSortie.OPTION_INVALIDE.code();
			}
			System.err.println("La campagne a échoué : " + (cause == null
					? execution.getExitStatus().getExitDescription() : messageDe(cause, parametres.sortie())));
			System.err.println("Relancez la même commande pour la reprendre là où elle s'est arrêtée.");
			return CodeSortie.ERREUR.code();
		}
		ResumeCampagne r = ResumeCampagne.de(execution);
		Locale fr = Locale.FRANCE;
		Path annee = parametres.dossierAnnee();
		console.println();
		console.println("Campagne RSU " + parametres.annee() + " terminée en "
				+ String.format(fr, "%.1f s", duree.toMillis() / 1000.0));
		console.println(String.format(fr, "  Employeurs            : %d%s", r.employeurs(),
				r.employeursEnEchec() > 0 ? " dont " + r.employeursEnEchec() + " en échec" : ""));
		for (String nom : r.nomsEmployeurs()) {
			console.println("    " + nom);
		}
		if (r.employeurs() > r.nomsEmployeurs().size()) {
			console.println("    … et " + (r.employeurs() - r.nomsEmployeurs().size())
					+ " autres (liste dans rapport-execution.json)");
		}
		console.println(String.format(fr, "  Lignes lues           : %,d", r.lues()));
		console.println(String.format(fr, "  Lignes utilisées      : %,d", r.utilisees()));
		console.println(String.format(fr, "  Lignes rejetées       : %,d%s", r.rejetees(),
				r.rejetees() > 0 ? "  (détail : " + annee.resolve("rejets.csv") + ")" : ""));
		console.println(String.format(fr, "  Avertissements        : %,d%s", r.avertissements(),
				r.avertissements() > 0 ? "  (détail : " + annee.resolve("avertissements.csv") + ")" : ""));
		if (!r.colonnesInconnues().isEmpty()) {
			console.println("  Colonnes non lues     : " + String.join(" ; ", r.colonnesInconnues())
					+ " (ignorées ; voir rapport-execution.json)");
		}
		for (String manque : r.fichiersManquants()) {
			console.println("  Attention : " + manque);
		}
		console.println("  Résultats             : " + annee);
		console
			.println("    <siret>/indicateurs.csv, synthèses PDF et classeur par employeur ; rapport-execution.json");
		console.println(
				"    non-diffusable/ : tableaux complets, vraies valeurs des cellules secrètes (à ne pas diffuser)");
		if (r.employeursEnEchec() > 0) {
			console
				.println("  Attention : des employeurs sont en échec, voir rapport-execution.json (rubrique echecs).");
			return CodeSortie.EMPLOYEURS_EN_ECHEC.code();
		}
		return CodeSortie.SUCCES.code();
	}

	private static @Nullable Throwable premiereErreur(JobExecution execution) {
		List<Throwable> erreurs = new ArrayList<>(execution.getAllFailureExceptions());
		for (Throwable t : erreurs) {
			Throwable c = t;
			while (c != null) {
				if (c instanceof EntreeInvalideException || c instanceof OptionIncoherenteException) {
					return c;
				}
				c = c.getCause();
			}
		}
		return erreurs.isEmpty() ? null : erreurs.get(0);
	}

	private static String messageDe(Throwable t, Options o) {
		return messageDe(t, o.sortie());
	}

	private static String messageDe(Throwable t, Path sortie) {
		Throwable c = t;
		while (c.getCause() != null && c.getCause() != c) {
			c = c.getCause();
		}
		String message = c.getMessage();
		return (message == null ? c.getClass().getSimpleName() : message) + " (détails techniques dans le journal : "
				+ sortie.resolve("rsu.log") + ")";
	}

}
