package fr.cdg.rsu.generateur;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import fr.cdg.rsu.domaine.Filiere;
import fr.cdg.rsu.domaine.Motif;
import fr.cdg.rsu.domaine.Sexe;
import fr.cdg.rsu.domaine.Statut;
import fr.cdg.rsu.domaine.TypeCollectivite;
import fr.cdg.rsu.domaine.themes.ListeDeCodes;

/**
 * Une façon d'écrire un export CSV : séparateur, encodage, en-têtes, format des dates,
 * des nombres et des codes. Trois dialectes imitent ce que produisent les logiciels RH :
 * {@link #canonique(boolean)}, {@link #francaisWindows()} et {@link #autreLogiciel()} (lu
 * au travers d'un profil de correspondance).
 *
 * @param crlf fin de ligne CRLF (ce qui sort d'Excel sous Windows)
 * @param entetes les en-têtes écrits de chaque fichier du contrat, dans l'ordre des
 * colonnes canoniques, puis les colonnes hors contrat éventuelles ; un fichier absent de
 * la table a ses colonnes canoniques
 * @param entetesFacultatifs de même pour les fichiers facultatifs
 * ({@code input-themes.md})
 * @param enteteColonnesAgents les en-têtes des colonnes facultatives du fichier agents,
 * écrites après les autres
 * @param valeurs le texte d'une valeur typée (voir {@link Lignes}) ; une chaîne est
 * toujours écrite telle quelle
 */
