package fr.cdg.rsu.indicateurs.decisionssante;

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
 * Trois titulaires : A1 (F) a un temps partiel thérapeutique le 01/02 puis un aménagement
 * de poste lié à un accident le 01/05 ; A2 (H) aucune décision ; A3 (F), partie le 31/03,
 * une demande de reclassement liée à une maladie professionnelle le 15/02. Emplois
 * permanents : 3 décisions pour 2 agents, 2 liées à un AT/MP ; la case d'ensemble décrit
 * A1, A2 (présents) et A3 (partie, concernée).
 */
class CalculDecisionsSanteTest {

	@Test
	void decisionsParTypeEtParSexe() {
		JeuThemes j = new JeuThemes();
		j.transmis.add(FichierFacultatif.DECISIONS_SANTE);
		j.titulaire("A1", Sexe.F, Categorie.C)
			.titulaire("A2", Sexe.H, Categorie.C)
			.agent("A3", Statut.TITULAIRE, Sexe.F, Categorie.C, Filiere.TECHNIQUE, null, "2024-03-31");
		j.decisions.add(new DecisionSante(JeuThemes.SIRET, "A1", JeuThemes.d("2024-02-01"),
				TypeDecisionSante.TEMPS_PARTIEL_THERAPEUTIQUE, false));
		j.decisions.add(new DecisionSante(JeuThemes.SIRET, "A1", JeuThemes.d("2024-05-01"),
				TypeDecisionSante.AMENAGEMENT_POSTE, true));
		j.decisions.add(new DecisionSante(JeuThemes.SIRET, "A3", JeuThemes.d("2024-02-15"),
				TypeDecisionSante.DEMANDE_RECLASSEMENT, true));
		List<Indicateur> l = CalculDecisionsSante.calculer(j.donnees()).indicateurs();
		assertThat(valeur(l, "decisions", "permanents", "", "ensemble", "ensemble")).isEqualByComparingTo("3");
		assertThat(valeur(l, "agents_concernes", "permanents", "", "ensemble", "ensemble")).isEqualByComparingTo("2");
		assertThat(valeur(l, "decisions_liees_at_mp", "permanents", "", "ensemble", "ensemble"))
			.isEqualByComparingTo("2");
		assertThat(valeur(l, "decisions", "permanents", "TEMPS_PARTIEL_THERAPEUTIQUE", "ensemble", "ensemble"))
			.isEqualByComparingTo("1");
		assertThat(valeur(l, "decisions_liees_at_mp", "permanents", "DEMANDE_RECLASSEMENT", "sexe", "F"))
			.isEqualByComparingTo("1");
		assertThat(valeur(l, "decisions", "permanents", "", "sexe", "H")).isZero();
		// aucune décision d'inaptitude définitive : un zéro écrit, « aucune »
		assertThat(valeur(l, "decisions", "tous", "INAPTITUDE_DEFINITIVE", "ensemble", "ensemble")).isZero();
		assertThat(ligne(l, "decisions", "permanents", "", "ensemble", "ensemble").orElseThrow().baseAgents())
			.isEqualTo(3);
		j.transmis.clear();
		assertThat(CalculDecisionsSante.calculer(j.donnees()).indicateurs()).isEmpty();
	}

}
