package fr.cdg.rsu.indicateurs.absenteisme;

import static fr.cdg.rsu.domaine.Motif.AT_SERVICE;
import static fr.cdg.rsu.domaine.Motif.AT_TRAJET;
import static fr.cdg.rsu.domaine.Motif.CLD;
import static fr.cdg.rsu.domaine.Motif.CLM;
import static fr.cdg.rsu.domaine.Motif.FORMATION;
import static fr.cdg.rsu.domaine.Motif.MATERNITE;
import static fr.cdg.rsu.domaine.Motif.MO;
import static fr.cdg.rsu.domaine.Motif.MP;
import static fr.cdg.rsu.domaine.Motif.SYNDICAL;
import static fr.cdg.rsu.indicateurs.absenteisme.Resultat.arrondi;
import static fr.cdg.rsu.indicateurs.absenteisme.Resultat.valeur;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.cdg.rsu.domaine.Categorie;
import fr.cdg.rsu.domaine.Filiere;
import fr.cdg.rsu.domaine.Sexe;
import fr.cdg.rsu.domaine.Statut;
import fr.cdg.rsu.indicateurs.Indicateur;
import fr.cdg.rsu.indicateurs.Theme;

/**
 * Cas calculés à la main : chaque jeu est minuscule et son arithmétique est écrite en
 * commentaire. Année 2022 (non bissextile) sauf mention.
 */
class CalculAbsenteismeCasCalculesTest {

	/**
	 * Compare au rapport a × facteur / b calculé à la précision du calcul (16 chiffres
	 * significatifs).
	 */
	private static void assertRapport(Indicateur i, long num, long den, long facteur) {
		assertThat(i.numerateur()).isEqualByComparingTo(BigDecimal.valueOf(num));
		assertThat(i.denominateur()).isEqualByComparingTo(BigDecimal.valueOf(den));
		assertThat(valeur(i)).isEqualByComparingTo(
				BigDecimal.valueOf(num * facteur).divide(BigDecimal.valueOf(den), Indicateur.PRECISION));
	}

	@Test
	void arretsAChevalSurLe31DecembrePrecedentEtSurLe31DecembreDeLAnnee() {
		// A1 : MO du 20/12/2021 au 10/01/2022 -> reliquat de 10 jours (1er au 10
		// janvier), 1 arrêt compté en 2022 ;
		// MO du 25/12/2022 au 05/01/2023 -> 7 jours (25 au 31 décembre), 1 arrêt.
		// jours = 17, arrets = 2, gravite = 17 / 2 = 8,5 ; taux = 17 × 100 / (1 × 365) =
		// 4,6575... %
		Resultat r = new JeuDeDonnees(2022).titulaire("A1", Sexe.F, 40)
			.absence("A1", MO, "2021-12-20", "2022-01-10")
			.absence("A1", MO, "2022-12-25", "2023-01-05")
			.calculer();
		assertThat(r.n("jours", "fonctionnaires", "MO")).isEqualTo(17);
		assertThat(r.n("arrets", "fonctionnaires", "MO")).isEqualTo(2);
		assertThat(valeur(r.abs("gravite", "fonctionnaires", "compressible"))).isEqualByComparingTo("8.5");
		assertRapport(r.abs("taux_absenteisme", "fonctionnaires", "global"), 17, 365, 100);
		assertThat(arrondi(r.abs("taux_absenteisme", "tous", "global"), 2)).isEqualTo("4.66");
		assertThat(r.brut.avertissements()).isEmpty();
	}

	@Test
	void periodeOuverteCompteeJusquAu31Decembre() {
		// MO ouvert depuis le 01/12/2022 : 1er au 31 décembre = 31 jours ; MO ouvert
		// depuis 2020 : 365 jours.
		Resultat r = new JeuDeDonnees(2022).titulaire("A1", Sexe.H, 30)
			.titulaire("A2", Sexe.H, 30)
			.absence("A1", MO, "2022-12-01", null)
			.absence("A2", CLD, "2020-03-01", null)
			.calculer();
		assertThat(r.n("jours", "tous", "MO")).isEqualTo(31);
		assertThat(r.n("jours", "tous", "CLD")).isEqualTo(365);
		assertThat(r.n("arrets", "tous", "global")).isEqualTo(2);
	}

