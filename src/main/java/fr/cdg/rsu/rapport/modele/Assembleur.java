package fr.cdg.rsu.rapport.modele;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import fr.cdg.rsu.indicateurs.Indicateur;
import fr.cdg.rsu.indicateurs.Theme;
import fr.cdg.rsu.rapport.document.Apparence;
import fr.cdg.rsu.rapport.document.Bloc;
import fr.cdg.rsu.rapport.document.Couleur;
import fr.cdg.rsu.rapport.document.DocumentRapport;
import fr.cdg.rsu.rapport.document.FormatFrancais;
import fr.cdg.rsu.rapport.document.FormatNombre;
import fr.cdg.rsu.rapport.document.FormeGraphique;
import fr.cdg.rsu.rapport.document.Identite;
import fr.cdg.rsu.rapport.document.Section;
import fr.cdg.rsu.rapport.document.Valeur;
import fr.cdg.rsu.rapport.modele.ModeleBloc.Axe;
import fr.cdg.rsu.rapport.modele.ModeleBloc.Element;
import fr.cdg.rsu.rapport.modele.ModeleDocument.ModeleSection;

/**
 * Lie un modèle aux lignes d'un employeur et produit le document neutre. Sans état
 * mutable : un même assembleur sert à plusieurs employeurs en parallèle.
 */
public final class Assembleur {

	private static final Pattern VARIABLE = Pattern.compile("\\$\\{([^}]*)}");

	private final Apparence apparence;

	private final Libelles libelles;

	public Assembleur(Apparence apparence, Libelles libelles) {
		this.apparence = apparence;
		this.libelles = libelles;
	}

	public DocumentRapport assembler(ModeleDocument modele, Identite identite, IndexIndicateurs index) {
		Contexte ctx = new Contexte(identite, index);
		List<Section> sections = new ArrayList<>();
		for (ModeleSection s : modele.sections()) {
			List<Bloc> blocs = new ArrayList<>();
			ctx.comparaisonsLues = 0;
			ctx.comparaisonsDisponibles = 0;
			for (ModeleBloc b : s.blocs()) {
				Bloc bloc = bloc(b, ctx);
				if (bloc != null) {
					blocs.add(bloc);
				}
			}
			// un employeur seul dans sa strate, sans année précédente : une page de «
			// n.d. » n'apprend rien
			if (s.siSansComparaison() != null && ctx.comparaisonsLues > 0 && ctx.comparaisonsDisponibles == 0) {
				blocs = List.of(new Bloc.Paragraphe(ctx.texte(s.siSansComparaison())));
			}
			sections.add(new Section(ctx.texte(s.titre()), blocs, s.nouvellePage()));
		}
		return new DocumentRapport(modele.fichier(), ctx.texte(modele.titre()), ctx.texte(modele.sousTitre()),
				ctx.texte(modele.sujet()), identite, apparencePour(identite), sections);
	}

	/**
	 * La charte avec ses notes ({@code s}, {@code n.d.}, {@code –}) résolues pour
	 * l'employeur : la note du secret énonce le seuil avec lequel ses lignes ont été
	 * calculées ({@code ${seuil}}).
	 */
	private Apparence apparencePour(Identite identite) {
		Apparence a = apparence;
		return new Apparence(a.principale(), a.accent(), a.texte(), a.fondSection(), a.femmes(), a.hommes(), a.series(),
				a.logo(), a.editeur(), texte(a.noteSecret(), identite), texte(a.noteNonDisponible(), identite),
				texte(a.noteAbsente(), identite), texte(a.toutSecret(), identite), texte(a.nonTransmis(), identite));
	}

