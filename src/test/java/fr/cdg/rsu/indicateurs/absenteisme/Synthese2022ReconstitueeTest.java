package fr.cdg.rsu.indicateurs.absenteisme;

import static fr.cdg.rsu.indicateurs.absenteisme.Resultat.arrondi;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fr.cdg.rsu.domaine.Categorie;
import fr.cdg.rsu.domaine.Filiere;
import fr.cdg.rsu.domaine.Motif;
import fr.cdg.rsu.domaine.Sexe;
import fr.cdg.rsu.domaine.Statut;

/**
 * Reconstitution de la synthèse absentéisme 2022 publiée
 * ({@code shared/reference/rsu-syntheses-2022-ocr.txt}) : une commune de 103 agents
 * présents au 31/12/2022, 86 fonctionnaires, 13 contractuels permanents, 4 non
 * permanents. Le jeu agent par agent est construit ici, de façon déterministe, pour être
 * cohérent avec les chiffres publiés ; le test vérifie qu'ils ressortent du calcul après
 * l'arrondi d'affichage.
 *
 * <p>
 * <b>Ce que disent les chiffres publiés</b> (effectif × 365 : fonctionnaires 31 390,
 * contractuels 4 745, permanents 36 135, non permanents 1 460 jours) :
 * <ul>
 * <li>maladie ordinaire, permanents : 1 773 jours, 160 arrêts, 61 agents (53
 * fonctionnaires + 8 contractuels) ; taux 1773/36135 = 4,9 %, fréquence 160/99 = 161,6 %,
 * exposition 61/99 = 61,6 %, gravité 1773/160 = 11,1 ; 2,6 arrêts par fonctionnaire
 * absent (137/53) et 2,9 par contractuel absent (23/8), d'où 137 et 23 arrêts ;</li>
 * <li>accidents de service : 2 arrêts de gravité 186, soit 372 jours ; un fonctionnaire
 * et un contractuel, un homme (1/27 = 3,70 %) et une femme (1/72 = 1,39 %) ; un seul
 * accident de l'année (une femme, catégorie C, filière technique) : l'autre arrêt est le
 * reliquat d'un accident antérieur. Taux d'absentéisme AT de 9,1 % chez les 60-64 ans
 * (365 / (11 × 365)) et 0,5 % chez les 25-29 ans (7 / (4 × 365)) : le reliquat dure toute
 * l'année (365 jours, fonctionnaire de 60-64 ans) et l'accident de l'année 7 jours
 * (contractuelle de 25-29 ans) ;</li>
 * <li>compressible : 5,99 % chez les fonctionnaires, 5,56 % chez les contractuels. 5,56 %
 * × 4 745 = 263,8 : 264 jours contractuels (« 264 Nombre de jours d'absence, contractuels
 * permanents »), donc 1 773 + 372 − 264 = 1 881 jours fonctionnaires, et 1881/31390 =
 * 5,992 % -> 5,99 % ; d'où MO 1 516 jours fonctionnaires et 257 contractuels ;</li>
 * <li>médical fonctionnaires 15,30 % : 4 804 jours (« 4 804 », 15,304 %) = 1 881 + MP 365
 * + CLM 1 307 + CLD 1 251 ; CLM : 11 arrêts (11,1 %), 6 agents (6,1 %), gravité 118,8 =
 * 1307/11 ; CLD : 12 arrêts, 4 agents, gravité 104,3 (1251/12 = 104,25, arrondi au demi
 * supérieur) ; MP : 1 arrêt de 365 jours. Les contractuels n'ont aucune absence médicale
 * hors compressible (0,00 % en longue maladie) : leur médical est 264/4745 = 5,56 %, que
 * l'OCR lit « 2,56 % » ;</li>
 * <li>permanents : 186 arrêts (160 + 2 + 1 + 11 + 12 ; fréquence 187,9 %), 74 agents
 * absents (65 fonctionnaires, 9 contractuels : 75,6 % et 69,2 %), gravité 5068/186 = 27,2
 * ;</li>
 * <li>non permanents : maladie ordinaire seulement, 2 agents sur 4, 112 jours, gravité 28
 * : 4 arrêts, taux 112/1460 = 7,67 % pour les trois groupes ;</li>
 * <li>« 34,95 % des agents permanents ont eu au moins un jour de carence » : 34,95 %
 * n'est le quotient d'aucun nombre d'agents par 99 (34/99 = 34,34 %, 35/99 = 35,35 %)
 * mais c'est 36/103 : le chiffre est calculé sur tous les agents ; on le reproduit sur la
 * population {@code tous} ;</li>
 * <li>accidents (RASSCT) : taux de gravité 2,52 pour 372 jours = 372 × 1000 / (81,1 ETPR
 * × 1820 h).</li>
 * </ul>
 *
 * <p>
 * <b>L'écart d'un jour</b> : le tableau de synthèse publie 14,02 % pour le médical et le
 * global des permanents, soit 5 067 jours (5067/36135 = 14,022 %), alors que la somme par
 * statut (4 804 + 264) et la somme par motif (1 773 + 372 + 365 + 1 307 + 1 251) donnent
 * toutes deux 5 068 jours (14,025 % -> 14,03 %), comme la gravité 27,2 et le 14,0 % du
 * focus. On reproduit les 5 068 jours, cohérents avec tous les autres tableaux, et donc
 * 14,03 % au lieu de 14,02 %.
 *
 * <p>
 * Le jeu exerce aussi les règles de comptage sans changer les totaux : reliquat d'un
 * arrêt commencé en 2021, prolongations, renouvellements de CLM / CLD (non marqués :
 * arrêts distincts), période ouverte, ligne en double, formation superposée à un arrêt.
 */
