package fr.cdg.rsu.rapport.modele;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import fr.cdg.rsu.indicateurs.Catalogue;
import fr.cdg.rsu.indicateurs.Theme;
import fr.cdg.rsu.rapport.document.Bloc.StyleEncadre;
import fr.cdg.rsu.rapport.document.FormatNombre;
import fr.cdg.rsu.rapport.document.FormeGraphique;
import fr.cdg.rsu.rapport.modele.ModeleBloc.Axe;
import fr.cdg.rsu.rapport.modele.ModeleBloc.Element;
import fr.cdg.rsu.rapport.modele.ModeleDocument.ModeleSection;

/**
 * Lit le modèle d'un document PDF ({@code synthese-absenteisme.yaml}...) : sections et
 * blocs, et chaque clé d'indicateur vérifiée contre le vocabulaire, combinaison par
 * combinaison pour les tableaux et les graphiques.
 */
final class LecteurDocument extends LecteurYaml {

	private static final java.util.regex.Pattern NOM_COMMUN = java.util.regex.Pattern.compile("[a-z0-9_]+");

	/**
	 * Les blocs et phrases que ce document peut inclure ; {@code null} : on lit
	 * {@code blocs-communs.yaml}.
	 */
	private final @Nullable BlocsCommuns communs;

	LecteurDocument(String fichier, BlocsCommuns communs) {
		super(fichier);
		this.communs = communs;
	}

	private LecteurDocument(String fichier) {
		super(fichier);
		this.communs = null;
	}

	/**
	 * Lit {@code blocs-communs.yaml} : {@code blocs} (nom → bloc, de n'importe quel type)
	 * et {@code phrases} (nom → une phrase ou une liste de phrases), chacun validé comme
	 * dans un document, clés complètes. Un bloc ou une phrase commune n'en inclut pas
	 * d'autre : pas de boucle possible.
	 */
	static BlocsCommuns communs(String fichier, Map<String, Object> m) {
		LecteurDocument l = new LecteurDocument(fichier);
		l.verifierCles(m, "(racine)", Set.of("blocs", "phrases"));
		Map<String, ModeleBloc> blocs = new java.util.LinkedHashMap<>();
		if (m.get("blocs") != null) {
			for (Map.Entry<String, Object> e : l.carte(m.get("blocs"), "blocs").entrySet()) {
				String c = "blocs." + e.getKey();
				l.verifierNom(e.getKey(), c);
				blocs.put(e.getKey(), l.bloc(l.carte(e.getValue(), c), c));
			}
		}
		Map<String, List<ModeleBloc.Phrase>> phrases = new java.util.LinkedHashMap<>();
		if (m.get("phrases") != null) {
			for (Map.Entry<String, Object> e : l.carte(m.get("phrases"), "phrases").entrySet()) {
				String c = "phrases." + e.getKey();
				l.verifierNom(e.getKey(), c);
				List<ModeleBloc.Phrase> suite = new ArrayList<>();
				if (e.getValue() instanceof List<?> liste) {
					if (liste.isEmpty()) {
						throw l.erreur(c, "au moins une phrase");
					}
					for (int i = 0; i < liste.size(); i++) {
						suite.add(l.phraseCommune(liste.get(i), c + "[" + i + "]"));
					}
				}
				else {
					suite.add(l.phraseCommune(e.getValue(), c));
				}
				phrases.put(e.getKey(), suite);
			}
		}
		return new BlocsCommuns(blocs, phrases);
	}

	private ModeleBloc.Phrase phraseCommune(@Nullable Object o, String chemin) {
		Map<String, Object> e = carte(o, chemin);
		if (e.containsKey("inclure")) {
			communsPourInclure(chemin);
		}
		return phrase(e, chemin, CleModele.VIDE, null);
	}

