package fr.cdg.rsu.rapport.modele;

import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.cdg.rsu.domaine.Filiere;
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
import fr.cdg.rsu.indicateurs.Catalogue;
import fr.cdg.rsu.indicateurs.Theme;
import fr.cdg.rsu.indicateurs.TranchesAge;

/**
 * Les codes connus du format long, tirés du cœur : les indicateurs du {@link Catalogue},
 * les tranches d'âge de {@link TranchesAge}, les filières et les listes de codes des
 * thèmes facultatifs du domaine. Un modèle qui nomme un autre code est refusé au
 * démarrage.
 */
public final class Vocabulaire {

	private static final String ENSEMBLE = fr.cdg.rsu.indicateurs.Indicateur.ENSEMBLE;

	private static final String NON_RENSEIGNE = fr.cdg.rsu.indicateurs.ventilation.Axe.NON_RENSEIGNE;

	private Vocabulaire() {
	}

	/** Les indicateurs de chaque thème : ceux du catalogue. */
	public static final Map<Theme, Set<String>> INDICATEURS = Catalogue.nomsParThemes();

	/** Les populations dans l'ordre d'affichage ; la chaîne vide désigne l'employeur. */
	public static final List<String> POPULATIONS = List.of("fonctionnaires", "contractuels_permanents", "permanents",
			"non_permanents", "tous", "");

	public static final List<String> GROUPES = groupes();

	/**
	 * Les dimensions des thèmes facultatifs : caractéristiques d'un accident, d'un acte,
	 * d'une action, d'un titre.
	 */
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
		List<String> g = new java.util.ArrayList<>(
				List.of("compressible", "medical", "global", "MO", "AT_SERVICE", "AT_TRAJET", "CLM", "CLD", "CGM",
						"DOS", "MP", "MATERNITE", "PATERNITE", "ADOPTION", "AUTRE", "CLM_CLD"));
		// les types des décisions de santé, des actes signalés et des événements de
		// carrière
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
	 * Dimension propre aux documents (jamais dans {@code indicateurs.csv}) : la valeur de
	 * comparaison d'un indicateur d'ensemble, ajoutée aux lignes de l'employeur par
	 * l'étape des documents.
	 */
	public static final String COMPARAISON = fr.cdg.rsu.indicateurs.comparaison.LignesDeComparaison.DIMENSION;

	/** Les modalités des dimensions à liste fermée, dans l'ordre d'affichage. */
	public static final Map<String, List<String>> MODALITES = modalites();

	private static Map<String, List<String>> modalites() {
		Map<String, List<String>> m = new java.util.HashMap<>(
				Map.of(COMPARAISON, List.of("strate", "strate_mediane", "annee_precedente", "evolution"), "sexe",
						List.of("F", "H"), "categorie", List.of("A", "B", "C", NON_RENSEIGNE), "tranche_age",
						TranchesAge.QUINQUENNALES, "tranche_age_3", TranchesAge.TROIS, "filiere", filieres(), "arret",
						List.of("avec_arret", "sans_arret"), "sexe_victime", List.of("F", "H", NON_RENSEIGNE)));
		LISTES_FACULTATIVES.forEach((dimension, codes) -> {
			List<String> l = new java.util.ArrayList<>();
			codes.forEach(c -> l.add(c.code()));
			l.add(NON_RENSEIGNE);
			m.put(dimension, List.copyOf(l));
		});
		return Map.copyOf(m);
	}

	private static List<String> filieres() {
		List<String> codes = new java.util.ArrayList<>();
		for (Filiere f : Filiere.values()) {
			codes.add(f.code());
		}
		codes.add(NON_RENSEIGNE);
		return List.copyOf(codes);
	}

	public static boolean estIndicateur(Theme theme, String indicateur) {
		return INDICATEURS.getOrDefault(theme, Set.of()).contains(indicateur);
	}

	/**
	 * {@code ensemble}, une dimension simple ou plusieurs jointes par {@code +}, sans
	 * répétition.
	 */
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
	 * Les parties d'une modalité composée, selon sa dimension : {@code 65++F} de
	 * {@code tranche_age+sexe} donne {@code [65+, F]} (les modalités {@code 65+} et
	 * {@code 50+} contiennent elles-mêmes un {@code +}).
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
