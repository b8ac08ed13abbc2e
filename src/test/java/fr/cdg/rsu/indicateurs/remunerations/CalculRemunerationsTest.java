package fr.cdg.rsu.indicateurs.remunerations;

import static fr.cdg.rsu.indicateurs.ventilation.JeuDeDonnees.agent;
import static fr.cdg.rsu.indicateurs.ventilation.JeuDeDonnees.chercher;
import static fr.cdg.rsu.indicateurs.ventilation.JeuDeDonnees.ligne;
import static fr.cdg.rsu.indicateurs.ventilation.JeuDeDonnees.paie;
import static fr.cdg.rsu.indicateurs.ventilation.JeuDeDonnees.valeur;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.cdg.rsu.domaine.Agent;
import fr.cdg.rsu.domaine.Categorie;
import fr.cdg.rsu.domaine.DonneesEmployeur;
import fr.cdg.rsu.domaine.Filiere;
import fr.cdg.rsu.domaine.LignePaie;
import fr.cdg.rsu.domaine.Statut;
import fr.cdg.rsu.indicateurs.CoherenceMatricules;
import fr.cdg.rsu.indicateurs.Indicateur;
import fr.cdg.rsu.indicateurs.ResultatEmployeur;
import fr.cdg.rsu.indicateurs.Theme;
import fr.cdg.rsu.indicateurs.ventilation.JeuDeDonnees;

/**
 * La paie 2022 d'un petit employeur, calculée à la main.
 *
 * <pre>
 * r1 F titulaire C technique, deux lignes : traitement 10 000 + 8 000, primes 1 000 + 500, NBI 200,
 *    heures sup. 300 € pour 20 h, ETPR 0,5 + 0,5  → RAB 18 000 + 1 500 + 200 + 300 = 20 000, ETPR 1
 * r2 H titulaire C technique : traitement 22 000, primes 2 000, SFT 600, ETPR 1 → RAB 24 600
 * r3 H contractuel permanent B administrative, parti le 31/03/2022 : traitement 5 000, heures sup. 150 € pour
 *    10 h, ETPR 0,25 → RAB 5 150 (payé une partie de l'année : compté, ses ETPR le proratisent)
 * r4 F non permanente : payée, hors rémunérations (emplois permanents seulement)
 * X9 : matricule inconnu du fichier agents, ignoré et signalé
 *
 * Fonctionnaires : RAB 44 600, ETPR 2 → 22 300 €/ETPR ; primes 3 500 → part 3 500 × 100 / 44 600 = 7,85 %
 * Permanents : RAB 49 750, ETPR 2,25 → 22 111,11 €/ETPR ; heures sup. 30 h pour 2 agents → 15 h par agent
 * </pre>
 */
class CalculRemunerationsTest {

	private static final List<Agent> AGENTS = List.of(agent("r1").creer(), agent("r2").homme().creer(),
			agent("r3").homme()
				.statut(Statut.CONTRACTUEL_PERMANENT)
				.categorie(Categorie.B)
				.filiere(Filiere.ADMINISTRATIVE)
				.cadre("Rédacteurs territoriaux")
				.sorti(2022, 3, 31)
				.creer(),
			agent("r4").statut(Statut.CONTRACTUEL_NON_PERMANENT).creer());

	private static final List<LignePaie> PAIES = List.of(paie("r1", "10000", "1000", "200", "0", "300", "20", "0.5"),
			paie("r1", "8000", "500", "0", "0", "0", "0", "0.5"),
			paie("r2", "22000", "2000", "0", "600", "0", "0", "1"),
			paie("r3", "5000", "0", "0", "0", "150", "10", "0.25"), paie("r4", "9000", "0.5"), paie("X9", "99999", "1"),
			paie("X9", "11111", "1"));

	private static final ResultatEmployeur RESULTAT = CalculRemunerations
		.calculer(JeuDeDonnees.donnees(2022, AGENTS, PAIES));

	private static BigDecimal v(String indicateur, String population, String dimension, String modalite) {
		BigDecimal valeur = valeur(RESULTAT, indicateur, population, dimension, modalite);
		assertThat(valeur).as("%s %s %s %s", indicateur, population, dimension, modalite).isNotNull();
		return valeur;
	}

	private static BigDecimal arrondi3(String indicateur, String population) {
		return v(indicateur, population, "ensemble", "ensemble").setScale(3, RoundingMode.HALF_UP);
	}

