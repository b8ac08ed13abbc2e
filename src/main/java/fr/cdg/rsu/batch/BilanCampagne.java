package fr.cdg.rsu.batch;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import fr.cdg.rsu.sortie.BilanCampagneFichiers;
import fr.cdg.rsu.sortie.BilanCampagneFichiers.Entete;
import fr.cdg.rsu.sortie.BilanCampagneFichiers.Rapport;
import fr.cdg.rsu.stockage.DepotBilan;
import fr.cdg.rsu.stockage.DepotBilan.BilanEmployeur;
import fr.cdg.rsu.stockage.DepotBilan.ComptesFichier;
import fr.cdg.rsu.stockage.DepotCampagne;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * L'étape du bilan de la campagne : {@code rejets.csv}, {@code avertissements.csv} et
 * {@code rapport-execution.json}. Les comptes sont lus par {@link DepotBilan} (stockage),
 * les fichiers écrits par {@link BilanCampagneFichiers} (sortie) ; le résumé est aussi
 * rangé dans le contexte du job pour l'écran de fin.
 */
class BilanCampagne implements Tasklet {

	static final String RESUME_LUES = "resume.lues";

	static final String RESUME_UTILISEES = "resume.utilisees";

	static final String RESUME_REJETEES = "resume.rejetees";

	static final String RESUME_EMPLOYEURS = "resume.employeurs";

	static final String RESUME_ECHECS = "resume.echecs";

	static final String RESUME_AVERTISSEMENTS = "resume.avertissements";

	static final String RESUME_NOMS = "resume.noms";

	static final String RESUME_COLONNES_INCONNUES = "resume.colonnesInconnues";

	static final String RESUME_FICHIERS_MANQUANTS = "resume.fichiersManquants";

	/**
	 * Employeurs nommés à l'écran de fin ; les autres sont dans rapport-execution.json.
	 */
	static final int NOMS_AFFICHES = 10;

	private final DepotCampagne depot;

	private final ParametresCampagne parametres;

	BilanCampagne(DepotCampagne depot, ParametresCampagne parametres) {
		this.depot = depot;
		this.parametres = parametres;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
		JobExecution job = chunkContext.getStepContext().getStepExecution().getJobExecution();
		long campagne = job.getJobInstanceId();
		DepotBilan bilan = depot.bilan();
		Path dossier = parametres.dossierAnnee();

		BilanCampagneFichiers.ecrireRejets(dossier.resolve("rejets.csv"), depot.libellesDeColonnes(campagne),
				rejet -> bilan.rejets(campagne, rejet));
		BilanCampagneFichiers.ecrireAvertissements(dossier.resolve("avertissements.csv"),
				avertissement -> bilan.avertissements(campagne, avertissement));

		List<ComptesFichier> fichiers = bilan.fichiers(campagne);
		List<String> colonnesInconnues = new ArrayList<>();
		for (ComptesFichier f : fichiers) {
			for (String c : f.colonnesInconnues()) {
				colonnesInconnues.add("« " + c + " » dans " + f.fichier());
			}
		}
		String ignores = CampagneRsuConfiguration.noteDEtape(job, "lecture", "fichiersIgnores");
		String dsn = CampagneRsuConfiguration.noteDEtape(job, "lecture", LecteurCampagne.RAPPORT_DSN);
		List<BilanEmployeur> employeurs = bilan.employeurs(campagne);
		Map<String, String> noms = new TreeMap<>();
		for (var e : depot.employeurs(campagne)) {
			noms.put(e.collectivite().siret(), e.collectivite().nom());
		}
		List<String> manquants = LecteurCampagne.transmis(job).phrases(parametres.siret());
		Map<String, Double> etapes = new LinkedHashMap<>();
		for (StepExecution s : job.getStepExecutions()) {
			LocalDateTime debut = s.getStartTime();
			if (debut != null && !s.getStepName().contains(":")) {
				LocalDateTime fin = s.getEndTime();
				Duration d = Duration.between(debut, fin == null ? LocalDateTime.now() : fin);
				etapes.put(s.getStepName(), d.toMillis() / 1000.0);
			}
		}
		Entete entete = new Entete(parametres.annee(), parametres.entree().toString(), parametres.sortie().toString(),
				campagne, String.valueOf(job.getStartTime()), LocalDateTime.now().toString(), parametres.seuilSecret(),
				parametres.sansPdf(), parametres.profil() == null ? null : parametres.profil().toString(),
				parametres.empreinte());
		Rapport rapport = new Rapport(entete, fichiers, ignores.isEmpty() ? List.of() : List.of(ignores.split(" \\| ")),
				dsn.isEmpty() ? null : dsn, manquants, employeurs, noms, etapes);
		BilanCampagneFichiers.ecrireRapport(dossier.resolve("rapport-execution.json"), rapport);

		var contexte = job.getExecutionContext();
		contexte.putLong(RESUME_LUES, rapport.lues());
		contexte.putLong(RESUME_UTILISEES, rapport.utilisees());
		contexte.putLong(RESUME_REJETEES, rapport.rejetees());
		contexte.putLong(RESUME_EMPLOYEURS, employeurs.size());
		contexte.putLong(RESUME_ECHECS, employeurs.stream().filter(e -> !e.echecs().isEmpty()).count());
		contexte.putLong(RESUME_AVERTISSEMENTS,
				employeurs.stream().mapToLong(BilanEmployeur::nombreAvertissements).sum());
		contexte.putString(RESUME_NOMS,
				String.join("\n",
						noms.entrySet()
							.stream()
							.limit(NOMS_AFFICHES)
							.map(e -> e.getValue().equals("Employeur " + e.getKey()) ? e.getKey() + " (nom inconnu)"
									: e.getValue() + " (" + e.getKey() + ")")
							.toList()));
		contexte.putString(RESUME_COLONNES_INCONNUES, String.join("\n", colonnesInconnues));
		contexte.putString(RESUME_FICHIERS_MANQUANTS, String.join("\n", manquants));
		return RepeatStatus.FINISHED;
	}

}
