package fr.cdg.rsu.indicateurs.employeur;

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
 * Un employeur de 4 agents répond : 2 assistants de prévention, 1 000 € de dépenses de
 * prévention (250 € par agent), un DUERP mis à jour le 15/10/2023 (14 mois au 31/12/2024,
 * pas dans l'année), pas de CST propre, ACFI du centre de gestion, action sociale directe
 * et par le centre de gestion. Le nombre de réunions du CST n'est pas renseigné.
 */
class CalculReponsesEmployeurTest {

	@Test
	void uneLigneParRubriqueRenseignee() {
		JeuThemes j = new JeuThemes();
		j.transmis.add(FichierFacultatif.EMPLOYEUR_RSU);
		for (int i = 1; i <= 4; i++) {
			j.titulaire("A" + i, Sexe.F, Categorie.C);
		}
		j.reponses = new ReponsesEmployeur(JeuThemes.SIRET, JeuThemes.ANNEE,
				Map.of(RubriqueEmployeur.NB_ASSISTANTS_PREVENTION, BigDecimal.valueOf(2),
						RubriqueEmployeur.DEPENSES_PREVENTION, BigDecimal.valueOf(1000)),
				Map.of(RubriqueEmployeur.DUERP, true, RubriqueEmployeur.CST_PROPRE, false),
				Map.of(RubriqueEmployeur.ACFI_ORIGINE, Set.of("CDG"), RubriqueEmployeur.ACTION_SOCIALE_MODE,
						Set.of("DIRECTE", "CDG")),
				JeuThemes.d("2023-10-15"));
		List<Indicateur> l = CalculReponsesEmployeur.calculer(j.donnees()).indicateurs();
		assertThat(valeur(l, "nb_assistants_prevention", "", "", "ensemble", "ensemble")).isEqualByComparingTo("2");
		assertThat(valeur(l, "duerp", "", "", "ensemble", "ensemble")).isEqualByComparingTo("1");
		assertThat(valeur(l, "cst_propre", "", "", "ensemble", "ensemble")).isZero();
		assertThat(valeur(l, "duerp_anciennete_mois", "", "", "ensemble", "ensemble")).isEqualByComparingTo("14");
		assertThat(valeur(l, "duerp_maj_dans_l_annee", "", "", "ensemble", "ensemble")).isZero();
		assertThat(valeur(l, "depenses_prevention_par_agent", "", "", "ensemble", "ensemble"))
			.isEqualByComparingTo("250");
		assertThat(valeur(l, "acfi_origine", "", "", "acfi_origine", "CDG")).isEqualByComparingTo("1");
		assertThat(valeur(l, "acfi_origine", "", "", "acfi_origine", "INTERNE")).isZero();
		assertThat(valeur(l, "action_sociale_mode", "", "", "action_sociale_mode", "DIRECTE"))
			.isEqualByComparingTo("1");
		assertThat(valeur(l, "action_sociale_mode", "", "", "action_sociale_mode", "ORGANISME_LOCAL")).isZero();
		// non renseigné : pas de ligne, jamais un 0
		assertThat(ligne(l, "nb_reunions_cst", "", "", "ensemble", "ensemble")).isEmpty();
		assertThat(ligne(l, "assurance_chomage", "", "", "assurance_chomage", "AUTO")).isEmpty();
		j.transmis.clear();
		assertThat(CalculReponsesEmployeur.calculer(j.donnees()).indicateurs()).isEmpty();
	}

}
