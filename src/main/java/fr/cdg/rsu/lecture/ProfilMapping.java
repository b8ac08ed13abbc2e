package fr.cdg.rsu.lecture;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Un profil de correspondance : les noms de colonnes et les codes d'un autre logiciel RH,
 * ramenés aux nôtres, pour lire son export sans le retoucher. Format YAML décrit dans
 * {@code docs/profil-mapping.md} :
 *
 * <pre>
 * colonnes:
 *   agents:
 *     matricule: [Matricule agent]
 *     sexe: [Genre]
 * valeurs:
 *   sexe: { "1": H, "2": F }
 *   statut: { TIT: TITULAIRE, CDI: CONTRACTUEL_PERMANENT }
 * </pre>
 */
public final class ProfilMapping {

	/** Nom du fichier de profil reconnu dans un dossier d'entrée. */
	public static final List<String> NOMS_FICHIER = List.of("profil-mapping.yaml", "profil-mapping.yml");

	public static final ProfilMapping VIDE = new ProfilMapping("(aucun)", Map.of(), Map.of(), Map.of());

	private static final Set<String> RUBRIQUES = Set.of("version", "colonnes", "valeurs", "description", "logiciel");

	/**
	 * Les colonnes dont le validateur traduit les codes par le profil. Une clé nue vaut
	 * pour tous les fichiers qui ont la colonne ; {@code type} nu reste le type de
	 * collectivité (les profils d'avant les fichiers facultatifs) : le type d'une
	 * décision, d'un signalement, d'une formation ou d'un événement de carrière se
	 * traduit sous une clé préfixée par son fichier ({@code formations.type}), comme
	 * toute colonne qu'on veut traduire pour un seul fichier.
	 */
	private static final List<String> COLONNES_CODEES = List.of("sexe", "statut", "categorie", "filiere", "motif",
			"type", "temps_travail", "boeth_type", "motif_contrat", "nature", "activite", "siege_lesion",
			"nature_lesion", "element_materiel", "type_mp", "auteur", "sexe_victime", "organisme", "acfi_origine",
			"assurance_chomage", "action_sociale_mode");

	private final String source;

	/** type de fichier → colonne canonique → noms d'en-tête normalisés. */
	private final Map<TypeFichier, Map<String, List<String>>> colonnes;

	/** colonne canonique → code normalisé de l'export → notre code. */
	private final Map<String, Map<String, String>> valeurs;

	/**
	 * colonne canonique → codes de l'export tels qu'écrits dans le profil, dans son ordre
	 * : ceux du fichier RH.
	 */
	private final Map<String, List<String>> codesDeLExport;

	private ProfilMapping(String source, Map<TypeFichier, Map<String, List<String>>> colonnes,
			Map<String, Map<String, String>> valeurs, Map<String, List<String>> codesDeLExport) {
		this.source = source;
		this.colonnes = colonnes;
		this.valeurs = valeurs;
		this.codesDeLExport = codesDeLExport;
	}

	public String source() {
		return source;
	}

	/** Autres noms d'en-tête (normalisés) d'une colonne canonique dans ce profil. */
	public List<String> nomsDeColonne(TypeFichier type, String colonne) {
		return colonnes.getOrDefault(type, Map.of()).getOrDefault(colonne, List.of());
	}

	/**
	 * Traduit un code de l'export en notre code, ou le rend tel quel si le profil ne le
	 * connaît pas.
	 */
	public String traduire(String colonne, String valeur) {
		return traduireSelon(colonne, valeur);
	}

	/**
	 * Comme {@link #traduire(String, String)}, pour la colonne d'un fichier donné (clé
	 * préfixée d'abord).
	 */
	public String traduire(TypeFichier type, String colonne, String valeur) {
		String prefixee = cle(type, colonne);
		if (valeurs.containsKey(prefixee)) {
			return traduireSelon(prefixee, valeur);
		}
		return nueApplicable(type, colonne) ? traduireSelon(colonne, valeur) : valeur;
	}

	/**
	 * @param cle une colonne ({@code sexe}) ou une colonne d'un fichier
	 * ({@code formations.type})
	 */
	private String traduireSelon(String cle, String valeur) {
		Map<String, String> table = valeurs.get(cle);
		if (table == null) {
			return valeur;
		}
		String traduit = table.get(Entetes.normaliser(valeur));
		return traduit != null ? traduit : valeur;
	}

	/**
	 * Les codes de l'export pour une colonne, tels qu'écrits dans le profil (vide si le
	 * profil ne traduit pas cette colonne) : c'est eux que le service RH voit dans son
	 * fichier, pas les nôtres.
	 */
	public List<String> codesDeLExport(String colonne) {
		return codesDeLExport.getOrDefault(colonne, List.of());
	}

