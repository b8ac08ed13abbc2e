package fr.cdg.rsu.indicateurs.secret;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import fr.cdg.rsu.indicateurs.Indicateur;
import fr.cdg.rsu.indicateurs.Theme;
import org.junit.jupiter.api.Test;

/**
 * Les populations s'additionnent : tous = permanents + non permanents, permanents = fonctionnaires + contractuels
 * permanents. Effectifs 88 = 87 + 1 et 87 = 72 + 15 : le non-permanent seul (1 < 3) est masqué ; publier 88 et 87
 * le rendrait (88 − 87), donc 87 est masqué aussi ; mais 72 + 15 redonnerait 87 : le plus petit des deux, 15, l'est
 * à son tour. 88 et 72 restent publiés : plus rien ne se retrouve par soustraction.
 */
class SecretEntrePopulationsTest {

	private static Indicateur effectif(String population, int n) {
		return Indicateur.valeur(Theme.EFFECTIFS, "effectif", population, "", "ensemble", "ensemble",
				BigDecimal.valueOf(n), n);
	}

	@Test
	void unePopulationMasqueeNeSeRetrouvePasParSoustractionEntrePopulations() {
		List<Indicateur> r = SecretStatistique.appliquer(List.of(effectif("fonctionnaires", 72),
				effectif("contractuels_permanents", 15), effectif("permanents", 87), effectif("non_permanents", 1),
				effectif("tous", 88)), 3);

		assertThat(r).extracting(l -> l.population() + "=" + l.secret())
			.containsExactly("fonctionnaires=false", "contractuels_permanents=true", "permanents=true",
					"non_permanents=true", "tous=false");
	}

}