	/**
	 * Remplace les variables d'un texte de modèle ({@code ${annee}}, {@code ${seuil}}...
	 * : voir {@link ChargeurModeles#VARIABLES}) par leur valeur pour l'employeur. Sert
	 * aussi aux textes hors PDF (note du secret du classeur).
	 * @throws IllegalStateException pour une variable inconnue (les modèles sont validés
	 * au chargement)
	 */
	public static String texte(String modele, Identite identite) {
		Matcher m = VARIABLE.matcher(modele);
		StringBuilder sb = new StringBuilder();
		while (m.find()) {
			String v = switch (m.group(1)) {
				case "annee" -> String.valueOf(identite.annee());
				case "annee_precedente" -> String.valueOf(identite.annee() - 1);
				case "collectivite" -> identite.nomCollectivite();
				case "siret" -> identite.siret();
				case "date_publication" -> FormatFrancais.date(identite.datePublication());
				case "date_reference" -> "31/12/" + identite.annee();
				case "strate" -> identite.strate().isEmpty() ? "non déterminée" : identite.strate();
				case "seuil" -> String.valueOf(identite.seuilSecret());
				default -> throw new IllegalStateException("variable non validée : " + m.group(1));
			};
			m.appendReplacement(sb, Matcher.quoteReplacement(v));
		}
		m.appendTail(sb);
		return sb.toString();
	}

	/**
	 * Le bloc assemblé, ou {@code null} quand il n'a rien à dire (des phrases dont aucune
	 * valeur n'est publiable).
	 */
	private @Nullable Bloc bloc(ModeleBloc b, Contexte ctx) {
		return switch (b) {
			case ModeleBloc.Texte t -> new Bloc.Paragraphe(ctx.texte(t.texte()));
			case ModeleBloc.Encadre e ->
				new Bloc.Encadre(ctx.texte(e.titre()), e.paragraphes().stream().map(ctx::texte).toList(), e.style());
			case ModeleBloc.Chiffres c -> chiffres(c, ctx);
			case ModeleBloc.Tableau t -> tableau(t, ctx);
			case ModeleBloc.Graphique g -> graphique(g, ctx);
			case ModeleBloc.Classement c -> classement(c, ctx);
			case ModeleBloc.Phrases p -> phrases(p, ctx);
		};
	}

	private @Nullable Bloc phrases(ModeleBloc.Phrases p, Contexte ctx) {
		if (p.siNonTransmis() != null && p.phrases()
			.stream()
			.allMatch(f -> ctx.valeur(f.cle(), Map.of(), f.format()).etat() == Valeur.Etat.NON_TRANSMISE)) {
			return new Bloc.Paragraphe(ctx.texte(p.siNonTransmis()));
		}
		List<String> r = new ArrayList<>();
		for (ModeleBloc.Phrase phrase : p.phrases()) {
			String t = phrase.selon() == null ? phraseValeur(phrase, ctx) : phraseExtreme(phrase, ctx);
			if (t != null && !t.isBlank()) {
				r.add(t);
			}
		}
		return r.isEmpty() ? null : new Bloc.Paragraphe(String.join(" ", r));
	}

	/** La phrase d'une valeur : rien si elle est secrète, indisponible ou absente. */
	private @Nullable String phraseValeur(ModeleBloc.Phrase p, Contexte ctx) {
		Valeur v = ctx.valeur(p.cle(), Map.of(), p.format());
		if ((v.etat() == Valeur.Etat.ABSENTE || v.etat() == Valeur.Etat.NON_TRANSMISE) && p.siNonRenseigne() != null) {
			return ctx.texte(p.siNonRenseigne());
		}
		if (v.etat() != Valeur.Etat.NORMALE || v.nombre() == null) {
			return null;
		}
		String comparee = "";
		if (p.comparee() != null) {
			// les deux valeurs ou rien : une comparaison à un « s » n'apprend rien au
			// lecteur
			Valeur vc = ctx.valeur(p.comparee(), Map.of(), p.format());
			if (vc.etat() != Valeur.Etat.NORMALE) {
				return null;
			}
			comparee = vc.texte();
		}
		String modele = v.nombre() == 0 && p.siZero() != null ? p.siZero()
				: v.nombre() == 1 && p.siUn() != null ? p.siUn() : p.texte();
		return ctx.texte(modele.replace("${valeur_comparee}", comparee)
			.replace("${valeur}", v.texte())
			.replace("${modalite}", ""));
	}

