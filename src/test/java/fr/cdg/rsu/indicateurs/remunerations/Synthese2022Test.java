package fr.cdg.rsu.indicateurs.remunerations;

import static fr.cdg.rsu.indicateurs.ventilation.JeuDeDonnees.agent;
import static fr.cdg.rsu.indicateurs.ventilation.JeuDeDonnees.valeur;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.junit.jupiter.api.Test;

import fr.cdg.rsu.domaine.Agent;
import fr.cdg.rsu.domaine.DonneesEmployeur;
import fr.cdg.rsu.domaine.LignePaie;
import fr.cdg.rsu.domaine.Sexe;
import fr.cdg.rsu.domaine.Statut;
import fr.cdg.rsu.indicateurs.ResultatEmployeur;
import fr.cdg.rsu.indicateurs.effectifs.CalculEffectifs;
import fr.cdg.rsu.indicateurs.ventilation.JeuDeDonnees;
import fr.cdg.rsu.indicateurs.ventilation.JeuDeDonnees.AgentDeTest;

/**
 * Les chiffres de paie et de mouvements de la synthèse 2022 publiée
 * ({@code shared/reference}), reproduits sur un jeu construit ici.
 *
 * <p>
 * Chiffres publiés (arrondis à l'affichage) : rémunération moyenne par ETPR 32 066 € pour
 * les fonctionnaires (69,6 ETPR), 21 759 € pour les contractuels permanents (9,2 ETPR),
 * 30 864 € ensemble ; rémunération annuelle brute 2 432 090 € dont traitement 2 386 609
 * €, primes 7 796 € (0,32 %), NBI 20 443 €, heures sup. 17 242 €, SFT 0 € ; 2 434 heures
 * ; part des primes 0,00 % fonctionnaires, 3,90 % contractuels ; 81,1 ETPR tous agents ;
 * charges de personnel 3 726 618 € pour 5 641 220 € de budget (66,06 %) ; rotation 17,3
 * %, variation 7,6 %.
 *
 * <p>
 * Ces chiffres ne se recoupent pas exactement une fois arrondis : 32 066 × 69,6 + 21 759
 * × 9,2 = 2 431 976 €, pas 2 432 090 €. Avec des ETPR de 69,6 et 9,2 exactement, aucune
 * répartition des 2 432 090 € ne donne les deux moyennes publiées (la part des
 * contractuels devrait faire 200 262 à 200 331 €, soit 21 768 à 21 775 € par ETPR). Les
 * ETPR publiés sont donc eux-mêmes arrondis ; on les a choisis à 69,61 et 9,19 (affichés
 * 69,6 et 9,2, total 78,80), et les rémunérations à 21 759 × 9,19 = 199 965,21 € pour les
 * contractuels et 2 432 090 − 199 965,21 = 2 232 124,79 € pour les fonctionnaires (32
 * 066,15 €/ETPR) : les trois moyennes, le total et ses composantes tombent alors
 * exactement sur les chiffres publiés après arrondi à l'euro. Les primes vont toutes aux
 * contractuels (7 796 / 199 965,21 = 3,899 %, affiché 3,90 % ; 0,00 % pour les
 * fonctionnaires), la NBI aux fonctionnaires ; heures sup. 15 000 € et 2 000 h pour les
 * fonctionnaires, 2 242 € et 434 h pour les contractuels ; traitements par différence (2
 * 196 681,79 € et 189 927,21 €, total 2 386 609 €).
 *
 * <p>
 * Mouvements : 92 permanents au 31/12/2021 (80 fonctionnaires, 12 contractuels), 13
 * départs (6 + 7) et 20 arrivées (10 + 10) en 2022, 99 au 31/12/2022 : variation 7 × 100
 * / 92 = 7,61 % (7,6), rotation ((20 + 13) / 2) × 100 / ((92 + 99) / 2) = 17,28 % (17,3)
 * ; la somme arrivées + départs = 33 est la seule qui donne 17,3 %. Tous les agents de
 * l'année sont payés (112 permanents). Trois non-permanents font 2,3 ETPR : 78,8 + 2,3 =
 * 81,1 ETPR tous agents. Les moyennes par sexe et par filière publiées ne sont pas
 * reproduites (trop de cellules masquées dans l'OCR pour les reconstituer).
 */
class Synthese2022Test {

	private static final int FONCTIONNAIRES = 90;

	private static final int CONTRACTUELS = 22;

	private static final DonneesEmployeur DONNEES = jeu();

