package fr.cdg.rsu.indicateurs.effectifs;

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
import fr.cdg.rsu.domaine.Filiere;
import fr.cdg.rsu.domaine.LignePaie;
import fr.cdg.rsu.domaine.Statut;
import fr.cdg.rsu.indicateurs.Indicateur;
import fr.cdg.rsu.indicateurs.ResultatEmployeur;
import fr.cdg.rsu.indicateurs.Theme;
import fr.cdg.rsu.indicateurs.ventilation.JeuDeDonnees;

/**
 * Un petit employeur en 2022, calculé à la main.
 *
 * <pre>
 * a1 F titulaire C technique, née 15/06/1980 (42 ans), temps partiel 80 % de droit, ETPR 0,8
 * a2 H titulaire B administrative, né 01/01/1970 (52 ans), temps partiel 80 % sur autorisation, ETPR 0,8
 * a3 F contractuelle permanente C technique, née 01/03/1995 (27 ans), arrivée le 01/10/2022, ETPR 0,25
 * a4 H titulaire C technique, né 01/05/1962 (60 ans), parti le 30/06/2022 : payé (ETPR 0,5), départ, pas dans
 *    l'effectif
 * a5 H titulaire A administrative, né 01/02/1975 (47 ans), emploi fonctionnel, entré le 01/03/2021, ETPR 1
 * a6 F saisonnière (non permanente), née 01/07/2003 (19 ans), du 01/07 au 31/08/2022, ETPR 0,17
 * a7 H contractuel permanent C technique, né 09/09/1990 (32 ans), temps non complet, ETPR 0,6
 * a8 F titulaire culturelle, partie le 31/12/2021 : présente au 31/12/2021 seulement
 *
 * Permanents au 31/12/2022 : a1 a2 a3 a5 a7 = 5 (F : a1 a3 = 2 ; H : a2 a5 a7 = 3)
 * Permanents au 31/12/2021 : a1 a2 a4 a5 a7 a8 = 6 (a3 pas encore arrivée)
 * Arrivées 1 (a3), départs 1 (a4 ; a8 est partie en 2021)
 * variation = (5 − 6) × 100 / 6 = −16,67 % ; rotation = ((1 + 1) / 2) × 100 / ((6 + 5) / 2) = 18,18 %
 * Fonctionnaires : 3 au 31/12/2022 (a1 a2 a5), 5 au 31/12/2021 (a1 a2 a4 a5 a8), 0 arrivée, 1 départ :
 *    variation −40 %, rotation 0,5 × 100 / 4 = 12,5 %
 * Contractuels permanents : 2 (a3 a7), 1 (a7), 1 arrivée, 0 départ : variation +100 %,
 *    rotation 0,5 × 100 / 1,5 = 33,33 %
 * ETPR permanents : 0,8 + 0,8 + 0,25 + 0,5 + 1 + 0,6 = 3,95 ; tous : + 0,17 = 4,12 ; permanentes F : 0,8 + 0,25
 * Âge moyen des permanents : (42 + 52 + 27 + 47 + 32) / 5 = 40
 * </pre>
 */
class CalculEffectifsTest {

	private static final int ANNEE = 2022;

	private static final List<Agent> AGENTS = List.of(agent("a1").ne(1980, 6, 15).tempsPartiel(80, true).creer(),
			agent("a2").homme()
				.ne(1970, 1, 1)
				.categorie(Categorie.B)
				.filiere(Filiere.ADMINISTRATIVE)
				.cadre("Rédacteurs territoriaux")
				.tempsPartiel(80, false)
				.creer(),
			agent("a3").ne(1995, 3, 1).statut(Statut.CONTRACTUEL_PERMANENT).entre(2022, 10, 1).creer(),
			agent("a4").homme().ne(1962, 5, 1).sorti(2022, 6, 30).creer(),
			agent("a5").homme()
				.ne(1975, 2, 1)
				.categorie(Categorie.A)
				.filiere(Filiere.ADMINISTRATIVE)
				.cadre("Attachés territoriaux")
				.emploiFonctionnel()
				.entre(2021, 3, 1)
				.creer(),
			agent("a6").ne(2003, 7, 1)
				.statut(Statut.CONTRACTUEL_NON_PERMANENT)
				.entre(2022, 7, 1)
				.sorti(2022, 8, 31)
				.creer(),
			agent("a7").homme().ne(1990, 9, 9).statut(Statut.CONTRACTUEL_PERMANENT).tempsNonComplet().creer(),
			agent("a8").filiere(Filiere.CULTURELLE).cadre("Adjoints du patrimoine").sorti(2021, 12, 31).creer());

