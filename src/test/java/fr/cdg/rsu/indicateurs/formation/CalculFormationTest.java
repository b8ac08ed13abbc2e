package fr.cdg.rsu.indicateurs.formation;

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
 * A1 (F, permanente) : 2,5 jours de prévention au CNFPT (cotisation, sans coût) et 1 jour
 * d'habilitation au centre de gestion (300 €) ; A2 (H, permanent) : aucune ; A3 (F,
 * permanente, partie le 30/06) : 1 jour d'intégration en interne ; A4 (H, non permanent)
 * : 0,5 jour, autre organisme, 100 €. Emplois permanents : 2 présents au 31/12 (A1, A2),
 * 2 agents formés (A1 et A3, partie : comptée au numérateur comme l'absentéisme), 4,5
 * jours.
 */
class CalculFormationTest {

	@Test
	void agentsFormesJoursEtOrganismes() {
		JeuThemes j = new JeuThemes();
		j.transmis.add(FichierFacultatif.FORMATIONS);
		j.titulaire("A1", Sexe.F, Categorie.C)
			.titulaire("A2", Sexe.H, Categorie.C)
			.agent("A3", Statut.TITULAIRE, Sexe.F, Categorie.B, Filiere.TECHNIQUE, null, "2024-06-30")
			.agent("A4", Statut.CONTRACTUEL_NON_PERMANENT, Sexe.H, null, null, "2024-06-01", null);
		j.formations.add(new Formation(JeuThemes.SIRET, "A1", JeuThemes.d("2024-02-01"), new BigDecimal("2.5"),
				OrganismeFormation.CNFPT_COTISATION, TypeFormation.PREVENTION, null));
		j.formations.add(new Formation(JeuThemes.SIRET, "A1", JeuThemes.d("2024-04-01"), BigDecimal.ONE,
				OrganismeFormation.CDG, TypeFormation.HABILITATION, new BigDecimal("300")));
		j.formations.add(new Formation(JeuThemes.SIRET, "A3", JeuThemes.d("2024-03-01"), BigDecimal.ONE,
				OrganismeFormation.INTERNE, TypeFormation.INTEGRATION, null));
		j.formations.add(new Formation(JeuThemes.SIRET, "A4", JeuThemes.d("2024-07-01"), new BigDecimal("0.5"),
				OrganismeFormation.AUTRE, TypeFormation.AUTRE, new BigDecimal("100")));
		List<Indicateur> l = CalculFormation.calculer(j.donnees()).indicateurs();
		assertThat(valeur(l, "agents_formes", "permanents", "", "ensemble", "ensemble")).isEqualByComparingTo("2");
		assertThat(valeur(l, "part_agents_formes", "permanents", "", "ensemble", "ensemble"))
			.isEqualByComparingTo("100");
		assertThat(valeur(l, "jours_formation", "permanents", "", "ensemble", "ensemble")).isEqualByComparingTo("4.5");
		// 4,5 jours / 2 présents ; 4,5 jours / 2 agents formés
		assertThat(valeur(l, "jours_formation_par_agent", "permanents", "", "ensemble", "ensemble"))
			.isEqualByComparingTo("2.25");
		assertThat(valeur(l, "jours_par_agent_forme", "permanents", "", "ensemble", "ensemble"))
			.isEqualByComparingTo("2.25");
		assertThat(valeur(l, "actions_formation", "permanents", "", "ensemble", "ensemble")).isEqualByComparingTo("3");
		assertThat(valeur(l, "cout_formation", "permanents", "", "ensemble", "ensemble")).isEqualByComparingTo("300");
		assertThat(valeur(l, "actions_avec_cout", "permanents", "", "ensemble", "ensemble")).isEqualByComparingTo("1");
		// femmes : 1 présente (A1), 2 formées (A1, A3 partie) : 200 %, comme le permet la
		// méthode
		assertThat(valeur(l, "part_agents_formes", "permanents", "", "sexe", "F")).isEqualByComparingTo("200");
		assertThat(valeur(l, "jours_formation", "tous", "", "ensemble", "ensemble")).isEqualByComparingTo("5");
		assertThat(valeur(l, "cout_formation", "tous", "", "ensemble", "ensemble")).isEqualByComparingTo("400");
		assertThat(valeur(l, "jours_formation", "permanents", "", "organisme", "CNFPT_COTISATION"))
			.isEqualByComparingTo("2.5");
		assertThat(valeur(l, "agents_formes", "permanents", "", "organisme", "INTERNE")).isEqualByComparingTo("1");
		assertThat(valeur(l, "jours_formation", "permanents", "", "organisme", "CNFPT_PAYANT")).isZero();
		assertThat(valeur(l, "jours_formation", "permanents", "", "type_formation", "PREVENTION"))
			.isEqualByComparingTo("2.5");
		j.transmis.clear();
		assertThat(CalculFormation.calculer(j.donnees()).indicateurs()).isEmpty();
	}

}