class Synthese2022ReconstitueeTest {

	private static Resultat r;

	private static final LocalDate DEBUT_ANNEE = LocalDate.of(2022, 1, 1);

	@BeforeAll
	static void calculer() {
		r = jeu().calculer();
	}

	static JeuDeDonnees jeu() {
		JeuDeDonnees jeu = new JeuDeDonnees(2022);
		// --- fonctionnaires : F01-F53 maladie ordinaire, F54 AT (reliquat), F55 MP,
		// F56-F61 CLM, F62-F65 CLD,
		// F66-F86 sans absence. Hommes : F01-F12, F54, F56, F62, F66-F73 (23) ; les 63
		// autres sont des femmes.
		for (int i = 1; i <= 86; i++) {
			String m = matricule("F", i);
			boolean homme = i <= 12 || i == 54 || i == 56 || i == 62 || (i >= 66 && i <= 73);
			jeu.agent(m, i % 10 == 0 ? Statut.STAGIAIRE : Statut.TITULAIRE, homme ? Sexe.H : Sexe.F,
					ageFonctionnaire(i), categorie(i), i == 54 ? Filiere.TECHNIQUE : filiere(i));
		}
		// --- contractuels permanents : C01-C08 maladie ordinaire, C09 accident de
		// l'année, C10-C13 sans absence.
		// Hommes : C01, C02, C10, C11.
		for (int i = 1; i <= 13; i++) {
			boolean homme = i == 1 || i == 2 || i == 10 || i == 11;
			int age = i == 9 ? 27 : i == 10 ? 26 : 31 + i;
			jeu.agent(matricule("C", i), Statut.CONTRACTUEL_PERMANENT, homme ? Sexe.H : Sexe.F, age,
					i == 9 ? Categorie.C : categorie(i), i == 9 ? Filiere.TECHNIQUE : filiere(i));
		}
		// --- non permanents : N1, N2 absents (maladie ordinaire)
		for (int i = 1; i <= 4; i++) {
			jeu.agent("N" + i, Statut.CONTRACTUEL_NON_PERMANENT, i % 2 == 0 ? Sexe.H : Sexe.F, 20 + i, null, null);
		}

		// --- maladie ordinaire des fonctionnaires : F01-F31 3 arrêts, F32-F53 2 arrêts =
		// 137 arrêts ; 11 jours,
		// 12 pour les 9 premiers : 137 × 11 + 9 = 1 516 jours
		int[] rang = { 0 };
		for (int i = 1; i <= 53; i++) {
			arretsMaladieOrdinaire(jeu, matricule("F", i), i <= 31 ? 3 : 2, 9, rang, i <= 32);
		}
		// --- contractuels : C01-C07 3 arrêts, C08 2 = 23 arrêts ; 23 × 11 + 4 = 257
		// jours
		rang[0] = 0;
		for (int i = 1; i <= 8; i++) {
			arretsMaladieOrdinaire(jeu, matricule("C", i), i <= 7 ? 3 : 2, 4, rang, i <= 3);
		}
		// --- non permanents : 2 agents × 2 arrêts × 28 jours = 112 jours ; N1 a un jour
		// de carence
		jeu.absence("N1", Motif.MO, "2022-03-01", "2022-03-28", false, 1, null)
			.absence("N1", Motif.MO, "2022-09-01", "2022-09-28")
			.absence("N2", Motif.MO, "2022-04-01", "2022-04-28")
			.absence("N2", Motif.MO, "2022-10-01", "2022-10-28");
		// carence : F01-F32 (32) + C01-C03 (3) + N1 = 36 agents

		// --- accidents de service : F54, accident du 01/09/2021, arrêt + prolongation
		// couvrant toute l'année
		// (365 jours, 1 arrêt, reliquat : pas un accident de 2022) ; C09, accident du
		// 16/05/2022, 7 jours
		jeu.absence("F54", Motif.AT_SERVICE, "2021-09-01", "2022-03-31", false, 0, "2021-09-01")
			.absence("F54", Motif.AT_SERVICE, "2022-04-01", "2023-03-31", true, 0, "2021-09-01")
			.absence("C09", Motif.AT_SERVICE, "2022-05-16", "2022-05-22", false, 0, "2022-05-16");
		// --- maladie professionnelle : F55, période ouverte depuis le 01/06/2021 : 365
		// jours, 1 arrêt
		jeu.absence("F55", Motif.MP, "2021-06-01", null, false, 0, "2021-05-20");
		// --- CLM : 6 agents, 11 arrêts, 273 + 240 + 250 + 273 + 181 + 90 = 1 307 jours.
		// F56 : reliquat 01/01-31/03
		// (90 j) d'un CLM commencé le 01/10/2021, puis renouvellement 01/04-30/09 (183 j)
		// : 2 arrêts
		jeu.absence("F56", Motif.CLM, "2021-10-01", "2022-03-31").absence("F56", Motif.CLM, "2022-04-01", "2022-09-30");
		periodesConsecutives(jeu, "F57", Motif.CLM, 120, 120);
		periodesConsecutives(jeu, "F58", Motif.CLM, 150, 100);
		periodesConsecutives(jeu, "F59", Motif.CLM, 182, 91);
		periodesConsecutives(jeu, "F60", Motif.CLM, 91, 90);
		periodesConsecutives(jeu, "F61", Motif.CLM, 90);
		// --- CLD : 4 agents, 12 arrêts, 365 + 365 + 260 + 261 = 1 251 jours. F62, F63 :
		// 3 renouvellements couvrant
		// l'année, du 01/11/2021 au 28/02/2023 : 90 + 153 + 122 jours
		for (String m : List.of("F62", "F63")) {
			jeu.absence(m, Motif.CLD, "2021-11-01", "2022-03-31")
				.absence(m, Motif.CLD, "2022-04-01", "2022-08-31")
				.absence(m, Motif.CLD, "2022-09-01", "2023-02-28");
		}
		periodesConsecutives(jeu, "F64", Motif.CLD, 90, 90, 80);
		periodesConsecutives(jeu, "F65", Motif.CLD, 90, 90, 81);

		// --- règles exercées sans changer les totaux : une ligne en double, une
		// formation superposée à un arrêt
		jeu.absence("F56", Motif.CLM, "2022-04-01", "2022-09-30");
		jeu.absence("F03", Motif.FORMATION, "2022-02-01", "2022-02-03");

		// --- paie : 81,1 ETPR sur les 99 permanents (60 × 1 + 38 × 0,55 + 1 × 0,2),
		// heures par défaut ETPR × 1820 ;
		// non permanents 0,25 chacun
		for (int i = 1; i <= 99; i++) {
			String m = i <= 86 ? matricule("F", i) : matricule("C", i - 86);
			jeu.paie(m, i <= 60 ? "1" : i <= 98 ? "0.55" : "0.2", null);
		}
		for (int i = 1; i <= 4; i++) {
			jeu.paie("N" + i, "0.25", null);
		}
		return jeu;
	}