	/**
	 * La phrase de la modalité de plus grande (ou plus petite) valeur d'une série : rien
	 * si une cellule de la série est secrète (la plus grande pourrait être masquée) ou si
	 * aucune n'a de valeur ; les modalités dont la valeur imprimée est la même sont
	 * nommées ensemble.
	 */
	private @Nullable String phraseExtreme(ModeleBloc.Phrase p, Contexte ctx) {
		CleModele k = p.cle();
		FormatNombre f = p.format() != null ? p.format() : FormatsParDefaut.pour(k.themeExige(), k.indicateurExige());
		List<Indicateur> serie = ctx.index.serie(k.themeExige(), k.indicateurExige(), k.populationExigee(),
				nz(k.groupe()), k.dimensionOuEnsemble());
		List<Indicateur> candidates = serie.stream()
			.filter(i -> !i.modalite().equals("non_renseigne"))
			.filter(i -> effectif(i) >= p.effectifMinimum())
			.toList();
		if (candidates.stream().anyMatch(Indicateur::secret)) {
			return null;
		}
		List<Indicateur> valeurs = candidates.stream().filter(i -> i.valeur() != null).toList();
		if (valeurs.isEmpty()) {
			return null;
		}
		Comparator<Indicateur> ordre = Comparator.comparing(Assembleur::valeur);
		Indicateur extreme = p.decroissant() ? valeurs.stream().max(ordre).orElseThrow()
				: valeurs.stream().min(ordre).orElseThrow();
		String texte = FormatFrancais.formater(valeur(extreme), f);
		if (valeur(extreme).signum() == 0 && p.siZero() != null) {
			return ctx.texte(p.siZero().replace("${valeur}", texte).replace("${modalite}", ""));
		}
		// l'égalité se lit sur ce que voit le lecteur : deux tranches imprimées « 37,4 %
		// » sont nommées toutes deux
		List<String> ex = new ArrayList<>();
		List<String> ordreVocabulaire = Vocabulaire.MODALITES.get(k.dimensionOuEnsemble());
		valeurs.stream()
			.filter(i -> FormatFrancais.formater(valeur(i), f).equals(texte))
			.sorted(Comparator
				.comparingInt((Indicateur i) -> ordreVocabulaire == null ? 0 : ordreVocabulaire.indexOf(i.modalite()))
				.thenComparing(Indicateur::modalite))
			.forEach(i -> ex.add(libelles.enPhrase(i.modalite())));
		String modele = ex.size() > 1 && p.texteEgalite() != null ? p.texteEgalite() : p.texte();
		return ctx.texte(modele.replace("${valeur}", texte).replace("${modalite}", enumeration(ex)));
	}

	private static String majuscule(String texte) {
		return texte.isEmpty() ? texte : Character.toUpperCase(texte.charAt(0)) + texte.substring(1);
	}

	/** « a », « a et b », « a, b et c ». */
	static String enumeration(List<String> termes) {
		if (termes.size() <= 1) {
			return termes.isEmpty() ? "" : termes.getFirst();
		}
		return String.join(", ", termes.subList(0, termes.size() - 1)) + " et " + termes.getLast();
	}

