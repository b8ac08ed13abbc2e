package fr.cdg.rsu.lecture;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import fr.cdg.rsu.domaine.Categorie;
import fr.cdg.rsu.domaine.Filiere;
import fr.cdg.rsu.domaine.Motif;
import fr.cdg.rsu.domaine.Sexe;
import fr.cdg.rsu.domaine.Statut;
import fr.cdg.rsu.domaine.TypeCollectivite;
import fr.cdg.rsu.domaine.themes.ListeDeCodes;

/**
 * Les codes des exports et leurs alias connus (libellés en toutes lettres, sigles
 * usuels). La comparaison se fait sur la forme normalisée ({@link Entetes#normaliser}) :
 * {@code Congé de longue durée} = {@code CLD}.
 */
public final class Codes {

	private static final Map<String, Sexe> SEXES = new HashMap<>();

	private static final Map<String, Statut> STATUTS = new HashMap<>();

	private static final Map<String, Motif> MOTIFS = new HashMap<>();

	private static final Map<String, Filiere> FILIERES = new HashMap<>();

	private static final Map<String, TypeCollectivite> TYPES = new HashMap<>();

	static {
		alias(SEXES, Sexe.F, "F", "2", "Femme", "Féminin");
		alias(SEXES, Sexe.H, "H", "M", "1", "Homme", "Masculin");

		alias(STATUTS, Statut.TITULAIRE, "TITULAIRE", "Titulaire", "TIT", "Fonctionnaire titulaire");
		alias(STATUTS, Statut.STAGIAIRE, "STAGIAIRE", "STG", "Fonctionnaire stagiaire");
		alias(STATUTS, Statut.CONTRACTUEL_PERMANENT, "CONTRACTUEL_PERMANENT", "Contractuel permanent",
				"Contractuel sur emploi permanent", "CP");
		alias(STATUTS, Statut.CONTRACTUEL_NON_PERMANENT, "CONTRACTUEL_NON_PERMANENT", "Contractuel non permanent",
				"Contractuel sur emploi non permanent", "CNP");

		for (Motif m : Motif.values()) {
			alias(MOTIFS, m, m.name(), m.libelle());
		}
		alias(MOTIFS, Motif.MO, "Maladie", "Congé de maladie ordinaire", "CMO");
		alias(MOTIFS, Motif.AT_SERVICE, "Accident de service", "Accident du travail", "AT",
				"Accident du travail service", "ATS");
		alias(MOTIFS, Motif.AT_TRAJET, "Accident de trajet", "Accident du travail trajet", "ATT");
		alias(MOTIFS, Motif.CLM, "Longue maladie", "CLM");
		alias(MOTIFS, Motif.CLD, "Longue durée", "Maladie de longue durée", "CLD");
		alias(MOTIFS, Motif.CGM, "Grave maladie", "CGM");
		alias(MOTIFS, Motif.DOS, "Disponibilité d'office", "Disponibilité d'office raison de santé");
		alias(MOTIFS, Motif.MP, "Maladie professionnelle", "Maladie contractée en service");
		alias(MOTIFS, Motif.MATERNITE, "Congé de maternité", "Congé pathologique", "Maternité");
		alias(MOTIFS, Motif.PATERNITE, "Congé de paternité", "Paternité", "Accueil de l'enfant");
		alias(MOTIFS, Motif.ADOPTION, "Congé d'adoption");
		alias(MOTIFS, Motif.AUTRE, "Autres", "Autre motif", "Autorisation spéciale d'absence", "ASA");
		alias(MOTIFS, Motif.FORMATION, "Congé de formation");
		alias(MOTIFS, Motif.SYNDICAL, "Syndical", "Décharge syndicale", "Représentation");

		for (Filiere f : Filiere.values()) {
			alias(FILIERES, f, f.code(), f.libelle(), f.name());
		}
		alias(FILIERES, Filiere.MEDICO_SOCIALE, "Médico sociale", "Sanitaire et sociale");
		alias(FILIERES, Filiere.INCENDIE_SECOURS, "Sapeurs-pompiers");
		alias(FILIERES, Filiere.POLICE_MUNICIPALE, "Police");

		for (TypeCollectivite t : TypeCollectivite.values()) {
			alias(TYPES, t, t.name());
		}
		alias(TYPES, TypeCollectivite.CCAS, "CIAS", "Centre communal d'action sociale");
		alias(TYPES, TypeCollectivite.EPCI, "Communauté de communes", "Communauté d'agglomération",
				"Communauté urbaine", "Métropole");
		alias(TYPES, TypeCollectivite.DEPARTEMENT, "Conseil départemental");
		alias(TYPES, TypeCollectivite.REGION, "Conseil régional");
	}

	private Codes() {
	}

	@SafeVarargs
	private static <T> void alias(Map<String, T> table, T valeur, String... noms) {
		for (String nom : noms) {
			table.put(Entetes.normaliser(nom), valeur);
		}
	}

	/**
	 * Les codes d'un export se répètent à chaque ligne : leur forme normalisée est gardée
	 * (borné, pour qu'un fichier hostile aux valeurs toutes différentes ne fasse pas
	 * grossir la mémoire).
	 */
	private static final Map<String, String> NORMALISES = new java.util.concurrent.ConcurrentHashMap<>();

