package fr.cdg.rsu.indicateurs.carrieres;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.cdg.rsu.domaine.Agent;
import fr.cdg.rsu.domaine.DonneesEmployeur;
import fr.cdg.rsu.domaine.Population;
import fr.cdg.rsu.domaine.Sexe;
import fr.cdg.rsu.domaine.themes.EvenementCarriere;
import fr.cdg.rsu.domaine.themes.FichierFacultatif;
import fr.cdg.rsu.domaine.themes.TypeEvenementCarriere;
import fr.cdg.rsu.indicateurs.Indicateur;
import fr.cdg.rsu.indicateurs.ResultatEmployeur;
import fr.cdg.rsu.indicateurs.Theme;
import fr.cdg.rsu.indicateurs.themes.Case;
import fr.cdg.rsu.indicateurs.themes.Cases;
import fr.cdg.rsu.indicateurs.themes.Ecriture;
import fr.cdg.rsu.indicateurs.ventilation.Axe;

/**
 * Les événements de carrière de l'année par type (groupe ; vide = tous les types), femmes
 * et hommes côte à côte (synthèse égalité) : événements, agents concernés, et la part des
 * femmes parmi les agents concernés ({@code taux_feminisation}), à comparer à celle de
 * l'effectif.
 */
public final class CalculCarrieres {

	private static final List<Population> POPULATIONS = List.of(Population.TOUS);

	private static final List<List<Axe>> VENTILATIONS = List.of(List.of(Axe.SEXE));

	private static final TypeEvenementCarriere[] TYPES = TypeEvenementCarriere.values();

	private CalculCarrieres() {
	}

	static final class Cumul {

		final long[] evenements = new long[TYPES.length + 1];

		final long[] agents = new long[TYPES.length + 1];

		final long[] femmes = new long[TYPES.length + 1];

		int population;

	}

	public static ResultatEmployeur calculer(DonneesEmployeur donnees) {
		if (!donnees.complements().transmis(FichierFacultatif.CARRIERES)) {
			return new ResultatEmployeur(donnees.siret(), donnees.annee(), List.of(), List.of());
		}
		int annee = donnees.annee();
		Map<String, List<EvenementCarriere>> parAgent = new HashMap<>();
		for (EvenementCarriere ev : donnees.complements().carrieres()) {
			parAgent.computeIfAbsent(ev.matricule(), k -> new ArrayList<>()).add(ev);
		}
		Cases<Cumul> cases = new Cases<>(Cumul::new);
		Set<Integer> groupes = new HashSet<>();
		for (Agent agent : donnees.agents()) {
			List<EvenementCarriere> siens = parAgent.getOrDefault(agent.matricule(), List.of());
			if (!agent.estPresentAu31Decembre(annee) && siens.isEmpty()) {
				continue;
			}
			for (Case c : Cases.de(agent, annee, POPULATIONS, VENTILATIONS)) {
				Cumul cu = cases.de(c);
				cu.population++;
				groupes.clear();
				for (EvenementCarriere ev : siens) {
					for (int g : new int[] { 0, ev.type().ordinal() + 1 }) {
						cu.evenements[g]++;
						if (groupes.add(g)) {
							cu.agents[g]++;
							if (agent.sexe() == Sexe.F) {
								cu.femmes[g]++;
							}
						}
					}
				}
			}
		}
		Ecriture e = new Ecriture(Theme.CARRIERES);
		for (var entree : cases.toutes().entrySet()) {
			Case c = entree.getKey();
			Cumul cu = entree.getValue();
			for (int g = 0; g <= TYPES.length; g++) {
				String groupe = g == 0 ? "" : TYPES[g - 1].code();
				e.valeur("evenements", c, groupe, cu.evenements[g], cu.population);
				e.valeur("agents_concernes", c, groupe, cu.agents[g], cu.population);
				if (c.dimension().equals(Indicateur.ENSEMBLE)) {
					e.rapport("taux_feminisation", c, groupe, cu.femmes[g], cu.agents[g], Ecriture.CENT, cu.population);
				}
			}
		}
		return new ResultatEmployeur(donnees.siret(), annee, e.lignes(), List.of());
	}

}
