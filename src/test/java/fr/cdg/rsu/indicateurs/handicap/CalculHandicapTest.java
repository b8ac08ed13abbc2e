package fr.cdg.rsu.indicateurs.handicap;

import static fr.cdg.rsu.indicateurs.themes.JeuThemes.ligne;
import static fr.cdg.rsu.indicateurs.themes.JeuThemes.valeur;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import fr.cdg.rsu.domaine.Categorie;
import fr.cdg.rsu.domaine.Filiere;
import fr.cdg.rsu.domaine.Sexe;
import fr.cdg.rsu.domaine.Statut;
import fr.cdg.rsu.domaine.themes.*;
import fr.cdg.rsu.indicateurs.Indicateur;
import fr.cdg.rsu.indicateurs.themes.JeuThemes;

/**
 * Présents au 31/12 : A1 (F, titulaire, RQTH), A2 (H, titulaire, non), A3 (F,
 * contractuelle permanente, boeth = O sans titre), A4 (H, non permanent, titre ATI sans
 * colonne boeth : bénéficiaire). A5 (F, titulaire, bénéficiaire) est partie le 01/03 :
 * pas comptée. Fonctionnaires 1/2 (50 %), contractuels permanents 1/1, emplois permanents
 * 2/3, tous 3/4 (75 %). 4 ETPR : moins de 20, pas d'obligation d'emploi.
 */
class CalculHandicapTest {

	private static SituationAgent boeth(String m, Boolean boeth, TypeBoeth type) {
		return new SituationAgent(JeuThemes.SIRET, m, Set.of(ColonneAgent.BOETH, ColonneAgent.BOETH_TYPE), boeth, type,
				null, null, null, null, null, null);
	}

	@Test
	void beneficiairesParStatutSexeEtTitre() {
		JeuThemes j = new JeuThemes();
		j.titulaire("A1", Sexe.F, Categorie.C)
			.titulaire("A2", Sexe.H, Categorie.C)
			.agent("A3", Statut.CONTRACTUEL_PERMANENT, Sexe.F, Categorie.B, Filiere.ADMINISTRATIVE, null, null)
			.agent("A4", Statut.CONTRACTUEL_NON_PERMANENT, Sexe.H, Categorie.C, null, null, null)
			.agent("A5", Statut.TITULAIRE, Sexe.F, Categorie.C, Filiere.TECHNIQUE, null, "2024-03-01");
		j.situation(boeth("A1", true, TypeBoeth.RQTH))
			.situation(boeth("A2", false, null))
			.situation(boeth("A3", true, null))
			.situation(boeth("A4", null, TypeBoeth.ATI))
			.situation(boeth("A5", true, TypeBoeth.RQTH));
		for (String m : List.of("A1", "A2", "A3", "A4")) {
			j.paie(m);
		}
		List<Indicateur> l = CalculHandicap.calculer(j.donnees()).indicateurs();
		assertThat(valeur(l, "part_boeth", "fonctionnaires", "", "ensemble", "ensemble")).isEqualByComparingTo("50");
		assertThat(valeur(l, "boeth", "contractuels_permanents", "", "ensemble", "ensemble")).isEqualByComparingTo("1");
		assertThat(valeur(l, "boeth", "permanents", "", "ensemble", "ensemble")).isEqualByComparingTo("2");
		assertThat(valeur(l, "part_boeth", "tous", "", "ensemble", "ensemble")).isEqualByComparingTo("75");
		assertThat(valeur(l, "boeth", "permanents", "", "sexe", "F")).isEqualByComparingTo("2");
		assertThat(valeur(l, "boeth", "permanents", "", "categorie", "B")).isEqualByComparingTo("1");
		assertThat(valeur(l, "boeth", "permanents", "", "boeth_type", "RQTH")).isEqualByComparingTo("1");
		assertThat(valeur(l, "boeth", "permanents", "", "boeth_type", "non_renseigne")).isEqualByComparingTo("1");
		assertThat(valeur(l, "boeth", "tous", "", "boeth_type", "ATI")).isEqualByComparingTo("1");
		assertThat(valeur(l, "etpr_assujettissement", "tous", "", "ensemble", "ensemble")).isEqualByComparingTo("4");
		assertThat(valeur(l, "assujetti_obligation_emploi", "tous", "", "ensemble", "ensemble")).isZero();
		assertThat(ligne(l, "unites_manquantes", "tous", "", "ensemble", "ensemble")).isEmpty();
	}

	/**
	 * 25 agents d'un ETPR : assujetti. 1 bénéficiaire : taux direct 1 × 100 / 25 = 4 % ;
	 * ⌊6 % × 25⌋ = 1 unité requise, 0 manquante. Sans bénéficiaire : 1 manquante.
	 */
	@Test
	void obligationDEmploiDesVingtEquivalentsTempsPlein() {
		JeuThemes j = new JeuThemes();
		for (int i = 0; i < 25; i++) {
			j.titulaire("B" + i, i % 2 == 0 ? Sexe.F : Sexe.H, Categorie.C)
				.paie("B" + i)
				.situation(boeth("B" + i, i == 0, null));
		}
		List<Indicateur> l = CalculHandicap.calculer(j.donnees()).indicateurs();
		assertThat(valeur(l, "assujetti_obligation_emploi", "tous", "", "ensemble", "ensemble"))
			.isEqualByComparingTo("1");
		assertThat(valeur(l, "taux_emploi_direct", "tous", "", "ensemble", "ensemble")).isEqualByComparingTo("4");
		assertThat(valeur(l, "unites_manquantes", "tous", "", "ensemble", "ensemble")).isZero();
		j.situation(boeth("B0", false, null));
		l = CalculHandicap.calculer(j.donnees()).indicateurs();
		assertThat(valeur(l, "unites_manquantes", "tous", "", "ensemble", "ensemble")).isEqualByComparingTo("1");
		// sans colonne boeth ni boeth_type : non renseigné, aucune ligne
		j.situations.clear();
		assertThat(CalculHandicap.calculer(j.donnees()).indicateurs()).isEmpty();
	}

}
