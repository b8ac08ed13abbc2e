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
 * Un profil de correspondance : les noms de colonnes et les codes d'un autre logiciel RH, ramenés aux nôtres, pour
 * lire son export sans le retoucher. Format YAML décrit dans {@code docs/profil-mapping.md} :
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

	/** Les colonnes dont le validateur traduit les codes par le profil. */
	private static final List<String> COLONNES_CODEES = List.of("sexe", "statut", "categorie", "filiere", "motif",
			"type", "temps_travail");

	private final String source;

	/** type de fichier → colonne canonique → noms d'en-tête normalisés. */
	private final Map<TypeFichier, Map<String, List<String>>> colonnes;

	/** colonne canonique → code normalisé de l'export → notre code. */
	private final Map<String, Map<String, String>> valeurs;

	/** colonne canonique → codes de l'export tels qu'écrits dans le profil, dans son ordre : ceux du fichier RH. */
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

	/** Traduit un code de l'export en notre code, ou le rend tel quel si le profil ne le connaît pas. */
	public String traduire(String colonne, String valeur) {
		Map<String, String> table = valeurs.get(colonne);
		if (table == null) {
			return valeur;
		}
		String traduit = table.get(Entetes.normaliser(valeur));
		return traduit != null ? traduit : valeur;
	}

	/**
	 * Les codes de l'export pour une colonne, tels qu'écrits dans le profil (vide si le profil ne traduit pas cette
	 * colonne) : c'est eux que le service RH voit dans son fichier, pas les nôtres.
	 */
	public List<String> codesDeLExport(String colonne) {
		return codesDeLExport.getOrDefault(colonne, List.of());
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
						"collectivites, agents, absences ou remunerations"));
			Map<String, List<String>> parColonne = new HashMap<>();
			for (var c : table(fichier, "colonnes." + nomType, entree.getValue()).entrySet()) {
				String colonne = String.valueOf(c.getKey());
				if (type.colonnes().stream().noneMatch(col -> col.nom().equals(colonne))) {
					throw erreur(fichier, "colonnes." + nomType + "." + colonne,
							"une colonne de " + nomType + " : " + type.colonnes().stream().map(TypeFichier.Colonne::nom).toList());
				}
				if (c.getValue() == null || c.getValue() instanceof Map<?, ?>
						|| (c.getValue() instanceof List<?> l && (l.isEmpty() || l.contains(null)))) {
					throw erreur(fichier, "colonnes." + nomType + "." + colonne, "un nom d'en-tête ou une liste de noms");
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
			String colonne = String.valueOf(entree.getKey());
			if (!COLONNES_CODEES.contains(colonne)) {
				// une faute de frappe ici ferait ignorer toute la table en silence
				throw erreur(fichier, "valeurs." + colonne, "une colonne codée : " + COLONNES_CODEES);
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
					verifier(colonne, notre);
				}
				catch (ValeurInvalideException ex) {
					// découvert à la lecture, ce serait un rejet par ligne qui accuse le fichier au lieu du profil
					throw new EntreeInvalideException("Profil de correspondance " + fichier + " : valeurs." + colonne
							+ " traduit « " + code + " » en « " + notre + " », que le programme ne connaît pas ("
							+ ex.getMessage() + ").");
				}
				codes.put(normalise, notre);
			}
			valeurs.put(colonne, codes);
			codesDeLExport.put(colonne, List.copyOf(ecrits));
		}
		return new ProfilMapping(fichier.toString(), colonnes, valeurs, codesDeLExport);
	}

	/** Vérifie qu'une valeur d'arrivée du profil est un code que le validateur accepte pour la colonne. */
	private static void verifier(String colonne, String valeur) throws ValeurInvalideException {
		switch (colonne) {
			case "sexe" -> Codes.sexe(valeur);
			case "statut" -> Codes.statut(valeur);
			case "categorie" -> Codes.categorie(valeur);
			case "filiere" -> Codes.filiere(valeur);
			case "motif" -> Codes.motif(valeur);
			case "type" -> Codes.typeCollectivite(valeur);
			case "temps_travail" -> Codes.tempsNonComplet(valeur);
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
		return new EntreeInvalideException(
				"Profil de correspondance " + fichier + " : clé « " + cle + " » inconnue ou mal formée (attendu "
						+ attendu + ").");
	}

}