	/** Comme {@link #codesDeLExport(String)}, pour la colonne d'un fichier donné. */
	public List<String> codesDeLExport(TypeFichier type, String colonne) {
		String prefixee = cle(type, colonne);
		if (codesDeLExport.containsKey(prefixee)) {
			return codesDeLExport.get(prefixee);
		}
		return nueApplicable(type, colonne) ? codesDeLExport(colonne) : List.of();
	}

	/**
	 * {@code type} nu est le type de collectivité : il ne traduit pas le type d'une
	 * formation.
	 */
	private static boolean nueApplicable(TypeFichier type, String colonne) {
		return !colonne.equals("type") || type == TypeFichier.COLLECTIVITES;
	}

	private static String cle(TypeFichier type, String colonne) {
		return type.nom() + "." + colonne;
	}

	/** Lit un profil ; toute erreur de forme nomme le fichier et la clé fautive. */
	public static ProfilMapping lire(Path fichier) throws EntreeInvalideException {
		Object racine;
		try (Reader r = Files.newBufferedReader(fichier, StandardCharsets.UTF_8)) {
			LoaderOptions options = new LoaderOptions();
			options.setMaxAliasesForCollections(10);
			racine = new Yaml(new SafeConstructor(options)).load(r);
		}
		catch (IOException | RuntimeException ex) {
			throw new EntreeInvalideException(
					"Profil de correspondance illisible : " + fichier + " (" + ex.getMessage() + ")");
		}
		if (racine == null) {
			return new ProfilMapping(fichier.toString(), Map.of(), Map.of(), Map.of());
		}
		if (!(racine instanceof Map<?, ?> rubriques)) {
			throw erreur(fichier, "(racine)", "une table avec les rubriques colonnes et valeurs");
		}
		for (Object cle : rubriques.keySet()) {
			if (!RUBRIQUES.contains(String.valueOf(cle))) {
				throw erreur(fichier, String.valueOf(cle), "colonnes, valeurs, description ou logiciel");
			}
		}
		Map<TypeFichier, Map<String, List<String>>> colonnes = new HashMap<>();
		for (var entree : table(fichier, "colonnes", rubriques.get("colonnes")).entrySet()) {
			String nomType = String.valueOf(entree.getKey());
			TypeFichier type = TypeFichier.depuisNom(nomType)
				.orElseThrow(() -> erreur(fichier, "colonnes." + nomType,
						"collectivites, agents, absences, remunerations, employeur-rsu, accidents, decisions-sante, "
								+ "signalements, formations ou carrieres"));
			Map<String, List<String>> parColonne = new HashMap<>();
			for (var c : table(fichier, "colonnes." + nomType, entree.getValue()).entrySet()) {
				String colonne = String.valueOf(c.getKey());
				if (type.colonnes().stream().noneMatch(col -> col.nom().equals(colonne))) {
					throw erreur(fichier, "colonnes." + nomType + "." + colonne, "une colonne de " + nomType + " : "
							+ type.colonnes().stream().map(TypeFichier.Colonne::nom).toList());
				}
				if (c.getValue() == null || c.getValue() instanceof Map<?, ?>
						|| (c.getValue() instanceof List<?> l && (l.isEmpty() || l.contains(null)))) {
					throw erreur(fichier, "colonnes." + nomType + "." + colonne,
							"un nom d'en-tête ou une liste de noms");
				}
				List<String> noms = c.getValue() instanceof List<?> liste
						? liste.stream().map(o -> Entetes.normaliser(String.valueOf(o))).toList()
						: List.of(Entetes.normaliser(String.valueOf(c.getValue())));
				parColonne.put(colonne, noms);
			}
			colonnes.put(type, parColonne);
		}
		Map<String, Map<String, String>> valeurs = new HashMap<>();
		Map<String, List<String>> codesDeLExport = new HashMap<>();
		for (var entree : table(fichier, "valeurs", rubriques.get("valeurs")).entrySet()) {
			String cleValeurs = String.valueOf(entree.getKey());
			String colonne = cleValeurs;
			TypeFichier typeCle = null;
			int point = cleValeurs.indexOf('.');
			if (point > 0) {
				// « formations.type » : la colonne d'un seul fichier
				typeCle = TypeFichier.depuisNom(cleValeurs.substring(0, point)).orElse(null);
				colonne = cleValeurs.substring(point + 1);
				if (typeCle == null || typeCle.colonnes()
					.stream()
					.noneMatch(col -> col.nom().equals(cleValeurs.substring(point + 1)))) {
					throw erreur(fichier, "valeurs." + cleValeurs, "fichier.colonne, par exemple formations.type");
				}
			}
			if (!COLONNES_CODEES.contains(colonne)) {
				// une faute de frappe ici ferait ignorer toute la table en silence
				throw erreur(fichier, "valeurs." + cleValeurs, "une colonne codée : " + COLONNES_CODEES);
			}
			Map<String, String> codes = new HashMap<>();
			List<String> ecrits = new ArrayList<>();
			for (var c : table(fichier, "valeurs." + colonne, entree.getValue()).entrySet()) {
				String code = String.valueOf(c.getKey());
				String normalise = Entetes.normaliser(code);
				if (!codes.containsKey(normalise)) {
					ecrits.add(code);
				}
				String notre = String.valueOf(c.getValue());
				try {
					verifier(typeCle, colonne, notre);
				}
				catch (ValeurInvalideException ex) {
					// découvert à la lecture, ce serait un rejet par ligne qui accuse le
					// fichier au lieu du profil
					throw new EntreeInvalideException("Profil de correspondance " + fichier + " : valeurs." + cleValeurs
							+ " traduit « " + code + " » en « " + notre + " », que le programme ne connaît pas ("
							+ ex.getMessage() + ").");
				}
				codes.put(normalise, notre);
			}
			String cleTable = typeCle == null ? colonne : cle(typeCle, colonne);
			valeurs.put(cleTable, codes);
			codesDeLExport.put(cleTable, List.copyOf(ecrits));
		}
		return new ProfilMapping(fichier.toString(), colonnes, valeurs, codesDeLExport);
	}

