package fr.cdg.rsu.rapport.modele;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

import fr.cdg.rsu.indicateurs.Theme;
import fr.cdg.rsu.rapport.document.Apparence;
import fr.cdg.rsu.rapport.document.Bloc.StyleEncadre;
import fr.cdg.rsu.rapport.document.Couleur;
import fr.cdg.rsu.rapport.document.FormatNombre;
import fr.cdg.rsu.rapport.document.FormeGraphique;
import fr.cdg.rsu.rapport.modele.ModeleBloc.Axe;
import fr.cdg.rsu.rapport.modele.ModeleBloc.Element;
import fr.cdg.rsu.rapport.modele.ModeleDocument.ModeleSection;

/**
 * Lit et valide les modèles de {@code report-templates/} : d'un dossier (paramètre {@code --modeles}) ou de la copie
 * empaquetée dans le jar (classpath {@code report-templates/}). Toute clé inconnue (propriété, type de bloc,
 * indicateur, population, groupe, dimension, modalité, format, variable de texte) est une erreur qui nomme le fichier
 * et la clé.
 */
public final class ChargeurModeles {

	public static final String CHARTE = "charte.yaml";

	public static final String LIBELLES = "libelles.yaml";

	/** La phrase d'un tableau tout en secret, pour une charte qui n'a pas la sienne ({@code textes.tout_secret}). */
	static final String TOUT_SECRET_PAR_DEFAUT = "détail non publié, pour qu'aucun agent ne puisse être reconnu (secret"
			+ " statistique : moins de ${seuil} agents, ou de quoi retrouver une telle cellule).";

	/** La phrase d'un tableau dont le fichier source manque, pour une charte qui n'a pas la sienne. */
	static final String NON_TRANSMIS_PAR_DEFAUT = "non transmis : l'employeur n'a pas fourni le fichier d'où viennent ces "
			+ "chiffres ; ce n'est pas un zéro.";

	/** Les modèles des documents PDF, dans l'ordre de production. */
	public static final List<String> DOCUMENTS = List.of("synthese-absenteisme.yaml", "synthese-remunerations.yaml",
			"synthese-egalite.yaml", "fiche-synthetique.yaml");

	/** Le dossier des modèles dans le jar. */
	public static final String RESSOURCE = "report-templates/";

	/**
	 * Les variables autorisées dans les textes : {@code ${annee}}... ; {@code ${seuil}} est le seuil du secret
	 * statistique appliqué aux lignes (option {@code --seuil-secret}), pour les notes qui énoncent la règle.
	 */
	public static final Set<String> VARIABLES = Set.of("annee", "annee_precedente", "collectivite", "siret", "strate",
			"date_publication", "date_reference", "seuil");

	private static final Pattern VARIABLE = Pattern.compile("\\$\\{([^}]*)}");

	private static final Set<String> CHAMPS_CLE = Set.of("theme", "indicateur", "population", "groupe", "dimension",
			"modalite");

	private ChargeurModeles() {
	}

	/**
	 * Le dossier donné s'il existe, sinon {@code ./report-templates} s'il existe, sinon la copie du jar.
	 * @param dossier dossier passé par {@code --modeles}, ou {@code null}
	 * @throws ModeleInvalideException si un dossier est donné mais n'existe pas, ou si un modèle est invalide
	 */
	public static JeuDeModeles charger(@Nullable Path dossier) {
		if (dossier != null) {
			if (!Files.isDirectory(dossier)) {
				throw new ModeleInvalideException(dossier.toString(), "--modeles", "dossier des modèles introuvable");
			}
			return depuisDossier(dossier);
		}
		Path local = Path.of("report-templates");
		if (Files.isDirectory(local)) {
			return depuisDossier(local);
		}
		return depuisClasspath();
	}

