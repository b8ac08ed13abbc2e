package fr.cdg.rsu.indicateurs.carrieres;

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
 * A1 (F) avance de grade ; A2 (H) avance de grade et obtient une promotion interne ; A3
 * (F) rien. 3 événements pour 2 agents ; avancements de grade : 2 agents dont 1 femme (50
 * %) ; promotion interne : 0 femme sur 1 (0 %) ; concours : aucun agent, taux
 * indisponible.
 */
class CalculCarrieresTest {

	@Test
	void evenementsParTypeEtFeminisation() {
		JeuThemes j = new JeuThemes();
		j.transmis.add(FichierFacultatif.CARRIERES);
		j.titulaire("A1", Sexe.F, Categorie.C)
			.titulaire("A2", Sexe.H, Categorie.C)
			.titulaire("A3", Sexe.F, Categorie.B);
		j.carrieres.add(new EvenementCarriere(JeuThemes.SIRET, "A1", JeuThemes.d("2024-03-01"),
				TypeEvenementCarriere.AVANCEMENT_GRADE));
		j.carrieres.add(new EvenementCarriere(JeuThemes.SIRET, "A2", JeuThemes.d("2024-03-01"),
				TypeEvenementCarriere.AVANCEMENT_GRADE));
		j.carrieres.add(new EvenementCarriere(JeuThemes.SIRET, "A2", JeuThemes.d("2024-09-01"),
				TypeEvenementCarriere.PROMOTION_INTERNE));
		List<Indicateur> l = CalculCarrieres.calculer(j.donnees()).indicateurs();
		assertThat(valeur(l, "evenements", "tous", "", "ensemble", "ensemble")).isEqualByComparingTo("3");
		assertThat(valeur(l, "agents_concernes", "tous", "", "ensemble", "ensemble")).isEqualByComparingTo("2");
		assertThat(valeur(l, "taux_feminisation", "tous", "AVANCEMENT_GRADE", "ensemble", "ensemble"))
			.isEqualByComparingTo("50");
		assertThat(valeur(l, "taux_feminisation", "tous", "PROMOTION_INTERNE", "ensemble", "ensemble")).isZero();
		assertThat(valeur(l, "taux_feminisation", "tous", "CONCOURS", "ensemble", "ensemble")).isNull();
		assertThat(valeur(l, "evenements", "tous", "", "sexe", "H")).isEqualByComparingTo("2");
	}

}
