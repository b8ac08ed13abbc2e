package fr.cdg.rsu.indicateurs.secret;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import fr.cdg.rsu.indicateurs.Indicateur;
import fr.cdg.rsu.indicateurs.Theme;

class SecretStatistiqueTest {

	private static Indicateur effectif(String dimension, String modalite, int agents) {
		return Indicateur.valeur(Theme.EFFECTIFS, "effectif", "permanents", "", dimension, modalite,
				BigDecimal.valueOf(agents), agents);
	}

	private static Indicateur somme(String indicateur, String dimension, String modalite, String valeur,
			int agents) {
		return Indicateur.valeur(Theme.REMUNERATIONS, indicateur, "permanents", "", dimension, modalite,
				new BigDecimal(valeur), agents);
	}

	/** Modalités masquées, par dimension. */
	private static Map<String, List<String>> masquees(List<Indicateur> lignes) {
		return lignes.stream()
			.filter(Indicateur::secret)
			.collect(Collectors.groupingBy(Indicateur::dimension,
					Collectors.mapping(Indicateur::modalite, Collectors.toList())));
	}

	@Test
	void celluleDeDeuxAgentsMasqueeSansComplementPourUnTaux() {
		// taux de féminisation de la catégorie A : 2 agents au dénominateur → masqué ; un taux ne s'additionne pas
		List<Indicateur> lignes = List.of(
				Indicateur.rapport(Theme.EGALITE, "taux_feminisation", "permanents", "", "ensemble", "ensemble",
						BigDecimal.valueOf(15), BigDecimal.valueOf(30), BigDecimal.valueOf(100), 30),
				Indicateur.rapport(Theme.EGALITE, "taux_feminisation", "permanents", "", "categorie", "A",
						BigDecimal.ONE, BigDecimal.TWO, BigDecimal.valueOf(100), 2),
				Indicateur.rapport(Theme.EGALITE, "taux_feminisation", "permanents", "", "categorie", "C",
						BigDecimal.valueOf(14), BigDecimal.valueOf(28), BigDecimal.valueOf(100), 28));
		List<Indicateur> resultat = SecretStatistique.appliquer(lignes, 3);
		assertThat(resultat).extracting(Indicateur::secret).containsExactly(false, true, false);
		// la valeur est gardée (le CSV machine la garde avec secret=1)
		assertThat(resultat.get(1).valeur()).isEqualByComparingTo("50");
	}

	@Test
	void secondeCelluleMasqueePourQueLaPremiereNeSeRetrouvePasParSoustraction() {
		// effectif par catégorie : A = 2 (masquée), B = 5, C = 20, ensemble 27 publié ; sans complément,
		// A = 27 − 5 − 20. On masque la plus petite autre : B.
		List<Indicateur> lignes = List.of(effectif("ensemble", "ensemble", 27), effectif("categorie", "A", 2),
				effectif("categorie", "B", 5), effectif("categorie", "C", 20));
		List<Indicateur> resultat = SecretStatistique.appliquer(lignes);
		assertThat(resultat).extracting(Indicateur::secret).containsExactly(false, true, true, false);
		assertThat(resultat).extracting(Indicateur::cle).containsExactlyElementsOf(
				lignes.stream().map(Indicateur::cle).toList());
	}

	@Test
	void pasDeComplementQuandDeuxCellulesSontDejaMasquees() {
		// A = 1 et B = 2 masquées d'emblée : 27 − 24 = 3 ne dit pas comment A et B se partagent
		List<Indicateur> lignes = List.of(effectif("ensemble", "ensemble", 27), effectif("categorie", "A", 1),
				effectif("categorie", "B", 2), effectif("categorie", "C", 24));
		assertThat(SecretStatistique.appliquer(lignes)).extracting(Indicateur::secret)
			.containsExactly(false, true, true, false);
	}

