package fr.cdg.rsu.rapport.modele;

import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.cdg.rsu.domaine.themes.ActiviteAccident;
import fr.cdg.rsu.domaine.themes.AssuranceChomage;
import fr.cdg.rsu.domaine.themes.AuteurSignalement;
import fr.cdg.rsu.domaine.themes.ElementMateriel;
import fr.cdg.rsu.domaine.themes.ListeDeCodes;
import fr.cdg.rsu.domaine.themes.ModeActionSociale;
import fr.cdg.rsu.domaine.themes.MotifContrat;
import fr.cdg.rsu.domaine.themes.NatureLesion;
import fr.cdg.rsu.domaine.themes.OrganismeFormation;
import fr.cdg.rsu.domaine.themes.OrigineAcfi;
import fr.cdg.rsu.domaine.themes.SiegeLesion;
import fr.cdg.rsu.domaine.themes.TypeBoeth;
import fr.cdg.rsu.domaine.themes.TypeDecisionSante;
import fr.cdg.rsu.domaine.themes.TypeEvenementCarriere;
import fr.cdg.rsu.domaine.themes.TypeFormation;
import fr.cdg.rsu.domaine.themes.TypeMaladieProfessionnelle;
import fr.cdg.rsu.domaine.themes.TypeSignalement;
import fr.cdg.rsu.indicateurs.Theme;
import fr.cdg.rsu.indicateurs.employeur.CalculReponsesEmployeur;

/**
 * Les codes connus du format long, recopiés du contrat {@code docs/vocabulaire-indicateurs.md}. Un modèle qui nomme
 * un autre code est refusé au démarrage.
 */
public final class Vocabulaire {

	private static final String ENSEMBLE = fr.cdg.rsu.indicateurs.Indicateur.ENSEMBLE;

	private Vocabulaire() {
	}

	public static final Map<Theme, Set<String>> INDICATEURS = Map.ofEntries(
			Map.entry(Theme.ABSENTEISME,
					Set.of("effectif", "jours", "arrets", "agents_absents", "taux_absenteisme", "taux_exposition",
							"taux_frequence", "gravite", "jours_moyens", "part_agents_carence")),
			Map.entry(Theme.ACCIDENTS, Set.of("accidents", "jours", "indice_frequence", "taux_gravite")),
			Map.entry(Theme.EFFECTIFS,
					Set.of("effectif", "part", "etpr", "age_moyen", "arrivees", "departs", "effectif_precedent",
							"variation_effectif", "taux_rotation", "emploi_fonctionnel", "temps_complet",
							"temps_non_complet", "temps_partiel", "temps_partiel_de_droit",
							"temps_partiel_sur_autorisation")),
			Map.entry(Theme.REMUNERATIONS,
					Set.of("traitement_brut", "primes", "nbi", "sft", "heures_sup_montant", "heures_sup_nombre",
							"remuneration_annuelle_brute", "etpr", "remuneration_moyenne_etpr", "part_primes",
							"heures_sup_par_agent", "part_charges_personnel")),
			Map.entry(Theme.EGALITE, Set.of("taux_feminisation", "ecart_remuneration")),
			// les thèmes des fichiers et colonnes facultatifs (input-themes.md)
			Map.entry(Theme.ACCIDENTS_DECLARES,
					Set.of("accidents_declares", "accidents_sans_arret", "part_sans_arret", "jours",
							"jours_par_accident", "indice_frequence", "taux_gravite")),
			Map.entry(Theme.DECISIONS_SANTE, Set.of("decisions", "agents_concernes", "decisions_liees_at_mp")),
			Map.entry(Theme.SIGNALEMENTS, Set.of("signalements", "signalements_pour_1000_agents")),
			Map.entry(Theme.FORMATION,
					Set.of("agents_formes", "part_agents_formes", "jours_formation", "jours_formation_par_agent",
							"jours_par_agent_forme", "actions_formation", "cout_formation", "actions_avec_cout")),
			Map.entry(Theme.CARRIERES, Set.of("evenements", "agents_concernes", "taux_feminisation")),
			Map.entry(Theme.HANDICAP,
					Set.of("boeth", "part_boeth", "etpr_assujettissement", "assujetti_obligation_emploi",
							"taux_emploi_direct", "unites_manquantes")),
			Map.entry(Theme.CONDITIONS_TRAVAIL,
					Set.of("teletravailleurs", "part_teletravail", "demandes_teletravail", "part_demandes_teletravail",
							"visites_sur_demande", "agents_visite_sur_demande", "part_agents_visite_sur_demande",
							"accompagnements_cep", "agents_accompagnes_cep")),
			Map.entry(Theme.CONTRATS, Set.of("contractuels_cdi", "part_cdi", "effectif", "agents_employes_annee")),
			Map.entry(Theme.EMPLOYEUR, Set.copyOf(CalculReponsesEmployeur.indicateurs())));