	@Test
	void prolongationAjouteDesJoursSansAjouterDArret() {
		// A1 : MO 01/03-10/03 (10 j) + prolongation 11/03-20/03 (10 j) -> 20 jours, 1
		// arrêt.
		// A2 : MO 01/12/2021-31/12/2021 (0 j en 2022) + prolongation
		// 01/01/2022-05/01/2022 (5 j) : l'arrêt commencé
		// en 2021 a des jours en 2022 par sa prolongation -> 5 jours, 1 arrêt.
		// A3 : prolongation CLM 01/06-30/06 (30 j) sans arrêt CLM antérieur (son MO ne
		// compte pas : autre motif)
		// -> comptée comme un arrêt, avertissement PROLONGATION_SANS_ARRET.
		Resultat r = new JeuDeDonnees(2022).titulaire("A1", Sexe.F, 40)
			.titulaire("A2", Sexe.F, 40)
			.titulaire("A3", Sexe.F, 40)
			.absence("A1", MO, "2022-03-01", "2022-03-10")
			.prolongation("A1", MO, "2022-03-11", "2022-03-20")
			.absence("A2", MO, "2021-12-01", "2021-12-31")
			.prolongation("A2", MO, "2022-01-01", "2022-01-05")
			.absence("A3", MO, "2022-01-10", "2022-01-11")
			.prolongation("A3", CLM, "2022-06-01", "2022-06-30")
			.calculer();
		// MO : 20 + 5 + 2 = 27 jours, 1 + 1 + 1 = 3 arrêts ; CLM : 30 jours, 1 arrêt
		assertThat(r.n("jours", "tous", "MO")).isEqualTo(27);
		assertThat(r.n("arrets", "tous", "MO")).isEqualTo(3);
		assertThat(r.n("jours", "tous", "CLM")).isEqualTo(30);
		assertThat(r.n("arrets", "tous", "CLM")).isEqualTo(1);
		assertThat(r.avertissements(TypeAvertissement.PROLONGATION_SANS_ARRET)).singleElement()
			.satisfies(a -> assertThat(a.matricule()).isEqualTo("A3"));
	}

	@Test
	void chevauchementDeDeuxMotifsCompteChaqueJourUneFois() {
		// A1 : MO 01/02-10/02 (10 j), CLM 05/02-20/02 : les 05-10/02 restent au MO
		// (commencé le premier),
		// CLM = 11/02-20/02 = 10 j. Global = 20 jours (et non 26), 2 arrêts.
		// A2 : même début le 01/05 : AT_SERVICE (ligne 3) 01/05-03/05 l'emporte sur MO
		// (ligne 4) 01/05-05/05,
		// MO garde 04/05-05/05 = 2 j. Puis MO 10/05-12/05 entièrement dans un CLM
		// 09/05-31/05 commencé avant :
		// 0 jour, pas d'arrêt ; le CLM compte 23 jours.
		JeuDeDonnees jeu = new JeuDeDonnees(2022).titulaire("A1", Sexe.F, 40).titulaire("A2", Sexe.H, 40);
		jeu.absence("A1", MO, "2022-02-01", "2022-02-10")
			.absence("A1", CLM, "2022-02-05", "2022-02-20")
			.absence("A2", AT_SERVICE, "2022-05-01", "2022-05-03")
			.absence("A2", MO, "2022-05-01", "2022-05-05")
			.absence("A2", CLM, "2022-05-09", "2022-05-31")
			.absence("A2", MO, "2022-05-10", "2022-05-12");
		Resultat r = jeu.calculer();
		assertThat(r.abs("jours", "fonctionnaires", "global", "sexe", "F").valeur()).isEqualByComparingTo("20");
		assertThat(r.abs("arrets", "fonctionnaires", "global", "sexe", "F").valeur()).isEqualByComparingTo("2");
		assertThat(r.abs("jours", "fonctionnaires", "AT_SERVICE").valeur()).isEqualByComparingTo("3");
		// MO : 10 (A1) + 2 (A2) ; arrêts MO : 1 + 1 (le MO recouvert n'a aucun jour)
		assertThat(r.n("jours", "fonctionnaires", "MO")).isEqualTo(12);
		assertThat(r.n("arrets", "fonctionnaires", "MO")).isEqualTo(2);
		// CLM : 10 (A1) + 23 (A2)
		assertThat(r.n("jours", "fonctionnaires", "CLM")).isEqualTo(33);
		// 3 périodes ont perdu des jours : CLM de A1, MO de A2 du 01/05, MO de A2 du
		// 10/05
		assertThat(r.avertissements(TypeAvertissement.CHEVAUCHEMENT)).hasSize(3);
	}

