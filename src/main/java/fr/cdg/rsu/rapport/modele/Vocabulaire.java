package fr.cdg.rsu.rapport.modele;

import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.cdg.rsu.indicateurs.Theme;

/**
 * Les codes connus du format long, recopiés du contrat {@code docs/vocabulaire-indicateurs.md}. Un modèle qui nomme
 * un autre code est refusé au démarrage.
 */
public final class Vocabulaire {

	private static final String ENSEMBLE = fr.cdg.rsu.indicateurs.Indicateur.ENSEMBLE;

	private Vocabulaire() {
	}

	public static final Map<Theme, Set<String>> INDICATEURS = Map.of(
			Theme.ABSENTEISME,
			Set.of("effectif", "jours", "arrets", "agents_absents", "taux_absenteisme", "taux_exposition",
					"taux_frequence", "gravite", "jours_moyens", "part_agents_carence"),
			Theme.ACCIDENTS, Set.of("accidents", "jours", "indice_frequence", "taux_gravite"),
			Theme.EFFECTIFS,
			Set.of("effectif", "part", "etpr", "age_moyen", "arrivees", "departs", "effectif_precedent",
					"variation_effectif", "taux_rotation", "emploi_fonctionnel", "temps_complet", "temps_non_complet",
					"temps_partiel", "temps_partiel_de_droit", "temps_partiel_sur_autorisation"),
			Theme.REMUNERATIONS,
			Set.of("traitement_brut", "primes", "nbi", "sft", "heures_sup_montant", "heures_sup_nombre",
					"remuneration_annuelle_brute", "etpr", "remuneration_moyenne_etpr", "part_primes",
					"heures_sup_par_agent", "part_charges_personnel"),
			Theme.EGALITE, Set.of("taux_feminisation", "ecart_remuneration"));

	/** Les populations dans l'ordre d'affichage ; la chaîne vide désigne l'employeur. */
	public static final List<String> POPULATIONS = List.of("fonctionnaires", "contractuels_permanents", "permanents",
			"non_permanents", "tous", "");

	public static final List<String> GROUPES = List.of("compressible", "medical", "global", "MO", "AT_SERVICE",
			"AT_TRAJET", "CLM", "CLD", "CGM", "DOS", "MP", "MATERNITE", "PATERNITE", "ADOPTION", "AUTRE", "");

	public static final List<String> DIMENSIONS_SIMPLES = List.of("sexe", "tranche_age", "tranche_age_3", "categorie",
			"filiere", "cadre_emplois", "comparaison");

	/**
	 * Dimension propre aux documents (jamais dans {@code indicateurs.csv}) : la valeur de comparaison d'un indicateur
	 * d'ensemble, ajoutée aux lignes de l'employeur par l'étape des documents.
	 */
	public static final String COMPARAISON = fr.cdg.rsu.indicateurs.comparaison.LignesDeComparaison.DIMENSION;

	/** Les modalités des dimensions à liste fermée, dans l'ordre d'affichage. */
	public static final Map<String, List<String>> MODALITES = Map.of(COMPARAISON,
			List.of("strate", "strate_mediane", "annee_precedente", "evolution"), "sexe", List.of("F", "H"), "categorie",
			List.of("A", "B", "C", "non_renseigne"), "tranche_age",
			List.of("<20", "20-24", "25-29", "30-34", "35-39", "40-44", "45-49", "50-54", "55-59", "60-64", "65+"),
			"tranche_age_3", List.of("<30", "30-49", "50+"), "filiere",
			List.of("administrative", "technique", "culturelle", "sportive", "medico-sociale", "medico-technique",
					"police-municipale", "incendie-secours", "animation", "sociale", "non_renseigne"));

	public static boolean estIndicateur(Theme theme, String indicateur) {
		return INDICATEURS.getOrDefault(theme, Set.of()).contains(indicateur);
	}

	/** {@code ensemble}, une dimension simple ou plusieurs jointes par {@code +}, sans répétition. */
	public static boolean estDimension(String dimension) {
		if (ENSEMBLE.equals(dimension)) {
			return true;
		}
		String[] parties = dimension.split("\\+", -1);
		return List.of(parties).stream().allMatch(DIMENSIONS_SIMPLES::contains)
				&& Set.of(parties).size() == parties.length;
	}

	/** Une modalité compatible avec la dimension (les cadres d'emplois sont libres). */
	public static boolean estModalite(String dimension, String modalite) {
		if (ENSEMBLE.equals(dimension)) {
			return ENSEMBLE.equals(modalite);
		}
		String[] dims = dimension.split("\\+", -1);
		String[] mods = decouper(dimension, modalite).toArray(String[]::new);
		if (dims.length != mods.length) {
			return false;
		}
		for (int i = 0; i < dims.length; i++) {
			List<String> connues = MODALITES.get(dims[i]);
			if (connues != null && !connues.contains(mods[i])) {
				return false;
			}
		}
		return true;
	}


	/**
	 * Les parties d'une modalité composée, selon sa dimension : {@code 65++F} de {@code tranche_age+sexe} donne
	 * {@code [65+, F]} (les modalités {@code 65+} et {@code 50+} contiennent elles-mêmes un {@code +}).
	 */
	public static List<String> decouper(String dimension, String modalite) {
		String[] dims = dimension.split("\\+", -1);
		if (dims.length <= 1) {
			return List.of(modalite);
		}
		java.util.ArrayList<String> r = new java.util.ArrayList<>();
		String reste = modalite;
		for (int i = 0; i < dims.length; i++) {
			if (i == dims.length - 1) {
				r.add(reste);
				break;
			}
			String trouvee = null;
			for (String connue : MODALITES.getOrDefault(dims[i], List.of())) {
				if (reste.startsWith(connue + "+") && (trouvee == null || connue.length() > trouvee.length())) {
					trouvee = connue;
				}
			}
			if (trouvee == null) {
				int p = reste.indexOf('+');
				trouvee = p < 0 ? reste : reste.substring(0, p);
			}
			r.add(trouvee);
			reste = reste.length() > trouvee.length() ? reste.substring(trouvee.length() + 1) : "";
		}
		return r;
	}


}