	/** Les populations dans l'ordre d'affichage ; la chaîne vide désigne l'employeur. */
	public static final List<String> POPULATIONS = List.of("fonctionnaires", "contractuels_permanents", "permanents",
			"non_permanents", "tous", "");

	public static final List<String> GROUPES = groupes();

	/** Les dimensions des thèmes facultatifs : caractéristiques d'un accident, d'un acte, d'une action, d'un titre. */
	private static final Map<String, List<? extends ListeDeCodes>> LISTES_FACULTATIVES = Map.ofEntries(
			Map.entry("activite", List.of(ActiviteAccident.values())),
			Map.entry("siege_lesion", List.of(SiegeLesion.values())),
			Map.entry("nature_lesion", List.of(NatureLesion.values())),
			Map.entry("element_materiel", List.of(ElementMateriel.values())),
			Map.entry("type_mp", List.of(TypeMaladieProfessionnelle.values())),
			Map.entry("auteur", List.of(AuteurSignalement.values())),
			Map.entry("organisme", List.of(OrganismeFormation.values())),
			Map.entry("type_formation", List.of(TypeFormation.values())),
			Map.entry("boeth_type", List.of(TypeBoeth.values())),
			Map.entry("motif_contrat", List.of(MotifContrat.values())),
			Map.entry("acfi_origine", List.of(OrigineAcfi.values())),
			Map.entry("assurance_chomage", List.of(AssuranceChomage.values())),
			Map.entry("action_sociale_mode", List.of(ModeActionSociale.values())));

	public static final List<String> DIMENSIONS_SIMPLES = List.of("sexe", "tranche_age", "tranche_age_3", "categorie",
			"filiere", "cadre_emplois", "comparaison", "activite", "siege_lesion", "nature_lesion", "element_materiel",
			"type_mp", "auteur", "arret", "sexe_victime", "organisme", "type_formation", "boeth_type", "motif_contrat",
			"acfi_origine", "assurance_chomage", "action_sociale_mode");

	private static List<String> groupes() {
		List<String> g = new java.util.ArrayList<>(List.of("compressible", "medical", "global", "MO", "AT_SERVICE",
				"AT_TRAJET", "CLM", "CLD", "CGM", "DOS", "MP", "MATERNITE", "PATERNITE", "ADOPTION", "AUTRE"));
		// les types des décisions de santé, des actes signalés et des événements de carrière
		for (ListeDeCodes c : TypeDecisionSante.values()) {
			g.add(c.code());
		}
		for (ListeDeCodes c : TypeSignalement.values()) {
			g.add(c.code());
		}
		for (ListeDeCodes c : TypeEvenementCarriere.values()) {
			g.add(c.code());
		}
		g.add("");
		return List.copyOf(g);
	}

	/**
	 * Dimension propre aux documents (jamais dans {@code indicateurs.csv}) : la valeur de comparaison d'un indicateur
	 * d'ensemble, ajoutée aux lignes de l'employeur par l'étape des documents.
	 */
	public static final String COMPARAISON = fr.cdg.rsu.indicateurs.comparaison.LignesDeComparaison.DIMENSION;

	/** Les modalités des dimensions à liste fermée, dans l'ordre d'affichage. */
	public static final Map<String, List<String>> MODALITES = modalites();

	private static Map<String, List<String>> modalites() {
		Map<String, List<String>> m = new java.util.HashMap<>();
		m.put(COMPARAISON, List.of("strate", "strate_mediane", "annee_precedente", "evolution"));
		m.put("sexe", List.of("F", "H"));
		m.put("categorie", List.of("A", "B", "C", "non_renseigne"));
		m.put("tranche_age",
				List.of("<20", "20-24", "25-29", "30-34", "35-39", "40-44", "45-49", "50-54", "55-59", "60-64", "65+"));
		m.put("tranche_age_3", List.of("<30", "30-49", "50+"));
		m.put("filiere", List.of("administrative", "technique", "culturelle", "sportive", "medico-sociale",
				"medico-technique", "police-municipale", "incendie-secours", "animation", "sociale", "non_renseigne"));
		m.put("arret", List.of("avec_arret", "sans_arret"));
		m.put("sexe_victime", List.of("F", "H", "non_renseigne"));
		LISTES_FACULTATIVES.forEach((dimension, codes) -> {
			List<String> l = new java.util.ArrayList<>();
			codes.forEach(c -> l.add(c.code()));
			l.add("non_renseigne");
			m.put(dimension, List.copyOf(l));
		});
		return Map.copyOf(m);
	}

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