	private static final List<LignePaie> PAIES = List.of(paie("a1", "20000", "0.8"), paie("a2", "24000", "0.8"),
			paie("a3", "4000", "0.25"), paie("a4", "10000", "0.3"), paie("a4", "3000", "0.2"), paie("a5", "40000", "1"),
			paie("a6", "2500", "0.17"), paie("a7", "15000", "0.6"));

	private static final ResultatEmployeur RESULTAT = CalculEffectifs
		.calculer(JeuDeDonnees.donnees(ANNEE, AGENTS, PAIES));

	private static BigDecimal v(String indicateur, String population, String dimension, String modalite) {
		BigDecimal valeur = valeur(RESULTAT, indicateur, population, dimension, modalite);
		assertThat(valeur).as("%s %s %s %s", indicateur, population, dimension, modalite).isNotNull();
		return valeur;
	}

	private static BigDecimal arrondi(BigDecimal valeur, int decimales) {
		return valeur.setScale(decimales, RoundingMode.HALF_UP);
	}

	@Test
	void effectifAu31DecembreSansLesPartis() {
		assertThat(v("effectif", "permanents", "ensemble", "ensemble")).isEqualByComparingTo("5");
		assertThat(v("effectif", "fonctionnaires", "ensemble", "ensemble")).isEqualByComparingTo("3");
		assertThat(v("effectif", "contractuels_permanents", "ensemble", "ensemble")).isEqualByComparingTo("2");
		assertThat(v("effectif", "non_permanents", "ensemble", "ensemble")).isEqualByComparingTo("0");
		assertThat(v("effectif", "tous", "ensemble", "ensemble")).isEqualByComparingTo("5");
		assertThat(v("effectif", "permanents", "sexe", "F")).isEqualByComparingTo("2");
		assertThat(v("effectif", "permanents", "sexe", "H")).isEqualByComparingTo("3");
		assertThat(v("effectif", "permanents", "categorie", "A")).isEqualByComparingTo("1");
		// a4, parti, garde sa modalité (employé dans l'année) mais n'est plus compté
		assertThat(v("effectif", "fonctionnaires", "tranche_age", "60-64")).isEqualByComparingTo("0");
		assertThat(v("effectif", "permanents", "tranche_age", "25-29")).isEqualByComparingTo("1");
		assertThat(v("effectif", "permanents", "tranche_age_3", "30-49")).isEqualByComparingTo("3");
		assertThat(v("effectif", "permanents", "categorie+sexe", "C+F")).isEqualByComparingTo("2");
		assertThat(v("effectif", "permanents", "cadre_emplois+sexe", "Rédacteurs territoriaux+H"))
			.isEqualByComparingTo("1");
		assertThat(v("effectif", "tous", "categorie", "non_renseigne")).isEqualByComparingTo("0");
		// a8, partie avant l'année, n'ouvre aucune modalité
		assertThat(RESULTAT.indicateurs()).noneMatch(l -> l.modalite().contains("culturelle"));
		assertThat(ligne(RESULTAT, "effectif", "permanents", "sexe", "F").baseAgents()).isEqualTo(2);
	}

	@Test
	void partDansLaPopulationEtCelluleVideSansDivision() {
		assertThat(v("part", "permanents", "sexe", "F")).isEqualByComparingTo("40");
		Indicateur partC = ligne(RESULTAT, "part", "permanents", "categorie", "C");
		assertThat(partC.valeur()).isEqualByComparingTo("60");
		assertThat(partC.numerateur()).isEqualByComparingTo("3");
		assertThat(partC.denominateur()).isEqualByComparingTo("5");
		// la part révèle l'effectif de la modalité (l'ensemble est publié) : elle repose
		// sur ses 3 agents
		assertThat(partC.baseAgents()).isEqualTo(3);
		// non permanents : la saisonnière est partie, 0 agent au 31/12 → part et âge
		// moyen vides
		Indicateur partSaisonniere = ligne(RESULTAT, "part", "non_permanents", "sexe", "F");
		assertThat(partSaisonniere.valeur()).isNull();
		assertThat(partSaisonniere.denominateur()).isEqualByComparingTo("0");
		assertThat(valeur(RESULTAT, "age_moyen", "non_permanents", "ensemble", "ensemble")).isNull();
		// pas d'homme non permanent dans l'année : pas de ligne H
		assertThat(chercher(RESULTAT, "effectif", "non_permanents", "sexe", "H")).isEmpty();
		assertThat(RESULTAT.indicateurs())
			.noneMatch(l -> l.indicateur().equals("part") && l.dimension().equals("ensemble"));
	}

