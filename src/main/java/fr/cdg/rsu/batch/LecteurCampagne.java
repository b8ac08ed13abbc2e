package fr.cdg.rsu.batch;

import java.util.ArrayList;
import java.util.List;

import fr.cdg.rsu.indicateurs.Avertissement;
import fr.cdg.rsu.lecture.FichiersTransmis;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;

import fr.cdg.rsu.lecture.InventaireEntrees;
import fr.cdg.rsu.lecture.LecteurEntrees;
import fr.cdg.rsu.lecture.LectureAnticipee;
import fr.cdg.rsu.lecture.LigneLue;
import fr.cdg.rsu.lecture.dsn.LecteurDsn;
import fr.cdg.rsu.stockage.DepotCampagne;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Lecteur de l'étape de lecture : l'inventaire du dossier d'entrée (qui arrête tout avant
 * la moindre sortie si un fichier est inutilisable), puis toutes les lignes de tous les
 * fichiers, acceptées ou rejetées. L'étape ne reprend pas en son milieu : relancée, elle
 * efface les lignes de la campagne et relit tout, ce qui reste rapide.
 */
class LecteurCampagne implements ItemStreamReader<LigneLue>, StepExecutionListener {

	static final String FICHIERS_TRANSMIS = "fichiersTransmis";

	private static final Logger CONSOLE = LoggerFactory.getLogger(LecteurCampagne.class);

	private final DepotCampagne depot;

	private final ParametresCampagne parametres;

	private @Nullable LectureAnticipee lecteur;

	private @Nullable LecteurDsn dsn;

	private List<String> avertissementsInventaire = List.of();

	private long campagne;

	/**
	 * Clé du contexte de l'étape où la partie DSN du rapport d'exécution attend le bilan
	 * (JSON).
	 */
	static final String RAPPORT_DSN = "rapportDsn";

	LecteurCampagne(DepotCampagne depot, ParametresCampagne parametres) {
		this.depot = depot;
		this.parametres = parametres;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		campagne = stepExecution.getJobExecution().getJobInstanceId();
		depot.vider(campagne);
	}

	@Override
	public void open(ExecutionContext executionContext) {
		var inventaire = InventaireEntrees.inventorier(parametres.entree(), parametres.profil(), parametres.siret());
		var d = inventaire.dsn();
		dsn = d.estVide() ? null : new LecteurDsn(parametres.entree(), d.fichiers(), d.grades(), d.collectivites(),
				d.agents(), parametres.annee());
		avertissementsInventaire = d.avertissements();
		lecteur = new LectureAnticipee(new LecteurEntrees(inventaire.fichiers(), parametres.annee(), dsn));
		executionContext.putString("fichiersIgnores", String.join(" | ", inventaire.fichiersIgnores()));
		FichiersTransmis transmis = FichiersTransmis.depuis(inventaire.fichiers());
		executionContext.putString(FICHIERS_TRANSMIS, transmis.versTexte());
		// dit dès le début, et même en --silencieux, ce qui manque et ce que cela change
		for (String manque : transmis.phrases(parametres.siret())) {
			CONSOLE.warn("Attention : " + manque);
		}
	}

	/** Les fichiers transmis par chaque export, notés à la lecture. */
	static FichiersTransmis transmis(JobExecution job) {
		return FichiersTransmis.depuisTexte(CampagneRsuConfiguration.noteDEtape(job, "lecture", FICHIERS_TRANSMIS));
	}

	@Override
	public @Nullable LigneLue read() {
		return lecteur == null ? null : lecteur.suivante();
	}

	@Override
	public void close() {
		if (lecteur != null) {
			lecteur.close();
		}
	}

	@Override
	public @Nullable ExitStatus afterStep(StepExecution stepExecution) {
		if (lecteur != null) {
			depot.enregistrerStatistiques(campagne, lecteur.statistiques());
			depot.rejeterLignesSansEmployeur(campagne);
		}
		if (dsn != null) {
			List<Avertissement> avertissements = new ArrayList<>(dsn.avertissements());
			avertissementsInventaire
				.forEach(m -> avertissements.add(new Avertissement("", "DSN_FICHIER_IGNORE", "", m)));
			depot.enregistrerAvertissements(campagne, avertissements);
			stepExecution.getExecutionContext()
				.putString(RAPPORT_DSN, JsonMapper.builder().build().writeValueAsString(dsn.rapport()));
		}
		return null;
	}

}
