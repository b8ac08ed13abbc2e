package fr.cdg.rsu.indicateurs.egalite;

import static fr.cdg.rsu.indicateurs.ventilation.JeuDeDonnees.agent;
import static fr.cdg.rsu.indicateurs.ventilation.JeuDeDonnees.chercher;
import static fr.cdg.rsu.indicateurs.ventilation.JeuDeDonnees.ligne;
import static fr.cdg.rsu.indicateurs.ventilation.JeuDeDonnees.paie;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

import fr.cdg.rsu.domaine.Agent;
import fr.cdg.rsu.domaine.Categorie;
import fr.cdg.rsu.domaine.Filiere;
import fr.cdg.rsu.domaine.LignePaie;
import fr.cdg.rsu.domaine.Statut;
import fr.cdg.rsu.indicateurs.Indicateur;
import fr.cdg.rsu.indicateurs.ResultatEmployeur;
import fr.cdg.rsu.indicateurs.Theme;
import fr.cdg.rsu.indicateurs.ventilation.JeuDeDonnees;

/**
 * Égalité femmes / hommes d'un petit employeur en 2022, calculée à la main.
 *
 * <pre>
 * e1 F titulaire C technique : RAB 20 000, ETPR 1
 * e2 F titulaire C technique : RAB 10 000, ETPR 0,5 (temps partiel payé à mi-temps) → 20 000 €/ETPR aussi
 * e3 F titulaire B administrative : RAB 28 000, ETPR 1
 * e4 H titulaire C technique : RAB 25 000, ETPR 1
 * e5 H titulaire A administrative, parti le 30/04/2022 : RAB 15 000 pour 0,25 ETPR = 60 000 €/ETPR
 * e6 F non permanente : présente au 31/12, hors écart de rémunération
 *
 * Féminisation au 31/12 : permanents 3 F sur 4 présents (e5 parti) = 75 % ; tous 4 sur 5 = 80 % ;
 *    catégorie A : 0 présent → valeur vide ; catégorie C : 2 F sur 3 = 66,67 %
 * Écart fonctionnaires, catégorie C : moyenne F (20 000 + 10 000) / 1,5 = 20 000, moyenne H 25 000 →
 *    (25 000 − 20 000) × 100 / 25 000 = 20 %
 * Écart fonctionnaires, ensemble : F 58 000 / 2,5 = 23 200 ; H 40 000 / 1,25 = 32 000 →
 *    8 800 × 100 / 32 000 = 27,5 %
 * Catégorie B (que des femmes), A (que des hommes) : une moyenne manque → valeur vide
 * </pre>
 */
class CalculEgaliteTest {

	private static final List<Agent> AGENTS = List.of(agent("e1").creer(), agent("e2").tempsPartiel(50, true).creer(),
			agent("e3").categorie(Categorie.B).filiere(Filiere.ADMINISTRATIVE).cadre("Rédacteurs territoriaux").creer(),
			agent("e4").homme().creer(),
			agent("e5").homme()
				.categorie(Categorie.A)
				.filiere(Filiere.ADMINISTRATIVE)
				.cadre("Attachés territoriaux")
				.sorti(2022, 4, 30)
				.creer(),
			agent("e6").statut(Statut.CONTRACTUEL_NON_PERMANENT).creer());

	private static final List<LignePaie> PAIES = List.of(paie("e1", "20000", "1"), paie("e2", "10000", "0.5"),
			paie("e3", "28000", "1"), paie("e4", "25000", "1"), paie("e5", "15000", "0.25"), paie("e6", "8000", "0.5"));

	private static final ResultatEmployeur RESULTAT = CalculEgalite.calculer(JeuDeDonnees.donnees(2022, AGENTS, PAIES));