	/**
	 * Lecture dans l'autre sens : la part d'un statut parmi les permanents d'un sexe.
	 * Femmes permanentes au 31/12 : a1 (titulaire) et a3 (contractuelle) -> 1 × 100 / 2 =
	 * 50 % chacun ; hommes : a2, a5 titulaires et a7 contractuel -> 2 × 100 / 3 = 66,67 %
	 * et 1 × 100 / 3 = 33,33 %. a6 (non permanente) et a4, a8 (partis) n'y sont pas. Pas
	 * de ligne pour la population permanents (100 % par construction) ni pour les
	 * non-permanents.
	 */
	@Test
	void partDuStatutParmiLesPermanentsDuMemeSexe() {
		Indicateur contractuelles = ligne(RESULTAT, "part_statut", "contractuels_permanents", "sexe", "F");
		assertThat(contractuelles.numerateur()).isEqualByComparingTo("1");
		assertThat(contractuelles.denominateur()).isEqualByComparingTo("2");
		assertThat(contractuelles.valeur()).isEqualByComparingTo("50");
		assertThat(v("part_statut", "fonctionnaires", "sexe", "F")).isEqualByComparingTo("50");
		assertThat(v("part_statut", "fonctionnaires", "sexe", "H").setScale(2, RoundingMode.HALF_UP))
			.isEqualByComparingTo("66.67");
		assertThat(v("part_statut", "contractuels_permanents", "sexe", "H").setScale(2, RoundingMode.HALF_UP))
			.isEqualByComparingTo("33.33");
		assertThat(RESULTAT.indicateurs()).filteredOn(l -> l.indicateur().equals("part_statut"))
			.allMatch(l -> l.dimension().equals("sexe"))
			.noneMatch(l -> l.population().equals("permanents") || l.population().equals("non_permanents")
					|| l.population().equals("tous"));
	}

	@Test
	void etprDeLAnneeAgentsPartisCompris() {
		assertThat(v("etpr", "permanents", "ensemble", "ensemble")).isEqualByComparingTo("3.95");
		assertThat(v("etpr", "tous", "ensemble", "ensemble")).isEqualByComparingTo("4.12");
		assertThat(v("etpr", "permanents", "sexe", "F")).isEqualByComparingTo("1.05");
		// a3 arrivée en octobre : un quart d'année
		assertThat(v("etpr", "contractuels_permanents", "sexe", "F")).isEqualByComparingTo("0.25");
		// a4, parti en juin, deux lignes additionnées
		assertThat(v("etpr", "fonctionnaires", "sexe", "H")).isEqualByComparingTo("2.3");
		assertThat(ligne(RESULTAT, "etpr", "fonctionnaires", "sexe", "H").baseAgents()).isEqualTo(3);
		assertThat(chercher(RESULTAT, "etpr", "permanents", "filiere", "technique")).isEmpty();
	}

	@Test
	void ageMoyen() {
		Indicateur age = ligne(RESULTAT, "age_moyen", "permanents", "ensemble", "ensemble");
		assertThat(age.numerateur()).isEqualByComparingTo("200");
		assertThat(age.denominateur()).isEqualByComparingTo("5");
		assertThat(age.valeur()).isEqualByComparingTo("40");
		// hommes permanents : (52 + 47 + 32) / 3 = 43,67
		assertThat(arrondi(v("age_moyen", "permanents", "sexe", "H"), 2)).isEqualByComparingTo("43.67");
	}

