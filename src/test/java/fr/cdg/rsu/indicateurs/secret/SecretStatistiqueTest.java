package fr.cdg.rsu.indicateurs.secret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import fr.cdg.rsu.indicateurs.Indicateur;
import fr.cdg.rsu.indicateurs.Theme;

/**
 * Les règles de {@code docs/secret-statistique.md} sur de petits tableaux faits à la
 * main. Une case est désignée dans les assertions par
 * {@code population/dimension/modalite}.
 */
class SecretStatistiqueTest {

	private static final BigDecimal CENT = BigDecimal.valueOf(100);

	/**
	 * Les lignes d'absentéisme d'une case : effectif, jours, taux (groupe global), sur
	 * {@code population} agents.
	 */
	private static List<Indicateur> absences(String population, String dimension, String modalite, int effectif,
			int jours, int agents) {
		BigDecimal eff = BigDecimal.valueOf(effectif);
		BigDecimal j = BigDecimal.valueOf(jours);
		return List.of(
				Indicateur.valeur(Theme.ABSENTEISME, "effectif", population, "global", dimension, modalite, eff,
						agents),
				Indicateur.valeur(Theme.ABSENTEISME, "jours", population, "global", dimension, modalite, j, agents),
				Indicateur.rapport(Theme.ABSENTEISME, "taux_absenteisme", population, "global", dimension, modalite, j,
						eff.multiply(BigDecimal.valueOf(365)), CENT, agents));
	}

	private static Indicateur structure(String population, String dimension, String modalite, int effectif) {
		return Indicateur.valeur(Theme.EFFECTIFS, "effectif", population, "", dimension, modalite,
				BigDecimal.valueOf(effectif), effectif);
	}

	private static Indicateur paie(String population, String dimension, String modalite, String rab, int payes) {
		return Indicateur.valeur(Theme.REMUNERATIONS, "remuneration_annuelle_brute", population, "", dimension,
				modalite, new BigDecimal(rab), payes);
	}

	/** Les cases masquées, {@code population/dimension/modalite}, une fois chacune. */
	private static Set<String> masquees(List<Indicateur> lignes) {
		return lignes.stream()
			.filter(Indicateur::secret)
			.map(l -> l.population() + "/" + l.dimension() + "/" + l.modalite())
			.collect(Collectors.toCollection(java.util.TreeSet::new));
	}

	private static List<Indicateur> lignes(List<?>... parties) {
		List<Indicateur> r = new ArrayList<>();
		for (List<?> p : parties) {
			for (Object o : p) {
				r.add((Indicateur) o);
			}
		}
		return r;
	}

	@Test
	void laStructureNEstJamaisMasquee() {
		// 2 agents en catégorie A, 1 non-permanent : des effectifs, que le CST connaît
		List<Indicateur> r = SecretStatistique.appliquer(List.of(structure("permanents", "ensemble", "ensemble", 27),
				structure("permanents", "categorie", "A", 2), structure("permanents", "categorie", "C", 25),
				structure("non_permanents", "ensemble", "ensemble", 1)), 3);
		assertThat(r).noneMatch(Indicateur::secret);
	}

	@Test
	void deuxCasesMasqueesDeSommeNulleSontProtegeesParUnePartieNonNulle() {
		// catégorie A : 1 agent, 0 jour ; B : 1 agent, 0 jour (masquées toutes deux,
		// secret primaire) ; C : 20
		// agents, 100 jours ; D : 6 agents, 30 jours ; ensemble 28 agents, 130 jours.
		// Deux inconnues : la différence
		// ne donne que A + B = 130 − 100 − 30 = 0, mais des jours ne sont jamais
		// négatifs, donc A = B = 0 (« aucun
		// des deux agents n'a été absent »). Masquer de plus une case nulle ne change
		// rien : il faut masquer une
		// partie publiée dont les jours ne sont pas nuls, la plus petite, D ; il reste
		// alors 30 jours à répartir
		// entre A, B et D, sans qu'on sache qui.
		List<Indicateur> r = SecretStatistique.appliquer(lignes(
				absences("permanents", "ensemble", "ensemble", 28, 130, 28),
				absences("permanents", "categorie", "A", 1, 0, 1), absences("permanents", "categorie", "B", 1, 0, 1),
				absences("permanents", "categorie", "C", 20, 100, 20),
				absences("permanents", "categorie", "D", 6, 30, 6)), 3);
		assertThat(masquees(r)).containsExactly("permanents/categorie/A", "permanents/categorie/B",
				"permanents/categorie/D");
	}

