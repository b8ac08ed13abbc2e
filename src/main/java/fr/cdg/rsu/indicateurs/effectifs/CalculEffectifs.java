package fr.cdg.rsu.indicateurs.effectifs;

import static fr.cdg.rsu.indicateurs.ventilation.Axe.CADRE_EMPLOIS;
import static fr.cdg.rsu.indicateurs.ventilation.Axe.CATEGORIE;
import static fr.cdg.rsu.indicateurs.ventilation.Axe.FILIERE;
import static fr.cdg.rsu.indicateurs.ventilation.Axe.SEXE;
import static fr.cdg.rsu.indicateurs.ventilation.Axe.TRANCHE_AGE;
import static fr.cdg.rsu.indicateurs.ventilation.Axe.TRANCHE_AGE_3;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.ToIntFunction;

import fr.cdg.rsu.domaine.Agent;
import fr.cdg.rsu.domaine.AnneeReference;
import fr.cdg.rsu.domaine.DonneesEmployeur;
import fr.cdg.rsu.domaine.Population;
import fr.cdg.rsu.indicateurs.Indicateur;
import fr.cdg.rsu.indicateurs.ResultatEmployeur;
import fr.cdg.rsu.indicateurs.Theme;
import fr.cdg.rsu.indicateurs.remunerations.CumulPaie;
import fr.cdg.rsu.indicateurs.remunerations.PaiesAgents;
import fr.cdg.rsu.indicateurs.ventilation.Cumuls;
import fr.cdg.rsu.indicateurs.ventilation.Lignes;
import fr.cdg.rsu.indicateurs.ventilation.Ventilation;

/**
 * Thème {@code effectifs}. Une modalité est écrite dès qu'un agent de la population y est
 * employé dans l'année, présent au 31/12 ou payé : une cellule peut donc valoir 0 au
 * 31/12 (agent parti) sans disparaître du tableau.
 */
public final class CalculEffectifs {

	private static final List<Population> TOUTES = List.of(Population.values());

	/** Les mouvements ne sont suivis que sur emploi permanent (méthode, section 6). */
	private static final List<Population> PERMANENTES = List.of(Population.FONCTIONNAIRES,
			Population.CONTRACTUELS_PERMANENTS, Population.PERMANENTS);

	private static final List<Population> EMPLOIS_PERMANENTS = List.of(Population.PERMANENTS);

	private static final Ventilation ENSEMBLE = Ventilation.ENSEMBLE;

	/** Dimensions de {@code effectif} (et de {@code part}, sans {@code ensemble}). */
	public static final List<Ventilation> VENTILATIONS = List.of(ENSEMBLE, Ventilation.de(SEXE),
			Ventilation.de(CATEGORIE), Ventilation.de(FILIERE), Ventilation.de(CADRE_EMPLOIS),
			Ventilation.de(TRANCHE_AGE), Ventilation.de(TRANCHE_AGE_3), Ventilation.de(CATEGORIE, SEXE),
			Ventilation.de(FILIERE, SEXE), Ventilation.de(TRANCHE_AGE, SEXE), Ventilation.de(CADRE_EMPLOIS, SEXE));

	private static final List<Ventilation> PARTS = VENTILATIONS.subList(1, VENTILATIONS.size());

	private static final List<Ventilation> ENSEMBLE_SEXE = List.of(ENSEMBLE, Ventilation.de(SEXE));

	private static final List<Ventilation> ENSEMBLE_SEXE_CATEGORIE = List.of(ENSEMBLE, Ventilation.de(SEXE),
			Ventilation.de(CATEGORIE));

	private static final List<Ventilation> SEUL_ENSEMBLE = List.of(ENSEMBLE);

	private CalculEffectifs() {
	}

	public static ResultatEmployeur calculer(DonneesEmployeur donnees) {
		int annee = donnees.annee();
		AnneeReference reference = new AnneeReference(annee);
		LocalDate dernierJour = reference.dernierJour();
		LocalDate veille = reference.veille();
		// les lignes de paie de matricules inconnus sont écartées ici, signalées par
		// CoherenceMatricules
		PaiesAgents paies = PaiesAgents.agreger(donnees);
		Cumuls<CompteursEffectifs> cumuls = new Cumuls<>(annee, TOUTES, VENTILATIONS, CompteursEffectifs::new);
		for (Agent agent : donnees.agents()) {
			CumulPaie paie = paies.prendre(agent);
			boolean present = agent.estPresentLe(dernierJour);
			boolean presentAvant = agent.estPresentLe(veille);
			boolean employe = reference.emploie(agent);
			if (!employe && paie == null) {
				// parti au plus tard le 31/12 de l'année précédente (ou arrivé après
				// l'année) : il ne pèse que
				// sur l'effectif précédent, sans ouvrir de modalité dans les tableaux de
				// l'année
				if (presentAvant) {
					cumuls.pourChaqueEnsemble(agent, c -> {
						c.precedent++;
						c.presentsAUneDesDates++;
					});
				}
				continue;
			}
			int age = agent.ageAu31Decembre(annee);
			boolean arrivee = reference.contient(agent.dateEntree());
			boolean depart = reference.contient(agent.dateSortie());
			cumuls.pourChaqueCellule(agent, c -> {
				if (present) {
					c.effectif++;
					c.sommeAges += age;
					if (agent.emploiFonctionnel()) {
						c.emploiFonctionnel++;
					}
					if (agent.tempsNonComplet()) {
						c.tempsNonComplet++;
					}
					else {
						c.tempsComplet++;
					}
					if (agent.estATempsPartiel()) {
						c.tempsPartiel++;
						if (agent.tempsPartielDeDroit()) {
							c.tempsPartielDeDroit++;
						}
						else {
							c.tempsPartielSurAutorisation++;
						}
					}
				}
				if (presentAvant) {
					c.precedent++;
				}
				if (present || presentAvant) {
					c.presentsAUneDesDates++;
				}
				if (arrivee) {
					c.arrivees++;
				}
				if (depart) {
					c.departs++;
				}
				if (paie != null) {
					c.payes++;
					c.etpr = c.etpr.add(paie.etpr());
				}
			});
		}
		return new ResultatEmployeur(donnees.siret(), annee, lignes(cumuls), List.of());
	}