	private static String normaliser(String texte) {
		String n = NORMALISES.get(texte);
		if (n == null) {
			n = Entetes.normaliser(texte);
			if (NORMALISES.size() < 10_000) {
				NORMALISES.put(texte, n);
			}
		}
		return n;
	}

	private static <T> T lire(Map<String, T> table, String texte, String attendu) throws ValeurInvalideException {
		T valeur = table.get(normaliser(texte));
		if (valeur == null) {
			throw new ValeurInvalideException("code inconnu (attendu " + attendu + ")");
		}
		return valeur;
	}

	public static Sexe sexe(String texte) throws ValeurInvalideException {
		return lire(SEXES, texte, "F ou H");
	}

	public static Statut statut(String texte) throws ValeurInvalideException {
		return lire(STATUTS, texte, "TITULAIRE, STAGIAIRE, CONTRACTUEL_PERMANENT ou CONTRACTUEL_NON_PERMANENT");
	}

	public static Motif motif(String texte) throws ValeurInvalideException {
		return lire(MOTIFS, texte, "un code motif : MO, AT_SERVICE, AT_TRAJET, CLM, CLD, CGM, DOS, MP, MATERNITE, "
				+ "PATERNITE, ADOPTION, AUTRE, FORMATION ou SYNDICAL");
	}

	public static Filiere filiere(String texte) throws ValeurInvalideException {
		return lire(FILIERES, texte, "une filière : administrative, technique, culturelle, sportive, "
				+ "medico-sociale, medico-technique, police-municipale, incendie-secours, animation ou sociale");
	}

	public static TypeCollectivite typeCollectivite(String texte) throws ValeurInvalideException {
		return lire(TYPES, texte, "commune, epci, ccas, departement, region, sdis, syndicat ou autre");
	}

	public static Categorie categorie(String texte) throws ValeurInvalideException {
		// pas Entetes.normaliser : « a » y est un mot vide, et la catégorie A deviendrait
		// une chaîne vide
		String t = Entetes.sansAccents(texte).toUpperCase(Locale.ROOT).replaceAll("[\\s_\\-.]+", "");
		if (t.startsWith("CATEGORIE")) {
			t = t.substring("CATEGORIE".length());
		}
		return switch (t) {
			case "A", "A+" -> Categorie.A;
			case "B" -> Categorie.B;
			case "C" -> Categorie.C;
			default -> throw new ValeurInvalideException("catégorie inconnue (attendu A, B ou C)");
		};
	}

	/**
	 * Les tables des listes fermées des fichiers facultatifs, construites une fois par
	 * liste.
	 */
	private static final Map<Class<?>, Map<String, Object>> LISTES = new java.util.concurrent.ConcurrentHashMap<>();

	/**
	 * Un code d'une liste fermée d'un fichier facultatif (activité d'un accident, type de
	 * décision...) : son code, son libellé ou un de ses alias.
	 */
	public static <E extends Enum<E> & ListeDeCodes> E code(Class<E> liste, String texte)
			throws ValeurInvalideException {
		Map<String, Object> table = LISTES.computeIfAbsent(liste, l -> {
			Map<String, Object> t = new HashMap<>();
			for (E e : liste.getEnumConstants()) {
				t.put(Entetes.normaliser(e.name()), e);
				t.put(Entetes.normaliser(e.libelle()), e);
			}
			// les alias après : un alias n'écrase jamais un code ou un libellé
			for (E e : liste.getEnumConstants()) {
				for (String a : e.alias()) {
					t.putIfAbsent(Entetes.normaliser(a), e);
				}
			}
			return Map.copyOf(t);
		});
		Object v = table.get(normaliser(texte));
		if (v == null) {
			throw new ValeurInvalideException("code inconnu (attendu " + attendus(liste) + ")");
		}
		return liste.cast(v);
	}

	/** {@code A, B ou C} : les codes d'une liste fermée, pour le motif d'un rejet. */
	public static <E extends Enum<E> & ListeDeCodes> String attendus(Class<E> liste) {
		return ValidateurLigne.enumerer(java.util.Arrays.stream(liste.getEnumConstants()).map(Enum::name).toList());
	}

	/**
	 * La nature d'un accident : un motif d'accident du travail ou de maladie
	 * professionnelle.
	 */
	public static Motif natureAccident(String texte) throws ValeurInvalideException {
		Motif m;
		try {
			m = motif(texte);
		}
		catch (ValeurInvalideException ex) {
			throw new ValeurInvalideException("nature inconnue (attendu AT_SERVICE, AT_TRAJET ou MP)");
		}
		if (m != Motif.AT_SERVICE && m != Motif.AT_TRAJET && m != Motif.MP) {
			throw new ValeurInvalideException("nature " + m.name() + " : ni accident ni maladie professionnelle "
					+ "(attendu AT_SERVICE, AT_TRAJET ou MP)");
		}
		return m;
	}

	/** {@code true} pour un temps non complet ; vide = temps complet. */
	public static boolean tempsNonComplet(String texte) throws ValeurInvalideException {
		return switch (Entetes.normaliser(texte)) {
			case "complet", "tc", "tempscomplet" -> false;
			case "noncomplet", "tnc", "tempsnoncomplet" -> true;
			default -> throw new ValeurInvalideException("temps de travail inconnu (attendu COMPLET ou NON_COMPLET)");
		};
	}

}