	@Test
	void unZeroRetrouveSurAuMoinsSeuilAgentsEnsembleEstPublie() {
		// même découpage avec 2 agents en A : A + B = 0 porte sur 3 agents, et n'apprend
		// rien de plus que ne le
		// ferait une case publiée « 3 agents, 0 jour » ; masquer D (et, ailleurs, toute
		// une catégorie C qui aurait
		// seule des jours) cacherait ce que la règle publie : A et B seules sont masquées
		List<Indicateur> r = SecretStatistique.appliquer(lignes(
				absences("permanents", "ensemble", "ensemble", 29, 130, 29),
				absences("permanents", "categorie", "A", 2, 0, 2), absences("permanents", "categorie", "B", 1, 0, 1),
				absences("permanents", "categorie", "C", 20, 100, 20),
				absences("permanents", "categorie", "D", 6, 30, 6)), 3);
		assertThat(masquees(r)).containsExactly("permanents/categorie/A", "permanents/categorie/B");
	}

	@Test
	void unTotalPublieNulNEntrainePasDeMasque() {
		// A et B d'un agent chacune, aucun jour d'absence : « aucune absence » est publié
		// pour les 28 agents, il dit
		// zéro pour chacun ; aucune partie ne peut rien y changer, A et B seules sont
		// masquées
		List<Indicateur> r = SecretStatistique.appliquer(lignes(
				absences("permanents", "ensemble", "ensemble", 28, 0, 28),
				absences("permanents", "categorie", "A", 1, 0, 1), absences("permanents", "categorie", "B", 1, 0, 1),
				absences("permanents", "categorie", "C", 20, 0, 20), absences("permanents", "categorie", "D", 6, 0, 6)),
				3);
		assertThat(masquees(r)).containsExactly("permanents/categorie/A", "permanents/categorie/B");
	}

	@Test
	void uneCaseDeSanteDeDeuxAgentsEstMasqueeEnEntierEtSonComplementAussi() {
		// catégorie A : 2 agents, 30 jours → masquée, jours et taux ensemble ; B : 5
		// agents, 0 jour ; C : 20 agents,
		// 100 jours ; ensemble 27 agents, 130 jours publié. Sans second masque, A = 130 −
		// 0 − 100 : B (la plus petite
		// population restante) est masquée, bien que son zéro ne désigne personne. C et
		// l'ensemble restent publiés.
		List<Indicateur> r = SecretStatistique.appliquer(lignes(
				absences("permanents", "ensemble", "ensemble", 27, 130, 27),
				absences("permanents", "categorie", "A", 2, 30, 2), absences("permanents", "categorie", "B", 5, 0, 5),
				absences("permanents", "categorie", "C", 20, 100, 20)), 3);
		assertThat(masquees(r)).containsExactly("permanents/categorie/A", "permanents/categorie/B");
		// toute la case : le taux n'est jamais publié à côté d'un nombre de jours masqué
		// ; l'effectif, lui, est de
		// la structure, publié
		assertThat(r.stream().filter(l -> l.modalite().equals("A") && !l.indicateur().equals("effectif"))).hasSize(2)
			.allMatch(Indicateur::secret);
		assertThat(r.stream().filter(l -> l.indicateur().equals("effectif"))).noneMatch(Indicateur::secret);
	}

	@Test
	void lesZerosEtLesCasesSansAgentSontPubliees() {
		// 86 agents sans accident de trajet : le zéro est publié ; aucun non-permanent :
		// rien à protéger
		List<Indicateur> r = SecretStatistique
			.appliquer(lignes(absences("permanents", "ensemble", "ensemble", 86, 0, 86),
					absences("non_permanents", "ensemble", "ensemble", 0, 0, 0),
					absences("tous", "ensemble", "ensemble", 86, 0, 86)), 3);
		assertThat(r).noneMatch(Indicateur::secret);
	}