	private Bloc chiffres(ModeleBloc.Chiffres c, Contexte ctx) {
		List<Bloc.ChiffreCle> r = new ArrayList<>();
		for (Element e : c.elements()) {
			CleModele k = e.cle();
			r.add(new Bloc.ChiffreCle(ctx.texte(e.libelle()), ctx.valeur(k, Map.of(), e.format()),
					e.precision() == null ? null : ctx.texte(e.precision())));
		}
		// une rangée de « non transmis » (les accidents déclarés d'un employeur sans
		// fichier accidents) : une phrase
		// qui nomme ces chiffres et dit pourquoi ils manquent
		if (nonTransmis(r.stream().map(Bloc.ChiffreCle::valeur).toList())) {
			String noms = c.titre() != null ? ctx.texte(c.titre())
					: enumeration(r.stream().map(Bloc.ChiffreCle::libelle).toList());
			return new Bloc.Paragraphe(majuscule(noms) + " : " + ctx.texte(apparence.nonTransmis()));
		}
		return new Bloc.ChiffresCles(c.titre() == null ? null : ctx.texte(c.titre()), r);
	}

	// Les blocs à clé : le bloc fixe la base, chaque élément la complète (voir
	// ChargeurModeles).
	private Bloc tableau(ModeleBloc.Tableau t, Contexte ctx) {
		List<Entree> lignes = entrees(t.lignes(), t.base(), t.colonnes(), ctx);
		List<Entree> colonnes = entrees(t.colonnes(), t.base(), t.lignes(), ctx);
		List<Bloc.LigneTableau> r = new ArrayList<>();
		List<String> vides = new ArrayList<>();
		for (Entree l : lignes) {
			List<Valeur> cellules = new ArrayList<>();
			for (Entree c : colonnes) {
				FormatNombre f = c.element.format() != null ? c.element.format()
						: l.element.format() != null ? l.element.format() : t.format();
				cellules.add(ctx.valeur(t.base().avec(l.element.cle()).avec(c.element.cle()), selon(l, c), f));
			}
			String libelle = ctx.texte(l.element.libelle());
			if (t.sansLigneVide() != null && !l.total && !cellules.isEmpty()
					&& cellules.stream().allMatch(v -> v.etat() == Valeur.Etat.ABSENTE)) {
				// un motif sans absence n'a pas de ventilation : une ligne de « – » que
				// la phrase dit mieux
				vides
					.add(libelle.isEmpty() ? libelle : Character.toLowerCase(libelle.charAt(0)) + libelle.substring(1));
				continue;
			}
			r.add(new Bloc.LigneTableau(libelle, cellules, l.total));
		}
		String nom = t.titre() == null ? ctx.texte(t.enteteLignes()) : ctx.texte(t.titre());
		String phraseVides = vides.isEmpty() || t.sansLigneVide() == null ? null
				: ctx.texte(t.sansLigneVide().replace("${liste}", enumeration(vides)));
		if (r.isEmpty() && phraseVides != null) {
			return new Bloc.Paragraphe(phraseVides);
		}
		if (r.isEmpty()) {
			return new Bloc.Paragraphe(nom + " : aucune donnée pour cette collectivité.");
		}
		// un tableau fait seulement de « s » n'apprend rien : une phrase dit pourquoi le
		// détail manque
		if (toutSecret(r.stream().flatMap(l -> l.cellules().stream()).toList())) {
			return new Bloc.Paragraphe(nom + " : " + ctx.texte(apparence.toutSecret()));
		}
		if (nonTransmis(r.stream().flatMap(l -> l.cellules().stream()).toList())) {
			return new Bloc.Paragraphe(nom + " : " + ctx.texte(apparence.nonTransmis()));
		}
		// une ligne faite seulement de « s » (une filière de deux agents) n'apprend rien
		// qu'une phrase ne dise mieux
		List<String> nonDetaillees = new ArrayList<>();
		List<Bloc.LigneTableau> gardees = new ArrayList<>();
		for (Bloc.LigneTableau l : r) {
			if (!l.total() && toutSecret(l.cellules())) {
				nonDetaillees.add(l.libelle());
			}
			else {
				gardees.add(l);
			}
		}
		String note = t.note() == null ? null : ctx.texte(t.note());
		if (phraseVides != null) {
			note = note == null ? phraseVides : note + " " + phraseVides;
		}
		if (!nonDetaillees.isEmpty()) {
			String phrase = String.join(", ", nonDetaillees) + " : " + ctx.texte(apparence.toutSecret());
			note = note == null ? phrase : note + " " + phrase;
		}
		return new Bloc.Tableau(t.titre() == null ? null : ctx.texte(t.titre()), ctx.texte(t.enteteLignes()),
				colonnes.stream().map(c -> ctx.texte(c.element.libelle())).toList(), gardees, note);
	}