	/**
	 * Arrêts de maladie ordinaire d'un agent, à 100 jours d'écart à partir du 01/02 : 11
	 * jours chacun, 12 pour les {@code nbDouze} premiers arrêts de la population.
	 * Quelques variantes exercent les règles à totaux constants : le premier arrêt du 5e
	 * agent est un reliquat commencé le 25/12/2021 (ses jours 2022 restent 11 ou 12), le
	 * premier du 2e est coupé en un arrêt et sa prolongation. Carence sur le dernier
	 * arrêt si {@code carence}.
	 */
	private static void arretsMaladieOrdinaire(JeuDeDonnees jeu, String matricule, int nbArrets, int nbDouze,
			int[] rang, boolean carence) {
		for (int k = 0; k < nbArrets; k++) {
			int longueur = rang[0]++ < nbDouze ? 12 : 11;
			LocalDate debut = LocalDate.of(2022, 2, 1).plusDays(100L * k);
			LocalDate fin = debut.plusDays(longueur - 1);
			int joursCarence = carence && k == nbArrets - 1 ? 1 : 0;
			if (k == 0 && matricule.endsWith("05")) {
				fin = DEBUT_ANNEE.plusDays(longueur - 1);
				jeu.absence(matricule, Motif.MO, "2021-12-25", fin.toString(), false, joursCarence, null);
			}
			else if (k == 0 && matricule.endsWith("02")) {
				LocalDate coupure = debut.plusDays(4);
				jeu.absence(matricule, Motif.MO, debut.toString(), coupure.toString(), false, joursCarence, null)
					.absence(matricule, Motif.MO, coupure.plusDays(1).toString(), fin.toString(), true, 0, null);
			}
			else {
				jeu.absence(matricule, Motif.MO, debut.toString(), fin.toString(), false, joursCarence, null);
			}
		}
	}