	/**
	 * Vérifie qu'une valeur d'arrivée du profil est un code que le validateur accepte
	 * pour la colonne.
	 * @param type le fichier d'une clé préfixée, ou {@code null} pour une clé nue
	 */
	private static void verifier(@Nullable TypeFichier type, String colonne, String valeur)
			throws ValeurInvalideException {
		if (colonne.equals("type") && type != null && type != TypeFichier.COLLECTIVITES) {
			switch (type) {
				case DECISIONS_SANTE -> Codes.code(fr.cdg.rsu.domaine.themes.TypeDecisionSante.class, valeur);
				case SIGNALEMENTS -> Codes.code(fr.cdg.rsu.domaine.themes.TypeSignalement.class, valeur);
				case FORMATIONS -> Codes.code(fr.cdg.rsu.domaine.themes.TypeFormation.class, valeur);
				case CARRIERES -> Codes.code(fr.cdg.rsu.domaine.themes.TypeEvenementCarriere.class, valeur);
				default -> throw new IllegalArgumentException("colonne codée sans contrôle : " + type + ".type");
			}
			return;
		}
		switch (colonne) {
			case "sexe", "sexe_victime" -> Codes.sexe(valeur);
			case "statut" -> Codes.statut(valeur);
			case "categorie" -> Codes.categorie(valeur);
			case "filiere" -> Codes.filiere(valeur);
			case "motif" -> Codes.motif(valeur);
			case "type" -> Codes.typeCollectivite(valeur);
			case "temps_travail" -> Codes.tempsNonComplet(valeur);
			case "nature" -> Codes.natureAccident(valeur);
			case "boeth_type" -> Codes.code(fr.cdg.rsu.domaine.themes.TypeBoeth.class, valeur);
			case "motif_contrat" -> Codes.code(fr.cdg.rsu.domaine.themes.MotifContrat.class, valeur);
			case "activite" -> Codes.code(fr.cdg.rsu.domaine.themes.ActiviteAccident.class, valeur);
			case "siege_lesion" -> Codes.code(fr.cdg.rsu.domaine.themes.SiegeLesion.class, valeur);
			case "nature_lesion" -> Codes.code(fr.cdg.rsu.domaine.themes.NatureLesion.class, valeur);
			case "element_materiel" -> Codes.code(fr.cdg.rsu.domaine.themes.ElementMateriel.class, valeur);
			case "type_mp" -> Codes.code(fr.cdg.rsu.domaine.themes.TypeMaladieProfessionnelle.class, valeur);
			case "auteur" -> Codes.code(fr.cdg.rsu.domaine.themes.AuteurSignalement.class, valeur);
			case "organisme" -> Codes.code(fr.cdg.rsu.domaine.themes.OrganismeFormation.class, valeur);
			case "acfi_origine" -> Codes.code(fr.cdg.rsu.domaine.themes.OrigineAcfi.class, valeur);
			case "assurance_chomage" -> Codes.code(fr.cdg.rsu.domaine.themes.AssuranceChomage.class, valeur);
			case "action_sociale_mode" -> Codes.code(fr.cdg.rsu.domaine.themes.ModeActionSociale.class, valeur);
			default -> throw new IllegalArgumentException("colonne codée sans contrôle : " + colonne);
		}
	}

	private static Map<?, ?> table(Path fichier, String cle, @Nullable Object valeur) throws EntreeInvalideException {
		if (valeur == null) {
			return Map.of();
		}
		if (valeur instanceof Map<?, ?> m) {
			return m;
		}
		throw erreur(fichier, cle, "une table (clé: valeur)");
	}

	private static EntreeInvalideException erreur(Path fichier, String cle, String attendu) {
		return new EntreeInvalideException("Profil de correspondance " + fichier + " : clé « " + cle
				+ " » inconnue ou mal formée (attendu " + attendu + ").");
	}

}
