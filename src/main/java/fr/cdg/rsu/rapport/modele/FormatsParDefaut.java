package fr.cdg.rsu.rapport.modele;

import fr.cdg.rsu.indicateurs.Theme;
import fr.cdg.rsu.rapport.document.FormatNombre;

/** Le format d'affichage d'un indicateur quand le modèle n'en donne pas (tableaux et classeur). */
public final class FormatsParDefaut {

	private FormatsParDefaut() {
	}

	public static FormatNombre pour(Theme theme, String indicateur) {
		if (indicateur.startsWith("taux_") || indicateur.startsWith("part") || indicateur.equals("ecart_remuneration")
				|| indicateur.equals("variation_effectif") || indicateur.equals("indice_frequence")) {
			return indicateur.equals("taux_gravite") || indicateur.equals("indice_frequence") ? FormatNombre.DECIMAL_2
					: FormatNombre.TAUX;
		}
		return switch (indicateur) {
			case "gravite", "jours_moyens" -> FormatNombre.DECIMAL_1;
			case "etpr" -> FormatNombre.DECIMAL_2;
			case "age_moyen" -> FormatNombre.ANS;
			case "heures_sup_nombre", "heures_sup_par_agent" -> FormatNombre.HEURES;
			case "traitement_brut", "primes", "nbi", "sft", "heures_sup_montant", "remuneration_annuelle_brute",
					"remuneration_moyenne_etpr" ->
				FormatNombre.EUROS;
			// thèmes facultatifs : durées moyennes et jours fractionnaires, montants déclarés, heures
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

}