	/** Des cellules dont le fichier source n'a pas été transmis (toutes). */
	private static boolean nonTransmis(List<Valeur> cellules) {
		return !cellules.isEmpty() && cellules.stream().allMatch(v -> v.etat() == Valeur.Etat.NON_TRANSMISE);
	}

	/** Des cellules toutes secrètes ou sans agent, dont au moins une secrète. */
	private static boolean toutSecret(List<Valeur> cellules) {
		return cellules.stream().allMatch(v -> v.estSecrete() || v.etat() == Valeur.Etat.ABSENTE)
				&& cellules.stream().anyMatch(Valeur::estSecrete);
	}

	private Bloc graphique(ModeleBloc.Graphique g, Contexte ctx) {
		List<Entree> categories = entrees(g.categories(), g.base(), g.series(), ctx);
		List<Entree> series = entrees(g.series(), g.base(), g.categories(), ctx);
		List<Bloc.Serie> r = new ArrayList<>();
		int rang = 0;
		for (Entree s : series) {
			List<Valeur> valeurs = new ArrayList<>();
			for (Entree c : categories) {
				FormatNombre f = s.element.format() != null ? s.element.format()
						: c.element.format() != null ? c.element.format() : g.format();
				valeurs.add(ctx.valeur(g.base().avec(c.element.cle()).avec(s.element.cle()), selon(c, s), f));
			}
			r.add(new Bloc.Serie(ctx.texte(s.element.libelle()), valeurs, couleur(s, rang++)));
		}
		if (nonTransmis(r.stream().flatMap(x -> x.valeurs().stream()).toList())) {
			return new Bloc.Paragraphe(
					(g.titre() == null ? "" : ctx.texte(g.titre()) + " : ") + ctx.texte(apparence.nonTransmis()));
		}
		List<String> libellesCategories = new ArrayList<>(
				categories.stream().map(c -> ctx.texte(c.element.libelle())).toList());
		String note = g.note() == null ? null : ctx.texte(g.note());
		// les catégories où rien n'a été compté (motifs sans absence) ne font pas de
		// barres à « 0,0 % » : une
		// phrase les nomme
		if (g.sansZero() != null) {
			List<Integer> nulles = new ArrayList<>();
			for (int c = 0; c < categories.size(); c++) {
				int rangCategorie = c;
				if (r.stream()
					.allMatch(x -> x.valeurs().get(rangCategorie).etat() == Valeur.Etat.NORMALE
							&& Objects.equals(x.valeurs().get(rangCategorie).nombre(), 0.0))) {
					nulles.add(c);
				}
			}
			if (!nulles.isEmpty() && nulles.size() < categories.size()) {
				List<String> noms = nulles.stream().map(libellesCategories::get).toList();
				List<Bloc.Serie> sansNulles = new ArrayList<>();
				for (Bloc.Serie x : r) {
					List<Valeur> v = new ArrayList<>();
					for (int c = 0; c < x.valeurs().size(); c++) {
						if (!nulles.contains(c)) {
							v.add(x.valeurs().get(c));
						}
					}
					sansNulles.add(new Bloc.Serie(x.nom(), v, x.couleur()));
				}
				r = sansNulles;
				List<String> gardees = new ArrayList<>();
				for (int c = 0; c < libellesCategories.size(); c++) {
					if (!nulles.contains(c)) {
						gardees.add(libellesCategories.get(c));
					}
				}
				libellesCategories = gardees;
				String phrase = ctx.texte(
						g.sansZero()
							.replace("${liste}", enumeration(noms.stream()
								.map(n -> n.substring(0, 1).toLowerCase(java.util.Locale.FRENCH) + n.substring(1))
								.toList())));
				note = note == null ? phrase : note + " " + phrase;
			}
		}
		// une série sans aucune valeur dessinable (la strate d'un employeur seul dans la
		// campagne) n'a pas sa place
		// dans la légende ; la pyramide garde ses deux côtés
		if (g.forme() != FormeGraphique.PYRAMIDE && r.size() > 1) {
			List<Bloc.Serie> dessinables = r.stream()
				.filter(x -> x.valeurs().stream().anyMatch(v -> v.nombre() != null || v.estSecrete()))
				.toList();
			if (!dessinables.isEmpty()) {
				r = dessinables;
			}
		}
		FormatNombre format = g.format() != null ? g.format()
				: FormatsParDefaut.pour(g.base().theme(), indicateurDe(g.base(), series, categories));
		// moins de catégories, moins de hauteur : deux barres ne s'étirent pas sur la
		// hauteur prévue pour douze
		float hauteur = g.hauteur();
		if (libellesCategories.size() < categories.size()) {
			hauteur = Math.max(110, g.hauteur() * (libellesCategories.size() + 2) / (categories.size() + 2));
		}
		return new Bloc.Graphique(g.titre() == null ? null : ctx.texte(g.titre()), g.forme(), libellesCategories, r,
				ctx.texte(g.axeCategories()), ctx.texte(g.axeValeurs()), format, hauteur, note);
	}