	@Test
	void mouvementsReconstitues() {
		assertThat(v("arrivees", "permanents", "ensemble", "ensemble")).isEqualByComparingTo("1");
		assertThat(v("arrivees", "contractuels_permanents", "sexe", "F")).isEqualByComparingTo("1");
		assertThat(v("departs", "permanents", "ensemble", "ensemble")).isEqualByComparingTo("1");
		assertThat(v("departs", "fonctionnaires", "sexe", "H")).isEqualByComparingTo("1");
		assertThat(v("departs", "fonctionnaires", "sexe", "F")).isEqualByComparingTo("0");
		assertThat(v("effectif_precedent", "permanents", "ensemble", "ensemble")).isEqualByComparingTo("6");
		assertThat(v("effectif_precedent", "fonctionnaires", "ensemble", "ensemble")).isEqualByComparingTo("5");
		assertThat(v("effectif_precedent", "contractuels_permanents", "ensemble", "ensemble"))
			.isEqualByComparingTo("1");
		Indicateur variation = ligne(RESULTAT, "variation_effectif", "permanents", "ensemble", "ensemble");
		assertThat(variation.numerateur()).isEqualByComparingTo("-1");
		assertThat(variation.denominateur()).isEqualByComparingTo("6");
		assertThat(arrondi(variation.valeur(), 2)).isEqualByComparingTo("-16.67");
		assertThat(v("variation_effectif", "fonctionnaires", "ensemble", "ensemble")).isEqualByComparingTo("-40");
		assertThat(v("variation_effectif", "contractuels_permanents", "ensemble", "ensemble"))
			.isEqualByComparingTo("100");
		Indicateur rotation = ligne(RESULTAT, "taux_rotation", "permanents", "ensemble", "ensemble");
		assertThat(rotation.numerateur()).isEqualByComparingTo("1");
		assertThat(rotation.denominateur()).isEqualByComparingTo("5.5");
		assertThat(arrondi(rotation.valeur(), 2)).isEqualByComparingTo("18.18");
		// agents présents à l'une des deux dates : a1 a2 a3 a4 a5 a7 a8
		assertThat(rotation.baseAgents()).isEqualTo(7);
		assertThat(v("taux_rotation", "fonctionnaires", "ensemble", "ensemble")).isEqualByComparingTo("12.5");
		assertThat(arrondi(v("taux_rotation", "contractuels_permanents", "ensemble", "ensemble"), 2))
			.isEqualByComparingTo("33.33");
		// pas de mouvements pour les non-permanents
		assertThat(RESULTAT.indicateurs()).noneMatch(l -> l.indicateur().equals("arrivees")
				&& (l.population().equals("non_permanents") || l.population().equals("tous")));
	}

	@Test
	void tempsDeTravailEtEmploiFonctionnel() {
		assertThat(v("temps_partiel", "permanents", "ensemble", "ensemble")).isEqualByComparingTo("2");
		assertThat(v("temps_partiel_de_droit", "permanents", "ensemble", "ensemble")).isEqualByComparingTo("1");
		assertThat(v("temps_partiel_de_droit", "permanents", "sexe", "F")).isEqualByComparingTo("1");
		assertThat(v("temps_partiel_sur_autorisation", "permanents", "sexe", "H")).isEqualByComparingTo("1");
		assertThat(v("temps_partiel_sur_autorisation", "permanents", "sexe", "F")).isEqualByComparingTo("0");
		assertThat(v("temps_non_complet", "permanents", "ensemble", "ensemble")).isEqualByComparingTo("1");
		assertThat(v("temps_complet", "permanents", "ensemble", "ensemble")).isEqualByComparingTo("4");
		assertThat(v("emploi_fonctionnel", "permanents", "sexe", "H")).isEqualByComparingTo("1");
		assertThat(v("emploi_fonctionnel", "permanents", "sexe", "F")).isEqualByComparingTo("0");
		assertThat(chercher(RESULTAT, "emploi_fonctionnel", "fonctionnaires", "ensemble", "ensemble")).isEmpty();
	}

	@Test
	void lignesDuTheme() {
		assertThat(RESULTAT.indicateurs()).allMatch(l -> l.theme() == Theme.EFFECTIFS && l.groupe().isEmpty());
		assertThat(RESULTAT.indicateurs()).extracting(Indicateur::cle).doesNotHaveDuplicates();
		// l'ensemble est écrit pour chaque population, même vide
		for (String population : List.of("fonctionnaires", "contractuels_permanents", "permanents", "non_permanents",
				"tous")) {
			assertThat(chercher(RESULTAT, "effectif", population, "ensemble", "ensemble")).isPresent();
			assertThat(chercher(RESULTAT, "temps_partiel", population, "ensemble", "ensemble")).isPresent();
		}
		// modalités dans l'ordre de lecture
		assertThat(RESULTAT.indicateurs()
			.stream()
			.filter(l -> l.indicateur().equals("effectif") && l.population().equals("permanents")
					&& l.dimension().equals("categorie"))
			.map(Indicateur::modalite)).containsExactly("A", "B", "C");
	}

	@Test
	void employeurSansAgent() {
		ResultatEmployeur vide = CalculEffectifs.calculer(JeuDeDonnees.donnees(ANNEE, List.of(), List.of()));
		assertThat(valeur(vide, "effectif", "tous", "ensemble", "ensemble")).isEqualByComparingTo("0");
		assertThat(valeur(vide, "variation_effectif", "permanents", "ensemble", "ensemble")).isNull();
		assertThat(valeur(vide, "taux_rotation", "permanents", "ensemble", "ensemble")).isNull();
		assertThat(valeur(vide, "age_moyen", "tous", "ensemble", "ensemble")).isNull();
		assertThat(vide.indicateurs()).allMatch(l -> l.dimension().equals("ensemble"));
	}

}