	/**
	 * Périodes (renouvellements, non marqués prolongation) qui se suivent à partir du
	 * 10/01/2022.
	 */
	private static void periodesConsecutives(JeuDeDonnees jeu, String matricule, Motif motif, int... longueurs) {
		LocalDate debut = LocalDate.of(2022, 1, 10);
		for (int l : longueurs) {
			LocalDate fin = debut.plusDays(l - 1);
			jeu.absence(matricule, motif, debut.toString(), fin.toString());
			debut = fin.plusDays(1);
		}
	}

	private static String matricule(String prefixe, int i) {
		return prefixe + (i < 10 ? "0" : "") + i;
	}

	/**
	 * 11 permanents de 60 à 64 ans (F54, F13-F17, F66-F70) et 4 de 25 à 29 ans (F18, F71,
	 * C09, C10) ; les autres entre 30 et 59 ans.
	 */
	private static int ageFonctionnaire(int i) {
		if (i == 54 || (i >= 13 && i <= 17) || (i >= 66 && i <= 70)) {
			return 60 + i % 5;
		}
		if (i == 18 || i == 71) {
			return 28;
		}
		return 30 + (i * 7) % 30;
	}

	private static Categorie categorie(int i) {
		return i % 7 == 0 ? Categorie.A : i % 4 == 0 ? Categorie.B : Categorie.C;
	}