	private static List<Indicateur> lignes(Cumuls<CompteursEffectifs> cumuls) {
		Lignes lignes = new Lignes(Theme.EFFECTIFS);
		compte(lignes, cumuls, "effectif", TOUTES, VENTILATIONS, c -> c.effectif);
		cumuls.parcourir(TOUTES, PARTS, (p, v, m, c) -> {
			int total = cumuls.ensemble(p).effectif;
			// la part d'une modalité révèle son effectif (l'ensemble est publié) : même
			// base que lui, sauf une part
			// nulle, qui ne désigne personne
			lignes.rapport("part", p, v, m, BigDecimal.valueOf(c.effectif), BigDecimal.valueOf(total), Lignes.CENT,
					c.effectif == 0 ? total : c.effectif);
		});
		// lecture dans l'autre sens : la part d'un statut parmi les agents permanents
		// d'un sexe (« 12,5 % des femmes
		// sur emploi permanent sont contractuelles, contre 14,8 % des hommes ») ; de la
		// structure, comme « part »
		Ventilation sexe = Ventilation.de(SEXE);
		cumuls.parcourir(List.of(Population.FONCTIONNAIRES, Population.CONTRACTUELS_PERMANENTS), List.of(sexe),
				(p, v, m, c) -> {
					CompteursEffectifs permanents = cumuls.cellule(Population.PERMANENTS, sexe, m);
					int total = permanents == null ? 0 : permanents.effectif;
					lignes.rapport("part_statut", p, v, m, BigDecimal.valueOf(c.effectif), BigDecimal.valueOf(total),
							Lignes.CENT, c.effectif == 0 ? total : c.effectif);
				});
		cumuls.parcourir(TOUTES, ENSEMBLE_SEXE_CATEGORIE,
				(p, v, m, c) -> lignes.valeur("etpr", p, v, m, c.etpr, c.payes));
		cumuls.parcourir(TOUTES, ENSEMBLE_SEXE, (p, v, m, c) -> lignes.rapport("age_moyen", p, v, m,
				BigDecimal.valueOf(c.sommeAges), BigDecimal.valueOf(c.effectif), BigDecimal.ONE, c.effectif));
		compte(lignes, cumuls, "arrivees", PERMANENTES, ENSEMBLE_SEXE, c -> c.arrivees);
		compte(lignes, cumuls, "departs", PERMANENTES, ENSEMBLE_SEXE, c -> c.departs);
		compte(lignes, cumuls, "effectif_precedent", PERMANENTES, SEUL_ENSEMBLE, c -> c.precedent);
		cumuls.parcourir(PERMANENTES, SEUL_ENSEMBLE,
				(p, v, m, c) -> lignes.rapport("variation_effectif", p, v, m,
						BigDecimal.valueOf(c.effectif - c.precedent), BigDecimal.valueOf(c.precedent), Lignes.CENT,
						c.precedent));
		// ((arrivées + départs) / 2) / ((précédent + effectif) / 2) : les demi-sommes
		// sont écrites telles quelles
		// pour que numerateur / denominateur se lisent comme dans la formule publiée
		cumuls.parcourir(PERMANENTES, SEUL_ENSEMBLE, (p, v, m, c) -> lignes.rapport("taux_rotation", p, v, m,
				demi(c.arrivees + c.departs), demi(c.precedent + c.effectif), Lignes.CENT, c.presentsAUneDesDates));
		compte(lignes, cumuls, "emploi_fonctionnel", EMPLOIS_PERMANENTS, ENSEMBLE_SEXE, c -> c.emploiFonctionnel);
		compte(lignes, cumuls, "temps_complet", TOUTES, ENSEMBLE_SEXE, c -> c.tempsComplet);
		compte(lignes, cumuls, "temps_non_complet", TOUTES, ENSEMBLE_SEXE, c -> c.tempsNonComplet);
		compte(lignes, cumuls, "temps_partiel", TOUTES, ENSEMBLE_SEXE, c -> c.tempsPartiel);
		compte(lignes, cumuls, "temps_partiel_de_droit", TOUTES, ENSEMBLE_SEXE, c -> c.tempsPartielDeDroit);
		compte(lignes, cumuls, "temps_partiel_sur_autorisation", TOUTES, ENSEMBLE_SEXE,
				c -> c.tempsPartielSurAutorisation);
		return lignes.lignes();
	}

	private static void compte(Lignes lignes, Cumuls<CompteursEffectifs> cumuls, String indicateur,
			List<Population> populations, List<Ventilation> ventilations, ToIntFunction<CompteursEffectifs> compte) {
		cumuls.parcourir(populations, ventilations,
				(p, v, m, c) -> lignes.compte(indicateur, p, v, m, compte.applyAsInt(c)));
	}

	private static BigDecimal demi(int n) {
		return BigDecimal.valueOf(n).divide(BigDecimal.TWO);
	}

}
