package fr.cdg.rsu.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import fr.cdg.rsu.indicateurs.Indicateur;
import fr.cdg.rsu.indicateurs.comparaison.Comparaisons;
import fr.cdg.rsu.indicateurs.comparaison.Strates;
import fr.cdg.rsu.rapport.classeur.ClasseurConsolidation;
import fr.cdg.rsu.sortie.ConsolidationCsv;
import fr.cdg.rsu.sortie.EcritureAtomique;
import fr.cdg.rsu.stockage.DepotCampagne;
import fr.cdg.rsu.stockage.DepotCampagne.EmployeurRetenu;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Après le calcul de tous les employeurs : la strate de chacun, les valeurs de
 * comparaison de chaque strate (rangées en base pour les documents) et les fichiers de
 * consolidation. Refaite en entier à chaque reprise : elle ne dépend que de ce que le
 * calcul a rangé en base.
 */
class ConsolidationCampagne implements Tasklet {

	private final DepotCampagne depot;

	private final ParametresCampagne parametres;

	private final Strates strates;

	ConsolidationCampagne(DepotCampagne depot, ParametresCampagne parametres, Strates strates) {
		this.depot = depot;
		this.parametres = parametres;
		this.strates = strates;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
		long campagne = chunkContext.getStepContext().getStepExecution().getJobExecution().getJobInstanceId();
		List<EmployeurRetenu> employeurs = depot.employeurs(campagne);
		Map<String, List<Indicateur>> phares = depot.indicateursPhares(campagne);
		List<Comparaisons.Employeur> vus = new ArrayList<>();
		for (EmployeurRetenu e : employeurs) {
			vus.add(Comparaisons.Employeur.de(e.collectivite().siret(), e.collectivite().type(), e.effectif(),
					phares.getOrDefault(e.collectivite().siret(), List.of())));
		}
		Comparaisons.Resultat resultat = Comparaisons.calculer(vus, strates);
		depot.enregistrerComparaisons(campagne, resultat.strateParSiret(), resultat.valeurs());
		List<ConsolidationCsv.LigneEmployeur> lignes = new ArrayList<>();
		for (int i = 0; i < employeurs.size(); i++) {
			EmployeurRetenu e = employeurs.get(i);
			lignes.add(new ConsolidationCsv.LigneEmployeur(e.collectivite(), e.effectif(),
					// chaque employeur reçoit une strate
					java.util.Objects.requireNonNull(resultat.strateParSiret().get(e.collectivite().siret())),
					vus.get(i).phares()));
		}
		ConsolidationCsv.ecrire(parametres.dossierAnnee(), parametres.annee(), lignes, resultat);
		List<ClasseurConsolidation.Ligne> pourClasseur = lignes.stream()
			.map(l -> new ClasseurConsolidation.Ligne(l.collectivite(), l.effectif(), l.strate(), l.phares()))
			.toList();
		EcritureAtomique.ecrire(parametres.dossierAnnee().resolve("consolidation.xlsx"), out -> ClasseurConsolidation
			.ecrire(parametres.annee(), parametres.seuilSecret(), pourClasseur, resultat, out));
		contribution.incrementWriteCount(lignes.size());
		return RepeatStatus.FINISHED;
	}

}