	private static DonneesEmployeur jeu() {
		List<Agent> agents = new ArrayList<>();
		List<LignePaie> paies = new ArrayList<>();
		// fonctionnaires : 80 présents au 31/12/2021 dont 6 partent, 10 arrivent ; 89 ×
		// 0,78 + 0,19 = 69,61 ETPR
		ajouter(agents, paies, "F", Statut.TITULAIRE, FONCTIONNAIRES, 6, 10, "0.78", "0.19", "2196681.79", "0", "20443",
				"15000", "2000");
		// contractuels permanents : 12 présents dont 7 partent, 10 arrivent ; 21 × 0,42 +
		// 0,37 = 9,19 ETPR
		ajouter(agents, paies, "C", Statut.CONTRACTUEL_PERMANENT, CONTRACTUELS, 7, 10, "0.42", "0.37", "189927.21",
				"7796", "0", "2242", "434");
		// non-permanents : 0,8 + 0,8 + 0,7 = 2,3 ETPR
		for (int i = 0; i < 3; i++) {
			String matricule = "N" + i;
			agents.add(agent(matricule).statut(Statut.CONTRACTUEL_NON_PERMANENT).entre(2022, 1, 1).creer());
			paies.add(JeuDeDonnees.paie(matricule, "15000", i == 2 ? "0.7" : "0.8"));
		}
		return new DonneesEmployeur(JeuDeDonnees.collectivite("5641220", "3726618"), 2022, agents, List.of(), paies);
	}

	/**
	 * Un statut : {@code n} agents payés, les {@code departs} premiers partis en 2022,
	 * les {@code arrivees} derniers arrivés en 2022, les autres là toute l'année ; ETPR
	 * {@code etpr} chacun sauf le dernier ({@code etprDernier}) ; montants répartis au
	 * centime, le reste sur le dernier. Deux lignes par agent (traitement et ETPR ;
	 * primes, NBI, heures sup.) pour exercer leur addition.
	 */
	private static void ajouter(List<Agent> agents, List<LignePaie> paies, String prefixe, Statut statut, int n,
			int departs, int arrivees, String etpr, String etprDernier, String traitement, String primes, String nbi,
			String heuresSupMontant, String heuresSupNombre) {
		List<BigDecimal> traitements = repartir(traitement, n);
		List<BigDecimal> lesPrimes = repartir(primes, n);
		List<BigDecimal> nbis = repartir(nbi, n);
		List<BigDecimal> montants = repartir(heuresSupMontant, n);
		List<BigDecimal> heures = repartir(heuresSupNombre, n);
		for (int i = 0; i < n; i++) {
			String matricule = prefixe + i;
			AgentDeTest nouveau = agent(matricule).statut(statut)
				.sexe(i % 2 == 0 ? Sexe.F : Sexe.H)
				.ne(1970 + i % 30, 1 + i % 12, 1);
			if (i < departs) {
				nouveau.entre(2010, 1, 1).sorti(2022, 1 + i, 15);
			}
			else if (i >= n - arrivees) {
				nouveau.entre(2022, 1 + (i % 12), 1);
			}
			agents.add(nouveau.creer());
			paies.add(JeuDeDonnees.paie(matricule, traitements.get(i).toPlainString(), "0", "0", "0", "0", "0",
					i == n - 1 ? etprDernier : etpr));
			paies.add(JeuDeDonnees.paie(matricule, "0", lesPrimes.get(i).toPlainString(), nbis.get(i).toPlainString(),
					"0", montants.get(i).toPlainString(), heures.get(i).toPlainString(), "0"));
		}
	}

	/** {@code total} en {@code n} parts au centime, le reste sur la dernière. */
	private static List<BigDecimal> repartir(String total, int n) {
		BigDecimal somme = new BigDecimal(total);
		BigDecimal part = somme.divide(BigDecimal.valueOf(n), 2, RoundingMode.DOWN);
		List<BigDecimal> parts = new ArrayList<>();
		for (int i = 0; i < n - 1; i++) {
			parts.add(part);
		}
		parts.add(somme.subtract(part.multiply(BigDecimal.valueOf(n - 1))));
		return parts;
	}

	private static BigDecimal arrondi(ResultatEmployeur resultat, String indicateur, String population, int decimales) {
		BigDecimal valeur = valeur(resultat, indicateur, population, "ensemble", "ensemble");
		assertThat(valeur).isNotNull();
		return valeur.setScale(decimales, RoundingMode.HALF_UP);
	}