	private static Filiere filiere(int i) {
		return switch (i % 5) {
			case 0 -> Filiere.ADMINISTRATIVE;
			case 1 -> Filiere.ANIMATION;
			case 2 -> Filiere.MEDICO_SOCIALE;
			default -> Filiere.TECHNIQUE;
		};
	}

	@Test
	void effectifs() {
		assertThat(r.n("effectif", "fonctionnaires", "global")).isEqualTo(86);
		assertThat(r.n("effectif", "contractuels_permanents", "global")).isEqualTo(13);
		assertThat(r.n("effectif", "permanents", "global")).isEqualTo(99);
		assertThat(r.n("effectif", "non_permanents", "global")).isEqualTo(4);
		assertThat(r.n("effectif", "tous", "global")).isEqualTo(103);
		assertThat(r.abs("effectif", "permanents", "global", "sexe", "F").valeur()).isEqualByComparingTo("72");
		assertThat(r.abs("effectif", "permanents", "global", "tranche_age", "60-64").valeur())
			.isEqualByComparingTo("11");
		assertThat(r.abs("effectif", "permanents", "global", "tranche_age", "25-29").valeur())
			.isEqualByComparingTo("4");
	}

	@Test
	void maladieOrdinaire() {
		assertThat(r.n("jours", "permanents", "MO")).isEqualTo(1773);
		assertThat(r.n("arrets", "permanents", "MO")).isEqualTo(160);
		assertThat(r.n("agents_absents", "permanents", "MO")).isEqualTo(61);
		assertThat(r.n("agents_absents", "fonctionnaires", "MO")).isEqualTo(53);
		assertThat(r.n("agents_absents", "contractuels_permanents", "MO")).isEqualTo(8);
		assertThat(arrondi(r.abs("taux_absenteisme", "permanents", "MO"), 1)).isEqualTo("4.9");
		assertThat(arrondi(r.abs("taux_frequence", "permanents", "MO"), 1)).isEqualTo("161.6");
		assertThat(arrondi(r.abs("taux_exposition", "permanents", "MO"), 1)).isEqualTo("61.6");
		assertThat(arrondi(r.abs("gravite", "permanents", "MO"), 1)).isEqualTo("11.1");
		assertThat(arrondi(r.abs("taux_exposition", "fonctionnaires", "MO"), 2)).isEqualTo("61.63");
		assertThat(arrondi(r.abs("taux_exposition", "contractuels_permanents", "MO"), 2)).isEqualTo("61.54");
		assertThat(arrondi(r.abs("taux_exposition", "permanents", "MO", "sexe", "H"), 2)).isEqualTo("51.85");
		// publié « 65.78 % » : l'OCR a mal lu 65,28 % = 47/72
		assertThat(arrondi(r.abs("taux_exposition", "permanents", "MO", "sexe", "F"), 2)).isEqualTo("65.28");
	}

	@Test
	void tauxParGroupeEtStatut() {
		assertThat(arrondi(r.abs("taux_absenteisme", "fonctionnaires", "compressible"), 2)).isEqualTo("5.99");
		assertThat(arrondi(r.abs("taux_absenteisme", "contractuels_permanents", "compressible"), 2)).isEqualTo("5.56");
		assertThat(arrondi(r.abs("taux_absenteisme", "fonctionnaires", "medical"), 2)).isEqualTo("15.30");
		assertThat(arrondi(r.abs("taux_absenteisme", "fonctionnaires", "global"), 2)).isEqualTo("15.30");
		// publié « 2,56 % » (OCR) pour 5,56 %
		assertThat(arrondi(r.abs("taux_absenteisme", "contractuels_permanents", "medical"), 2)).isEqualTo("5.56");
		// publié 14,02 % (5 067 jours) : voir l'écart d'un jour dans la documentation de
		// la classe
		assertThat(r.n("jours", "permanents", "medical")).isEqualTo(5068);
		assertThat(arrondi(r.abs("taux_absenteisme", "permanents", "global"), 1)).isEqualTo("14.0");
		for (String groupe : List.of("compressible", "medical", "global")) {
			assertThat(arrondi(r.abs("taux_absenteisme", "non_permanents", groupe), 2)).isEqualTo("7.67");
		}
		assertThat(arrondi(r.abs("gravite", "non_permanents", "MO"), 1)).isEqualTo("28.0");
		assertThat(arrondi(r.abs("taux_exposition", "non_permanents", "MO"), 1)).isEqualTo("50.0");
		// jours moyens compressibles par agent : 21,9 (fonctionnaires), 20,3
		// (contractuels)
		assertThat(arrondi(r.abs("jours_moyens", "fonctionnaires", "compressible"), 1)).isEqualTo("21.9");
		assertThat(arrondi(r.abs("jours_moyens", "contractuels_permanents", "compressible"), 1)).isEqualTo("20.3");
	}

