package fr.cdg.rsu.indicateurs.conditionstravail;

import java.util.List;

import fr.cdg.rsu.domaine.Agent;
import fr.cdg.rsu.domaine.DonneesEmployeur;
import fr.cdg.rsu.domaine.Population;
import fr.cdg.rsu.domaine.themes.ColonneAgent;
import fr.cdg.rsu.domaine.themes.DonneesComplementaires;
import fr.cdg.rsu.domaine.themes.SituationAgent;
import fr.cdg.rsu.indicateurs.ResultatEmployeur;
import fr.cdg.rsu.indicateurs.Theme;
import fr.cdg.rsu.indicateurs.themes.Case;
import fr.cdg.rsu.indicateurs.themes.Cases;
import fr.cdg.rsu.indicateurs.themes.Ecriture;
import fr.cdg.rsu.indicateurs.ventilation.Axe;

/**
 * Télétravail, visites au médecin de prévention à la demande de l'agent et
 * accompagnements en conseil en évolution professionnelle (CEP), pour les emplois
 * permanents et tous les agents, à l'ensemble, par sexe et par catégorie. Chaque partie
 * n'est écrite que si sa colonne a été transmise.
 *
 * <p>
 * Le télétravail est une situation au 31/12 : compté parmi les présents, comme sa demande
 * (« O/N pendant l'année », rapportée aux présents pour que la part reste une part). Les
 * visites et les accompagnements sont des événements de l'année : comptés pour tous les
 * agents employés, partis compris, rapportés aux présents au 31/12 (méthode § 3).
 */
public final class CalculConditionsTravail {

	private static final List<Population> POPULATIONS = List.of(Population.PERMANENTS, Population.TOUS);

	private static final List<List<Axe>> VENTILATIONS = List.of(List.of(Axe.SEXE), List.of(Axe.CATEGORIE));

	private CalculConditionsTravail() {
	}

	static final class Cumul {

		int effectif;

		/**
		 * Présents au 31/12, et partis qui ont eu une visite (population de la case pour
		 * le secret).
		 */
		int population;

		int teletravail;

		int demandes;

		long visites;

		int agentsVisites;

		long accompagnements;

		int agentsAccompagnes;

	}

	public static ResultatEmployeur calculer(DonneesEmployeur donnees) {
		DonneesComplementaires c = donnees.complements();
		boolean teletravail = c.colonneTransmise(ColonneAgent.TELETRAVAIL);
		boolean demande = c.colonneTransmise(ColonneAgent.TELETRAVAIL_DEMANDE);
		boolean visites = c.colonneTransmise(ColonneAgent.VISITES_MEDECIN_SUR_DEMANDE);
		boolean cep = c.colonneTransmise(ColonneAgent.ACCOMPAGNEMENTS_CEP);
		if (!teletravail && !demande && !visites && !cep) {
			return new ResultatEmployeur(donnees.siret(), donnees.annee(), List.of(), List.of());
		}
		int annee = donnees.annee();
		Cases<Cumul> cases = new Cases<>(Cumul::new);
		for (Agent agent : donnees.agents()) {
			boolean present = agent.estPresentAu31Decembre(annee);
			SituationAgent s = c.situation(agent.matricule());
			int v = s == null ? 0 : s.visites();
			int a = s == null ? 0 : s.accompagnements();
			if (!present && v == 0 && a == 0) {
				continue;
			}
			for (Case k : Cases.de(agent, annee, POPULATIONS, VENTILATIONS)) {
				Cumul cu = cases.de(k);
				if (present) {
					cu.effectif++;
					if (s != null && s.estEnTeletravail()) {
						cu.teletravail++;
					}
					if (s != null && s.aDemandeTeletravail()) {
						cu.demandes++;
					}
				}
				if (present || v > 0) {
					cu.population++;
				}
				cu.visites += v;
				cu.agentsVisites += v > 0 ? 1 : 0;
				cu.accompagnements += a;
				cu.agentsAccompagnes += a > 0 ? 1 : 0;
			}
		}
		Ecriture e = new Ecriture(Theme.CONDITIONS_TRAVAIL);
		for (var entree : cases.toutes().entrySet()) {
			Case k = entree.getKey();
			Cumul cu = entree.getValue();
			if (teletravail) {
				e.valeur("teletravailleurs", k, "", cu.teletravail, cu.effectif);
				e.rapport("part_teletravail", k, "", cu.teletravail, cu.effectif, Ecriture.CENT, cu.effectif);
			}
			if (demande) {
				e.valeur("demandes_teletravail", k, "", cu.demandes, cu.effectif);
				e.rapport("part_demandes_teletravail", k, "", cu.demandes, cu.effectif, Ecriture.CENT, cu.effectif);
			}
			if (visites) {
				e.valeur("visites_sur_demande", k, "", cu.visites, cu.population);
				e.valeur("agents_visite_sur_demande", k, "", cu.agentsVisites, cu.population);
				e.rapport("part_agents_visite_sur_demande", k, "", cu.agentsVisites, cu.effectif, Ecriture.CENT,
						cu.population);
			}
			if (cep) {
				e.valeur("accompagnements_cep", k, "", cu.accompagnements, cu.effectif);
				e.valeur("agents_accompagnes_cep", k, "", cu.agentsAccompagnes, cu.effectif);
			}
		}
		return new ResultatEmployeur(donnees.siret(), annee, e.lignes(), List.of());
	}

}