	@Test
	void pasDeComplementQuandLeTotalEstMasque() {
		List<Indicateur> lignes = List.of(effectif("ensemble", "ensemble", 2), effectif("sexe", "F", 1),
				effectif("sexe", "H", 1));
		assertThat(SecretStatistique.appliquer(lignes)).extracting(Indicateur::secret)
			.containsExactly(true, true, true);
		// seuil plus bas : plus rien de masqué
		assertThat(SecretStatistique.appliquer(lignes, 1)).extracting(Indicateur::secret)
			.containsExactly(false, false, false);
	}

	@Test
	void seuilParametrable() {
		List<Indicateur> lignes = List.of(effectif("ensemble", "ensemble", 30), effectif("sexe", "F", 5),
				effectif("sexe", "H", 25));
		assertThat(SecretStatistique.appliquer(lignes)).noneMatch(Indicateur::secret);
		// seuil 6 : F (5) masquée, et H en complément
		assertThat(SecretStatistique.appliquer(lignes, 6)).extracting(Indicateur::secret)
			.containsExactly(false, true, true);
	}

	@Test
	void tableauCroiseLignesEtColonnes() {
		// categorie+sexe : A+F = 2 (masquée), A+H = 4, B+F = 5, B+H = 6 ; marges publiées A 6, B 11, F 7, H 10.
		// Ligne A : A+H en complément ; colonne F : B+F ; puis colonne H (A+H seule masquée) : B+H.
		// Les marges restent publiées : aucune cellule ne se retrouve, chaque ligne et colonne a deux masquées.
		List<Indicateur> lignes = List.of(effectif("ensemble", "ensemble", 17), effectif("categorie", "A", 6),
				effectif("categorie", "B", 11), effectif("sexe", "F", 7), effectif("sexe", "H", 10),
				effectif("categorie+sexe", "A+F", 2), effectif("categorie+sexe", "A+H", 4),
				effectif("categorie+sexe", "B+F", 5), effectif("categorie+sexe", "B+H", 6));
		Map<String, List<String>> masquees = masquees(SecretStatistique.appliquer(lignes));
		assertThat(masquees).containsOnlyKeys("categorie+sexe");
		assertThat(masquees.get("categorie+sexe")).containsExactlyInAnyOrder("A+F", "A+H", "B+F", "B+H");
	}

	@Test
	void complementDansLaMargeQuandLaLigneNAQuUneCellule() {
		// toute la catégorie A est féminine (A+F = 4 = A) et il n'y a pas d'homme A (B+H = 24 = H).
		// B+F = 2 est masquée. Ligne B : complément B+H ; colonne F : complément A+F.
		// Ligne A (A+F seule) et colonne H (B+H seule) n'ont plus d'autre cellule : A+F se lirait dans la marge A,
		// B+H dans la marge H ; on masque donc A et H, puis leurs compléments B et F dans les tables categorie et
		// sexe (sinon A = 30 − B, H = 30 − F). L'ensemble reste publié.
		List<Indicateur> lignes = List.of(effectif("ensemble", "ensemble", 30), effectif("categorie", "A", 4),
				effectif("categorie", "B", 26), effectif("sexe", "F", 6), effectif("sexe", "H", 24),
				effectif("categorie+sexe", "A+F", 4), effectif("categorie+sexe", "B+F", 2),
				effectif("categorie+sexe", "B+H", 24));
		Map<String, List<String>> masquees = masquees(SecretStatistique.appliquer(lignes));
		assertThat(masquees.get("categorie+sexe")).containsExactlyInAnyOrder("A+F", "B+F", "B+H");
		assertThat(masquees.get("categorie")).containsExactlyInAnyOrder("A", "B");
		assertThat(masquees.get("sexe")).containsExactlyInAnyOrder("F", "H");
		assertThat(masquees).doesNotContainKey("ensemble");
	}