	@Test
	void lesPopulationsSAdditionnent() {
		// tous (88) = permanents (87) + non permanents (1) ; permanents (87) =
		// fonctionnaires (72) + contractuels
		// permanents (15). Le non-permanent seul est masqué ; tous − permanents le
		// redonnerait. Masquer permanents,
		// la plus petite autre population, ne servirait à rien : fonctionnaires +
		// contractuels la redonneraient.
		// C'est donc tous qui est masqué : deux masques au lieu de trois (permanents,
		// puis contractuels).
		List<Indicateur> r = SecretStatistique
			.appliquer(lignes(absences("fonctionnaires", "ensemble", "ensemble", 72, 700, 72),
					absences("contractuels_permanents", "ensemble", "ensemble", 15, 100, 15),
					absences("permanents", "ensemble", "ensemble", 87, 800, 87),
					absences("non_permanents", "ensemble", "ensemble", 1, 10, 1),
					absences("tous", "ensemble", "ensemble", 88, 810, 88)), 3);
		assertThat(masquees(r)).containsExactly("non_permanents/ensemble/ensemble", "tous/ensemble/ensemble");
	}

	@Test
	void ceQuiNEstPublieNullePartNEntraineAucunMasque() {
		// même tableau que plus haut, mais la catégorie C n'est publiée nulle part : A et
		// C sont deux inconnues de la
		// même somme, A ne se retrouve pas, B reste publiée
		List<Indicateur> tout = lignes(absences("permanents", "ensemble", "ensemble", 27, 130, 27),
				absences("permanents", "categorie", "A", 2, 30, 2), absences("permanents", "categorie", "B", 5, 0, 5),
				absences("permanents", "categorie", "C", 20, 100, 20));
		List<Indicateur> r = SecretStatistique.appliquer(tout, 3, cle -> !cle.modalite().equals("C"));
		assertThat(masquees(r)).containsExactly("permanents/categorie/A");
	}

	@Test
	void uneMemeCaseDeSanteEstMasqueeDansLesDeuxThemes() {
		// les jours d'accident de service de la catégorie A (2 agents) figurent dans
		// l'absentéisme et dans les
		// accidents : une seule décision pour les deux
		List<Indicateur> r = SecretStatistique.appliquer(List.of(
				Indicateur.valeur(Theme.ABSENTEISME, "jours", "permanents", "AT_SERVICE", "categorie", "A",
						BigDecimal.TEN, 2),
				Indicateur.valeur(Theme.ACCIDENTS, "jours", "permanents", "AT_SERVICE", "categorie", "A",
						BigDecimal.TEN, 2),
				Indicateur.valeur(Theme.ACCIDENTS, "accidents", "permanents", "AT_SERVICE", "categorie", "A",
						BigDecimal.ONE, 2)),
				3);
		assertThat(r).allMatch(Indicateur::secret);
	}

	@Test
	void laPaieSeProtegeParSesAgentsPayesEtLEcartRevelerLesDeuxMoyennes() {
		// permanents : 10 hommes payés (300 000 €), 2 femmes (50 000 €), ensemble 12 (350
		// 000 €). Les femmes sont
		// masquées ; ensemble − hommes les redonnerait : les hommes, plus petite
		// population restante, le sont aussi.
		// L'écart femmes / hommes publierait la moyenne des deux sexes (numérateur et
		// dénominateur) : il est masqué.
		List<Indicateur> r = SecretStatistique
			.appliquer(List.of(paie("permanents", "ensemble", "ensemble", "350000", 12),
					paie("permanents", "sexe", "H", "300000", 10), paie("permanents", "sexe", "F", "50000", 2),
					Indicateur.rapport(Theme.EGALITE, "ecart_remuneration", "permanents", "", "ensemble", "ensemble",
							new BigDecimal("5000"), new BigDecimal("30000"), CENT, 2)),
					3);
		assertThat(r).extracting(Indicateur::secret).containsExactly(false, true, true, true);
	}