	private static String indicateurDe(CleModele base, List<Entree> a, List<Entree> b) {
		if (base.indicateur() != null) {
			return base.indicateur();
		}
		for (Entree e : a) {
			if (e.element.cle().indicateur() != null) {
				return e.element.cle().indicateur();
			}
		}
		for (Entree e : b) {
			if (e.element.cle().indicateur() != null) {
				return e.element.cle().indicateur();
			}
		}
		return "";
	}

	private Couleur couleur(Entree serie, int rang) {
		String sexe = serie.selon.get("sexe");
		if (sexe == null && "sexe".equals(serie.element.cle().dimension())) {
			sexe = serie.element.cle().modalite();
		}
		if ("F".equals(sexe)) {
			return apparence.femmes();
		}
		if ("H".equals(sexe)) {
			return apparence.hommes();
		}
		return apparence.serie(rang);
	}

	/**
	 * La valeur d'une ligne retenue pour un classement (les lignes sans valeur sont
	 * écartées avant).
	 */
	private static BigDecimal valeur(Indicateur i) {
		return java.util.Objects.requireNonNull(i.valeur(), "ligne sans valeur dans un classement");
	}

	private Bloc classement(ModeleBloc.Classement c, Contexte ctx) {
		CleModele b = c.base();
		FormatNombre f = c.format() != null ? c.format() : FormatsParDefaut.pour(b.themeExige(), b.indicateurExige());
		BigDecimal inferieure = c.valeurInferieureA();
		BigDecimal superieure = c.valeurSuperieureA();
		List<Indicateur> retenues = ctx.index
			.serie(b.themeExige(), b.indicateurExige(), b.populationExigee(), nz(b.groupe()), b.dimensionExigee())
			.stream()
			.filter(i -> !i.secret() && i.valeur() != null && !i.modalite().equals("non_renseigne"))
			.filter(i -> effectif(i, c.effectifNumerateur()) >= c.effectifMinimum())
			.filter(i -> inferieure == null || valeur(i).compareTo(inferieure) < 0)
			.filter(i -> superieure == null || valeur(i).compareTo(superieure) > 0)
			.sorted(Comparator.comparing((Indicateur i) -> c.decroissant() ? valeur(i).negate() : valeur(i))
				.thenComparing(Indicateur::modalite))
			.limit(c.nombre())
			.toList();
		List<Bloc.LigneTableau> lignes = new ArrayList<>();
		for (Indicateur i : retenues) {
			// sans en-tête d'effectif, la seule valeur ; avec lui, un taux (le chargement
			// refuse l'en-tête sur un
			// compte) : l'effectif imprimé est son dénominateur
			lignes.add(new Bloc.LigneTableau(libelles.modalite(i.dimension(), i.modalite()),
					c.enteteEffectif() == null ? List.of(Valeur.normale(valeur(i), f))
							: List.of(Valeur.normale(valeur(i), f), Valeur
								.normale(BigDecimal.valueOf(effectif(i, c.effectifNumerateur())), FormatNombre.ENTIER)),
					false));
		}
		String titre = c.titre() == null ? null : ctx.texte(c.titre());
		if (lignes.isEmpty()) {
			return new Bloc.Paragraphe((titre == null ? "" : titre + " : ") + ctx.texte(c.siVide()));
		}
		return new Bloc.Tableau(titre, ctx.texte(c.enteteLignes()),
				c.enteteEffectif() == null ? List.of(ctx.texte(c.enteteValeur()))
						: List.of(ctx.texte(c.enteteValeur()), ctx.texte(c.enteteEffectif())),
				lignes, null);
	}

