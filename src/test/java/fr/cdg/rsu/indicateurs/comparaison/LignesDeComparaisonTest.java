package fr.cdg.rsu.indicateurs.comparaison;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import fr.cdg.rsu.indicateurs.Indicateur;
import fr.cdg.rsu.indicateurs.Theme;
import org.junit.jupiter.api.Test;

class LignesDeComparaisonTest {

	private static Indicateur taux(long jours, long effectif, boolean secret) {
		return Indicateur.rapport(Theme.ABSENTEISME, "taux_absenteisme", "permanents", "global", "ensemble", "ensemble",
				BigDecimal.valueOf(jours), BigDecimal.valueOf(effectif * 365), BigDecimal.valueOf(100), (int) effectif)
			.avecSecret(secret);
	}

	private static Indicateur ligne(List<Indicateur> lignes, String modalite) {
		return lignes.stream()
			.filter(l -> IndicateurPhare.TAUX_ABSENTEISME_GLOBAL.theme() == l.theme()
					&& l.indicateur().equals("taux_absenteisme") && l.groupe().equals("global")
					&& l.modalite().equals(modalite))
			.findFirst()
			.orElseThrow();
	}

	/**
	 * 2024 : 730 jours pour 20 agents = 10 % ; 2023 : 365 jours pour 20 agents = 5 % ;
	 * évolution + 5 points. Strate de 6 employeurs : 12 % poolé, médiane 11 % ; une
	 * strate de 4 employeurs ne se publie pas.
	 */
	@Test
	void anneePrecedenteEvolutionEnPointsEtStrate() {
		var strate = new Comparaisons.ValeurStrate("communes de 20 à 49 agents",
				IndicateurPhare.TAUX_ABSENTEISME_GLOBAL, 6, BigDecimal.valueOf(5256), BigDecimal.valueOf(43800),
				new BigDecimal("12"), new BigDecimal("11"));
		List<Indicateur> lignes = LignesDeComparaison.construire(List.of(taux(730, 20, false)), List.of(strate),
				List.of(taux(365, 20, false)));

		assertThat(ligne(lignes, "annee_precedente").valeur()).isEqualByComparingTo("5");
		assertThat(ligne(lignes, "evolution").valeur()).isEqualByComparingTo("5");
		assertThat(ligne(lignes, "strate").valeur()).isEqualByComparingTo("12");
		assertThat(ligne(lignes, "strate_mediane").valeur()).isEqualByComparingTo("11");
		assertThat(lignes).allMatch(l -> l.dimension().equals(LignesDeComparaison.DIMENSION));

		var petite = new Comparaisons.ValeurStrate("x", IndicateurPhare.TAUX_ABSENTEISME_GLOBAL, 4, BigDecimal.ONE,
				BigDecimal.TEN, BigDecimal.TEN, BigDecimal.TEN);
		List<Indicateur> sansStrate = LignesDeComparaison.construire(List.of(taux(730, 20, false)), List.of(petite),
				List.of());
		assertThat(ligne(sansStrate, "strate").valeur()).isNull();
		assertThat(ligne(sansStrate, "annee_precedente").valeur()).isNull();
		assertThat(ligne(sansStrate, "evolution").valeur()).isNull();
	}

	@Test
	void uneValeurSecreteUneAnneeRendLEvolutionSecrete() {
		List<Indicateur> lignes = LignesDeComparaison.construire(List.of(taux(730, 20, false)), List.of(),
				List.of(taux(3, 2, true)));
		assertThat(ligne(lignes, "annee_precedente").secret()).isTrue();
		assertThat(ligne(lignes, "evolution").secret()).isTrue();
	}

}
