package fr.cdg.rsu.indicateurs.conditionstravail;

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
 * A1 (F, présente) : en télétravail, demande, 2 visites sur demande, 1 accompagnement CEP
 * ; A2 (H, présent) : pas en télétravail mais l'a demandé ; A3 (F, partie le 30/04) :
 * télétravail (pas compté, elle n'est plus là au 31/12) et 1 visite (comptée : un
 * événement de l'année). Emplois permanents : 2 présents ; 1 télétravailleur (50 %), 2
 * demandes (100 %), 3 visites pour 2 agents (2 / 2 présents = 100 %), la case des visites
 * décrivant 3 agents.
 */
class CalculConditionsTravailTest {

	private static SituationAgent s(String m, Set<ColonneAgent> colonnes, boolean tt, boolean demande, int visites,
			int cep) {
		return new SituationAgent(JeuThemes.SIRET, m, colonnes, null, null, tt, demande, visites, cep, null, null);
	}

	@Test
	void teletravailVisitesEtConseilEnEvolutionProfessionnelle() {
		JeuThemes j = new JeuThemes();
		Set<ColonneAgent> toutes = JeuThemes.toutesLesColonnes();
		j.titulaire("A1", Sexe.F, Categorie.C)
			.titulaire("A2", Sexe.H, Categorie.C)
			.agent("A3", Statut.TITULAIRE, Sexe.F, Categorie.B, Filiere.ADMINISTRATIVE, null, "2024-04-30");
		j.situation(s("A1", toutes, true, true, 2, 1))
			.situation(s("A2", toutes, false, true, 0, 0))
			.situation(s("A3", toutes, true, false, 1, 0));
		List<Indicateur> l = CalculConditionsTravail.calculer(j.donnees()).indicateurs();
		assertThat(valeur(l, "teletravailleurs", "permanents", "", "ensemble", "ensemble")).isEqualByComparingTo("1");
		assertThat(valeur(l, "part_teletravail", "permanents", "", "ensemble", "ensemble")).isEqualByComparingTo("50");
		assertThat(valeur(l, "part_demandes_teletravail", "permanents", "", "ensemble", "ensemble"))
			.isEqualByComparingTo("100");
		assertThat(valeur(l, "visites_sur_demande", "permanents", "", "ensemble", "ensemble"))
			.isEqualByComparingTo("3");
		assertThat(valeur(l, "agents_visite_sur_demande", "permanents", "", "ensemble", "ensemble"))
			.isEqualByComparingTo("2");
		assertThat(valeur(l, "part_agents_visite_sur_demande", "permanents", "", "ensemble", "ensemble"))
			.isEqualByComparingTo("100");
		assertThat(ligne(l, "visites_sur_demande", "permanents", "", "ensemble", "ensemble").orElseThrow().baseAgents())
			.isEqualTo(3);
		assertThat(valeur(l, "accompagnements_cep", "permanents", "", "sexe", "F")).isEqualByComparingTo("1");
	}

	@Test
	void seulesLesColonnesTransmisesOntDesLignes() {
		JeuThemes j = new JeuThemes();
		j.titulaire("A1", Sexe.F, Categorie.C);
		j.situation(s("A1", Set.of(ColonneAgent.TELETRAVAIL), true, false, 0, 0));
		List<Indicateur> l = CalculConditionsTravail.calculer(j.donnees()).indicateurs();
		assertThat(l).extracting(Indicateur::indicateur).containsOnly("teletravailleurs", "part_teletravail");
	}

}