	private void verifierNom(String nom, String chemin) {
		if (!NOM_COMMUN.matcher(nom).matches()) {
			throw erreur(chemin, "nom attendu en minuscules, chiffres et « _ »");
		}
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
		verifierCles(m, chemin, Set.of("titre", "nouvelle_page", "blocs", "si_sans_comparaison"));
		List<ModeleBloc> blocs = new ArrayList<>();
		List<?> l = liste(m.get("blocs"), chemin + ".blocs");
		for (int i = 0; i < l.size(); i++) {
			String c = chemin + ".blocs[" + i + "]";
			blocs.add(bloc(carte(l.get(i), c), c));
		}
		return new ModeleSection(texte(m, "titre", chemin), booleen(m, "nouvelle_page", chemin, false), blocs,
				texteFacultatif(m, "si_sans_comparaison", chemin));
	}

	private ModeleBloc bloc(Map<String, Object> m, String chemin) {
		if (m.containsKey("inclure")) {
			return inclusion(m, chemin);
		}
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
			case "phrases" -> phrases(m, chemin);
			default -> throw erreur(chemin + ".type", "type de bloc inconnu « " + type
					+ " » (connus : texte, note_de_lecture, methodologie, chiffres, tableau, graphique, classement,"
					+ " phrases)");
		};
	}

	private ModeleBloc chiffres(Map<String, Object> m, String chemin) {
		verifierCles(m, chemin, union(Set.of("type", "titre", "elements", "format"), ChargeurModeles.CHAMPS_CLE));
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
		verifierCles(m, chemin, union(
				Set.of("type", "titre", "entete_lignes", "lignes", "colonnes", "format", "note", "sans_ligne_vide"),
				ChargeurModeles.CHAMPS_CLE));
		CleModele base = cle(m, chemin);
		Axe lignes = axe(m.get("lignes"), chemin + ".lignes");
		Axe colonnes = axe(m.get("colonnes"), chemin + ".colonnes");
		verifierCroisement(base, lignes, colonnes, chemin);
		return new ModeleBloc.Tableau(texteFacultatif(m, "titre", chemin), texte(m, "entete_lignes", chemin), base,
				lignes, colonnes, format(m, chemin), texteFacultatif(m, "note", chemin),
				texteFacultatif(m, "sans_ligne_vide", chemin, Set.of("liste")));
	}

	private ModeleBloc graphique(Map<String, Object> m, String chemin) {
		verifierCles(m, chemin, union(Set.of("type", "titre", "forme", "categories", "series", "format",
				"axe_categories", "axe_valeurs", "hauteur", "note", "sans_zero"), ChargeurModeles.CHAMPS_CLE));
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
				texteFacultatif(m, "note", chemin), texteFacultatif(m, "sans_zero", chemin, Set.of("liste")));
	}

	private ModeleBloc classement(Map<String, Object> m, String chemin) {
		verifierCles(m, chemin,
				union(Set.of("type", "titre", "entete_lignes", "entete_valeur", "entete_effectif", "ordre", "nombre",
						"effectif_minimum", "format", "si_vide", "valeur_inferieure_a", "valeur_superieure_a",
						"effectif"), ChargeurModeles.CHAMPS_CLE));
		CleModele base = cle(m, chemin);
		if (base.dimension() == null || base.dimension().contains("+") || "ensemble".equals(base.dimension())) {
			throw erreur(chemin + ".dimension", "une dimension simple est attendue pour un classement");
		}
		verifierCleComplete(base, chemin, List.of(base.dimension()));
		String ordre = texte(m, "ordre", chemin);
		if (!ordre.equals("croissant") && !ordre.equals("decroissant")) {
			throw erreur(chemin + ".ordre", "croissant ou decroissant attendu");
		}
		// l'effectif imprimé est le dénominateur d'un taux ; un compte n'en a pas, et sa
		// base d'agents (qui sert à
		// effectif_minimum) n'est pas publiée
		if (m.get("entete_effectif") != null && Catalogue.trouver(base.themeExige(), base.indicateurExige())
			.filter(e -> e.nature() == Catalogue.Nature.ADDITIF)
			.isPresent()) {
			throw erreur(chemin + ".entete_effectif", "« " + base.indicateur()
					+ " » est un compte : il n'a pas d'effectif à imprimer (effectif_minimum reste possible)");
		}
		String effectif = texteFacultatif(m, "effectif", chemin);
		if (effectif != null && !effectif.equals("numerateur") && !effectif.equals("denominateur")) {
			throw erreur(chemin + ".effectif", "numerateur ou denominateur attendu");
		}
		return new ModeleBloc.Classement(texteFacultatif(m, "titre", chemin), texte(m, "entete_lignes", chemin),
				texte(m, "entete_valeur", chemin), texteFacultatif(m, "entete_effectif", chemin), base,
				ordre.equals("decroissant"), entier(m, "nombre", chemin, 3), entier(m, "effectif_minimum", chemin, 0),
				format(m, chemin), texte(m, "si_vide", chemin), nombreFacultatif(m, "valeur_inferieure_a", chemin),
				nombreFacultatif(m, "valeur_superieure_a", chemin), "numerateur".equals(effectif));
	}

	private static final Set<String> VARIABLES_PHRASE = Set.of("valeur", "modalite");

	/** Avec {@code comparee:}, la seconde valeur de la phrase. */
	private static final Set<String> VARIABLES_PHRASE_COMPAREE = Set.of("valeur", "modalite", "valeur_comparee");

	private ModeleBloc phrases(Map<String, Object> m, String chemin) {
		verifierCles(m, chemin,
				union(Set.of("type", "elements", "format", "si_non_transmis"), ChargeurModeles.CHAMPS_CLE));
		CleModele base = cle(m, chemin);
		@Nullable FormatNombre formatBloc = format(m, chemin);
		List<ModeleBloc.Phrase> r = new ArrayList<>();
		List<?> l = liste(m.get("elements"), chemin + ".elements");
		if (l.isEmpty()) {
			throw erreur(chemin + ".elements", "au moins une phrase");
		}
		for (int i = 0; i < l.size(); i++) {
			String c = chemin + ".elements[" + i + "]";
			Map<String, Object> e = carte(l.get(i), c);
			if (e.containsKey("inclure")) {
				r.addAll(phrasesIncluses(e, c, base, formatBloc));
			}
			else {
				r.add(phrase(e, c, base, formatBloc));
			}
		}
		return new ModeleBloc.Phrases(r, texteFacultatif(m, "si_non_transmis", chemin));
	}

	/**
	 * Une phrase d'un bloc {@code phrases}, complétée par la clé et le format du bloc.
	 */
	private ModeleBloc.Phrase phrase(Map<String, Object> e, String c, CleModele base,
			@Nullable FormatNombre formatBloc) {
		verifierCles(e, c, union(Set.of("texte", "texte_egalite", "si_zero", "si_un", "si_non_renseigne", "selon",
				"ordre", "effectif_minimum", "format", "comparee"), ChargeurModeles.CHAMPS_CLE));
		CleModele k = base.avec(cle(e, c));
		String selon = texteFacultatif(e, "selon", c);
		if (selon != null) {
			if (!Vocabulaire.DIMENSIONS_SIMPLES.contains(selon)) {
				throw erreur(c + ".selon", "dimension simple attendue, « " + selon + " » inconnue");
			}
			k = k.avec(new CleModele(null, null, null, null, selon, null));
			verifierCleComplete(k, c, List.of(selon));
		}
		else {
			verifierCleComplete(k, c, null);
		}
		String ordre = texteFacultatif(e, "ordre", c);
		if (ordre != null && !ordre.equals("croissant") && !ordre.equals("decroissant")) {
			throw erreur(c + ".ordre", "croissant ou decroissant attendu");
		}
		CleModele comparee = null;
		if (e.containsKey("comparee")) {
			if (selon != null) {
				throw erreur(c + ".comparee", "une valeur comparée ne s'emploie pas avec selon");
			}
			Map<String, Object> mc = carte(e.get("comparee"), c + ".comparee");
			verifierCles(mc, c + ".comparee", ChargeurModeles.CHAMPS_CLE);
			comparee = k.avec(cle(mc, c + ".comparee"));
			verifierCleComplete(comparee, c + ".comparee", null);
		}
		Set<String> variables = comparee != null ? VARIABLES_PHRASE_COMPAREE : VARIABLES_PHRASE;
		String texte = texteFacultatif(e, "texte", c, variables);
		if (texte == null || texte.isBlank()) {
			throw erreur(c + ".texte", "texte obligatoire");
		}
		FormatNombre f = format(e, c);
		return new ModeleBloc.Phrase(k, selon, !"croissant".equals(ordre), entier(e, "effectif_minimum", c, 0),
				f != null ? f : formatBloc, texte, texteFacultatif(e, "texte_egalite", c, VARIABLES_PHRASE),
				texteFacultatif(e, "si_zero", c, variables), texteFacultatif(e, "si_un", c, variables),
				texteFacultatif(e, "si_non_renseigne", c), comparee);
	}

	/**
	 * {@code - inclure: <nom>} parmi les phrases d'un bloc : la phrase commune (ou la
	 * suite de phrases) de ce nom, complétée par la clé et le format du bloc, et vérifiée
	 * une seconde fois ainsi complétée.
	 */
	private List<ModeleBloc.Phrase> phrasesIncluses(Map<String, Object> e, String c, CleModele base,
			@Nullable FormatNombre formatBloc) {
		BlocsCommuns inclus = communsPourInclure(c);
		verifierCles(e, c, Set.of("inclure"));
		String nom = texte(e, "inclure", c);
		List<ModeleBloc.Phrase> communes = inclus.phrases(nom);
		if (communes == null) {
			throw erreur(c + ".inclure",
					"phrase commune inconnue « " + nom + " » " + connus(inclus.phrases().keySet()));
		}
		List<ModeleBloc.Phrase> r = new ArrayList<>();
		for (ModeleBloc.Phrase p : communes) {
			ModeleBloc.Phrase q = new ModeleBloc.Phrase(base.avec(p.cle()), p.selon(), p.decroissant(),
					p.effectifMinimum(), p.format() != null ? p.format() : formatBloc, p.texte(), p.texteEgalite(),
					p.siZero(), p.siUn(), p.siNonRenseigne(), p.comparee() == null ? null : base.avec(p.comparee()));
			try {
				verifierCleComplete(q.cle(), c, q.selon() == null ? null : List.of(q.selon()));
			}
			catch (ModeleInvalideException ex) {
				throw erreur(c + ".inclure",
						"la phrase commune « " + nom + " » ne convient pas à ce bloc : " + ex.motif());
			}
			r.add(q);
		}
		return r;
	}

	/**
	 * {@code - inclure: <nom>} (et {@code titre:} facultatif) parmi les blocs d'une
	 * section : le bloc commun de ce nom, tel quel ou sous un autre titre.
	 */
	private ModeleBloc inclusion(Map<String, Object> m, String chemin) {
		BlocsCommuns inclus = communsPourInclure(chemin);
		verifierCles(m, chemin, Set.of("inclure", "titre"));
		String nom = texte(m, "inclure", chemin);
		ModeleBloc b = inclus.bloc(nom);
		if (b == null) {
			throw erreur(chemin + ".inclure", "bloc commun inconnu « " + nom + " » " + connus(inclus.blocs().keySet()));
		}
		String titre = texteFacultatif(m, "titre", chemin);
		if (titre == null) {
			return b;
		}
		return switch (b) {
			case ModeleBloc.Chiffres c -> new ModeleBloc.Chiffres(titre, c.elements());
			case ModeleBloc.Tableau t -> new ModeleBloc.Tableau(titre, t.enteteLignes(), t.base(), t.lignes(),
					t.colonnes(), t.format(), t.note(), t.sansLigneVide());
			case ModeleBloc.Graphique g -> new ModeleBloc.Graphique(titre, g.forme(), g.base(), g.categories(),
					g.series(), g.format(), g.axeCategories(), g.axeValeurs(), g.hauteur(), g.note(), g.sansZero());
			case ModeleBloc.Classement c -> new ModeleBloc.Classement(titre, c.enteteLignes(), c.enteteValeur(),
					c.enteteEffectif(), c.base(), c.decroissant(), c.nombre(), c.effectifMinimum(), c.format(),
					c.siVide(), c.valeurInferieureA(), c.valeurSuperieureA(), c.effectifNumerateur());
			case ModeleBloc.Encadre en -> new ModeleBloc.Encadre(titre, en.paragraphes(), en.style());
			case ModeleBloc.Texte t ->
				throw erreur(chemin + ".titre", "le bloc commun « " + nom + " » est un texte : il n'a pas de titre");
			case ModeleBloc.Phrases p -> throw erreur(chemin + ".titre",
					"le bloc commun « " + nom + " » est un bloc de phrases : il n'a pas de titre");
		};
	}

	private BlocsCommuns communsPourInclure(String chemin) {
		if (communs == null) {
			throw erreur(chemin + ".inclure", "un bloc ou une phrase commune n'en inclut pas d'autre");
		}
		return communs;
	}

	private static String connus(java.util.Collection<String> noms) {
		return noms.isEmpty() ? "(" + ChargeurModeles.BLOCS_COMMUNS + " n'en définit aucun)"
				: "(connus dans " + ChargeurModeles.BLOCS_COMMUNS + " : " + String.join(", ", noms) + ")";
	}

	private Axe axe(@Nullable Object o, String chemin) {
		if (o instanceof Map<?, ?>) {
			Map<String, Object> m = carte(o, chemin);
			verifierCles(m, chemin, Set.of("selon", "total", "toutes"));
			String dim = texte(m, "selon", chemin);
			if (!Vocabulaire.DIMENSIONS_SIMPLES.contains(dim)) {
				throw erreur(chemin + ".selon", "dimension inconnue « " + dim + " »");
			}
			Element total = m.containsKey("total")
					? element(carte(m.get("total"), chemin + ".total"), chemin + ".total", Set.of()) : null;
			return new Axe.Selon(dim, total, booleen(m, "toutes", chemin, false));
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
		verifierCles(m, chemin, union(union(Set.of("libelle", "format"), autres), ChargeurModeles.CHAMPS_CLE));
		return new Element(texte(m, "libelle", chemin), cle(m, chemin), format(m, chemin),
				autres.contains("precision") ? texteFacultatif(m, "precision", chemin) : null);
	}

	private @Nullable FormatNombre format(Map<String, Object> m, String chemin) {
		String f = texteFacultatif(m, "format", chemin);
		if (f == null) {
			return null;
		}
		return FormatNombre.depuisCode(f)
			.orElseThrow(
					() -> erreur(chemin + ".format",
							"format inconnu « " + f + " » (connus : " + String.join(", ",
									java.util.Arrays.stream(FormatNombre.values()).map(FormatNombre::code).toList())
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
		if (indicateur != null && Vocabulaire.INDICATEURS.values().stream().noneMatch(s -> s.contains(indicateur))) {
			throw erreur(chemin + ".indicateur", "indicateur inconnu « " + indicateur + " »");
		}
		return new CleModele(theme, indicateur, population, groupe, dimension, texteFacultatif(m, "modalite", chemin));
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
	 * Une clé complète doit nommer un thème et un indicateur de ce thème ; la modalité
	 * doit convenir à la dimension, et chaque dimension d'un axe {@code selon} doit faire
	 * partie de la dimension de la clé.
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