	@Test
	void sommesDesLignesDePaie() {
		assertThat(v("remuneration_annuelle_brute", "fonctionnaires", "ensemble", "ensemble"))
			.isEqualByComparingTo("44600");
		assertThat(v("remuneration_annuelle_brute", "permanents", "ensemble", "ensemble"))
			.isEqualByComparingTo("49750");
		assertThat(v("traitement_brut", "permanents", "ensemble", "ensemble")).isEqualByComparingTo("45000");
		assertThat(v("primes", "permanents", "ensemble", "ensemble")).isEqualByComparingTo("3500");
		assertThat(v("nbi", "permanents", "ensemble", "ensemble")).isEqualByComparingTo("200");
		assertThat(v("sft", "permanents", "sexe", "H")).isEqualByComparingTo("600");
		assertThat(v("heures_sup_montant", "permanents", "ensemble", "ensemble")).isEqualByComparingTo("450");
		assertThat(v("heures_sup_nombre", "permanents", "ensemble", "ensemble")).isEqualByComparingTo("30");
		assertThat(v("etpr", "permanents", "ensemble", "ensemble")).isEqualByComparingTo("2.25");
		// r1 : deux lignes, un agent
		Indicateur femmes = ligne(RESULTAT, "remuneration_annuelle_brute", "fonctionnaires", "sexe", "F");
		assertThat(femmes.valeur()).isEqualByComparingTo("20000");
		assertThat(femmes.baseAgents()).isEqualTo(1);
		assertThat(ligne(RESULTAT, "remuneration_annuelle_brute", "permanents", "ensemble", "ensemble").baseAgents())
			.isEqualTo(3);
		assertThat(v("remuneration_annuelle_brute", "permanents", "filiere+categorie+sexe", "technique+C+H"))
			.isEqualByComparingTo("24600");
		assertThat(v("remuneration_annuelle_brute", "permanents", "filiere+categorie", "administrative+B"))
			.isEqualByComparingTo("5150");
	}