	@Test
	void doublonExactCompteUneFois() {
		// deux lignes identiques MO 01/04-05/04 (5 j) : 5 jours, 1 arrêt, un DOUBLON, pas
		// de chevauchement
		Resultat r = new JeuDeDonnees(2022).titulaire("A1", Sexe.F, 40)
			.absence("A1", MO, "2022-04-01", "2022-04-05")
			.absence("A1", MO, "2022-04-01", "2022-04-05")
			.calculer();
		assertThat(r.n("jours", "tous", "MO")).isEqualTo(5);
		assertThat(r.n("arrets", "tous", "MO")).isEqualTo(1);
		assertThat(r.avertissements(TypeAvertissement.DOUBLON)).hasSize(1);
		assertThat(r.avertissements(TypeAvertissement.CHEVAUCHEMENT)).isEmpty();
	}

	@Test
	void agentPartiCompteAuNumerateurMaisPasAuDenominateur() {
		// A1 présent au 31/12, sans absence ; A2 parti le 30/06 avec MO 01/03-10/03 (10
		// j).
		// effectif = 1 ; jours = 10 ; agents absents = 1 ; taux = 10 × 100 / 365 ;
		// exposition = 1 × 100 / 1 = 100 %
		Resultat r = new JeuDeDonnees(2022).titulaire("A1", Sexe.F, 40)
			.agent("A2", Statut.TITULAIRE, Sexe.F, 40, Categorie.C, Filiere.TECHNIQUE, null,
					JeuDeDonnees.d("2022-06-30"))
			.absence("A2", MO, "2022-03-01", "2022-03-10")
			.calculer();
		assertThat(r.n("effectif", "fonctionnaires", "global")).isEqualTo(1);
		assertRapport(r.abs("taux_absenteisme", "fonctionnaires", "global"), 10, 365, 100);
		assertRapport(r.abs("taux_exposition", "fonctionnaires", "global"), 1, 1, 100);
		// modalité F : les deux agents sont des femmes, une seule présente au 31/12 ->
		// dénominateur 1 × 365
		Indicateur f = r.abs("taux_absenteisme", "fonctionnaires", "global", "sexe", "F");
		assertThat(f.denominateur()).isEqualByComparingTo("365");
	}

	@Test
	void anneeBissextileAbsenceDeToutLAnneeDonne366JoursEtUnTauxAuDelaDe100() {
		// 2024 : CLD ouvert depuis le 01/10/2023 -> du 01/01/2024 au 31/12/2024 = 366
		// jours ; taux = 366 × 100 / 365 = 100,27 % (règle des 365)
		Resultat r = new JeuDeDonnees(2024).titulaire("A1", Sexe.F, 50)
			.absence("A1", CLD, "2023-10-01", null)
			.calculer();
		assertThat(r.n("jours", "fonctionnaires", "CLD")).isEqualTo(366);
		assertRapport(r.abs("taux_absenteisme", "fonctionnaires", "medical"), 366, 365, 100);
		assertThat(arrondi(r.abs("taux_absenteisme", "fonctionnaires", "medical"), 2)).isEqualTo("100.27");
		// 366 jours sur une année de 366 jours : des données normales, aucun
		// avertissement
		assertThat(r.avertissements(TypeAvertissement.PLUS_DE_365_JOURS)).isEmpty();
	}

	@Test
	void employeurSansAbsence() {
		// 2 agents, aucune absence : taux à 0, gravité vide (0 arrêt), aucun
		// avertissement
		Resultat r = new JeuDeDonnees(2022).titulaire("A1", Sexe.F, 40).titulaire("A2", Sexe.H, 61).calculer();
		assertThat(r.n("effectif", "tous", "global")).isEqualTo(2);
		assertThat(valeur(r.abs("taux_absenteisme", "tous", "global"))).isZero();
		assertThat(valeur(r.abs("taux_exposition", "tous", "MO"))).isZero();
		assertThat(r.abs("gravite", "tous", "global").valeur()).isNull();
		assertThat(r.brut.avertissements()).isEmpty();
		assertThat(r.acc("accidents", "tous", "", "ensemble", "ensemble").valeur()).isEqualByComparingTo("0");
	}

