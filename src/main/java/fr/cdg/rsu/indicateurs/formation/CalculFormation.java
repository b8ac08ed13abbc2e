package fr.cdg.rsu.indicateurs.formation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.cdg.rsu.domaine.Agent;
import fr.cdg.rsu.domaine.DonneesEmployeur;
import fr.cdg.rsu.domaine.Population;
import fr.cdg.rsu.domaine.themes.FichierFacultatif;
import fr.cdg.rsu.domaine.themes.Formation;
import fr.cdg.rsu.domaine.themes.OrganismeFormation;
import fr.cdg.rsu.domaine.themes.TypeFormation;
import fr.cdg.rsu.indicateurs.Indicateur;
import fr.cdg.rsu.indicateurs.ResultatEmployeur;
import fr.cdg.rsu.indicateurs.Theme;
import fr.cdg.rsu.indicateurs.themes.Case;
import fr.cdg.rsu.indicateurs.themes.Cases;
import fr.cdg.rsu.indicateurs.themes.Ecriture;
import fr.cdg.rsu.indicateurs.ventilation.Axe;

/**
 * La formation des agents de l'année, pour les emplois permanents et tous les agents.
 *
 * <p>
 * Comme pour l'absentéisme (méthode § 3, « whose absences »), les numérateurs comptent
 * tous les agents employés dans l'année, partis compris, et les dénominateurs les agents
 * présents au 31/12 : la part d'agents formés peut passer 100 % dans une petite case. Par
 * agent : ensemble, sexe, catégorie ({@code agents_formes}, leur part, les jours, les
 * jours moyens par agent et par agent formé, les actions) ; par organisme et par type
 * d'action (la formation de prévention est le type {@code PREVENTION}) : jours, actions,
 * agents formés ; le coût quand il est renseigné.
 */
public final class CalculFormation {

	private static final List<Population> POPULATIONS = List.of(Population.PERMANENTS, Population.TOUS);

	private static final List<List<Axe>> VENTILATIONS = List.of(List.of(Axe.SEXE), List.of(Axe.CATEGORIE));

	private CalculFormation() {
	}

	static final class Cumul {

		int effectif;

		int agentsFormes;

		BigDecimal jours = BigDecimal.ZERO;

		long actions;

		BigDecimal cout = BigDecimal.ZERO;

		long actionsAvecCout;

	}

	public static ResultatEmployeur calculer(DonneesEmployeur donnees) {
		if (!donnees.complements().transmis(FichierFacultatif.FORMATIONS)) {
			return new ResultatEmployeur(donnees.siret(), donnees.annee(), List.of(), List.of());
		}
		int annee = donnees.annee();
		Map<String, List<Formation>> parAgent = new HashMap<>();
		for (Formation f : donnees.complements().formations()) {
			parAgent.computeIfAbsent(f.matricule(), k -> new ArrayList<>()).add(f);
		}
		boolean avecCout = donnees.complements().formations().stream().anyMatch(f -> f.cout() != null);
		Cases<Cumul> cases = new Cases<>(Cumul::new);
		Cases<Cumul> parAction = new Cases<>(Cumul::new);
		for (Population p : POPULATIONS) {
			for (OrganismeFormation o : OrganismeFormation.values()) {
				parAction.de(Case.de(p, 1, "organisme", o));
			}
			for (TypeFormation t : TypeFormation.values()) {
				parAction.de(Case.de(p, 2, "type_formation", t));
			}
		}
		for (Agent agent : donnees.agents()) {
			List<Formation> siennes = parAgent.getOrDefault(agent.matricule(), List.of());
			boolean present = agent.estPresentAu31Decembre(annee);
			BigDecimal jours = BigDecimal.ZERO;
			for (Formation f : siennes) {
				jours = jours.add(f.jours());
			}
			boolean forme = jours.signum() > 0;
			for (Case c : Cases.de(agent, annee, POPULATIONS, VENTILATIONS)) {
				Cumul cu = cases.de(c);
				if (present) {
					cu.effectif++;
				}
				if (forme) {
					cu.agentsFormes++;
				}
				cu.jours = cu.jours.add(jours);
				cu.actions += siennes.size();
				for (Formation f : siennes) {
					if (f.cout() != null) {
						cu.cout = cu.cout.add(f.cout());
						cu.actionsAvecCout++;
					}
				}
			}
			for (Population p : POPULATIONS) {
				if (!p.inclut(agent.statut())) {
					continue;
				}
				Set<OrganismeFormation> organismes = EnumSet.noneOf(OrganismeFormation.class);
				Set<TypeFormation> types = EnumSet.noneOf(TypeFormation.class);
				for (Formation f : siennes) {
					for (Case c : List.of(Case.de(p, 1, "organisme", f.organisme()),
							Case.de(p, 2, "type_formation", f.type()))) {
						Cumul cu = parAction.de(c);
						cu.jours = cu.jours.add(f.jours());
						cu.actions++;
						if (f.cout() != null) {
							cu.cout = cu.cout.add(f.cout());
							cu.actionsAvecCout++;
						}
						// un agent formé une fois par organisme et par type, quel que
						// soit son nombre d'actions
						if (f.jours().signum() > 0 && (c.dimension().equals("organisme") ? organismes.add(f.organisme())
								: types.add(f.type()))) {
							cu.agentsFormes++;
						}
					}
				}
			}
		}
		Ecriture e = new Ecriture(Theme.FORMATION);
		for (var entree : cases.toutes().entrySet()) {
			Case c = entree.getKey();
			Cumul cu = entree.getValue();
			int base = Math.max(cu.effectif, cu.agentsFormes);
			e.valeur("agents_formes", c, "", cu.agentsFormes, base);
			e.rapport("part_agents_formes", c, "", cu.agentsFormes, cu.effectif, Ecriture.CENT, base);
			e.valeur("jours_formation", c, "", cu.jours, base);
			e.rapport("jours_formation_par_agent", c, "", cu.jours, BigDecimal.valueOf(cu.effectif), BigDecimal.ONE,
					base);
			e.rapport("jours_par_agent_forme", c, "", cu.jours, BigDecimal.valueOf(cu.agentsFormes), BigDecimal.ONE,
					base);
			e.valeur("actions_formation", c, "", cu.actions, base);
			if (avecCout && c.dimension().equals(Indicateur.ENSEMBLE)) {
				ecrireCout(e, c, cu, base);
			}
		}
		for (var entree : parAction.toutes().entrySet()) {
			Case c = entree.getKey();
			Cumul cu = entree.getValue();
			e.valeur("jours_formation", c, "", cu.jours, cu.agentsFormes);
			e.valeur("actions_formation", c, "", cu.actions, cu.agentsFormes);
			e.valeur("agents_formes", c, "", cu.agentsFormes, cu.agentsFormes);
			if (avecCout) {
				ecrireCout(e, c, cu, cu.agentsFormes);
			}
		}
		return new ResultatEmployeur(donnees.siret(), annee, e.lignes(), List.of());
	}

	/**
	 * Le coût connu et le nombre d'actions qui en ont un : un coût manquant n'est pas un
	 * coût nul.
	 */
	private static void ecrireCout(Ecriture e, Case c, Cumul cu, int base) {
		e.valeur("cout_formation", c, "", cu.cout, base);
		e.valeur("actions_avec_cout", c, "", cu.actionsAvecCout, base);
	}

}