	@Test
	void moyenneParEtprEtPartDesPrimes() {
		assertThat(v("remuneration_moyenne_etpr", "fonctionnaires", "ensemble", "ensemble"))
			.isEqualByComparingTo("22300");
		Indicateur moyenne = ligne(RESULTAT, "remuneration_moyenne_etpr", "permanents", "ensemble", "ensemble");
		assertThat(moyenne.numerateur()).isEqualByComparingTo("49750");
		assertThat(moyenne.denominateur()).isEqualByComparingTo("2.25");
		assertThat(moyenne.valeur().setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo("22111.11");
		// l'agent payé un quart d'année pèse pour un quart : 5 150 / 0,25 = 20 600 €/ETPR
		assertThat(v("remuneration_moyenne_etpr", "contractuels_permanents", "ensemble", "ensemble"))
			.isEqualByComparingTo("20600");
		assertThat(v("part_primes", "fonctionnaires", "ensemble", "ensemble").setScale(2, RoundingMode.HALF_UP))
			.isEqualByComparingTo("7.85");
		assertThat(v("part_primes", "contractuels_permanents", "ensemble", "ensemble")).isEqualByComparingTo("0");
		assertThat(v("remuneration_moyenne_etpr", "permanents", "categorie+sexe", "C+F")).isEqualByComparingTo("20000");
	}

	@Test
	void heuresSupParAgentEnAyantFait() {
		Indicateur ensemble = ligne(RESULTAT, "heures_sup_par_agent", "permanents", "ensemble", "ensemble");
		assertThat(ensemble.numerateur()).isEqualByComparingTo("30");
		assertThat(ensemble.denominateur()).isEqualByComparingTo("2");
		assertThat(ensemble.valeur()).isEqualByComparingTo("15");
		// le secret protège la cellule par ses agents payés (r1, r2, r3), pas par les
		// deux qui ont fait des heures
		assertThat(ensemble.baseAgents()).isEqualTo(3);
		assertThat(v("heures_sup_par_agent", "permanents", "cadre_emplois", "Rédacteurs territoriaux"))
			.isEqualByComparingTo("10");
		// r2, seul homme fonctionnaire, n'en a pas fait : 0 h / 0 agent → valeur vide,
		// pas de division par zéro
		Indicateur sansHeures = ligne(RESULTAT, "heures_sup_par_agent", "fonctionnaires", "sexe", "H");
		assertThat(sansHeures.valeur()).isNull();
		assertThat(sansHeures.denominateur()).isEqualByComparingTo("0");
		assertThat(chercher(RESULTAT, "heures_sup_par_agent", "permanents", "categorie", "C")).isEmpty();
	}

	@Test
	void hommesOuFemmesAbsentsDUneCellule() {
		// pas de contractuelle permanente payée : pas de modalité F, l'ensemble reste
		// écrit
		assertThat(chercher(RESULTAT, "remuneration_moyenne_etpr", "contractuels_permanents", "sexe", "F")).isEmpty();
		assertThat(chercher(RESULTAT, "remuneration_moyenne_etpr", "contractuels_permanents", "sexe", "H")).isPresent();
		ResultatEmployeur sansPaie = CalculRemunerations
			.calculer(JeuDeDonnees.donnees(2022, List.of(agent("z").creer()), List.of()));
		Indicateur vide = ligne(sansPaie, "remuneration_moyenne_etpr", "permanents", "ensemble", "ensemble");
		assertThat(vide.valeur()).isNull();
		assertThat(vide.denominateur()).isEqualByComparingTo("0");
		assertThat(valeur(sansPaie, "part_primes", "permanents", "ensemble", "ensemble")).isNull();
		assertThat(valeur(sansPaie, "remuneration_annuelle_brute", "permanents", "ensemble", "ensemble"))
			.isEqualByComparingTo("0");
		// un agent sans paie n'ouvre pas de modalité
		assertThat(sansPaie.indicateurs()).allMatch(l -> l.dimension().equals("ensemble"));
	}

	@Test
	void nonPermanentsEtMatriculesInconnusEcartes() {
		assertThat(RESULTAT.indicateurs())
			.noneMatch(l -> l.population().equals("non_permanents") || l.population().equals("tous"));
		// écartées sans bruit ici : le signalement, une fois pour tous les thèmes, est
		// celui de CoherenceMatricules
		assertThat(RESULTAT.avertissements()).isEmpty();
		assertThat(CoherenceMatricules.verifier(JeuDeDonnees.donnees(2022, AGENTS, PAIES))).singleElement()
			.satisfies(a -> {
				assertThat(a.type()).isEqualTo("PAIE_AGENT_INCONNU");
				assertThat(a.matricule()).isEqualTo("X9");
				assertThat(a.message()).startsWith("2 ligne(s)");
			});
		assertThat(RESULTAT.indicateurs()).allMatch(l -> l.theme() == Theme.REMUNERATIONS);
		assertThat(RESULTAT.indicateurs()).extracting(Indicateur::cle).doesNotHaveDuplicates();
	}

	@Test
	void partDesChargesDePersonnelQuandLesDeuxMontantsSontDonnes() {
		assertThat(chercher(RESULTAT, "part_charges_personnel", "", "ensemble", "ensemble")).isEmpty();
		// 600 000 × 100 / 1 000 000 = 60 %
		DonneesEmployeur avecBudget = new DonneesEmployeur(JeuDeDonnees.collectivite("1000000", "600000"), 2022, AGENTS,
				List.of(), PAIES);
		Indicateur part = ligne(CalculRemunerations.calculer(avecBudget), "part_charges_personnel", "", "ensemble",
				"ensemble");
		assertThat(part.valeur()).isEqualByComparingTo("60");
		assertThat(part.numerateur()).isEqualByComparingTo("600000");
		assertThat(part.denominateur()).isEqualByComparingTo("1000000");
		assertThat(part.groupe()).isEmpty();
		DonneesEmployeur sansCharges = new DonneesEmployeur(JeuDeDonnees.collectivite("1000000", null), 2022, AGENTS,
				List.of(), PAIES);
		assertThat(chercher(CalculRemunerations.calculer(sansCharges), "part_charges_personnel", "", "ensemble",
				"ensemble"))
			.isEmpty();
		DonneesEmployeur budgetNul = new DonneesEmployeur(JeuDeDonnees.collectivite("0", "600000"), 2022, AGENTS,
				List.of(), PAIES);
		assertThat(
				valeur(CalculRemunerations.calculer(budgetNul), "part_charges_personnel", "", "ensemble", "ensemble"))
			.isNull();
	}

	/**
	 * Les composantes en % de la RAB, fonctionnaires (r1 + r2) : traitement 18 000 + 22
	 * 000 = 40 000, NBI 200, SFT 600, heures sup. 300, primes 3 500, RAB 44 600 →
	 * traitement 40 000 × 100 / 44 600 = 89,686 %, NBI 0,448 %, SFT 1,345 %, heures sup.
	 * 0,673 %, primes 7,848 % : 100 % à eux cinq. Contractuels (r3) : traitement 5 000 /
	 * 5 150 = 97,087 %, heures sup. 150 / 5 150 = 2,913 %.
	 */
	@Test
	void composantesEnPartDeLaRemunerationAnnuelleBrute() {
		Indicateur traitement = ligne(RESULTAT, "part_traitement_brut", "fonctionnaires", "ensemble", "ensemble");
		assertThat(traitement.numerateur()).isEqualByComparingTo("40000");
		assertThat(traitement.denominateur()).isEqualByComparingTo("44600");
		assertThat(arrondi3("part_traitement_brut", "fonctionnaires")).isEqualByComparingTo("89.686");
		assertThat(traitement.baseAgents()).isEqualTo(2);
		assertThat(arrondi3("part_nbi", "fonctionnaires")).isEqualByComparingTo("0.448");
		assertThat(arrondi3("part_sft", "fonctionnaires")).isEqualByComparingTo("1.345");
		assertThat(arrondi3("part_heures_sup", "fonctionnaires")).isEqualByComparingTo("0.673");
		assertThat(arrondi3("part_traitement_brut", "contractuels_permanents")).isEqualByComparingTo("97.087");
		assertThat(arrondi3("part_heures_sup", "contractuels_permanents")).isEqualByComparingTo("2.913");
		assertThat(arrondi3("part_sft", "contractuels_permanents")).isEqualByComparingTo("0");
		BigDecimal total = BigDecimal.ZERO;
		for (String part : List.of("part_traitement_brut", "part_primes", "part_nbi", "part_sft", "part_heures_sup")) {
			total = total.add(v(part, "fonctionnaires", "ensemble", "ensemble"));
		}
		assertThat(total.setScale(9, RoundingMode.HALF_UP)).isEqualByComparingTo("100");
		// par sexe aussi : r1 seule chez les femmes, traitement 18 000 / RAB 20 000 = 90
		// %
		assertThat(v("part_traitement_brut", "permanents", "sexe", "F")).isEqualByComparingTo("90");
	}

	/**
	 * Les montants du fichier collectivités, chacun écrit dès qu'il est fourni, avec tous
	 * les agents pour base.
	 */
	@Test
	void montantsDuBudgetEtDesCharges() {
		assertThat(chercher(RESULTAT, "budget_fonctionnement", "", "ensemble", "ensemble")).isEmpty();
		assertThat(chercher(RESULTAT, "charges_personnel", "", "ensemble", "ensemble")).isEmpty();
		DonneesEmployeur avecBudget = new DonneesEmployeur(JeuDeDonnees.collectivite("1000000", "600000"), 2022, AGENTS,
				List.of(), PAIES);
		ResultatEmployeur resultat = CalculRemunerations.calculer(avecBudget);
		Indicateur budget = ligne(resultat, "budget_fonctionnement", "", "ensemble", "ensemble");
		assertThat(budget.valeur()).isEqualByComparingTo("1000000");
		assertThat(budget.numerateur()).isNull();
		assertThat(budget.baseAgents()).isEqualTo(AGENTS.size());
		assertThat(ligne(resultat, "charges_personnel", "", "ensemble", "ensemble").valeur())
			.isEqualByComparingTo("600000");
		DonneesEmployeur sansCharges = new DonneesEmployeur(JeuDeDonnees.collectivite("1000000", null), 2022, AGENTS,
				List.of(), PAIES);
		ResultatEmployeur budgetSeul = CalculRemunerations.calculer(sansCharges);
		assertThat(ligne(budgetSeul, "budget_fonctionnement", "", "ensemble", "ensemble").valeur())
			.isEqualByComparingTo("1000000");
		assertThat(chercher(budgetSeul, "charges_personnel", "", "ensemble", "ensemble")).isEmpty();
	}

	@Test
	void matriculeEnDoubleDansLeFichierAgentsPayeUneFois() {
		List<Agent> agents = List.of(agent("d1").creer(), agent("d1").creer());
		ResultatEmployeur resultat = CalculRemunerations
			.calculer(JeuDeDonnees.donnees(2022, agents, List.of(paie("d1", "20000", "1"))));
		Indicateur total = ligne(resultat, "remuneration_annuelle_brute", "permanents", "ensemble", "ensemble");
		assertThat(total.valeur()).isEqualByComparingTo("20000");
		assertThat(total.baseAgents()).isEqualTo(1);
	}

}