	@Test
	void donneesGlobalesDesPermanents() {
		assertThat(r.n("arrets", "permanents", "global")).isEqualTo(186);
		assertThat(arrondi(r.abs("gravite", "permanents", "global"), 1)).isEqualTo("27.2");
		assertThat(arrondi(r.abs("taux_frequence", "permanents", "global"), 1)).isEqualTo("187.9");
		assertThat(r.n("agents_absents", "permanents", "global")).isEqualTo(74);
		assertThat(arrondi(r.abs("taux_exposition", "fonctionnaires", "global"), 1)).isEqualTo("75.6");
		assertThat(arrondi(r.abs("taux_exposition", "contractuels_permanents", "global"), 1)).isEqualTo("69.2");
		assertThat(r.n("arrets", "fonctionnaires", "global")).isEqualTo(162);
		assertThat(r.n("jours", "fonctionnaires", "global")).isEqualTo(4804);
		assertThat(r.n("jours", "contractuels_permanents", "global")).isEqualTo(264);
	}

	@Test
	void motifsMedicauxEtAccidents() {
		assertThat(r.n("arrets", "permanents", "CLD")).isEqualTo(12);
		assertThat(r.n("agents_absents", "permanents", "CLD")).isEqualTo(4);
		assertThat(arrondi(r.abs("gravite", "permanents", "CLD"), 1)).isEqualTo("104.3");
		assertThat(arrondi(r.abs("taux_absenteisme", "permanents", "CLD"), 1)).isEqualTo("3.5");
		assertThat(r.n("arrets", "permanents", "CLM")).isEqualTo(11);
		assertThat(arrondi(r.abs("gravite", "permanents", "CLM"), 1)).isEqualTo("118.8");
		assertThat(arrondi(r.abs("taux_exposition", "permanents", "CLM"), 1)).isEqualTo("6.1");
		assertThat(r.n("arrets", "permanents", "MP")).isEqualTo(1);
		assertThat(r.n("jours", "permanents", "MP")).isEqualTo(365);
		assertThat(arrondi(r.abs("gravite", "permanents", "MP"), 1)).isEqualTo("365.0");
		assertThat(r.n("arrets", "permanents", "AT_SERVICE")).isEqualTo(2);
		assertThat(arrondi(r.abs("gravite", "permanents", "AT_SERVICE"), 1)).isEqualTo("186.0");
		assertThat(arrondi(r.abs("taux_exposition", "fonctionnaires", "AT_SERVICE"), 2)).isEqualTo("1.16");
		// publié « 7,59 % » (OCR) pour 1/13 = 7,69 %
		assertThat(arrondi(r.abs("taux_exposition", "contractuels_permanents", "AT_SERVICE"), 2)).isEqualTo("7.69");
		assertThat(arrondi(r.abs("taux_absenteisme", "permanents", "AT_SERVICE", "tranche_age", "60-64"), 1))
			.isEqualTo("9.1");
		assertThat(arrondi(r.abs("taux_absenteisme", "permanents", "AT_SERVICE", "tranche_age", "25-29"), 1))
			.isEqualTo("0.5");
		assertThat(r.n("arrets", "permanents", "AT_TRAJET")).isZero();
	}