	@Test
	void remunerationsPubliees() {
		ResultatEmployeur paie = CalculRemunerations.calculer(DONNEES);
		// moyennes par ETPR, affichées à l'euro
		assertThat(arrondi(paie, "remuneration_moyenne_etpr", "fonctionnaires", 0)).isEqualByComparingTo("32066");
		assertThat(arrondi(paie, "remuneration_moyenne_etpr", "contractuels_permanents", 0))
			.isEqualByComparingTo("21759");
		assertThat(arrondi(paie, "remuneration_moyenne_etpr", "permanents", 0)).isEqualByComparingTo("30864");
		// ETPR, affichés à une décimale
		assertThat(arrondi(paie, "etpr", "fonctionnaires", 1)).isEqualByComparingTo("69.6");
		assertThat(arrondi(paie, "etpr", "contractuels_permanents", 1)).isEqualByComparingTo("9.2");
		assertThat(arrondi(paie, "etpr", "permanents", 1)).isEqualByComparingTo("78.8");
		// sommes exactes
		assertThat(arrondi(paie, "remuneration_annuelle_brute", "permanents", 2)).isEqualByComparingTo("2432090");
		assertThat(arrondi(paie, "traitement_brut", "permanents", 2)).isEqualByComparingTo("2386609");
		assertThat(arrondi(paie, "primes", "permanents", 2)).isEqualByComparingTo("7796");
		assertThat(arrondi(paie, "nbi", "permanents", 2)).isEqualByComparingTo("20443");
		assertThat(arrondi(paie, "heures_sup_montant", "permanents", 2)).isEqualByComparingTo("17242");
		assertThat(arrondi(paie, "sft", "permanents", 2)).isEqualByComparingTo("0");
		assertThat(arrondi(paie, "heures_sup_nombre", "permanents", 2)).isEqualByComparingTo("2434");
		// parts des primes, affichées à deux décimales
		assertThat(arrondi(paie, "part_primes", "permanents", 2)).isEqualByComparingTo("0.32");
		assertThat(arrondi(paie, "part_primes", "fonctionnaires", 2)).isEqualByComparingTo("0.00");
		assertThat(arrondi(paie, "part_primes", "contractuels_permanents", 2)).isEqualByComparingTo("3.90");
		// charges de personnel : 3 726 618 × 100 / 5 641 220 = 66,06 % (66,1 % en titre)
		BigDecimal charges = valeur(paie, "part_charges_personnel", "", "ensemble", "ensemble");
		assertThat(charges.setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo("66.06");
		assertThat(charges.setScale(1, RoundingMode.HALF_UP)).isEqualByComparingTo("66.1");
		assertThat(paie.avertissements()).isEmpty();
	}

	/**
	 * Page « Données globales sur la rémunération » du pack : budget de fonctionnement 5
	 * 641 220 €, charges de personnel 3 726 618 €, et la répartition de la rémunération
	 * annuelle brute en % (le pack arrondit à l'unité : rémunération statutaire 98 %, HSC
	 * 1 %). Sur le jeu : traitement 2 386 609 × 100 / 2 432 090 = 98,13 % ; primes 7 796
	 * → 0,32 % ; NBI 20 443 → 0,84 % ; heures sup. 17 242 → 0,71 % ; SFT 0 %. Les cinq
	 * parts font 100 %.
	 */
	@Test
	void budgetEtCompositionPublies() {
		ResultatEmployeur paie = CalculRemunerations.calculer(DONNEES);
		assertThat(valeur(paie, "budget_fonctionnement", "", "ensemble", "ensemble")).isEqualByComparingTo("5641220");
		assertThat(valeur(paie, "charges_personnel", "", "ensemble", "ensemble")).isEqualByComparingTo("3726618");
		assertThat(arrondi(paie, "part_traitement_brut", "permanents", 1)).isEqualByComparingTo("98.1");
		assertThat(arrondi(paie, "part_traitement_brut", "permanents", 0)).isEqualByComparingTo("98");
		assertThat(arrondi(paie, "part_heures_sup", "permanents", 0)).isEqualByComparingTo("1");
		assertThat(arrondi(paie, "part_nbi", "permanents", 2)).isEqualByComparingTo("0.84");
		assertThat(arrondi(paie, "part_heures_sup", "permanents", 2)).isEqualByComparingTo("0.71");
		assertThat(arrondi(paie, "part_sft", "permanents", 2)).isEqualByComparingTo("0");
		BigDecimal total = BigDecimal.ZERO;
		for (String part : List.of("part_traitement_brut", "part_primes", "part_nbi", "part_sft", "part_heures_sup")) {
			total = total.add(Objects.requireNonNull(valeur(paie, part, "permanents", "ensemble", "ensemble")));
		}
		assertThat(total.setScale(6, RoundingMode.HALF_UP)).isEqualByComparingTo("100");
	}

	@Test
	void mouvementsPublies() {
		ResultatEmployeur effectifs = CalculEffectifs.calculer(DONNEES);
		assertThat(arrondi(effectifs, "effectif_precedent", "permanents", 0)).isEqualByComparingTo("92");
		assertThat(arrondi(effectifs, "effectif", "permanents", 0)).isEqualByComparingTo("99");
		assertThat(arrondi(effectifs, "arrivees", "permanents", 0)).isEqualByComparingTo("20");
		assertThat(arrondi(effectifs, "departs", "permanents", 0)).isEqualByComparingTo("13");
		assertThat(arrondi(effectifs, "variation_effectif", "permanents", 1)).isEqualByComparingTo("7.6");
		assertThat(arrondi(effectifs, "taux_rotation", "permanents", 1)).isEqualByComparingTo("17.3");
		assertThat(arrondi(effectifs, "etpr", "tous", 1)).isEqualByComparingTo("81.1");
		assertThat(arrondi(effectifs, "etpr", "permanents", 1)).isEqualByComparingTo("78.8");
	}

}
