package fr.cdg.rsu.indicateurs.contrats;

import java.util.List;

import fr.cdg.rsu.domaine.Agent;
import fr.cdg.rsu.domaine.DonneesEmployeur;
import fr.cdg.rsu.domaine.Population;
import fr.cdg.rsu.domaine.Statut;
import fr.cdg.rsu.domaine.themes.ColonneAgent;
import fr.cdg.rsu.domaine.themes.DonneesComplementaires;
import fr.cdg.rsu.domaine.themes.MotifContrat;
import fr.cdg.rsu.domaine.themes.SituationAgent;
import fr.cdg.rsu.indicateurs.ResultatEmployeur;
import fr.cdg.rsu.indicateurs.Theme;
import fr.cdg.rsu.indicateurs.themes.Case;
import fr.cdg.rsu.indicateurs.themes.Cases;
import fr.cdg.rsu.indicateurs.themes.Ecriture;
import fr.cdg.rsu.indicateurs.ventilation.Axe;

/**
 * Les contrats : contractuels sur emploi permanent en CDI au 31/12 et leur part
 * (ensemble, sexe, catégorie) ; contractuels non permanents par motif de recrutement,
 * présents au 31/12 ({@code effectif}) et employés dans l'année
 * ({@code agents_employes_annee} : les saisonniers partis avant le 31/12 comptent).
 * Chaque partie n'est écrite que si sa colonne a été transmise.
 */
public final class CalculContrats {

	private CalculContrats() {
	}

	static final class Cumul {

		int effectif;

		int cdi;

		int employes;

	}

	public static ResultatEmployeur calculer(DonneesEmployeur donnees) {
		DonneesComplementaires c = donnees.complements();
		boolean cdi = c.colonneTransmise(ColonneAgent.CDI);
		boolean motif = c.colonneTransmise(ColonneAgent.MOTIF_CONTRAT);
		if (!cdi && !motif) {
			return new ResultatEmployeur(donnees.siret(), donnees.annee(), List.of(), List.of());
		}
		int annee = donnees.annee();
		Cases<Cumul> contractuels = new Cases<>(Cumul::new);
		Cases<Cumul> motifs = new Cases<>(Cumul::new);
		Population np = Population.NON_PERMANENTS;
		motifs.de(Case.ensemble(np));
		for (MotifContrat m : MotifContrat.values()) {
			motifs.de(Case.de(np, 1, "motif_contrat", m));
		}
		for (Agent agent : donnees.agents()) {
			boolean present = agent.estPresentAu31Decembre(annee);
			SituationAgent s = c.situation(agent.matricule());
			if (agent.statut() == Statut.CONTRACTUEL_PERMANENT && present) {
				for (Case k : Cases.de(agent, annee, List.of(Population.CONTRACTUELS_PERMANENTS),
						List.of(List.of(Axe.SEXE), List.of(Axe.CATEGORIE)))) {
					Cumul cu = contractuels.de(k);
					cu.effectif++;
					if (s != null && s.estEnCdi()) {
						cu.cdi++;
					}
				}
			}
			if (agent.statut() == Statut.CONTRACTUEL_NON_PERMANENT) {
				for (Case k : List.of(Case.ensemble(np),
						Case.de(np, 1, "motif_contrat", s == null ? null : s.motifContrat()))) {
					Cumul cu = motifs.de(k);
					cu.employes++;
					if (present) {
						cu.effectif++;
					}
				}
			}
		}
		Ecriture e = new Ecriture(Theme.CONTRATS);
		if (cdi) {
			for (var entree : contractuels.toutes().entrySet()) {
				Cumul cu = entree.getValue();
				e.valeur("contractuels_cdi", entree.getKey(), "", cu.cdi, cu.effectif);
				e.rapport("part_cdi", entree.getKey(), "", cu.cdi, cu.effectif, Ecriture.CENT, cu.effectif);
			}
		}
		if (motif) {
			for (var entree : motifs.toutes().entrySet()) {
				Cumul cu = entree.getValue();
				e.valeur("effectif", entree.getKey(), "", cu.effectif, cu.employes);
				e.valeur("agents_employes_annee", entree.getKey(), "", cu.employes, cu.employes);
			}
		}
		return new ResultatEmployeur(donnees.siret(), annee, e.lignes(), List.of());
	}

}