	/**
	 * « Absences compressibles selon le nombre d'arrêt moyen par agent absent » du pack :
	 * maladie ordinaire 2,6 pour les fonctionnaires et 2,9 pour les contractuels
	 * permanents, accidents de service 1 et 1, accidents de trajet « aucun arrêt » (0 / 0
	 * : pas de valeur).
	 */
	@Test
	void arretsParAgentAbsent() {
		assertThat(arrondi(r.abs("arrets_par_absent", "fonctionnaires", "MO"), 1)).isEqualTo("2.6");
		assertThat(arrondi(r.abs("arrets_par_absent", "contractuels_permanents", "MO"), 1)).isEqualTo("2.9");
		assertThat(arrondi(r.abs("arrets_par_absent", "fonctionnaires", "AT_SERVICE"), 1)).isEqualTo("1.0");
		assertThat(arrondi(r.abs("arrets_par_absent", "contractuels_permanents", "AT_SERVICE"), 1)).isEqualTo("1.0");
		assertThat(r.abs("arrets_par_absent", "fonctionnaires", "AT_TRAJET").valeur()).isNull();
	}

	/**
	 * Indicateur CCFP du pack : CLM + CLD, 25,8 jours par agent permanent (13,2 + 12,6).
	 */
	@Test
	void congesDeLongueMaladieEtDeLongueDureeEnsemble() {
		assertThat(r.n("jours", "permanents", "CLM_CLD"))
			.isEqualTo(r.n("jours", "permanents", "CLM") + r.n("jours", "permanents", "CLD"));
		assertThat(arrondi(r.abs("jours_moyens", "permanents", "CLM_CLD"), 1)).isEqualTo("25.8");
	}

	@Test
	void accidentsDuTravail() {
		assertThat(r.acc("accidents", "permanents", "AT_SERVICE", "ensemble", "ensemble").valeur())
			.isEqualByComparingTo("1");
		assertThat(r.acc("jours", "permanents", "AT_SERVICE", "ensemble", "ensemble").valeur())
			.isEqualByComparingTo("372");
		assertThat(arrondi(r.acc("taux_gravite", "permanents", "AT_SERVICE", "ensemble", "ensemble"), 2))
			.isEqualTo("2.52");
		assertThat(r.acc("taux_gravite", "permanents", "AT_SERVICE", "ensemble", "ensemble").denominateur())
			.isEqualByComparingTo("147602");
		// 1 accident pour 81,1 ETP : 12,33 accidents pour 1000 ETP
		assertThat(arrondi(r.acc("indice_frequence", "permanents", "", "ensemble", "ensemble"), 2)).isEqualTo("12.33");
		assertThat(r.acc("accidents", "permanents", "", "sexe", "F").valeur()).isEqualByComparingTo("1");
		assertThat(r.acc("accidents", "permanents", "", "categorie", "C").valeur()).isEqualByComparingTo("1");
		// le groupe vide ajoute la maladie professionnelle aux jours : 372 + 365
		assertThat(r.acc("jours", "permanents", "", "ensemble", "ensemble").valeur()).isEqualByComparingTo("737");
	}

	@Test
	void carence() {
		assertThat(r.abs("part_agents_carence", "tous", "global").numerateur()).isEqualByComparingTo("36");
		assertThat(arrondi(r.abs("part_agents_carence", "tous", "global"), 2)).isEqualTo("34.95");
	}

	@Test
	void reglesExerceesDansLeJeu() {
		assertThat(r.avertissements(TypeAvertissement.DOUBLON)).hasSize(1);
		assertThat(r.avertissements(TypeAvertissement.HORS_INDICATEURS)).hasSize(1);
		assertThat(r.avertissements(TypeAvertissement.PROLONGATION_SANS_ARRET)).isEmpty();
		assertThat(r.avertissements(TypeAvertissement.CHEVAUCHEMENT)).isEmpty();
	}

}