	@Test
	void tauxDeFeminisationAu31Decembre() {
		Indicateur permanents = ligne(RESULTAT, "taux_feminisation", "permanents", "ensemble", "ensemble");
		assertThat(permanents.numerateur()).isEqualByComparingTo("3");
		assertThat(permanents.denominateur()).isEqualByComparingTo("4");
		assertThat(permanents.valeur()).isEqualByComparingTo("75");
		// 3 femmes et 1 homme : le taux révèle qu'il n'y a qu'un homme, il repose sur
		// min(3, 1) agent
		assertThat(permanents.baseAgents()).isEqualTo(1);
		assertThat(ligne(RESULTAT, "taux_feminisation", "tous", "ensemble", "ensemble").valeur())
			.isEqualByComparingTo("80");
		assertThat(ligne(RESULTAT, "taux_feminisation", "permanents", "categorie", "C").valeur())
			.isCloseTo(new BigDecimal("66.6667"), Offset.offset(new BigDecimal("0.0001")));
		// e5, parti, laisse une catégorie A sans présent : pas de division par zéro
		Indicateur categorieA = ligne(RESULTAT, "taux_feminisation", "permanents", "categorie", "A");
		assertThat(categorieA.valeur()).isNull();
		assertThat(categorieA.denominateur()).isEqualByComparingTo("0");
		assertThat(
				ligne(RESULTAT, "taux_feminisation", "permanents", "cadre_emplois", "Rédacteurs territoriaux").valeur())
			.isEqualByComparingTo("100");
		assertThat(ligne(RESULTAT, "taux_feminisation", "tous", "categorie", "non_renseigne").valeur())
			.isEqualByComparingTo("100");
		assertThat(chercher(RESULTAT, "taux_feminisation", "fonctionnaires", "ensemble", "ensemble")).isEmpty();
	}

	@Test
	void ecartDeRemunerationParEtpr() {
		Indicateur categorieC = ligne(RESULTAT, "ecart_remuneration", "fonctionnaires", "categorie", "C");
		assertThat(categorieC.numerateur()).isEqualByComparingTo("5000");
		assertThat(categorieC.denominateur()).isEqualByComparingTo("25000");
		assertThat(categorieC.valeur()).isEqualByComparingTo("20");
		// repose sur 2 femmes et 1 homme : le plus petit des deux
		assertThat(categorieC.baseAgents()).isEqualTo(1);
		Indicateur ensemble = ligne(RESULTAT, "ecart_remuneration", "permanents", "ensemble", "ensemble");
		assertThat(ensemble.numerateur()).isEqualByComparingTo("8800");
		assertThat(ensemble.denominateur()).isEqualByComparingTo("32000");
		assertThat(ensemble.valeur()).isEqualByComparingTo("27.5");
		assertThat(ensemble.baseAgents()).isEqualTo(2);
	}

	@Test
	void ecartVideQuandFemmesOuHommesManquent() {
		Indicateur sansHomme = ligne(RESULTAT, "ecart_remuneration", "fonctionnaires", "categorie", "B");
		assertThat(sansHomme.valeur()).isNull();
		assertThat(sansHomme.numerateur()).isNull();
		assertThat(sansHomme.denominateur()).isNull();
		// la ligne repose encore sur e3, seule payée : sans homme, elle compte les femmes
		// payées (1)
		assertThat(sansHomme.baseAgents()).isEqualTo(1);
		Indicateur administrative = ligne(RESULTAT, "ecart_remuneration", "permanents", "filiere", "administrative");
		// une femme (e3) et un homme (e5) : les deux moyennes existent
		assertThat(administrative.valeur()).isNotNull();
		Indicateur categorieA = ligne(RESULTAT, "ecart_remuneration", "permanents", "categorie", "A");
		assertThat(categorieA.valeur()).isNull();
		assertThat(categorieA.denominateur()).isEqualByComparingTo("60000");
		// pas de contractuel permanent payé : l'ensemble reste écrit, vide
		assertThat(ligne(RESULTAT, "ecart_remuneration", "contractuels_permanents", "ensemble", "ensemble").valeur())
			.isNull();
		assertThat(RESULTAT.indicateurs()).allMatch(l -> l.theme() == Theme.EGALITE);
		assertThat(RESULTAT.indicateurs()).extracting(Indicateur::cle).doesNotHaveDuplicates();
	}

}