	@Test
	void celluleVideDenominateurNulValeurVideMaisNumerateurEtDenominateurRemplis() {
		// Aucun contractuel permanent : l'ensemble est écrit, effectif 0, valeurs vides,
		// num = 0, dén = 0.
		// Non permanents : un seul agent, parti le 31/03 avec 5 jours de MO : jours = 5
		// mais effectif 0 -> valeur
		// vide, numérateur 5, dénominateur 0.
		Resultat r = new JeuDeDonnees(2022).titulaire("A1", Sexe.F, 40)
			.agent("N1", Statut.CONTRACTUEL_NON_PERMANENT, Sexe.H, 22, null, null, null, JeuDeDonnees.d("2022-03-31"))
			.absence("N1", MO, "2022-03-01", "2022-03-05")
			.calculer();
		Indicateur vide = r.abs("taux_absenteisme", "contractuels_permanents", "global");
		assertThat(vide.valeur()).isNull();
		assertThat(vide.numerateur()).isEqualByComparingTo("0");
		assertThat(vide.denominateur()).isEqualByComparingTo("0");
		// pas de modalité écrite hors ensemble pour une population vide
		assertThat(r.ligne(Theme.ABSENTEISME, "effectif", "contractuels_permanents", "global", "sexe", "F")).isNull();
		Indicateur np = r.abs("taux_absenteisme", "non_permanents", "global");
		assertThat(np.valeur()).isNull();
		assertThat(np.numerateur()).isEqualByComparingTo("5");
		assertThat(np.denominateur()).isEqualByComparingTo("0");
		// catégorie et filière d'un non-permanent : non_renseigne
		assertThat(r.abs("jours", "tous", "global", "categorie", "non_renseigne").valeur()).isEqualByComparingTo("5");
		assertThat(r.abs("jours", "non_permanents", "MO", "ensemble", "ensemble").valeur()).isEqualByComparingTo("5");
		// un motif n'est ventilé par dimension que pour permanents et tous
		assertThat(r.ligne(Theme.ABSENTEISME, "jours", "non_permanents", "MO", "sexe", "H")).isNull();
		assertThat(r.abs("jours", "tous", "MO", "filiere", "non_renseigne").valeur()).isEqualByComparingTo("5");
	}

