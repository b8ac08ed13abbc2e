package fr.cdg.rsu.indicateurs.handicap;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import fr.cdg.rsu.domaine.Agent;
import fr.cdg.rsu.domaine.DonneesEmployeur;
import fr.cdg.rsu.domaine.LignePaie;
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
 * Les bénéficiaires de l'obligation d'emploi des travailleurs handicapés (BOETH) présents
 * au 31/12 : leur nombre et leur part par population (les statuts), sexe et catégorie ;
 * par titre (RQTH, rente AT/MP...) ; et l'obligation d'emploi de 6 % des employeurs d'au
 * moins 20 équivalents temps plein.
 *
 * <p>
 * <b>Obligation d'emploi.</b> Un employeur y est assujetti à partir de 20 ETP : la somme
 * des ETPR de la paie quand la paie est transmise, sinon l'effectif au 31/12 (signalé par
 * {@code etpr_assujettissement} absent). Le taux d'emploi direct est BOETH × 100 /
 * effectif au 31/12 (tous agents) ; les unités manquantes sont
 * {@code max(0, ⌊6 % × effectif⌋ − BOETH)}. Le FIPHFP compte l'effectif rémunéré au 1er
 * janvier et déduit certaines dépenses (contrats avec le secteur protégé) : ce calcul est
 * celui que permettent les données du RSU, une estimation, pas la déclaration au FIPHFP
 * ({@code docs/ecarts-aux-specifications.md}).
 */
public final class CalculHandicap {

	private static final List<Population> POPULATIONS = List.of(Population.FONCTIONNAIRES,
			Population.CONTRACTUELS_PERMANENTS, Population.PERMANENTS, Population.NON_PERMANENTS, Population.TOUS);

	private static final List<List<Axe>> VENTILATIONS = List.of(List.of(Axe.SEXE), List.of(Axe.CATEGORIE));

	/** Seuil d'assujettissement, en équivalents temps plein. */
	static final BigDecimal SEUIL_ASSUJETTISSEMENT = BigDecimal.valueOf(20);

	/** Taux d'emploi légal, 6 %. */
	static final BigDecimal TAUX_LEGAL = new BigDecimal("0.06");

	private CalculHandicap() {
	}

	static final class Cumul {

		int effectif;

		int boeth;

	}

	public static ResultatEmployeur calculer(DonneesEmployeur donnees) {
		DonneesComplementaires c = donnees.complements();
		if (!c.colonneTransmise(ColonneAgent.BOETH) && !c.colonneTransmise(ColonneAgent.BOETH_TYPE)) {
			return new ResultatEmployeur(donnees.siret(), donnees.annee(), List.of(), List.of());
		}
		int annee = donnees.annee();
		Cases<Cumul> cases = new Cases<>(Cumul::new);
		Cases<Cumul> parTitre = new Cases<>(Cumul::new);
		for (Agent agent : donnees.agents()) {
			if (!agent.estPresentAu31Decembre(annee)) {
				continue;
			}
			SituationAgent s = c.situation(agent.matricule());
			boolean boeth = s != null && s.estBoeth();
			for (Case k : Cases.de(agent, annee, POPULATIONS, VENTILATIONS)) {
				Cumul cu = cases.de(k);
				cu.effectif++;
				if (boeth) {
					cu.boeth++;
				}
			}
			if (s != null && boeth) {
				for (Population p : List.of(Population.PERMANENTS, Population.TOUS)) {
					if (p.inclut(agent.statut())) {
						parTitre.de(Case.de(p, 3, "boeth_type", s.boethType())).boeth++;
					}
				}
			}
		}
		Ecriture e = new Ecriture(Theme.HANDICAP);
		int effectifTous = 0;
		int boethTous = 0;
		java.util.Map<Population, Integer> effectifs = new java.util.EnumMap<>(Population.class);
		for (var entree : cases.toutes().entrySet()) {
			Case k = entree.getKey();
			Cumul cu = entree.getValue();
			e.valeur("boeth", k, "", cu.boeth, cu.effectif);
			e.rapport("part_boeth", k, "", cu.boeth, cu.effectif, Ecriture.CENT, cu.effectif);
			if (k.dimension().equals("ensemble")) {
				effectifs.put(k.population(), cu.effectif);
				if (k.population() == Population.TOUS) {
					effectifTous = cu.effectif;
					boethTous = cu.boeth;
				}
			}
		}
		for (var entree : parTitre.toutes().entrySet()) {
			Case k = entree.getKey();
			// le titre décrit le bénéficiaire, pas un sous-groupe d'agents : la
			// population est celle de l'ensemble
			e.valeur("boeth", k, "", entree.getValue().boeth, effectifs.getOrDefault(k.population(), 0));
		}
		Case employeur = Case.ensemble(Population.TOUS);
		BigDecimal etp = BigDecimal.valueOf(effectifTous);
		if (donnees.remunerationsTransmises()) {
			etp = BigDecimal.ZERO;
			for (LignePaie p : donnees.paies()) {
				etp = etp.add(p.etpr());
			}
			e.valeur("etpr_assujettissement", employeur, "", etp, effectifTous);
		}
		boolean assujetti = etp.compareTo(SEUIL_ASSUJETTISSEMENT) >= 0;
		e.valeur("assujetti_obligation_emploi", employeur, "", assujetti ? 1 : 0, effectifTous);
		if (assujetti) {
			e.rapport("taux_emploi_direct", employeur, "", boethTous, effectifTous, Ecriture.CENT, effectifTous);
			long requis = TAUX_LEGAL.multiply(BigDecimal.valueOf(effectifTous))
				.setScale(0, RoundingMode.FLOOR)
				.longValue();
			e.valeur("unites_manquantes", employeur, "", Math.max(0, requis - boethTous), effectifTous);
		}
		return new ResultatEmployeur(donnees.siret(), annee, e.lignes(), List.of());
	}

}