	public static JeuDeModeles depuisDossier(Path dossier) {
		return lire(dossier.toAbsolutePath().toString(), nom -> {
			Path p = dossier.resolve(nom);
			if (!Files.isRegularFile(p)) {
				return null;
			}
			try {
				return Files.readAllBytes(p);
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		});
	}

	public static JeuDeModeles depuisClasspath() {
		return lire("classpath:" + RESSOURCE, nom -> {
			try (InputStream in = ChargeurModeles.class.getClassLoader().getResourceAsStream(RESSOURCE + nom)) {
				return in == null ? null : in.readAllBytes();
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		});
	}

	interface Source {

		byte @Nullable [] lire(String nom);

	}

	static JeuDeModeles lire(String origine, Source lecture) {
		MessageDigest sha;
		try {
			sha = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
		// chaque fichier lu entre dans l'empreinte, dans l'ordre de lecture (toujours le même)
		Source source = nom -> {
			byte[] contenu = lecture.lire(nom);
			sha.update((nom + "|" + (contenu == null ? -1 : contenu.length) + "\n").getBytes(StandardCharsets.UTF_8));
			if (contenu != null) {
				sha.update(contenu);
			}
			return contenu;
		};
		Map<String, Object> charte = racine(CHARTE, source);
		Map<String, Object> libelles = racine(LIBELLES, source);
		Apparence apparence = new LecteurCharte(CHARTE, source).lire(charte);
		Libelles lib = lireLibelles(libelles);
		List<ModeleDocument> documents = new ArrayList<>();
		for (String nom : DOCUMENTS) {
			documents.add(new LecteurDocument(nom).lire(racine(nom, source)));
		}
		return new JeuDeModeles(origine, apparence, lib, documents,
				HexFormat.of().formatHex(sha.digest()).substring(0, 32));
	}

	private static Map<String, Object> racine(String nom, Source source) {
		byte[] contenu = source.lire(nom);
		if (contenu == null) {
			throw new ModeleInvalideException(nom, "(fichier)", "fichier de modèle absent");
		}
		Object o;
		try {
			o = new Yaml(new SafeConstructor(new LoaderOptions()))
				.load(new String(contenu, StandardCharsets.UTF_8));
		}
		catch (YAMLException e) {
			throw new ModeleInvalideException(nom, "(syntaxe)", "YAML illisible : " + e.getMessage());
		}
		return new Lecteur(nom).carte(o, "(racine)");
	}

	// ---------------------------------------------------------------------------------------------------------

	/** Aides de lecture qui connaissent le fichier et le chemin de chaque clé. */
	static class Lecteur {

		final String fichier;

		Lecteur(String fichier) {
			this.fichier = fichier;
		}

		ModeleInvalideException erreur(String cle, String motif) {
			return new ModeleInvalideException(fichier, cle, motif);
		}

		@SuppressWarnings("unchecked")
		Map<String, Object> carte(@Nullable Object o, String chemin) {
			if (!(o instanceof Map<?, ?> m)) {
				throw erreur(chemin, "une table de propriétés est attendue");
			}
			for (Object k : m.keySet()) {
				if (!(k instanceof String)) {
					throw erreur(chemin + "." + k, "nom de propriété attendu");
				}
			}
			return (Map<String, Object>) m;
		}

		List<?> liste(@Nullable Object o, String chemin) {
			if (!(o instanceof List<?> l)) {
				throw erreur(chemin, "une liste est attendue");
			}
			return l;
		}

		void verifierCles(Map<String, Object> m, String chemin, Set<String> permises) {
			for (String k : m.keySet()) {
				if (!permises.contains(k)) {
					throw erreur(chemin + "." + k, "propriété inconnue (attendues : " + String.join(", ",
							permises.stream().sorted().toList()) + ")");
				}
			}
		}

		@Nullable
		String texteFacultatif(Map<String, Object> m, String cle, String chemin) {
			Object o = m.get(cle);
			if (o == null) {
				return null;
			}
			if (!(o instanceof String || o instanceof Number || o instanceof Boolean)) {
				throw erreur(chemin + "." + cle, "texte attendu");
			}
			String s = String.valueOf(o);
			verifierVariables(s, chemin + "." + cle);
			return s;
		}

		String texte(Map<String, Object> m, String cle, String chemin) {
			String s = texteFacultatif(m, cle, chemin);
			if (s == null || s.isBlank()) {
				throw erreur(chemin + "." + cle, "texte obligatoire");
			}
			return s;
		}

		List<String> textes(Map<String, Object> m, String cle, String chemin) {
			Object o = m.get(cle);
			if (o == null) {
				return List.of();
			}
			List<String> r = new ArrayList<>();
			List<?> l = liste(o, chemin + "." + cle);
			for (int i = 0; i < l.size(); i++) {
				String c = chemin + "." + cle + "[" + i + "]";
				if (!(l.get(i) instanceof String s)) {
					throw erreur(c, "texte attendu");
				}
				verifierVariables(s, c);
				r.add(s);
			}
			return r;
		}

		int entier(Map<String, Object> m, String cle, String chemin, int defaut) {
			Object o = m.get(cle);
			if (o == null) {
				return defaut;
			}
			if (!(o instanceof Integer i) || i < 0) {
				throw erreur(chemin + "." + cle, "entier positif attendu");
			}
			return i;
		}

		boolean booleen(Map<String, Object> m, String cle, String chemin, boolean defaut) {
			Object o = m.get(cle);
			if (o == null) {
				return defaut;
			}
			if (!(o instanceof Boolean b)) {
				throw erreur(chemin + "." + cle, "true ou false attendu");
			}
			return b;
		}

		void verifierVariables(String texte, String chemin) {
			Matcher mt = VARIABLE.matcher(texte);
			while (mt.find()) {
				if (!VARIABLES.contains(mt.group(1))) {
					throw erreur(chemin, "variable inconnue ${" + mt.group(1) + "} (connues : "
							+ String.join(", ", VARIABLES.stream().sorted().toList()) + ")");
				}
			}
			if (mt.replaceAll("").contains("${")) {
				throw erreur(chemin, "variable non fermée");
			}
		}

	}

	// ---------------------------------------------------------------------------------------------------------

	static final class LecteurCharte extends Lecteur {

		private final Source source;

		LecteurCharte(String fichier, Source source) {
			super(fichier);
			this.source = source;
		}

		Apparence lire(Map<String, Object> m) {
			verifierCles(m, "(racine)", Set.of("editeur", "logo", "couleurs", "textes"));
			Map<String, Object> c = carte(m.get("couleurs"), "couleurs");
			verifierCles(c, "couleurs",
					Set.of("principale", "accent", "texte", "fond_section", "femmes", "hommes", "series"));
			Map<String, Object> t = carte(m.get("textes"), "textes");
			verifierCles(t, "textes", Set.of("secret", "non_disponible", "absente", "tout_secret", "non_transmis"));
			List<Couleur> series = new ArrayList<>();
			List<?> l = liste(c.get("series"), "couleurs.series");
			for (int i = 0; i < l.size(); i++) {
				series.add(couleur(l.get(i), "couleurs.series[" + i + "]"));
			}
			if (series.isEmpty()) {
				throw erreur("couleurs.series", "au moins une couleur");
			}
			byte[] logo = null;
			String nomLogo = texteFacultatif(m, "logo", "(racine)");
			if (nomLogo != null && !nomLogo.isBlank()) {
				if (nomLogo.contains("..") || nomLogo.startsWith("/")) {
					throw erreur("logo", "nom de fichier simple attendu, dans le dossier des modèles");
				}
				logo = source.lire(nomLogo);
				if (logo == null) {
					throw erreur("logo", "fichier introuvable : " + nomLogo);
				}
			}
			return new Apparence(couleur(c.get("principale"), "couleurs.principale"),
					couleur(c.get("accent"), "couleurs.accent"), couleur(c.get("texte"), "couleurs.texte"),
					couleur(c.get("fond_section"), "couleurs.fond_section"), couleur(c.get("femmes"), "couleurs.femmes"),
					couleur(c.get("hommes"), "couleurs.hommes"), series, logo, texte(m, "editeur", "(racine)"),
					texte(t, "secret", "textes"), texte(t, "non_disponible", "textes"), texte(t, "absente", "textes"),
					t.containsKey("tout_secret") ? texte(t, "tout_secret", "textes") : TOUT_SECRET_PAR_DEFAUT,
					t.containsKey("non_transmis") ? texte(t, "non_transmis", "textes") : NON_TRANSMIS_PAR_DEFAUT);
		}

		private Couleur couleur(@Nullable Object o, String chemin) {
			if (!(o instanceof String s)) {
				throw erreur(chemin, "couleur \"#RRGGBB\" attendue");
			}
			try {
				return Couleur.depuisHex(s);
			}
			catch (IllegalArgumentException e) {
				throw erreur(chemin, java.util.Objects.requireNonNullElse(e.getMessage(), "couleur invalide"));
			}
		}

	}

	// ---------------------------------------------------------------------------------------------------------

	private static Libelles lireLibelles(Map<String, Object> m) {
		Lecteur l = new Lecteur(LIBELLES);
		Set<String> categories = Set.of(Libelles.THEMES, Libelles.INDICATEURS, Libelles.POPULATIONS, Libelles.GROUPES,
				Libelles.DIMENSIONS, Libelles.MODALITES);
		l.verifierCles(m, "(racine)", categories);
		Map<String, Map<String, String>> r = new LinkedHashMap<>();
		for (String cat : categories) {
			Map<String, String> codes = new LinkedHashMap<>();
			if (m.containsKey(cat)) {
				Map<String, Object> c = l.carte(m.get(cat), cat);
				for (String code : c.keySet()) {
					verifierCodeLibelle(l, cat, code);
					codes.put(code, l.texte(c, code, cat));
				}
			}
			r.put(cat, codes);
		}
		return new Libelles(r);
	}

	private static void verifierCodeLibelle(Lecteur l, String categorie, String code) {
		boolean connu = switch (categorie) {
			case Libelles.THEMES -> Set.of(Theme.values()).stream().anyMatch(t -> t.code().equals(code));
			case Libelles.INDICATEURS ->
				Vocabulaire.INDICATEURS.values().stream().anyMatch(s -> s.contains(code));
			case Libelles.POPULATIONS -> Vocabulaire.POPULATIONS.contains(code);
			case Libelles.GROUPES -> Vocabulaire.GROUPES.contains(code);
			case Libelles.DIMENSIONS -> "ensemble".equals(code) || Vocabulaire.DIMENSIONS_SIMPLES.contains(code);
			default -> true; // modalités : les cadres d'emplois sont libres
		};
		if (!connu) {
			throw l.erreur(categorie + "." + code, "code inconnu du vocabulaire des indicateurs");
		}
	}

	// ---------------------------------------------------------------------------------------------------------

	static final class LecteurDocument extends Lecteur {

		LecteurDocument(String fichier) {
			super(fichier);
		}

		ModeleDocument lire(Map<String, Object> m) {
			verifierCles(m, "(racine)", Set.of("fichier", "titre", "sous_titre", "sujet", "sections"));
			String fichierPdf = texte(m, "fichier", "(racine)");
			if (!fichierPdf.matches("[a-z0-9-]+\\.pdf")) {
				throw erreur("fichier", "nom de fichier PDF simple attendu (minuscules, chiffres, tirets)");
			}
			List<ModeleSection> sections = new ArrayList<>();
			List<?> l = liste(m.get("sections"), "sections");
			for (int i = 0; i < l.size(); i++) {
				sections.add(section(carte(l.get(i), "sections[" + i + "]"), "sections[" + i + "]"));
			}
			return new ModeleDocument(fichier, fichierPdf, texte(m, "titre", "(racine)"),
					texte(m, "sous_titre", "(racine)"), texte(m, "sujet", "(racine)"), sections);
		}

		private ModeleSection section(Map<String, Object> m, String chemin) {
			verifierCles(m, chemin, Set.of("titre", "nouvelle_page", "blocs"));
			List<ModeleBloc> blocs = new ArrayList<>();
			List<?> l = liste(m.get("blocs"), chemin + ".blocs");
			for (int i = 0; i < l.size(); i++) {
				String c = chemin + ".blocs[" + i + "]";
				blocs.add(bloc(carte(l.get(i), c), c));
			}
			return new ModeleSection(texte(m, "titre", chemin), booleen(m, "nouvelle_page", chemin, false), blocs);
		}

		private ModeleBloc bloc(Map<String, Object> m, String chemin) {
			String type = texte(m, "type", chemin);
			return switch (type) {
				case "texte" -> {
					verifierCles(m, chemin, Set.of("type", "texte"));
					yield new ModeleBloc.Texte(texte(m, "texte", chemin));
				}
				case "note_de_lecture", "methodologie" -> {
					verifierCles(m, chemin, Set.of("type", "titre", "paragraphes"));
					List<String> p = textes(m, "paragraphes", chemin);
					if (p.isEmpty()) {
						throw erreur(chemin + ".paragraphes", "au moins un paragraphe");
					}
					yield new ModeleBloc.Encadre(texte(m, "titre", chemin), p,
							type.equals("methodologie") ? StyleEncadre.METHODE : StyleEncadre.LECTURE);
				}
				case "chiffres" -> chiffres(m, chemin);
				case "tableau" -> tableau(m, chemin);
				case "graphique" -> graphique(m, chemin);
				case "classement" -> classement(m, chemin);
				default -> throw erreur(chemin + ".type", "type de bloc inconnu « " + type
						+ " » (connus : texte, note_de_lecture, methodologie, chiffres, tableau, graphique, classement)");
			};
		}

		private ModeleBloc chiffres(Map<String, Object> m, String chemin) {
			verifierCles(m, chemin, union(Set.of("type", "titre", "elements", "format"), CHAMPS_CLE));
			CleModele base = cle(m, chemin);
			FormatNombre formatBloc = format(m, chemin);
			List<Element> elements = new ArrayList<>();
			List<?> l = liste(m.get("elements"), chemin + ".elements");
			for (int i = 0; i < l.size(); i++) {
				String c = chemin + ".elements[" + i + "]";
				Element e = element(carte(l.get(i), c), c, Set.of("precision"));
				verifierCleComplete(base.avec(e.cle()), c, null);
				elements.add(new Element(e.libelle(), base.avec(e.cle()), e.format() != null ? e.format() : formatBloc,
						e.precision()));
			}
			return new ModeleBloc.Chiffres(texteFacultatif(m, "titre", chemin), elements);
		}

		private ModeleBloc tableau(Map<String, Object> m, String chemin) {
			verifierCles(m, chemin,
					union(Set.of("type", "titre", "entete_lignes", "lignes", "colonnes", "format", "note"), CHAMPS_CLE));
			CleModele base = cle(m, chemin);
			Axe lignes = axe(m.get("lignes"), chemin + ".lignes");
			Axe colonnes = axe(m.get("colonnes"), chemin + ".colonnes");
			verifierCroisement(base, lignes, colonnes, chemin);
			return new ModeleBloc.Tableau(texteFacultatif(m, "titre", chemin), texte(m, "entete_lignes", chemin), base,
					lignes, colonnes, format(m, chemin), texteFacultatif(m, "note", chemin));
		}

		private ModeleBloc graphique(Map<String, Object> m, String chemin) {
			verifierCles(m, chemin, union(Set.of("type", "titre", "forme", "categories", "series", "format",
					"axe_categories", "axe_valeurs", "hauteur", "note"), CHAMPS_CLE));
			CleModele base = cle(m, chemin);
			String f = texte(m, "forme", chemin);
			FormeGraphique forme = FormeGraphique.depuisCode(f)
				.orElseThrow(() -> erreur(chemin + ".forme",
						"forme inconnue « " + f + " » (connues : barres, barres_horizontales, pyramide)"));
			Axe categories = axe(m.get("categories"), chemin + ".categories");
			Axe series = axe(m.get("series"), chemin + ".series");
			verifierCroisement(base, categories, series, chemin);
			int hauteur = entier(m, "hauteur", chemin, 200);
			if (hauteur < 80 || hauteur > 700) {
				throw erreur(chemin + ".hauteur", "hauteur en points entre 80 et 700");
			}
			return new ModeleBloc.Graphique(texteFacultatif(m, "titre", chemin), forme, base, categories, series,
					format(m, chemin), texte(m, "axe_categories", chemin), texte(m, "axe_valeurs", chemin), hauteur,
					texteFacultatif(m, "note", chemin));
		}

		private ModeleBloc classement(Map<String, Object> m, String chemin) {
			verifierCles(m, chemin, union(Set.of("type", "titre", "entete_lignes", "entete_valeur", "entete_effectif",
					"ordre", "nombre", "effectif_minimum", "format", "si_vide"), CHAMPS_CLE));
			CleModele base = cle(m, chemin);
			if (base.dimension() == null || base.dimension().contains("+") || "ensemble".equals(base.dimension())) {
				throw erreur(chemin + ".dimension", "une dimension simple est attendue pour un classement");
			}
			verifierCleComplete(base, chemin, List.of(base.dimension()));
			String ordre = texte(m, "ordre", chemin);
			if (!ordre.equals("croissant") && !ordre.equals("decroissant")) {
				throw erreur(chemin + ".ordre", "croissant ou decroissant attendu");
			}
			return new ModeleBloc.Classement(texteFacultatif(m, "titre", chemin), texte(m, "entete_lignes", chemin),
					texte(m, "entete_valeur", chemin), texte(m, "entete_effectif", chemin), base,
					ordre.equals("decroissant"), entier(m, "nombre", chemin, 3), entier(m, "effectif_minimum", chemin, 0),
					format(m, chemin), texte(m, "si_vide", chemin));
		}

		private Axe axe(@Nullable Object o, String chemin) {
			if (o instanceof Map<?, ?>) {
				Map<String, Object> m = carte(o, chemin);
				verifierCles(m, chemin, Set.of("selon", "total"));
				String dim = texte(m, "selon", chemin);
				if (!Vocabulaire.DIMENSIONS_SIMPLES.contains(dim)) {
					throw erreur(chemin + ".selon", "dimension inconnue « " + dim + " »");
				}
				Element total = m.containsKey("total")
						? element(carte(m.get("total"), chemin + ".total"), chemin + ".total", Set.of()) : null;
				return new Axe.Selon(dim, total);
			}
			List<?> l = liste(o, chemin);
			if (l.isEmpty()) {
				throw erreur(chemin, "au moins un élément");
			}
			List<Element> elements = new ArrayList<>();
			for (int i = 0; i < l.size(); i++) {
				String c = chemin + "[" + i + "]";
				elements.add(element(carte(l.get(i), c), c, Set.of()));
			}
			return new Axe.Liste(elements);
		}

		private Element element(Map<String, Object> m, String chemin, Set<String> autres) {
			verifierCles(m, chemin, union(union(Set.of("libelle", "format"), autres), CHAMPS_CLE));
			return new Element(texte(m, "libelle", chemin), cle(m, chemin), format(m, chemin),
					autres.contains("precision") ? texteFacultatif(m, "precision", chemin) : null);
		}

		private @Nullable FormatNombre format(Map<String, Object> m, String chemin) {
			String f = texteFacultatif(m, "format", chemin);
			if (f == null) {
				return null;
			}
			return FormatNombre.depuisCode(f)
				.orElseThrow(() -> erreur(chemin + ".format", "format inconnu « " + f + " » (connus : "
						+ String.join(", ", java.util.Arrays.stream(FormatNombre.values()).map(FormatNombre::code)
							.toList())
						+ ")"));
		}

		/** Les champs de clé d'un niveau, chacun vérifié contre le vocabulaire. */
		private CleModele cle(Map<String, Object> m, String chemin) {
			Theme theme = null;
			String t = texteFacultatif(m, "theme", chemin);
			if (t != null) {
				String code = t;
				theme = java.util.Arrays.stream(Theme.values())
					.filter(x -> x.code().equals(code))
					.findFirst()
					.orElseThrow(() -> erreur(chemin + ".theme", "thème inconnu « " + code + " »"));
			}
			String population = texteFacultatif(m, "population", chemin);
			if (population != null && !Vocabulaire.POPULATIONS.contains(population)) {
				throw erreur(chemin + ".population", "population inconnue « " + population + " »");
			}
			String groupe = texteFacultatif(m, "groupe", chemin);
			if (groupe != null && !Vocabulaire.GROUPES.contains(groupe)) {
				throw erreur(chemin + ".groupe", "groupe d'absences inconnu « " + groupe + " »");
			}
			String dimension = texteFacultatif(m, "dimension", chemin);
			if (dimension != null && !Vocabulaire.estDimension(dimension)) {
				throw erreur(chemin + ".dimension", "dimension inconnue « " + dimension + " »");
			}
			String indicateur = texteFacultatif(m, "indicateur", chemin);
			if (indicateur != null
					&& Vocabulaire.INDICATEURS.values().stream().noneMatch(s -> s.contains(indicateur))) {
				throw erreur(chemin + ".indicateur", "indicateur inconnu « " + indicateur + " »");
			}
			return new CleModele(theme, indicateur, population, groupe, dimension,
					texteFacultatif(m, "modalite", chemin));
		}

		/** Vérifie chaque combinaison ligne × colonne (ou catégorie × série). */
		private void verifierCroisement(CleModele base, Axe a, Axe b, String chemin) {
			for (Element ea : elementsVerifiables(a)) {
				for (Element eb : elementsVerifiables(b)) {
					CleModele k = base.avec(ea.cle()).avec(eb.cle());
					List<String> selon = new ArrayList<>();
					if (a instanceof Axe.Selon s && !ea.libelle().equals("(total)")) {
						selon.add(s.dimension());
					}
					if (b instanceof Axe.Selon s && !eb.libelle().equals("(total)")) {
						selon.add(s.dimension());
					}
					verifierCleComplete(k, chemin, selon);
				}
			}
		}

		private List<Element> elementsVerifiables(Axe axe) {
			return switch (axe) {
				case Axe.Liste l -> l.elements();
				case Axe.Selon s -> {
					List<Element> r = new ArrayList<>();
					r.add(new Element(s.dimension(), CleModele.VIDE, null, null));
					if (s.total() != null) {
						r.add(new Element("(total)", s.total().cle(), null, null));
					}
					yield r;
				}
			};
		}

		/**
		 * Une clé complète doit nommer un thème et un indicateur de ce thème ; la modalité doit convenir à la
		 * dimension, et chaque dimension d'un axe {@code selon} doit faire partie de la dimension de la clé.
		 */
		private void verifierCleComplete(CleModele k, String chemin, @Nullable List<String> selon) {
			if (k.theme() == null) {
				throw erreur(chemin + ".theme", "thème non renseigné");
			}
			if (k.indicateur() == null) {
				throw erreur(chemin + ".indicateur", "indicateur non renseigné");
			}
			if (!Vocabulaire.estIndicateur(k.theme(), k.indicateur())) {
				throw erreur(chemin + ".indicateur",
						"indicateur inconnu « " + k.indicateur() + " » pour le thème " + k.theme().code());
			}
			if (k.population() == null) {
				throw erreur(chemin + ".population", "population non renseignée");
			}
			String dimension = k.dimensionOuEnsemble();
			List<String> parties = List.of(dimension.split("\\+"));
			if (selon != null && !selon.isEmpty()) {
				for (String s : selon) {
					if (!parties.contains(s)) {
						throw erreur(chemin, "« selon: " + s + " » n'est pas une dimension de « " + dimension + " »");
					}
				}
			}
			else if (k.modalite() == null && !"ensemble".equals(dimension)) {
				throw erreur(chemin + ".modalite", "modalité non renseignée pour la dimension « " + dimension + " »");
			}
			else if (k.modalite() != null && !Vocabulaire.estModalite(dimension, k.modalite())) {
				throw erreur(chemin + ".modalite",
						"modalité « " + k.modalite() + " » inconnue pour la dimension « " + dimension + " »");
			}
		}

		private static Set<String> union(Set<String> a, Set<String> b) {
			java.util.HashSet<String> r = new java.util.HashSet<>(a);
			r.addAll(b);
			return r;
		}

	}

}
