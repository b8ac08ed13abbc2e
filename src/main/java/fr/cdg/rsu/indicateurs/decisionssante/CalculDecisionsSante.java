package fr.cdg.rsu.indicateurs.decisionssante;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.cdg.rsu.domaine.Agent;
import fr.cdg.rsu.domaine.DonneesEmployeur;
import fr.cdg.rsu.domaine.Population;
import fr.cdg.rsu.domaine.themes.DecisionSante;
import fr.cdg.rsu.domaine.themes.FichierFacultatif;
import fr.cdg.rsu.domaine.themes.TypeDecisionSante;
import fr.cdg.rsu.indicateurs.ResultatEmployeur;
import fr.cdg.rsu.indicateurs.Theme;
import fr.cdg.rsu.indicateurs.themes.Case;
import fr.cdg.rsu.indicateurs.themes.Cases;
import fr.cdg.rsu.indicateurs.themes.Ecriture;
import fr.cdg.rsu.indicateurs.ventilation.Axe;

/**
 * Les décisions de l'année liées à la santé des agents, par type (groupe ; vide = tous
 * les types) : décisions, agents concernés et décisions faisant suite à un accident du
 * travail ou une maladie professionnelle, pour les emplois permanents et tous les agents,
 * à l'ensemble et par sexe (la synthèse les imprime femmes et hommes côte à côte). La
 * population d'une case est celle de ses agents : présents au 31/12, et partis dans
 * l'année concernés par une décision.
 */
public final class CalculDecisionsSante {

	private static final List<Population> POPULATIONS = List.of(Population.PERMANENTS, Population.TOUS);

	private static final List<List<Axe>> VENTILATIONS = List.of(List.of(Axe.SEXE));

	private static final TypeDecisionSante[] TYPES = TypeDecisionSante.values();

	private CalculDecisionsSante() {
	}

	/**
	 * Par groupe : indice 0 = tous les types, puis chaque type dans l'ordre de la liste.
	 */
	static final class Cumul {

		final long[] decisions = new long[TYPES.length + 1];

		final long[] agents = new long[TYPES.length + 1];

		final long[] lieesAtMp = new long[TYPES.length + 1];

		int population;

	}

	public static ResultatEmployeur calculer(DonneesEmployeur donnees) {
		if (!donnees.complements().transmis(FichierFacultatif.DECISIONS_SANTE)) {
			return new ResultatEmployeur(donnees.siret(), donnees.annee(), List.of(), List.of());
		}
		int annee = donnees.annee();
		Map<String, List<DecisionSante>> parAgent = new HashMap<>();
		for (DecisionSante d : donnees.complements().decisionsSante()) {
			parAgent.computeIfAbsent(d.matricule(), k -> new ArrayList<>()).add(d);
		}
		Cases<Cumul> cases = new Cases<>(Cumul::new);
		for (Agent agent : donnees.agents()) {
			List<DecisionSante> siennes = parAgent.getOrDefault(agent.matricule(), List.of());
			if (!agent.estPresentAu31Decembre(annee) && siennes.isEmpty()) {
				continue;
			}
			Set<Integer> groupes = new HashSet<>();
			for (Case c : Cases.de(agent, annee, POPULATIONS, VENTILATIONS)) {
				Cumul cu = cases.de(c);
				cu.population++;
				groupes.clear();
				for (DecisionSante d : siennes) {
					for (int g : new int[] { 0, d.type().ordinal() + 1 }) {
						cu.decisions[g]++;
						if (d.lieeAtMp()) {
							cu.lieesAtMp[g]++;
						}
						if (groupes.add(g)) {
							cu.agents[g]++;
						}
					}
				}
			}
		}
		Ecriture e = new Ecriture(Theme.DECISIONS_SANTE);
		for (var entree : cases.toutes().entrySet()) {
			Case c = entree.getKey();
			Cumul cu = entree.getValue();
			for (int g = 0; g <= TYPES.length; g++) {
				String groupe = g == 0 ? "" : TYPES[g - 1].code();
				e.valeur("decisions", c, groupe, cu.decisions[g], cu.population);
				e.valeur("agents_concernes", c, groupe, cu.agents[g], cu.population);
				e.valeur("decisions_liees_at_mp", c, groupe, cu.lieesAtMp[g], cu.population);
			}
		}
		return new ResultatEmployeur(donnees.siret(), annee, e.lignes(), List.of());
	}

}
