package fr.cdg.rsu.indicateurs.comparaison;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import fr.cdg.rsu.domaine.TypeCollectivite;
import fr.cdg.rsu.indicateurs.Indicateur;
import fr.cdg.rsu.indicateurs.Theme;
import org.junit.jupiter.api.Test;

class ComparaisonsTest {

	private static Comparaisons.Employeur commune(String siret, long effectif, long jours) {
		Indicateur taux = Indicateur.rapport(Theme.ABSENTEISME, "taux_absenteisme", "permanents", "global", "ensemble",
				"ensemble", BigDecimal.valueOf(jours), BigDecimal.valueOf(effectif * 365), BigDecimal.valueOf(100),
				(int) effectif);
		return Comparaisons.Employeur.de(siret, TypeCollectivite.COMMUNE, effectif, List.of(taux));
	}

	@Test
	void lesStratesParDefautSuiventLesTranchesDesObservatoires() {
		Strates s = Strates.parDefaut();
		assertThat(s.strate(TypeCollectivite.COMMUNE, 8)).isEqualTo("communes de moins de 10 agents");
		assertThat(s.strate(TypeCollectivite.COMMUNE, 10)).isEqualTo("communes de 10 à 19 agents");
		assertThat(s.strate(TypeCollectivite.COMMUNE, 349)).isEqualTo("communes de 100 à 349 agents");
		assertThat(s.strate(TypeCollectivite.COMMUNE, 350)).isEqualTo("communes de 350 agents et plus");
		assertThat(s.strate(TypeCollectivite.EPCI, 999)).isEqualTo("EPCI de 350 à 999 agents");
		assertThat(s.strate(TypeCollectivite.SYNDICAT, 12))
			.isEqualTo("CCAS, CIAS et autres établissements de 10 à 49 agents");
		assertThat(s.strate(TypeCollectivite.DEPARTEMENT, 4000)).isEqualTo("départements");
	}

	/**
	 * Cinq communes de 10 à 19 agents : 10 agents et 365 jours (10 %), 10 et 730 (20 %),
	 * 15 et 0 (0 %), 10 et 1 460 (40 %), 10 et 365 (10 %). Rapport poolé : 2 920 jours ×
	 * 100 / (55 × 365) = 14,55 % — pas la moyenne des taux (16 %). Médiane des taux : 10
	 * %. Une commune de 8 agents est seule dans sa strate : pas publiable.
	 */
	@Test
	void laValeurDeStrateEstUnRapportPooleAvecMedianeEtNombreDEmployeurs() {
		List<Comparaisons.Employeur> employeurs = new ArrayList<>(List.of(commune("1", 10, 365), commune("2", 10, 730),
				commune("3", 15, 0), commune("4", 10, 1460), commune("5", 10, 365)));
		employeurs.add(commune("6", 8, 0));

		Comparaisons.Resultat r = Comparaisons.calculer(employeurs, Strates.parDefaut());

		assertThat(r.strateParSiret()).containsEntry("3", "communes de 10 à 19 agents")
			.containsEntry("6", "communes de moins de 10 agents");
		var strate = r.valeur("communes de 10 à 19 agents", IndicateurPhare.TAUX_ABSENTEISME_GLOBAL);
		assertThat(strate.employeurs()).isEqualTo(5);
		assertThat(strate.numerateur()).isEqualByComparingTo("2920");
		assertThat(strate.denominateur()).isEqualByComparingTo("20075");
		assertThat(strate.valeur())
			.isEqualByComparingTo(new BigDecimal("292000").divide(new BigDecimal("20075"), Indicateur.PRECISION));
		assertThat(strate.mediane()).isEqualByComparingTo("10");
		assertThat(strate.publiable()).isTrue();
		assertThat(r.valeur("communes de moins de 10 agents", IndicateurPhare.TAUX_ABSENTEISME_GLOBAL).publiable())
			.isFalse();
		var ensemble = r.valeur(Comparaisons.ENSEMBLE, IndicateurPhare.TAUX_ABSENTEISME_GLOBAL);
		assertThat(ensemble.employeurs()).isEqualTo(6);
		assertThat(ensemble.denominateur()).isEqualByComparingTo(BigDecimal.valueOf(63 * 365));
		// six taux 0, 0, 10, 10, 20, 40 : médiane (10 + 10) / 2
		assertThat(ensemble.mediane()).isEqualByComparingTo("10");
	}

	@Test
	void unIndicateurSansDenominateurNeDivisePasParZero() {
		var r = Comparaisons.calculer(List.of(commune("1", 0, 0)), Strates.parDefaut());
		var v = r.valeur(Comparaisons.ENSEMBLE, IndicateurPhare.TAUX_ABSENTEISME_GLOBAL);
		assertThat(v.valeur()).isNull();
		assertThat(v.mediane()).isNull();
		assertThat(r.valeur(Comparaisons.ENSEMBLE, IndicateurPhare.PART_PRIMES).valeur()).isNull();
	}

}