public record Dialecte(String nom, char separateur, Charset charset, boolean bom, boolean crlf,
		Map<Nature, List<String>> entetes, Map<NatureFacultative, List<String>> entetesFacultatifs,
		List<String> enteteColonnesAgents, Valeurs valeurs) {

	static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	/**
	 * Colonnes de montants en euros (écrites avec {@code €} par le dialecte français).
	 */
	static final Set<String> MONTANTS = Set.of("budget_fonctionnement", "charges_personnel", "traitement_brut",
			"primes", "nbi", "sft", "heures_sup_montant", "cout", "depenses_prevention",
			"depenses_amelioration_conditions_travail", "psc_sante_montant_moyen", "psc_prevoyance_montant_moyen");

	/** Le texte d'une valeur typée d'une colonne. */
	@FunctionalInterface
	public interface Valeurs {

		/**
		 * Le texte de {@code v}, valeur de la colonne {@code colonne}.
		 * @param colonne la colonne canonique ; {@code fichier.type} pour le type d'un
		 * fichier facultatif (ce n'est pas le type de collectivité)
		 */
		String texte(String colonne, Object v);

	}

	public Dialecte {
		entetes = Map.copyOf(entetes);
		entetesFacultatifs = Map.copyOf(entetesFacultatifs);
		enteteColonnesAgents = List.copyOf(enteteColonnesAgents);
	}

	/**
	 * En-têtes écrits, dans l'ordre des colonnes canoniques, puis les colonnes hors
	 * contrat éventuelles.
	 */
	public List<String> entete(Nature nature) {
		return entetes.getOrDefault(nature, nature.colonnes());
	}

	/**
	 * En-têtes d'un fichier facultatif ({@code input-themes.md}) ; par défaut ses
	 * colonnes canoniques.
	 */
	public List<String> entete(NatureFacultative nature) {
		return entetesFacultatifs.getOrDefault(nature, nature.colonnes());
	}

	public final String[] formater(Nature nature, Object[] ligne) {
		return formater(entete(nature), nature.colonnes(), ligne);
	}

	/** Une ligne d'agent suivie de ses colonnes facultatives. */
	public final String[] formaterAvecColonnesAgents(Object[] ligne) {
		List<String> entete = new ArrayList<>(entete(Nature.AGENTS));
		entete.addAll(enteteColonnesAgents());
		List<String> colonnes = new ArrayList<>(Nature.AGENTS.colonnes());
		colonnes.addAll(NatureFacultative.COLONNES_AGENTS);
		return formater(entete, colonnes, ligne);
	}

	public final String[] formater(NatureFacultative nature, Object[] ligne) {
		List<String> colonnes = nature.colonnes()
			.stream()
			.map(c -> c.equals("type") ? nature.nom() + ".type" : c)
			.toList();
		return formater(entete(nature), colonnes, ligne);
	}

	private String[] formater(List<String> entete, List<String> colonnes, Object[] ligne) {
		String[] res = new String[entete.size()];
		for (int i = 0; i < res.length; i++) {
			Object v = i < ligne.length ? ligne[i] : null;
			String colonne = i < colonnes.size() ? colonnes.get(i) : "extra" + i;
			res[i] = v == null ? "" : v instanceof String s ? s : valeurs.texte(colonne, v);
		}
		return res;
	}

	static String codeCanonique(Object v) {
		if (v instanceof Filiere f) {
			return f.code();
		}
		if (v instanceof TypeCollectivite t) {
			return t.code();
		}
		if (v instanceof Enum<?> e) {
			return e.name();
		}
		return String.valueOf(v);
	}

	// ------------------------------------------------------------------------------------------
	// canonique

	/**
	 * Contrat tel quel : en-têtes canoniques, {@code ;}, UTF-8 (avec ou sans BOM), dates
	 * ISO, point décimal.
	 */
	public static Dialecte canonique(boolean bom) {
		return new Dialecte(bom ? "canonique UTF-8 avec BOM" : "canonique UTF-8", ';', StandardCharsets.UTF_8, bom,
				false, Map.of(), Map.of(), NatureFacultative.COLONNES_AGENTS, (colonne, v) -> switch (v) {
					case LocalDate d -> d.toString();
					case Lignes.SerieExcel s -> s.date().toString();
					case BigDecimal b -> b.toPlainString();
					case Boolean b -> b ? "O" : "N";
					default -> codeCanonique(v);
				});
	}

	// -------------------------------------------------------------------------------
	// français, Windows-1252

	private static final Map<Nature, List<String>> ENTETES_FR = new EnumMap<>(Nature.class);

	static {
		ENTETES_FR.put(Nature.COLLECTIVITES,
				List.of("SIRET", "Nom", "Type", "Département", "Budget de fonctionnement", "Charges de personnel"));
		ENTETES_FR.put(Nature.AGENTS,
				List.of("SIRET", "Matricule", "Sexe", "Date de naissance", "Statut", "Catégorie", "Filière",
						"Cadre d'emplois", "Emploi fonctionnel", "Temps de travail", "Quotité",
						"Temps partiel de droit", "Date d'entrée", "Date de sortie"));
		ENTETES_FR.put(Nature.ABSENCES, List.of("SIRET", "Matricule", "Motif", "Date de début", "Date de fin",
				"Prolongation", "Jours de carence", "Date accident"));
		ENTETES_FR.put(Nature.REMUNERATIONS, List.of("SIRET", "Matricule", "Traitement brut", "Primes", "NBI", "SFT",
				"Heures sup montant", "Heures sup nombre", "ETPR", "Heures payées"));
	}

	/**
	 * En-têtes accentués des fichiers facultatifs (le fichier employeur-rsu garde ses
	 * noms de colonnes).
	 */
	private static final Map<NatureFacultative, List<String>> ENTETES_FR_FACULTATIFS = Map.of(
			NatureFacultative.ACCIDENTS,
			List.of("SIRET", "Matricule", "Nature", "Date de l'accident", "Avec arrêt", "Reconnu", "Activité",
					"Siège des lésions", "Nature des lésions", "Élément matériel", "Type de maladie professionnelle"),
			NatureFacultative.DECISIONS_SANTE, List.of("SIRET", "Matricule", "Date", "Type de décision", "Liée AT MP"),
			NatureFacultative.SIGNALEMENTS,
			List.of("SIRET", "Type d'acte", "Auteur", "Avec arrêt", "Sexe des victimes", "Nombre"),
			NatureFacultative.FORMATIONS,
			List.of("SIRET", "Matricule", "Date de début", "Jours", "Organisme", "Type de formation", "Coût"),
			NatureFacultative.CARRIERES, List.of("SIRET", "Matricule", "Date", "Type d'événement"));

	private static final DateTimeFormatter JJ_MM_AAAA = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	/**
	 * Ce qu'écrit Excel français : Windows-1252, séparateur {@code ,}, CRLF, en-têtes
	 * accentués, libellés de motifs, {@code Femme}/{@code Homme},
	 * {@code oui}/{@code non}, dates JJ/MM/AAAA, virgule décimale, montants avec
	 * séparateur de milliers (espace, ou espace insécable pour primes et charges) et
	 * {@code €}.
	 */
	public static Dialecte francaisWindows() {
		return new Dialecte("français Windows-1252", ',', WINDOWS_1252, false, true, ENTETES_FR, ENTETES_FR_FACULTATIFS,
				List.of("BOETH", "Type BOETH", "Télétravail", "Demande de télétravail", "Visites médecin sur demande",
						"Accompagnements CEP", "CDI", "Motif du contrat"),
				(colonne, v) -> switch (v) {
					case LocalDate d -> d.format(JJ_MM_AAAA);
					case Lignes.SerieExcel s -> s.date().format(JJ_MM_AAAA);
					case BigDecimal b when MONTANTS.contains(colonne) ->
						montant(b, colonne.equals("primes") || colonne.equals("charges_personnel") ? '\u00A0' : ' ')
								+ " €";
					case BigDecimal b -> b.toPlainString().replace('.', ',');
					case Boolean b -> b ? "oui" : "non";
					case Motif m -> m.libelle();
					case Sexe s -> s == Sexe.F ? "Femme" : "Homme";
					// les listes fermées des fichiers facultatifs en toutes lettres,
					// comme les motifs
					case ListeDeCodes l -> l.libelle();
					default -> codeCanonique(v);
				});
	}

	/** {@code 12345.6} → {@code 12 345,60} avec le séparateur de milliers donné. */
	static String montant(BigDecimal b, char milliers) {
		String s = b.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
		boolean negatif = s.startsWith("-");
		if (negatif) {
			s = s.substring(1);
		}
		int point = s.indexOf('.');
		String entier = s.substring(0, point);
		StringBuilder sb = new StringBuilder();
		for (int i = 0; i < entier.length(); i++) {
			if (i > 0 && (entier.length() - i) % 3 == 0) {
				sb.append(milliers);
			}
			sb.append(entier.charAt(i));
		}
		return (negatif ? "-" : "") + sb + "," + s.substring(point + 1);
	}

	// --------------------------------------------------------------------------- autre
	// logiciel (profil)

	/**
	 * En-têtes de l'autre logiciel RH, par nature, dans l'ordre canonique (+ colonnes
	 * hors contrat).
	 */
	static final Map<Nature, List<String>> ENTETES_AUTRE = new EnumMap<>(Nature.class);

	static {
		ENTETES_AUTRE.put(Nature.COLLECTIVITES, List.of("SIRET établissement", "Raison sociale", "Type structure",
				"Dépt", "Budget fonct. (€)", "Masse salariale chargée (€)"));
		ENTETES_AUTRE.put(Nature.AGENTS,
				List.of("SIRET établissement", "Matricule agent", "Genre", "Né(e) le", "Statut agent", "Cat.",
						"Filière RH", "Grade / cadre", "Emploi fonct.", "Régime horaire", "Taux activité (%)",
						"TP de droit", "Date embauche", "Date départ"));
		ENTETES_AUTRE.put(Nature.ABSENCES, List.of("SIRET établissement", "Matricule agent", "Code absence", "Du", "Au",
				"Prolong.", "Nb j. carence", "Date AT/MP"));
		ENTETES_AUTRE.put(Nature.REMUNERATIONS,
				List.of("SIRET établissement", "Matricule agent", "Brut indiciaire", "Régime indemnitaire",
						"Montant NBI", "Montant SFT", "Montant HS/HC", "Nb HS/HC", "ETP rémunéré", "Nb heures payées",
						"Période de paie"));
	}

	/** Codes de l'autre logiciel : colonne canonique → (notre code → leur code). */
	static final Map<String, Map<String, String>> CODES_AUTRE = new LinkedHashMap<>();

	static {
		Map<String, String> type = new LinkedHashMap<>();
		type.put("commune", "COM");
		type.put("epci", "EPCI");
		type.put("ccas", "CCAS");
		type.put("syndicat", "SYND");
		type.put("autre", "DIV");
		CODES_AUTRE.put("type", type);
		Map<String, String> sexe = new LinkedHashMap<>();
		sexe.put("H", "1");
		sexe.put("F", "2");
		CODES_AUTRE.put("sexe", sexe);
		Map<String, String> statut = new LinkedHashMap<>();
		statut.put(Statut.TITULAIRE.name(), "TIT");
		statut.put(Statut.STAGIAIRE.name(), "STG");
		statut.put(Statut.CONTRACTUEL_PERMANENT.name(), "CDI");
		statut.put(Statut.CONTRACTUEL_NON_PERMANENT.name(), "CDD");
		CODES_AUTRE.put("statut", statut);
		Map<String, String> filiere = new LinkedHashMap<>();
		filiere.put("administrative", "ADM");
		filiere.put("technique", "TECH");
		filiere.put("culturelle", "CULT");
		filiere.put("sportive", "SPORT");
		filiere.put("medico-sociale", "MEDSOC");
		filiere.put("medico-technique", "MEDTEC");
		filiere.put("police-municipale", "POL");
		filiere.put("incendie-secours", "SPP");
		filiere.put("animation", "ANIM");
		filiere.put("sociale", "SOC");
		CODES_AUTRE.put("filiere", filiere);
		Map<String, String> temps = new LinkedHashMap<>();
		temps.put("COMPLET", "TC");
		temps.put("NON_COMPLET", "TNC");
		CODES_AUTRE.put("temps_travail", temps);
		Map<String, String> motif = new LinkedHashMap<>();
		motif.put("MO", "MAL");
		motif.put("AT_SERVICE", "ATS");
		motif.put("AT_TRAJET", "ATT");
		motif.put("CLM", "CLM");
		motif.put("CLD", "CLD");
		motif.put("CGM", "CGM");
		motif.put("DOS", "DISPO");
		motif.put("MP", "MPRO");
		motif.put("MATERNITE", "MAT");
		motif.put("PATERNITE", "PAT");
		motif.put("ADOPTION", "ADO");
		motif.put("AUTRE", "ASA");
		motif.put("FORMATION", "FOR");
		motif.put("SYNDICAL", "SYN");
		CODES_AUTRE.put("motif", motif);
		// la nature d'un accident dans les codes d'absence du logiciel ; le type d'une
		// décision sous une clé
		// préfixée par son fichier (le type nu est celui de la collectivité)
		Map<String, String> nature = new LinkedHashMap<>();
		nature.put("AT_SERVICE", "ATS");
		nature.put("AT_TRAJET", "ATT");
		nature.put("MP", "MPRO");
		CODES_AUTRE.put("nature", nature);
		Map<String, String> decision = new LinkedHashMap<>();
		decision.put("TEMPS_PARTIEL_THERAPEUTIQUE", "TPT");
		decision.put("AMENAGEMENT_POSTE", "AMP");
		decision.put("AMENAGEMENT_HORAIRES", "AMH");
		decision.put("INAPTITUDE_DEFINITIVE", "INAPT");
		decision.put("DEMANDE_RECLASSEMENT", "DRECL");
		decision.put("RECLASSEMENT", "RECL");
		decision.put("PERIODE_PREPARATION_RECLASSEMENT", "PPR");
		decision.put("DISPONIBILITE_OFFICE", "DISPO");
		decision.put("RETRAITE_INVALIDITE", "RINV");
		decision.put("LICENCIEMENT_INAPTITUDE", "LINAPT");
		CODES_AUTRE.put("decisions-sante.type", decision);
	}

	/** En-têtes des fichiers facultatifs de l'autre logiciel, dans l'ordre canonique. */
	static final Map<NatureFacultative, List<String>> ENTETES_AUTRE_FACULTATIFS = new EnumMap<>(
			NatureFacultative.class);

	static {
		List<String> employeur = new ArrayList<>(NatureFacultative.EMPLOYEUR_RSU.colonnes());
		employeur.set(0, "SIRET établissement");
		employeur.set(1, "Exercice");
		ENTETES_AUTRE_FACULTATIFS.put(NatureFacultative.EMPLOYEUR_RSU, List.copyOf(employeur));
		ENTETES_AUTRE_FACULTATIFS.put(NatureFacultative.ACCIDENTS,
				List.of("SIRET établissement", "Matricule agent", "Type AT", "Date AT/MP", "Arrêt", "Imputabilité",
						"Activité", "Siège", "Lésion", "Élément matériel", "Type MP"));
		ENTETES_AUTRE_FACULTATIFS.put(NatureFacultative.DECISIONS_SANTE,
				List.of("SIRET établissement", "Matricule agent", "Date décision", "Code décision", "AT/MP"));
		ENTETES_AUTRE_FACULTATIFS.put(NatureFacultative.SIGNALEMENTS,
				List.of("SIRET établissement", "Acte", "Auteur", "Arrêt", "Sexe victime", "Nb actes"));
		ENTETES_AUTRE_FACULTATIFS.put(NatureFacultative.FORMATIONS, List.of("SIRET établissement", "Matricule agent",
				"Date début", "Nb jours", "Organisme", "Nature formation", "Coût"));
		ENTETES_AUTRE_FACULTATIFS.put(NatureFacultative.CARRIERES,
				List.of("SIRET établissement", "Matricule agent", "Date effet", "Événement"));
	}

	static final List<String> ENTETES_AUTRE_AGENTS = List.of("RQTH/BOETH", "Titre BOETH", "Télétravail", "Dde TT",
			"Visites MP", "Entretiens CEP", "CDI", "Motif recrutement");

	private static final DateTimeFormatter JJ_MM_AAAA_TIRET = DateTimeFormatter.ofPattern("dd-MM-yyyy");

	/**
	 * Un autre logiciel RH : ses propres en-têtes et codes (lus par
	 * {@code profil-mapping.yaml}), tabulation, UTF-8 sans BOM, dates JJ-MM-AAAA, virgule
	 * décimale sans symbole, booléens 1/0, colonne « Période de paie » en plus (hors
	 * contrat, ignorée).
	 */
	public static Dialecte autreLogiciel() {
		return new Dialecte("autre logiciel (profil de correspondance)", '\t', StandardCharsets.UTF_8, false, true,
				ENTETES_AUTRE, ENTETES_AUTRE_FACULTATIFS, ENTETES_AUTRE_AGENTS, (colonne, v) -> switch (v) {
					case LocalDate d -> d.format(JJ_MM_AAAA_TIRET);
					case Lignes.SerieExcel s -> s.date().format(JJ_MM_AAAA_TIRET);
					case BigDecimal b -> b.toPlainString().replace('.', ',');
					case Boolean b -> b ? "1" : "0";
					default -> {
						String code = codeCanonique(v);
						Map<String, String> codes = CODES_AUTRE.get(colonne);
						yield codes != null && codes.containsKey(code) ? codes.get(code) : code;
					}
				});
	}

	/**
	 * Le profil YAML qui ramène {@link #autreLogiciel()} au contrat (voir
	 * docs/profil-mapping.md).
	 */
	public static String profilAutreLogiciel(@Nullable String commentaire) {
		StringBuilder sb = new StringBuilder();
		if (commentaire != null) {
			for (String l : commentaire.split("\n")) {
				sb.append("# ").append(l).append('\n');
			}
		}
		sb.append("version: 1\n");
		sb.append("colonnes:\n");
		for (Nature n : Nature.values()) {
			sb.append("  ").append(n.nom()).append(":\n");
			List<String> entete = ENTETES_AUTRE.get(n);
			for (int i = 0; i < n.colonnes().size(); i++) {
				sb.append("    ").append(n.colonnes().get(i)).append(": [").append(yaml(entete.get(i))).append("]\n");
			}
			if (n == Nature.AGENTS) {
				for (int i = 0; i < NatureFacultative.COLONNES_AGENTS.size(); i++) {
					sb.append("    ")
						.append(NatureFacultative.COLONNES_AGENTS.get(i))
						.append(": [")
						.append(yaml(ENTETES_AUTRE_AGENTS.get(i)))
						.append("]\n");
				}
			}
		}
		for (NatureFacultative n : NatureFacultative.values()) {
			sb.append("  ").append(n.nom()).append(":\n");
			List<String> entete = ENTETES_AUTRE_FACULTATIFS.get(n);
			for (int i = 0; i < n.colonnes().size(); i++) {
				if (!entete.get(i).equals(n.colonnes().get(i))) {
					sb.append("    ")
						.append(n.colonnes().get(i))
						.append(": [")
						.append(yaml(entete.get(i)))
						.append("]\n");
				}
			}
		}
		sb.append("valeurs:\n");
		for (Map.Entry<String, Map<String, String>> e : CODES_AUTRE.entrySet()) {
			sb.append("  ").append(e.getKey()).append(":\n");
			List<Map.Entry<String, String>> paires = new ArrayList<>(e.getValue().entrySet());
			for (Map.Entry<String, String> p : paires) {
				sb.append("    ").append(yaml(p.getValue())).append(": ").append(yaml(p.getKey())).append('\n');
			}
		}
		return sb.toString();
	}

	/**
	 * Chaîne YAML entre guillemets doubles (sûre pour {@code 1}, {@code (€)},
	 * {@code /}...).
	 */
	static String yaml(String s) {
		return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}

}