	@Test
	void accidentsDeLAnneeEtReliquatsDAccidentsAnterieurs() {
		// A1 (F, C) : AT_SERVICE accident du 15/11/2021, arrêt 15/11/2021-31/01/2022 ->
		// 31 jours en 2022, accident
		// de 2021 : pas compté en accidents ; puis rechute du même accident (même date)
		// 01/06-10/06/2022 : 10 jours,
		// toujours l'accident de 2021.
		// A2 (H, B) : AT_SERVICE sans date d'accident, 01/03-10/03/2022 (10 j) +
		// prolongation 11/03-15/03 (5 j) :
		// 1 accident daté du 01/03/2022, 15 jours.
		// A3 (H, C) : AT_TRAJET accident du 31/12/2022, arrêt à partir du 02/01/2023 :
		// aucun jour en 2022 -> non
		// compté. MP de A3 depuis 2020, ouverte : 365 jours (jours d'accidents, pas un
		// accident).
		// Heures : A1 1820 h (1 ETPR sans heures), A2 910 h déclarées, A3 0,5 ETPR -> 910
		// h ; total 3640 h = 2 ETP.
		// Groupe vide, tous : accidents = 1 ; jours = 31 + 10 + 15 + 365 = 421 ;
		// indice_frequence = 1 × 1000 / (3640 / 1820) = 500 ; taux_gravite = 421 × 1000 /
		// 3640 = 115,659... ;
		// AT_SERVICE : jours 56, accidents 1 ; MP : jours 365, pas de ligne accidents.
		Resultat r = new JeuDeDonnees(2022).titulaire("A1", Sexe.F, 40)
			.agent("A2", Statut.CONTRACTUEL_PERMANENT, Sexe.H, 30, Categorie.B, Filiere.ADMINISTRATIVE)
			.titulaire("A3", Sexe.H, 55)
			.absence("A1", AT_SERVICE, "2021-11-15", "2022-01-31", false, 0, "2021-11-15")
			.absence("A1", AT_SERVICE, "2022-06-01", "2022-06-10", false, 0, "2021-11-15")
			.absence("A2", AT_SERVICE, "2022-03-01", "2022-03-10")
			.prolongation("A2", AT_SERVICE, "2022-03-11", "2022-03-15")
			.absence("A3", AT_TRAJET, "2023-01-02", "2023-01-20", false, 0, "2022-12-31")
			.absence("A3", MP, "2020-01-01", null)
			.paie("A1", "1", null)
			.paie("A2", "0.5", "910")
			.paie("A3", "0.5", null)
			.calculer();
		assertThat(r.acc("accidents", "tous", "", "ensemble", "ensemble").valeur()).isEqualByComparingTo("1");
		assertThat(r.acc("jours", "tous", "", "ensemble", "ensemble").valeur()).isEqualByComparingTo("421");
		Indicateur indice = r.acc("indice_frequence", "tous", "", "ensemble", "ensemble");
		assertThat(indice.numerateur()).isEqualByComparingTo("1");
		assertThat(indice.denominateur()).isEqualByComparingTo("2");
		assertThat(valeur(indice)).isEqualByComparingTo("500");
		Indicateur gravite = r.acc("taux_gravite", "tous", "", "ensemble", "ensemble");
		assertThat(gravite.denominateur()).isEqualByComparingTo("3640");
		assertThat(arrondi(gravite, 3)).isEqualTo("115.659");
		assertThat(r.acc("jours", "tous", "AT_SERVICE", "ensemble", "ensemble").valeur()).isEqualByComparingTo("56");
		assertThat(r.acc("accidents", "tous", "AT_TRAJET", "ensemble", "ensemble").valeur()).isEqualByComparingTo("0");
		assertThat(r.acc("jours", "tous", "MP", "ensemble", "ensemble").valeur()).isEqualByComparingTo("365");
		assertThat(r.ligne(Theme.ACCIDENTS, "accidents", "tous", "MP", "ensemble", "ensemble")).isNull();
		assertThat(r.ligne(Theme.ACCIDENTS, "indice_frequence", "tous", "MP", "ensemble", "ensemble")).isNull();
		// l'accident de l'année est celui d'un homme de catégorie B
		assertThat(r.acc("accidents", "tous", "", "sexe", "H").valeur()).isEqualByComparingTo("1");
		assertThat(r.acc("accidents", "tous", "", "categorie", "B").valeur()).isEqualByComparingTo("1");
		assertThat(r.acc("accidents", "tous", "", "sexe", "F").valeur()).isEqualByComparingTo("0");
		// en absentéisme, l'arrêt de 2021 encore en cours compte parmi les arrêts de
		// l'année : 3 arrêts AT_SERVICE
		assertThat(r.n("arrets", "tous", "AT_SERVICE")).isEqualTo(3);
		assertThat(r.n("arrets", "tous", "AT_TRAJET")).isZero();
	}

	@Test
	void partDesAgentsAvecJourDeCarence() {
		// 4 agents présents. A1 : MO du 03/02/2022, 1 jour de carence -> compte. A2 : MO
		// commencé le 20/12/2021
		// avec 1 jour de carence -> prélevé en 2021, ne compte pas en 2022. A3 : deux MO
		// avec carence -> compte une
		// fois. A4 : MATERNITE sans carence.
		// compressible : 2 × 100 / 4 = 50 % ; global : 50 % aussi.
		Resultat r = new JeuDeDonnees(2022).titulaire("A1", Sexe.F, 40)
			.titulaire("A2", Sexe.F, 40)
			.titulaire("A3", Sexe.H, 40)
			.titulaire("A4", Sexe.F, 30)
			.absence("A1", MO, "2022-02-03", "2022-02-04", false, 1, null)
			.absence("A2", MO, "2021-12-20", "2022-01-04", false, 1, null)
			.absence("A3", MO, "2022-04-01", "2022-04-01", false, 1, null)
			.absence("A3", MO, "2022-09-01", "2022-09-02", false, 1, null)
			.absence("A4", MATERNITE, "2022-03-01", "2022-06-30")
			.calculer();
		assertRapport(r.abs("part_agents_carence", "fonctionnaires", "compressible"), 2, 4, 100);
		assertRapport(r.abs("part_agents_carence", "tous", "global"), 2, 4, 100);
		assertRapport(r.abs("part_agents_carence", "tous", "global", "sexe", "H"), 1, 1, 100);
		// pas de carence par motif (indicateur des groupes seulement)
		assertThat(r.ligne(Theme.ABSENTEISME, "part_agents_carence", "tous", "MO", "ensemble", "ensemble")).isNull();
	}