	@Test
	void unTotalQueRienNePublieSeRetrouveEtNeDoitPasTrahirUneCase() {
		// paie de la filière technique par catégorie et sexe (croisement publié) : A+F 2
		// agents (masquée), B+F 6,
		// C+F 30. Le total filière × sexe (technique+F) n'est calculé nulle part... mais
		// l'écart de la filière le
		// révèle (moyenne des femmes × ETPR publiés). Sans second masque, A+F = total −
		// B+F − C+F : B+F est masquée.
		// Sans l'écart, le total reste inconnu et rien d'autre n'est masqué.
		List<Indicateur> croisement = List.of(paie("permanents", "filiere+categorie+sexe", "technique+A+F", "60000", 2),
				paie("permanents", "filiere+categorie+sexe", "technique+B+F", "150000", 6),
				paie("permanents", "filiere+categorie+sexe", "technique+C+F", "600000", 30));
		Indicateur ecart = Indicateur.rapport(Theme.EGALITE, "ecart_remuneration", "permanents", "", "filiere",
				"technique", new BigDecimal("2000"), new BigDecimal("25000"), CENT, 38);
		List<Indicateur> avecEcart = new ArrayList<>(croisement);
		avecEcart.add(ecart);
		assertThat(masquees(SecretStatistique.appliquer(avecEcart, 3))).containsExactly(
				"permanents/filiere+categorie+sexe/technique+A+F", "permanents/filiere+categorie+sexe/technique+B+F");
		assertThat(masquees(SecretStatistique.appliquer(croisement, 3)))
			.containsExactly("permanents/filiere+categorie+sexe/technique+A+F");
	}

	@Test
	void lesTranchesQuinquennalesSEmboitentDansLesGrandesTranches() {
		// 20 agents : 20-24 (4), 25-29 (2), 30-34 (13), 35-39 (1) ; <30 (6), 30-49 (14).
		// Les 25-29 et les 35-39 sont
		// masqués ; la rangée des tranches quinquennales a deux inconnues, mais <30 −
		// 20-24 redonnerait les 25-29 et
		// 30-49 − 30-34 les 35-39 (relation relevée par AttaqueSecretTest). Masquer <30
		// ou 30-49 ne servirait à
		// rien (ensemble − l'autre grande tranche) : ce sont 20-24 et 30-34 qui le sont.
		List<Indicateur> r = SecretStatistique
			.appliquer(lignes(absences("permanents", "ensemble", "ensemble", 20, 200, 20),
					absences("permanents", "tranche_age", "20-24", 4, 40, 4),
					absences("permanents", "tranche_age", "25-29", 2, 20, 2),
					absences("permanents", "tranche_age", "30-34", 13, 130, 13),
					absences("permanents", "tranche_age", "35-39", 1, 10, 1),
					absences("permanents", "tranche_age_3", "<30", 6, 60, 6),
					absences("permanents", "tranche_age_3", "30-49", 14, 140, 14)), 3);
		assertThat(masquees(r)).containsExactly("permanents/tranche_age/20-24", "permanents/tranche_age/25-29",
				"permanents/tranche_age/30-34", "permanents/tranche_age/35-39");
	}

	@Test
	void leSeuilSuitLOptionEtNeDescendPasSousDeux() {
		List<Indicateur> cinq = lignes(absences("permanents", "ensemble", "ensemble", 9, 40, 9),
				absences("permanents", "sexe", "F", 4, 30, 4), absences("permanents", "sexe", "H", 5, 10, 5));
		// seuil 5 : les femmes (4) sont masquées, et les hommes avec elles (l'ensemble
		// est publié)
		assertThat(masquees(SecretStatistique.appliquer(cinq, 5))).containsExactly("permanents/sexe/F",
				"permanents/sexe/H");
		assertThat(masquees(SecretStatistique.appliquer(cinq, 3))).isEmpty();
		assertThatThrownBy(() -> SecretStatistique.appliquer(cinq, 1)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("au moins 2");
	}

}
