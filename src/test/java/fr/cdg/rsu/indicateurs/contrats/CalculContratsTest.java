package fr.cdg.rsu.indicateurs.contrats;

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
 * Contractuels permanents présents : A1 (F, CDI), A2 (H, CDD) ; A3 (F, CDI) est partie le
 * 31/01 : 1 CDI sur 2 (50 %). Non permanents : A4 (saisonnier parti le 31/08), A5
 * (remplacement, présente), A6 (motif non renseigné, présent) : 2 présents au 31/12, 3
 * employés dans l'année.
 */
class CalculContratsTest {

	private static SituationAgent s(String m, Boolean cdi, MotifContrat motif) {
		return new SituationAgent(JeuThemes.SIRET, m, Set.of(ColonneAgent.CDI, ColonneAgent.MOTIF_CONTRAT), null, null,
				null, null, null, null, cdi, motif);
	}

	@Test
	void cdiEtMotifsDesContratsNonPermanents() {
		JeuThemes j = new JeuThemes();
		Statut cp = Statut.CONTRACTUEL_PERMANENT;
		Statut cnp = Statut.CONTRACTUEL_NON_PERMANENT;
		j.agent("A1", cp, Sexe.F, Categorie.C, Filiere.TECHNIQUE, null, null)
			.agent("A2", cp, Sexe.H, Categorie.C, Filiere.TECHNIQUE, null, null)
			.agent("A3", cp, Sexe.F, Categorie.C, Filiere.TECHNIQUE, null, "2024-01-31")
			.agent("A4", cnp, Sexe.H, null, null, "2024-06-15", "2024-08-31")
			.agent("A5", cnp, Sexe.F, null, null, "2024-03-01", null)
			.agent("A6", cnp, Sexe.H, null, null, "2024-03-01", null);
		j.situation(s("A1", true, null))
			.situation(s("A2", false, null))
			.situation(s("A3", true, null))
			.situation(s("A4", null, MotifContrat.SAISONNIER))
			.situation(s("A5", null, MotifContrat.REMPLACEMENT))
			.situation(s("A6", null, null));
		List<Indicateur> l = CalculContrats.calculer(j.donnees()).indicateurs();
		assertThat(valeur(l, "contractuels_cdi", "contractuels_permanents", "", "ensemble", "ensemble"))
			.isEqualByComparingTo("1");
		assertThat(valeur(l, "part_cdi", "contractuels_permanents", "", "ensemble", "ensemble"))
			.isEqualByComparingTo("50");
		assertThat(valeur(l, "part_cdi", "contractuels_permanents", "", "sexe", "F")).isEqualByComparingTo("100");
		assertThat(valeur(l, "effectif", "non_permanents", "", "ensemble", "ensemble")).isEqualByComparingTo("2");
		assertThat(valeur(l, "agents_employes_annee", "non_permanents", "", "ensemble", "ensemble"))
			.isEqualByComparingTo("3");
		assertThat(valeur(l, "effectif", "non_permanents", "", "motif_contrat", "SAISONNIER")).isZero();
		assertThat(valeur(l, "agents_employes_annee", "non_permanents", "", "motif_contrat", "SAISONNIER"))
			.isEqualByComparingTo("1");
		assertThat(valeur(l, "effectif", "non_permanents", "", "motif_contrat", "non_renseigne"))
			.isEqualByComparingTo("1");
		assertThat(valeur(l, "agents_employes_annee", "non_permanents", "", "motif_contrat", "PROJET")).isZero();
	}

}