	@Test
	void formationSyndicalEtAgentsInconnusExclusEtSignales() {
		// FORMATION et SYNDICAL : exclus (0 jour) et signalés ; absence du matricule X9
		// inconnu : ignorée, signalée
		JeuDeDonnees jeu = new JeuDeDonnees(2022).titulaire("A1", Sexe.F, 40)
			.absence("A1", FORMATION, "2022-02-01", "2022-02-03")
			.absence("A1", SYNDICAL, "2022-02-10", "2022-02-10")
			.absence("A1", MO, "2022-02-02", "2022-02-04")
			.absence("X9", MO, "2022-03-01", "2022-03-31");
		Resultat r = jeu.calculer();
		// la formation ne « prend » pas les jours du MO qu'elle recouvre
		assertThat(r.n("jours", "tous", "global")).isEqualTo(3);
		assertThat(r.avertissements(TypeAvertissement.HORS_INDICATEURS)).hasSize(2);
		// le matricule inconnu est signalé une fois pour tous les thèmes, par
		// CoherenceMatricules
		assertThat(r.avertissements(TypeAvertissement.ABSENCE_AGENT_INCONNU)).isEmpty();
		assertThat(fr.cdg.rsu.indicateurs.CoherenceMatricules.verifier(jeu.donnees())).singleElement().satisfies(a -> {
			assertThat(a.type()).isEqualTo(TypeAvertissement.ABSENCE_AGENT_INCONNU.code());
			assertThat(a.matricule()).isEqualTo("X9");
		});
		assertThat(r.avertissements(TypeAvertissement.CHEVAUCHEMENT)).isEmpty();
	}

	@Test
	void modalitesEcritesDansLOrdreEtSeulementSiLaPopulationACetteModalite() {
		Resultat r = new JeuDeDonnees(2022).titulaire("A1", Sexe.F, 19)
			.titulaire("A2", Sexe.F, 67)
			.agent("A3", Statut.STAGIAIRE, Sexe.F, 30, Categorie.A, Filiere.ANIMATION)
			.calculer();
		assertThat(r.brut.indicateurs()
			.stream()
			.filter(i -> i.indicateur().equals("effectif") && i.population().equals("tous")
					&& i.groupe().equals("global") && i.dimension().equals("tranche_age"))
			.map(Indicateur::modalite)).containsExactly("<20", "30-34", "65+");
		assertThat(r.abs("effectif", "tous", "global", "tranche_age_3", "<30").valeur()).isEqualByComparingTo("1");
		assertThat(r.abs("effectif", "tous", "global", "tranche_age_3", "50+").valeur()).isEqualByComparingTo("1");
		assertThat(r.abs("effectif", "tous", "global", "filiere", "animation").valeur()).isEqualByComparingTo("1");
		assertThat(r.ligne(Theme.ABSENTEISME, "effectif", "tous", "global", "sexe", "H")).isNull();
	}

	@Test
	void laPopulationDUneCelluleCompteLesPresentsEtLesPartisAbsents() {
		// 3 agents présents (A1 absent 3 jours), A4 parti le 30/06 après 10 jours
		// d'arrêt, A5 parti sans absence :
		// la cellule décrit A1, A2, A3 et A4 (4 agents), le même nombre pour toutes ses
		// lignes, jours comme taux
		// (une décision par case du secret) ; l'effectif, dénominateur des taux, reste 3
		Resultat r = new JeuDeDonnees(2022).titulaire("A1", Sexe.F, 40)
			.titulaire("A2", Sexe.F, 40)
			.titulaire("A3", Sexe.F, 40)
			.agent("A4", Statut.TITULAIRE, Sexe.F, 40, Categorie.C, Filiere.TECHNIQUE, null,
					JeuDeDonnees.d("2022-06-30"))
			.agent("A5", Statut.TITULAIRE, Sexe.F, 40, Categorie.C, Filiere.TECHNIQUE, null,
					JeuDeDonnees.d("2022-06-30"))
			.absence("A1", MO, "2022-02-01", "2022-02-03")
			.absence("A4", MO, "2022-03-01", "2022-03-10")
			.calculer();
		for (String indicateur : List.of("effectif", "jours", "gravite", "taux_absenteisme", "agents_absents")) {
			assertThat(r.abs(indicateur, "tous", "global").baseAgents()).as(indicateur).isEqualTo(4);
		}
		assertThat(r.abs("effectif", "tous", "global").valeur()).isEqualByComparingTo("3");
		assertThat(r.abs("jours", "tous", "global").valeur()).isEqualByComparingTo("13");
	}