	@Test
	void valeursContenantLeSeparateur() {
		// « 65+ » contient le séparateur des croisements : 65++F est la tranche 65+ des femmes
		List<Indicateur> lignes = List.of(effectif("ensemble", "ensemble", 40), effectif("tranche_age", "60-64", 20),
				effectif("tranche_age", "65+", 20), effectif("sexe", "F", 20), effectif("sexe", "H", 20),
				effectif("tranche_age+sexe", "60-64+F", 18), effectif("tranche_age+sexe", "60-64+H", 2),
				effectif("tranche_age+sexe", "65++F", 2), effectif("tranche_age+sexe", "65++H", 18));
		Map<String, List<String>> masquees = masquees(SecretStatistique.appliquer(lignes));
		assertThat(masquees).containsOnlyKeys("tranche_age+sexe");
		assertThat(masquees.get("tranche_age+sexe")).containsExactlyInAnyOrder("60-64+F", "60-64+H", "65++F",
				"65++H");
		assertThat(DecoupageModalite.decouper(List.of("tranche_age", "sexe"), "65++F")).containsExactly("65+", "F");
		assertThat(DecoupageModalite.decouper(List.of("cadre_emplois", "sexe"), "Agents C+D+H"))
			.containsExactly("Agents C+D", "H");
		assertThat(DecoupageModalite.decouper(List.of("categorie", "sexe"), "Z+F")).isNull();
	}

	@Test
	void leComplementEvitLesZerosEtLesIndicateursNonAdditifsSontLaisses() {
		// sft par catégorie : A repose sur 1 agent ; B vaut 0 (rien ne se cache derrière un zéro) → complément C
		List<Indicateur> lignes = new ArrayList<>(List.of(somme("sft", "ensemble", "ensemble", "1500", 30),
				somme("sft", "categorie", "A", "300", 1), somme("sft", "categorie", "B", "0", 9),
				somme("sft", "categorie", "C", "1200", 20)));
		lignes.add(Indicateur.rapport(Theme.REMUNERATIONS, "part_primes", "permanents", "", "categorie", "A",
				BigDecimal.ONE, BigDecimal.TEN, BigDecimal.valueOf(100), 1));
		lignes.add(Indicateur.rapport(Theme.REMUNERATIONS, "part_primes", "permanents", "", "categorie", "B",
				BigDecimal.ONE, BigDecimal.TEN, BigDecimal.valueOf(100), 9));
		assertThat(SecretStatistique.appliquer(lignes)).extracting(Indicateur::secret)
			.containsExactly(false, true, false, true, true, false);
	}

	@Test
	void uneLigneDejaSecreteLeReste() {
		List<Indicateur> lignes = List.of(effectif("ensemble", "ensemble", 30).avecSecret(true));
		assertThat(SecretStatistique.appliquer(lignes)).singleElement().satisfies(l -> assertThat(l.secret()).isTrue());
	}

	@Test
	void rapideSurUnGrandEmployeur() {
		// 47 000 lignes (dix fois un gros employeur). Garde contre un coût quadratique (des minutes à cette
		// taille), pas une mesure : la machine de test est partagée. Mesuré vers 0,2 à 0,4 s une fois chaud.
		List<Indicateur> lignes = new ArrayList<>();
		for (int p = 0; p < 1000; p++) {
			String population = "p" + p;
			lignes.add(Indicateur.valeur(Theme.EFFECTIFS, "effectif", population, "", "ensemble", "ensemble",
					BigDecimal.valueOf(100), 100));
			for (String categorie : List.of("A", "B", "C")) {
				for (String sexe : List.of("F", "H")) {
					int n = (p + categorie.charAt(0) + sexe.charAt(0)) % 7;
					lignes.add(Indicateur.valeur(Theme.EFFECTIFS, "effectif", population, "", "categorie+sexe",
							categorie + "+" + sexe, BigDecimal.valueOf(n), n));
				}
			}
			for (int i = 0; i < 40; i++) {
				lignes.add(Indicateur.valeur(Theme.EFFECTIFS, "effectif", population, "", "cadre_emplois",
						"cadre " + i, BigDecimal.valueOf(i % 5), i % 5));
			}
		}
		SecretStatistique.appliquer(lignes);
		long debut = System.nanoTime();
		List<Indicateur> resultat = SecretStatistique.appliquer(lignes);
		long millis = (System.nanoTime() - debut) / 1_000_000;
		assertThat(resultat).hasSize(lignes.size());
		assertThat(millis).isLessThan(5000);
	}

}