	/**
	 * L'effectif d'une ligne classée : son numérateur ({@code effectif: numerateur}) ou
	 * {@link #effectif(Indicateur)}.
	 */
	private static int effectif(Indicateur i, boolean numerateur) {
		return numerateur && i.numerateur() != null ? i.numerateur().intValue() : effectif(i);
	}

	/**
	 * L'effectif d'une cellule, pour {@code effectif_minimum} : le dénominateur d'un taux
	 * ; pour un compte, la base d'agents de la cellule (relue du tableau complet par
	 * l'étape des documents, jamais imprimée).
	 */
	private static int effectif(Indicateur i) {
		return i.denominateur() != null ? i.denominateur().intValue() : i.baseAgents();
	}

	// ---------------------------------------------------------------------------------------------------------

	/** Un élément d'axe résolu : pour un axe {@code selon}, la modalité qu'il fixe. */
	private record Entree(Element element, Map<String, String> selon, boolean total) {
	}

	private static Map<String, String> selon(Entree a, Entree b) {
		if (a.selon.isEmpty()) {
			return b.selon;
		}
		if (b.selon.isEmpty()) {
			return a.selon;
		}
		Map<String, String> m = new LinkedHashMap<>(a.selon);
		m.putAll(b.selon);
		return m;
	}

	/**
	 * Les entrées d'un axe. Pour un axe {@code selon}, les modalités sont celles
	 * présentes dans les séries que désignent la base complétée par chaque élément de
	 * l'autre axe.
	 */
	private List<Entree> entrees(Axe axe, CleModele base, Axe autre, Contexte ctx) {
		return switch (axe) {
			case Axe.Liste l -> l.elements().stream().map(e -> new Entree(e, Map.of(), false)).toList();
			case Axe.Selon s -> {
				List<CleModele> cles = switch (autre) {
					case Axe.Liste l -> l.elements().stream().map(e -> base.avec(e.cle())).toList();
					case Axe.Selon x -> List.of(base);
				};
				List<Indicateur.Cle> series = new ArrayList<>();
				for (CleModele k : cles) {
					if (k.theme() != null && k.indicateur() != null && k.population() != null) {
						series.add(new Indicateur.Cle(k.theme(), k.indicateur(), k.population(), nz(k.groupe()),
								k.dimensionOuEnsemble(), ""));
					}
				}
				List<Entree> r = new ArrayList<>();
				List<String> presentes = ctx.index.modalites(series, s.dimension());
				List<String> modalites = presentes;
				List<String> vocabulaire = Vocabulaire.MODALITES.get(s.dimension());
				if (s.toutes() && vocabulaire != null) {
					// toutes les tranches, présentes ou non, sauf « non renseigné » quand
					// personne ne l'est
					List<String> toutes = new ArrayList<>(vocabulaire.stream()
						.filter(m -> !m.equals("non_renseigne") || presentes.contains(m))
						.toList());
					presentes.stream().filter(m -> !toutes.contains(m)).forEach(toutes::add);
					modalites = toutes;
				}
				for (String m : modalites) {
					r.add(new Entree(new Element(libelles.modalite(s.dimension(), m), CleModele.VIDE, null, null),
							Map.of(s.dimension(), m), false));
				}
				if (s.total() != null) {
					r.add(new Entree(s.total(), Map.of(), true));
				}
				yield r;
			}
		};
	}