	@Test
	void arretsParAgentAbsentDansLaCaseDeSesDeuxComptes() {
		// A1 : 3 arrêts de MO (01/02-03/02, 01/03-02/03, 01/04), A2 : 1 arrêt de MO
		// (10/05-14/05), A3 sans absence.
		// MO des fonctionnaires : 4 arrêts, 2 agents absents -> 4 / 2 = 2 arrêts par
		// agent absent ; femmes (A1) :
		// 3 / 1 = 3 ; hommes (A2, A3) : 1 / 1 = 1. Même base d'agents que les arrêts et
		// les agents absents.
		// AT de service : aucun arrêt, aucun absent -> 0 / 0, valeur vide (n.d.), pas
		// zéro.
		Resultat r = new JeuDeDonnees(2022).titulaire("A1", Sexe.F, 40)
			.titulaire("A2", Sexe.H, 40)
			.titulaire("A3", Sexe.H, 40)
			.absence("A1", MO, "2022-02-01", "2022-02-03")
			.absence("A1", MO, "2022-03-01", "2022-03-02")
			.absence("A1", MO, "2022-04-01", "2022-04-01")
			.absence("A2", MO, "2022-05-10", "2022-05-14")
			.calculer();
		Indicateur ensemble = r.abs("arrets_par_absent", "fonctionnaires", "MO");
		assertRapport(ensemble, 4, 2, 1);
		assertThat(ensemble.baseAgents()).isEqualTo(r.abs("arrets", "fonctionnaires", "MO").baseAgents());
		assertThat(valeur(r.abs("arrets_par_absent", "permanents", "MO", "sexe", "F"))).isEqualByComparingTo("3");
		assertThat(valeur(r.abs("arrets_par_absent", "permanents", "MO", "sexe", "H"))).isEqualByComparingTo("1");
		assertThat(r.abs("arrets_par_absent", "fonctionnaires", "AT_SERVICE").valeur()).isNull();
	}

	@Test
	void regroupementCongesDeLongueMaladieEtDeLongueDuree() {
		// A1 : CLM du 01/01 au 31/03 (90 jours, 1 arrêt) puis CLD du 01/04 au 30/04 (30
		// jours, 1 arrêt) ;
		// A2 : CLD du 01/06 au 10/06 (10 jours, 1 arrêt) ; A3 sans absence, A4
		// contractuel non permanent sans absence.
		// CLM_CLD : 90 + 30 + 10 = 130 jours, 3 arrêts, 2 agents absents (A1 compté une
		// fois, pas deux) ;
		// jours par agent permanent : 130 / 3 = 43,33 ; tous : 130 / 4 = 32,5. Dimension
		// ensemble seulement.
		Resultat r = new JeuDeDonnees(2022).titulaire("A1", Sexe.F, 40)
			.titulaire("A2", Sexe.H, 40)
			.titulaire("A3", Sexe.H, 40)
			.agent("A4", Statut.CONTRACTUEL_NON_PERMANENT, Sexe.F, 30, Categorie.C, Filiere.TECHNIQUE)
			.absence("A1", CLM, "2022-01-01", "2022-03-31")
			.absence("A1", CLD, "2022-04-01", "2022-04-30")
			.absence("A2", CLD, "2022-06-01", "2022-06-10")
			.calculer();
		assertThat(r.n("jours", "permanents", "CLM_CLD")).isEqualTo(130);
		assertThat(r.n("jours", "permanents", "CLM_CLD"))
			.isEqualTo(r.n("jours", "permanents", "CLM") + r.n("jours", "permanents", "CLD"));
		assertThat(r.n("arrets", "permanents", "CLM_CLD")).isEqualTo(3);
		assertThat(r.n("agents_absents", "permanents", "CLM_CLD")).isEqualTo(2);
		assertRapport(r.abs("jours_moyens", "permanents", "CLM_CLD"), 130, 3, 1);
		assertThat(valeur(r.abs("jours_moyens", "tous", "CLM_CLD"))).isEqualByComparingTo("32.5");
		assertThat(r.brut.indicateurs()).filteredOn(i -> i.groupe().equals("CLM_CLD"))
			.allMatch(i -> i.dimension().equals("ensemble"))
			.noneMatch(i -> i.indicateur().equals("part_agents_carence"));
	}

}
