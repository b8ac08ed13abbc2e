package fr.cdg.rsu.rapport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import fr.cdg.rsu.indicateurs.Catalogue;
import fr.cdg.rsu.rapport.document.FormatNombre;
import fr.cdg.rsu.rapport.modele.FormatsParDefaut;

/**
 * Les formats par défaut, tirés du catalogue, sont ceux que la règle écrite à la main
 * donnait avant lui (préfixes {@code taux_}, {@code part}, liste des montants...) : les
 * tableaux et le classeur n'ont pas changé d'apparence. Pour les thèmes facultatifs, la
 * règle est celle de leur première version (jours fractionnaires, montants déclarés) ;
 * pour les indicateurs de l'issue 13, les montants du budget en euros et les arrêts par
 * agent absent à une décimale.
 */
class FormatsParDefautTest {

	/** La règle d'avant le catalogue, recopiée telle quelle. */
	private static FormatNombre ancienneRegle(String indicateur) {
		if (indicateur.startsWith("taux_") || indicateur.startsWith("part") || indicateur.equals("ecart_remuneration")
				|| indicateur.equals("variation_effectif") || indicateur.equals("indice_frequence")) {
			return indicateur.equals("taux_gravite") || indicateur.equals("indice_frequence") ? FormatNombre.DECIMAL_2
					: FormatNombre.TAUX;
		}
		return switch (indicateur) {
			// arrets_par_absent (issue 13) : au format de la gravité, un rapport de deux
			// comptes
			case "gravite", "jours_moyens", "arrets_par_absent" -> FormatNombre.DECIMAL_1;
			case "etpr" -> FormatNombre.DECIMAL_2;
			case "age_moyen" -> FormatNombre.ANS;
			case "heures_sup_nombre", "heures_sup_par_agent" -> FormatNombre.HEURES;
			case "traitement_brut", "primes", "nbi", "sft", "heures_sup_montant", "remuneration_annuelle_brute",
					"remuneration_moyenne_etpr", "budget_fonctionnement", "charges_personnel" ->
				FormatNombre.EUROS;
			case "jours_par_accident", "jours_formation", "jours_formation_par_agent", "jours_par_agent_forme",
					"jours_greve", "signalements_pour_1000_agents" ->
				FormatNombre.DECIMAL_1;
			case "etpr_assujettissement" -> FormatNombre.DECIMAL_2;
			case "heures_decharge" -> FormatNombre.HEURES;
			case "cout_formation", "depenses_prevention", "depenses_amelioration_conditions_travail",
					"depenses_prevention_par_agent", "psc_sante_montant_moyen", "psc_prevoyance_montant_moyen" ->
				FormatNombre.EUROS;
			default -> FormatNombre.ENTIER;
		};
	}

	@Test
	void chaqueIndicateurGardeSonFormat() {
		for (Catalogue.Entree e : Catalogue.entrees()) {
			assertThat(FormatsParDefaut.pour(e.theme(), e.nom())).as(e.nom()).isEqualTo(ancienneRegle(e.nom()));
			assertThat(FormatsParDefaut.pour(null, e.nom())).as(e.nom()).isEqualTo(ancienneRegle(e.nom()));
		}
		assertThat(FormatsParDefaut.pour(null, "")).isEqualTo(FormatNombre.ENTIER);
	}

}