	private static String nz(@Nullable String s) {
		return s == null ? "" : s;
	}

	/** Ce qui dépend de l'employeur : les variables des textes et les lignes. */
	private static final class Contexte {

		private final Identite identite;

		private final IndexIndicateurs index;

		/**
		 * Les cellules de comparaison lues dans la section en cours, et celles qui
		 * avaient une valeur.
		 */
		int comparaisonsLues;

		int comparaisonsDisponibles;

		Contexte(Identite identite, IndexIndicateurs index) {
			this.identite = identite;
			this.index = index;
		}

		String texte(String modele) {
			return Assembleur.texte(modele, identite);
		}

		/**
		 * La valeur de la cellule de clé {@code k} ; pour les axes {@code selon}, la
		 * modalité est composée des valeurs fixées par les axes, dans l'ordre des parties
		 * de la dimension.
		 */
		Valeur valeur(CleModele k, Map<String, String> selon, @Nullable FormatNombre format) {
			Valeur v = valeurSansCompte(k, selon, format);
			if (Vocabulaire.COMPARAISON.equals(k.dimensionOuEnsemble())) {
				comparaisonsLues++;
				if (v.etat() == Valeur.Etat.NORMALE) {
					comparaisonsDisponibles++;
				}
			}
			return v;
		}

		private Valeur valeurSansCompte(CleModele k, Map<String, String> selon, @Nullable FormatNombre format) {
			String dimension = k.dimensionOuEnsemble();
			String modalite;
			if (!selon.isEmpty() && !dimension.equals("ensemble")) {
				// une partie non fixée par un axe « selon » est prise dans la modalité
				// écrite (colonne « modalite: F »)
				String[] ecrites = k.modalite() != null ? k.modalite().split("\\+(?=.)") : new String[0];
				int rangEcrite = 0;
				StringBuilder sb = new StringBuilder();
				for (String partie : dimension.split("\\+", -1)) {
					String v = selon.get(partie);
					if (v == null && rangEcrite < ecrites.length) {
						v = ecrites[rangEcrite++];
					}
					if (v == null) {
						return Valeur.absente();
					}
					if (!sb.isEmpty()) {
						sb.append('+');
					}
					sb.append(v);
				}
				modalite = sb.toString();
			}
			else {
				modalite = k.modalite() != null ? k.modalite() : Indicateur.ENSEMBLE;
			}
			Theme theme = k.themeExige();
			Indicateur i = index.trouver(theme, k.indicateurExige(), k.populationExigee(), nz(k.groupe()), dimension,
					modalite);
			if (i == null) {
				return index.aDesLignes(theme) ? Valeur.absente() : Valeur.nonTransmise();
			}
			if (i.secret()) {
				return Valeur.secrete();
			}
			BigDecimal v = i.valeur();
			if (v == null) {
				return Valeur.nonDisponible();
			}
			return Valeur.normale(v, format != null ? format : FormatsParDefaut.pour(theme, i.indicateur()));
		}

	}

}
