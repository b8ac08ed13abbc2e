package fr.cdg.rsu.indicateurs.secret;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import fr.cdg.rsu.indicateurs.Indicateur;
import fr.cdg.rsu.indicateurs.Theme;

/**
 * Attaquant indépendant du secret statistique : à partir de la seule vue publiée d'un
 * employeur (clés de toutes les lignes ; valeur, numérateur et dénominateur des lignes
 * non masquées), il pose un système d'équations linéaires exactes sur les grandeurs
 * additives (jours, arrêts, agents absents, effectifs, sommes de paie, ETPR, heures
 * payées, somme des âges...) et cherche chaque grandeur masquée que ce système détermine
 * de façon unique.
 *
 * <p>
 * Il ne connaît du calcul que le sens documenté des clés
 * ({@code docs/vocabulaire-indicateurs.md}), jamais le mécanisme de masquage. Ce qu'une
 * ligne <b>absente</b> de la liste lui apprend dépend de la liste qu'il lit
 * ({@link Lecture}) :
 * <ul>
 * <li>{@link #attaquer(List)} lit le <b>tableau complet</b> écrit par le calcul (toutes
 * les lignes publiées, le cas le plus exigeant) : une ligne absente n'a pas été écrite,
 * donc vaut zéro (une modalité absente ne compte aucun agent ; le détail d'un motif sans
 * absence est omis ; une population sans agent n'a que sa ligne ensemble) ;</li>
 * <li>{@link #attaquerExtrait(List)} lit un <b>extrait</b> (ce que les documents d'un
 * employeur impriment) : une ligne absente peut n'être imprimée nulle part ; c'est une
 * inconnue, jamais un zéro. Une somme de modalités n'est posée que pour une dimension à
 * liste fermée (sexe, catégorie, filière, tranches d'âge), chaque modalité non publiée y
 * devenant une inconnue ; jamais pour le cadre d'emplois (liste ouverte). Un zéro n'est
 * justifié que par une ligne publiée : une somme publiée nulle de grandeurs positives, ou
 * un effectif au 31/12 nul pour les seules grandeurs qui ne comptent que des présents au
 * 31/12 (temps de travail, emploi fonctionnel, somme des âges) ; jamais pour les absences
 * ni la paie, qui comptent aussi les partis de l'année.</li>
 * </ul>
 * Les identités posées :
 * <ol>
 * <li>les modalités d'une dimension s'additionnent en l'ensemble ({@code non_renseigne}
 * comprise) ;</li>
 * <li>une dimension croisée sommée sur l'une de ses parties redonne la dimension sans
 * cette partie ; les tranches quinquennales redonnent les trois tranches ;</li>
 * <li>fonctionnaires + contractuels permanents = permanents ; permanents + non permanents
 * = tous ;</li>
 * <li>jours et arrêts : compressible = MO + AT_SERVICE + AT_TRAJET ; médical =
 * compressible + MP + CLM + CLD + CGM + DOS ; global = médical + MATERNITE + PATERNITE +
 * ADOPTION + AUTRE ;</li>
 * <li>un rapport publié donne son numérateur et son dénominateur ;</li>
 * <li>une même grandeur dans deux thèmes est une seule inconnue (effectif, ETPR, jours
 * d'AT et de MP) ; jours et accidents du groupe vide des accidents = somme de leurs
 * motifs ; rémunération annuelle brute = somme de ses composantes ; temps complet + non
 * complet = effectif ;</li>
 * <li>l'écart de rémunération publié donne les deux moyennes par ETPR (étape non
 * linéaire, par arrondi).</li>
 * </ol>
 * Sur un extrait, une partie non publiée de ces identités est une inconnue de plus. S'y
 * ajoutent des déductions non linéaires : une somme nulle de grandeurs positives (comptes
 * d'agents, jours, arrêts, ETPR, heures) annule chacune ; dans une cellule d'absences,
 * zéro jour ⇔ zéro arrêt ⇔ zéro agent absent ; sans jour d'AT, pas d'accident ; un
 * effectif nul au 31/12 annule ce qui ne compte que les présents au 31/12.
 *
 * <p>
 * Réutilisable sur un {@code indicateurs.csv} relu : il suffit d'en faire des
 * {@link LignePubliee} (et de l'attaquer comme un extrait s'il ne contient pas toutes les
 * lignes calculées).
 */
public final class Attaquant {

	private static final String ENSEMBLE = Indicateur.ENSEMBLE;

	private static final String NON_RENSEIGNE = "non_renseigne";

	private static final List<String> POPULATIONS = List.of("fonctionnaires", "contractuels_permanents", "permanents",
			"non_permanents", "tous");

	/**
	 * Populations dont chaque motif est détaillé selon toutes les dimensions quand il a
	 * au moins une absence.
	 */
	private static final Set<String> POPULATIONS_MOTIFS_DETAILLES = Set.of("permanents", "tous");

	private static final List<String> MOTIFS = List.of("MO", "AT_SERVICE", "AT_TRAJET", "CLM", "CLD", "CGM", "DOS",
			"MP", "MATERNITE", "PATERNITE", "ADOPTION", "AUTRE");

	private static final Set<String> GROUPES = Set.of("compressible", "medical", "global");

	private static final Set<String> ABSENCES = Set.of("jours", "arrets", "agents_absents");

	/** Le regroupement CLM + CLD (dimension ensemble seulement). */
	private static final String CLM_CLD = "CLM_CLD";

	/**
	 * Emboîtement des groupes : chaque groupe = le précédent + ses motifs propres ;
	 * CLM_CLD = CLM + CLD.
	 */
	private static final Map<String, List<String>> COMPOSITION_GROUPES = composition();

	private static final List<String> TRANCHES_AGE = List.of("<20", "20-24", "25-29", "30-34", "35-39", "40-44",
			"45-49", "50-54", "55-59", "60-64", "65+");

	private static final Map<String, String> TRANCHE_3 = tranches3();

	/**
	 * Dimensions à liste fermée et leurs modalités
	 * ({@code docs/vocabulaire-indicateurs.md}) : chaque agent tombe dans exactement une.
	 * {@code non_renseigne} n'existe que pour la catégorie et la filière (le sexe et la
	 * date de naissance d'un agent sont obligatoires). Le cadre d'emplois est un libellé
	 * libre : liste ouverte.
	 */
	static final Map<String, List<String>> LISTES_FERMEES = Map.of("sexe", List.of("F", "H"), "categorie",
			List.of("A", "B", "C", NON_RENSEIGNE), "filiere",
			List.of("administrative", "technique", "culturelle", "sportive", "medico-sociale", "medico-technique",
					"police-municipale", "incendie-secours", "animation", "sociale", NON_RENSEIGNE),
			"tranche_age", TRANCHES_AGE, "tranche_age_3", List.of("<30", "30-49", "50+"));

	private static final Map<String, Set<String>> MODALITES_FERMEES = modalitesFermees();

	/**
	 * Grandeurs qui ne comptent que des agents présents au 31/12 : un effectif nul au
	 * 31/12 les annule.
	 */
	private static final List<String> PRESENTS_AU_31_DECEMBRE = List.of("temps_complet", "temps_non_complet",
			"temps_partiel", "temps_partiel_de_droit", "temps_partiel_sur_autorisation", "emploi_fonctionnel",
			"somme_ages");

	private static final Set<String> SOMMES_EFFECTIFS = Set.of("effectif", "etpr", "arrivees", "departs",
			"effectif_precedent", "emploi_fonctionnel", "temps_complet", "temps_non_complet", "temps_partiel",
			"temps_partiel_de_droit", "temps_partiel_sur_autorisation");

	private static final Set<String> SOMMES_PAIE = Set.of("traitement_brut", "primes", "nbi", "sft",
			"heures_sup_montant", "heures_sup_nombre", "remuneration_annuelle_brute", "etpr", "budget_fonctionnement",
			"charges_personnel");

	/** Les parts de la rémunération annuelle brute et leur composante (numérateur). */
	private static final Map<String, String> PARTS_PAIE = Map.of("part_primes", "primes", "part_traitement_brut",
			"traitement_brut", "part_nbi", "nbi", "part_sft", "sft", "part_heures_sup", "heures_sup_montant");

	private static final List<String> COMPOSANTES_PAIE = List.of("traitement_brut", "primes", "nbi", "sft",
			"heures_sup_montant");

	/**
	 * Grandeurs positives par nature (comptes, jours, ETPR, heures) : une somme nulle les
	 * annule toutes.
	 */
	private static final Set<String> POSITIVES = Set.of("effectif", "jours", "arrets", "agents_absents", "carence",
			"accidents", "jours_at_mp", "heures_payees", "somme_ages", "etpr", "heures_sup_nombre", "agents_heures_sup",
			"arrivees", "departs", "effectif_precedent", "emploi_fonctionnel", "temps_complet", "temps_non_complet",
			"temps_partiel", "temps_partiel_de_droit", "temps_partiel_sur_autorisation");

	/** Comptes entiers : une valeur approchée s'arrondit à l'unité. */
	private static final Set<String> ENTIERS = Set.of("effectif", "jours", "arrets", "agents_absents", "carence",
			"accidents", "jours_at_mp", "somme_ages", "agents_heures_sup", "arrivees", "departs", "effectif_precedent",
			"emploi_fonctionnel", "temps_complet", "temps_non_complet", "temps_partiel", "temps_partiel_de_droit",
			"temps_partiel_sur_autorisation");

	private static final Rationnel CENT = Rationnel.de(100);

	private static final Rationnel MILLE = Rationnel.de(1000);

	private static final Rationnel HEURES_TEMPS_PLEIN = Rationnel.de(1820);

	/**
	 * Les dimensions des accidents déclarés qui décrivent l'accident, renseignées
	 * seulement quand elles sont connues.
	 */
	private static final Set<String> CARACTERISTIQUES_ACCIDENT = Set.of("activite", "siege_lesion", "nature_lesion",
			"element_materiel", "type_mp");

	/**
	 * Des indicateurs qu'aucune équation linéaire ne relie aux autres : les unités
	 * manquantes de l'obligation d'emploi (le plus grand de zéro et de l'écart à 6 %
	 * arrondi) ; l'attaquant ne s'en sert pas.
	 */
	private static final Set<String> NON_LINEAIRES = Set.of("unites_manquantes");

	// -------------------------------------------------------------------------------------------
	// types publics

	/** Ce que la liste lue est, donc ce qu'une ligne absente de la liste apprend. */
	public enum Lecture {

		/**
		 * Le tableau complet écrit par le calcul (toutes les lignes publiées) : une ligne
		 * absente n'a pas été écrite et vaut zéro.
		 */
		TABLE_COMPLETE,

		/**
		 * Un extrait (les lignes que les documents impriment) : une ligne absente peut
		 * n'être imprimée nulle part, c'est une inconnue ; seul un zéro justifié par des
		 * lignes publiées est un zéro.
		 */
		EXTRAIT

	}

	/**
	 * Ce qu'un lecteur voit d'une ligne : sa clé toujours ; ses nombres seulement si elle
	 * n'est pas masquée. {@code baseAgents} n'est jamais publié.
	 */
	public record LignePubliee(Indicateur.Cle cle, boolean secret, @Nullable BigDecimal numerateur,
			@Nullable BigDecimal denominateur, @Nullable BigDecimal valeur) {

		public static LignePubliee de(Indicateur i) {
			return i.secret() ? new LignePubliee(i.cle(), true, null, null, null)
					: new LignePubliee(i.cle(), false, i.numerateur(), i.denominateur(), i.valeur());
		}

	}

	/** Une grandeur (inconnue du système) : un nom additif et une cellule. */
	public record Grandeur(String nom, String population, String groupe, String dimension, String modalite) {

		@Override
		public String toString() {
			return nom + "[" + population + (groupe.isEmpty() ? "" : "/" + groupe)
					+ (dimension.equals(ENSEMBLE) ? "" : " " + dimension + "=" + modalite) + "]";
		}

	}

	/** Famille d'une équation, pour classer les fuites. */
	public enum Nature {

		MEME_GRANDEUR_PUBLIEE("même grandeur publiée ailleurs"), RAPPORT_PUBLIE("rapport publié"),
		MODALITES("somme des modalités"), CROISEMENT("dimension croisée"), TRANCHES_AGE("tranches d'âge"),
		POPULATIONS("populations"), MOTIFS("motifs d'un groupe"), ACCIDENTS("accidents AT + MP"),
		COMPOSANTES_PAIE("composantes de la paie"), TEMPS_TRAVAIL("temps de travail"),
		ZERO_JUSTIFIE("ligne absente = zéro"), ZERO_DEDUIT("somme nulle de grandeurs positives"),
		ECART_REMUNERATION("écart de rémunération publié"), VALEUR_ARRONDIE("valeur publiée arrondie");

		private final String libelle;

		Nature(String libelle) {
			this.libelle = libelle;
		}

		public String libelle() {
			return libelle;
		}

	}

	/**
	 * Une ligne masquée dont un nombre se recalcule.
	 *
	 * @param retrouve {@code valeur} et/ou {@code numerateur} retrouvés
	 * @param approchee vrai si le calcul passe par un nombre publié arrondi (écart, ETP
	 * de l'indice de fréquence)
	 * @param conditionnelle vrai si la valeur n'est connue que « si elle existe » : le
	 * numérateur est un multiple connu du dénominateur, qui peut être nul (rapport vide)
	 * @param explication quelques équations utilisées, écrites à la demande (vide si la
	 * grandeur est publiée telle quelle ailleurs)
	 * @param sources lignes publiées qui donnent directement la même grandeur
	 * @param zeroImpose chaque grandeur retrouvée est un zéro imposé par une somme
	 * publiée nulle de grandeurs positives (« Aucun accident », un total de 0 : toutes
	 * ses parties sont nulles), et non un zéro obtenu par différence ni recopié d'une
	 * ligne publiée
	 * @param groupesAnnules pour chaque grandeur retrouvée nulle par une somme nulle de
	 * grandeurs positives, les grandeurs annulées avec elle (vide si une grandeur
	 * retrouvée ne l'a pas été ainsi) : le test juge si ce zéro porte sur assez d'agents
	 * pris ensemble pour être publiable, comme le zéro d'une case publiée
	 */
	public record Fuite(Indicateur.Cle cle, Map<String, BigDecimal> retrouve, boolean approchee, boolean conditionnelle,
			Set<Nature> natures, Supplier<String> explication, List<Indicateur.Cle> sources, boolean zeroImpose,
			List<List<Grandeur>> groupesAnnules) {
	}

	/**
	 * @param fuites lignes masquées dont une valeur ou un numérateur est déterminé
	 * @param incoherences équations fausses sur les nombres publiés (une erreur de
	 * l'attaquant, jamais attendue)
	 * @param publiees grandeurs données directement par une ligne publiée
	 * @param nonAnalysees lignes masquées d'un indicateur que l'attaquant ne sait pas
	 * lire
	 */
	public record Resultat(List<Fuite> fuites, List<String> incoherences, Map<Grandeur, BigDecimal> publiees,
			int masquees, int inconnues, int equations, List<Indicateur.Cle> nonAnalysees) {
	}

	// -------------------------------------------------------------------------------------------
	// état

	/**
	 * Interprétation d'une clé : une grandeur, un rapport de deux formes linéaires, ou
	 * l'écart H/F.
	 */
	private sealed interface Sens {

	}

	private record Additif(int x) implements Sens {
	}

	private record Rapport(Map<Integer, Rationnel> num, Map<Integer, Rationnel> den, Rationnel facteur,
			boolean denominateurArrondi) implements Sens {
	}

	private record Ecart(int remunerationH, int etprH, int remunerationF, int etprF) implements Sens {
	}

	/**
	 * {@code Σ coefs · x = second} ; le libellé n'est écrit que s'il sert (un employeur
	 * pose des dizaines de milliers d'équations) ; {@code positives} : toutes ses
	 * inconnues sont des grandeurs positives.
	 */
	private record Equation(Map<Integer, Rationnel> coefs, Rationnel second, Nature nature, Supplier<String> libelle,
			BitSet ingredients, boolean positives) {
	}

	/** {@code forme ≈ valeur} (nombre publié arrondi). */
	private record ValeurApprochee(Map<Integer, Rationnel> forme, BigDecimal valeur, Nature nature, String libelle) {
	}

	/** {@code num / den ≈ rapport} (moyenne arrondie). */
	private record RapportApproche(int num, int den, BigDecimal rapport, Nature nature, String libelle) {
	}

	private record Famille(String nom, String population, String groupe, String dimension) {
	}

	private final List<Grandeur> grandeurs = new ArrayList<>();

	private final Map<Grandeur, Integer> ids = new HashMap<>();

	/** Inconnues positives par nature ({@link #POSITIVES}). */
	private final BitSet positive = new BitSet();

	/**
	 * Zéros imposés : publiés, ou parties d'une somme dont le total (ses termes de
	 * l'autre signe) est fait de zéros imposés, ou frères d'un zéro imposé (zéro jour ⇒
	 * zéro arrêt). Un zéro obtenu par différence de nombres non nuls n'en est pas un.
	 */
	private final BitSet zerosImposes = new BitSet();

	/**
	 * Pour une inconnue annulée par une somme nulle de grandeurs positives : les
	 * inconnues annulées avec elle.
	 */
	private final Map<Integer, int[]> annuleesEnsemble = new HashMap<>();

	private final Map<Famille, Set<Integer>> parFamille = new HashMap<>();

	private final Map<String, Set<String>> sectionsParNom = new HashMap<>();

	private final Map<Integer, Rationnel> connues = new HashMap<>();

	private final Map<Integer, Indicateur.Cle> sourceConnue = new HashMap<>();

	private final Map<Integer, Integer> echelleConnue = new HashMap<>();

	private final List<Equation> equations = new ArrayList<>();

	private final List<ValeurApprochee> valeursApprochees = new ArrayList<>();

	private final List<RapportApproche> rapportsApproches = new ArrayList<>();

	private final Map<List<Integer>, RapportApproche> rapportParFormes = new HashMap<>();

	private final SystemeLineaire systeme = new SystemeLineaire();

	private final Map<Integer, Set<Nature>> naturesEquation = new HashMap<>();

	private final List<String> incoherences = new ArrayList<>();

	/**
	 * Équations ajoutées au système (indices dans {@link #equations}) qui ont encore des
	 * inconnues.
	 */
	private final List<Integer> actives = new ArrayList<>();

	/** Équations (indices) dont dérivent les valeurs approchées déjà déduites. */
	private final Set<Integer> derivees = new HashSet<>();

	/**
	 * Section (thème, ou thème/indicateur pour l'égalité, dont les deux indicateurs n'ont
	 * pas les mêmes cellules) de la ligne en cours de lecture ; nulle ensuite (les
	 * inconnues intermédiaires n'ont pas de section).
	 */
	private @Nullable String sectionCourante;

	/**
	 * (population, motif) sans aucune absence : toutes leurs grandeurs d'absence valent
	 * zéro.
	 */
	private final Set<List<String>> motifsNuls = new HashSet<>();

	private final Lecture lecture;

	private Attaquant(Lecture lecture) {
		this.lecture = lecture;
	}

	/**
	 * Attaque la vue d'un employeur qui publie toutes ses lignes (le tableau complet du
	 * calcul, secret posé) : une ligne absente vaut zéro.
	 */
	public static Resultat attaquer(List<LignePubliee> lignes) {
		return attaquer(lignes, Lecture.TABLE_COMPLETE);
	}

	/**
	 * Attaque un extrait publié (les lignes que les documents d'un employeur impriment) :
	 * une ligne absente est une inconnue, jamais un zéro.
	 */
	public static Resultat attaquerExtrait(List<LignePubliee> lignes) {
		return attaquer(lignes, Lecture.EXTRAIT);
	}

	public static Resultat attaquer(List<LignePubliee> lignes, Lecture lecture) {
		return new Attaquant(lecture).executer(lignes);
	}

	private boolean extrait() {
		return lecture == Lecture.EXTRAIT;
	}

	// -------------------------------------------------------------------------------------------
	// déroulé

	private Resultat executer(List<LignePubliee> lignes) {
		Map<Indicateur.Cle, Sens> sens = new LinkedHashMap<>();
		Set<List<String>> themesPopulations = new HashSet<>();
		Set<List<String>> themesPopulationsDetaillees = new HashSet<>();
		Set<List<String>> motifsDetailles = new HashSet<>();
		Set<String> populationsAvecAgents = new HashSet<>();
		List<Indicateur.Cle> nonAnalysees = new ArrayList<>();
		for (LignePubliee l : lignes) {
			Indicateur.Cle c = l.cle();
			sectionCourante = section(c);
			Sens s = interpreter(c);
			if (s == null) {
				if (l.secret() && !NON_LINEAIRES.contains(c.indicateur())) {
					nonAnalysees.add(c);
				}
				continue;
			}
			sens.put(c, s);
			if (!c.population().isEmpty()) {
				themesPopulations.add(List.of(section(c), c.population()));
				if (!c.dimension().equals(ENSEMBLE)) {
					themesPopulationsDetaillees.add(List.of(section(c), c.population()));
				}
			}
			if (c.theme() == Theme.ABSENTEISME && !c.dimension().equals(ENSEMBLE)) {
				motifsDetailles.add(List.of(c.population(), c.groupe()));
				if (c.groupe().equals("global") && c.dimension().equals("sexe")) {
					populationsAvecAgents.add(c.population());
				}
			}
			if (!l.secret()) {
				lirePubliee(l, s);
			}
		}
		sectionCourante = null;
		// tableau complet : une population sans aucun agent dans un thème n'a que sa
		// ligne ensemble, qui vaut zéro ;
		// extrait : une population dont rien d'autre n'est imprimé n'est pas vide pour
		// autant
		Set<List<String>> vides = new HashSet<>();
		if (!extrait()) {
			vides.addAll(themesPopulations);
			vides.removeAll(themesPopulationsDetaillees);
		}
		else {
			completerModalites();
		}
		fermerCroisements();
		tranchesAge();
		if (!extrait()) {
			populationsVides(sens, vides);
			motifsSansAbsence(motifsDetailles, populationsAvecAgents);
		}
		populations(vides);
		motifs(vides);
		accidents();
		composantesPaie();
		tempsDeTravail();

		for (int i = 0; i < equations.size(); i++) {
			ajouterAuSysteme(i);
		}
		for (int tour = 0; tour < 50; tour++) {
			int avant = equations.size();
			deduireZeros();
			deduireApproches();
			if (equations.size() == avant) {
				break;
			}
			for (int i = avant; i < equations.size(); i++) {
				ajouterAuSysteme(i);
			}
		}
		propagerZerosImposes();
		for (BitSet b : systeme.incoherences()) {
			incoherences.add("système incompatible : " + decrire(b, 6));
		}

		List<Fuite> fuites = new ArrayList<>();
		int masquees = 0;
		for (LignePubliee l : lignes) {
			Sens s = sens.get(l.cle());
			if (!l.secret() || s == null) {
				continue;
			}
			masquees++;
			Fuite f = evaluer(l.cle(), s);
			if (f != null) {
				fuites.add(f);
			}
		}
		Map<Grandeur, BigDecimal> publiees = new HashMap<>();
		connues.forEach((x, v) -> publiees.put(grandeurs.get(x), v.enDecimal()));
		int inconnues = grandeurs.size() - connues.size();
		return new Resultat(fuites, incoherences, publiees, masquees, inconnues, equations.size(), nonAnalysees);
	}

	// -------------------------------------------------------------------------------------------
	// sens des clés

	/** Les lignes d'une section sont écrites pour les mêmes cellules (mêmes agents). */
	private static String section(Indicateur.Cle c) {
		return c.theme() == Theme.EGALITE ? "egalite/" + c.indicateur() : c.theme().code();
	}

	private int x(String nom, String population, String groupe, String dimension, String modalite) {
		Grandeur g = new Grandeur(nom, population, groupe, dimension, modalite);
		Integer id = ids.get(g);
		if (id == null) {
			id = grandeurs.size();
			grandeurs.add(g);
			ids.put(g, id);
			if (POSITIVES.contains(nom)) {
				positive.set(id);
			}
			parFamille.computeIfAbsent(new Famille(nom, population, groupe, dimension), k -> new LinkedHashSet<>())
				.add(id);
		}
		if (sectionCourante != null) {
			sectionsParNom.computeIfAbsent(nom, k -> new HashSet<>()).add(sectionCourante);
		}
		return id;
	}

	private static Map<Integer, Rationnel> forme(int x) {
		Map<Integer, Rationnel> f = new LinkedHashMap<>();
		f.put(x, Rationnel.UN);
		return f;
	}

	private static Map<Integer, Rationnel> forme(int x, Rationnel a, int y, Rationnel b) {
		Map<Integer, Rationnel> f = new LinkedHashMap<>();
		f.merge(x, a, Rationnel::plus);
		f.merge(y, b, Rationnel::plus);
		return f;
	}

	private static Map<Integer, Rationnel> fois(int x, Rationnel a) {
		Map<Integer, Rationnel> f = new LinkedHashMap<>();
		f.put(x, a);
		return f;
	}

	private static String avecSexe(String dimension) {
		return dimension.equals(ENSEMBLE) ? "sexe" : dimension + "+sexe";
	}

	private static String avecSexe(String modalite, String sexe) {
		return modalite.equals(ENSEMBLE) ? sexe : modalite + "+" + sexe;
	}

	/**
	 * Sens documenté d'une clé ({@code docs/vocabulaire-indicateurs.md}), ou {@code null}
	 * si inconnue.
	 */
	private @Nullable Sens interpreter(Indicateur.Cle c) {
		String p = c.population();
		String g = c.groupe();
		String d = c.dimension();
		String m = c.modalite();
		String ind = c.indicateur();
		Rationnel un = Rationnel.UN;
		Rationnel demi = Rationnel.de(java.math.BigInteger.ONE, java.math.BigInteger.TWO);
		return switch (c.theme()) {
			case EFFECTIFS -> {
				if (SOMMES_EFFECTIFS.contains(ind)) {
					yield new Additif(x(ind, p, "", d, m));
				}
				yield switch (ind) {
					case "part" -> new Rapport(forme(x("effectif", p, "", d, m)),
							forme(x("effectif", p, "", ENSEMBLE, ENSEMBLE)), CENT, false);
					case "age_moyen" ->
						new Rapport(forme(x("somme_ages", p, "", d, m)), forme(x("effectif", p, "", d, m)), un, false);
					case "variation_effectif" -> new Rapport(
							forme(x("effectif", p, "", d, m), un, x("effectif_precedent", p, "", d, m), un.oppose()),
							forme(x("effectif_precedent", p, "", d, m)), CENT, false);
					case "taux_rotation" ->
						new Rapport(forme(x("arrivees", p, "", d, m), demi, x("departs", p, "", d, m), demi),
								forme(x("effectif_precedent", p, "", d, m), demi, x("effectif", p, "", d, m), demi),
								CENT, false);
					default -> null;
				};
			}
			case ABSENTEISME -> {
				int e = x("effectif", p, "", d, m);
				if (ind.equals("effectif")) {
					yield new Additif(e);
				}
				if (!GROUPES.contains(g) && !MOTIFS.contains(g) && !g.equals(CLM_CLD)) {
					yield null;
				}
				yield switch (ind) {
					case "jours", "arrets", "agents_absents" -> new Additif(x(ind, p, g, d, m));
					case "taux_absenteisme" ->
						new Rapport(forme(x("jours", p, g, d, m)), fois(e, Rationnel.de(365)), CENT, false);
					case "taux_exposition" ->
						new Rapport(forme(x("agents_absents", p, g, d, m)), forme(e), CENT, false);
					case "taux_frequence" -> new Rapport(forme(x("arrets", p, g, d, m)), forme(e), CENT, false);
					case "gravite" ->
						new Rapport(forme(x("jours", p, g, d, m)), forme(x("arrets", p, g, d, m)), un, false);
					case "jours_moyens" -> new Rapport(forme(x("jours", p, g, d, m)), forme(e), un, false);
					case "part_agents_carence" -> new Rapport(forme(x("carence", p, g, d, m)), forme(e), CENT, false);
					case "arrets_par_absent" ->
						new Rapport(forme(x("arrets", p, g, d, m)), forme(x("agents_absents", p, g, d, m)), un, false);
					default -> null;
				};
			}
			case ACCIDENTS -> {
				int jours = g.isEmpty() ? x("jours_at_mp", p, "", d, m) : x("jours", p, g, d, m);
				int heures = x("heures_payees", p, "", d, m);
				yield switch (ind) {
					case "accidents" -> new Additif(x("accidents", p, g, d, m));
					case "jours" -> new Additif(jours);
					// dénominateur publié = heures / 1820 arrondi : une valeur approchée
					case "indice_frequence" -> new Rapport(forme(x("accidents", p, g, d, m)),
							fois(heures, un.divise(HEURES_TEMPS_PLEIN)), MILLE, true);
					case "taux_gravite" -> new Rapport(forme(jours), forme(heures), MILLE, false);
					default -> null;
				};
			}
			case REMUNERATIONS -> {
				if (SOMMES_PAIE.contains(ind)) {
					yield new Additif(x(ind, p, "", d, m));
				}
				String composante = PARTS_PAIE.get(ind);
				if (composante != null) {
					yield new Rapport(forme(x(composante, p, "", d, m)),
							forme(x("remuneration_annuelle_brute", p, "", d, m)), CENT, false);
				}
				yield switch (ind) {
					case "remuneration_moyenne_etpr" ->
						new Rapport(forme(x("remuneration_annuelle_brute", p, "", d, m)), forme(x("etpr", p, "", d, m)),
								un, false);
					case "heures_sup_par_agent" -> new Rapport(forme(x("heures_sup_nombre", p, "", d, m)),
							forme(x("agents_heures_sup", p, "", d, m)), un, false);
					case "part_charges_personnel" -> new Rapport(forme(x("charges_personnel", p, "", d, m)),
							forme(x("budget_fonctionnement", p, "", d, m)), CENT, false);
					default -> null;
				};
			}
			case EGALITE -> switch (ind) {
				case "taux_feminisation" -> new Rapport(forme(x("effectif", p, "", avecSexe(d), avecSexe(m, "F"))),
						forme(x("effectif", p, "", d, m)), CENT, false);
				case "ecart_remuneration" -> {
					yield new Ecart(x("remuneration_annuelle_brute", p, "", avecSexe(d), avecSexe(m, "H")),
							x("etpr", p, "", avecSexe(d), avecSexe(m, "H")),
							x("remuneration_annuelle_brute", p, "", avecSexe(d), avecSexe(m, "F")),
							x("etpr", p, "", avecSexe(d), avecSexe(m, "F")));
				}
				default -> null;
			};
			// thèmes facultatifs (input-themes.md) de santé : leurs comptes sont des
			// grandeurs à eux (les jours d'un
			// accident déclaré ne sont pas les jours d'absence du même motif), leurs
			// rapports en sont tirés
			case ACCIDENTS_DECLARES -> {
				// une caractéristique de l'accident (siège, nature de la lésion...) n'est
				// écrite que si elle est
				// déclarée : ses modalités ne font pas l'ensemble, ce sont des grandeurs
				// à part
				String n = CARACTERISTIQUES_ACCIDENT.contains(d) ? "ad_" + d + "_" : "ad_";
				int accidents = x(n + "accidents", p, g, d, m);
				int sansArret = x(n + "sans_arret", p, g, d, m);
				int jours = x(n + "jours", p, g, d, m);
				yield switch (ind) {
					case "accidents_declares" -> new Additif(accidents);
					case "accidents_sans_arret" -> new Additif(sansArret);
					case "jours" -> new Additif(jours);
					case "part_sans_arret" -> new Rapport(forme(sansArret), forme(accidents), CENT, false);
					case "jours_par_accident" -> new Rapport(forme(jours), forme(accidents), un, false);
					// accidents avec arrêt pour 1 000 ETP (heures / 1820, arrondi publié)
					// ; les heures payées des
					// agents de la case d'accidents déclarés (présents et partis
					// accidentés), pas celles de la case
					// des accidents du travail
					case "indice_frequence" -> new Rapport(forme(x(n + "avec_arret", p, g, d, m)),
							fois(x(n + "heures", p, "", d, m), un.divise(HEURES_TEMPS_PLEIN)), MILLE, true);
					case "taux_gravite" -> new Rapport(forme(jours), forme(x(n + "heures", p, "", d, m)), MILLE, false);
					default -> null;
				};
			}
			case DECISIONS_SANTE -> switch (ind) {
				case "decisions", "agents_concernes", "decisions_liees_at_mp" ->
					new Additif(x("ds_" + ind, p, g, d, m));
				default -> null;
			};
			case SIGNALEMENTS -> switch (ind) {
				case "signalements" -> new Additif(x("sg_signalements", p, g, d, m));
				// pour 1 000 agents permanents : numérateur = signalements de la case,
				// dénominateur constant (non
				// additif) ; seul le numérateur est une grandeur
				case "signalements_pour_1000_agents" -> new Rapport(forme(x("sg_signalements", p, g, d, m)),
						forme(x("sg_effectif_permanents", "", "", ENSEMBLE, ENSEMBLE)), MILLE, false);
				default -> null;
			};
			case HANDICAP -> switch (ind) {
				case "boeth" -> new Additif(x("hd_boeth", p, g, d, m));
				case "part_boeth" ->
					new Rapport(forme(x("hd_boeth", p, g, d, m)), forme(x("hd_effectif", p, g, d, m)), CENT, false);
				// la part de l'employeur : les BOETH de tous les agents présents sur leur
				// effectif
				case "taux_emploi_direct" ->
					new Rapport(forme(x("hd_boeth", p, g, d, m)), forme(x("hd_effectif", p, g, d, m)), CENT, false);
				default -> null;
			};
			case CONDITIONS_TRAVAIL -> switch (ind) {
				case "visites_sur_demande" -> new Additif(x("ct_visites", p, g, d, m));
				case "agents_visite_sur_demande" -> new Additif(x("ct_agents_visites", p, g, d, m));
				case "part_agents_visite_sur_demande" -> new Rapport(forme(x("ct_agents_visites", p, g, d, m)),
						forme(x("ct_effectif", p, g, d, m)), CENT, false);
				default -> null;
			};
			default -> null;
		};
	}

	/**
	 * Ce qu'une ligne publiée apprend : sa valeur, ou son numérateur et son dénominateur.
	 */
	private void lirePubliee(LignePubliee l, Sens s) {
		Indicateur.Cle c = l.cle();
		switch (s) {
			case Additif a -> {
				if (l.valeur() != null) {
					connaitre(a.x(), l.valeur(), c);
				}
			}
			case Rapport r -> {
				if (l.numerateur() != null) {
					egaler(r.num(), l.numerateur(), c, "numérateur");
				}
				if (l.denominateur() != null) {
					if (r.denominateurArrondi()) {
						valeursApprochees.add(new ValeurApprochee(r.den(), l.denominateur(), Nature.VALEUR_ARRONDIE,
								"dénominateur arrondi de " + cle(c)));
					}
					else {
						egaler(r.den(), l.denominateur(), c, "dénominateur");
					}
				}
				if (l.numerateur() == null && l.denominateur() == null && l.valeur() != null && r.num().size() == 1
						&& r.den().size() == 1) {
					// vue sans numérateur ni dénominateur (document) : le rapport seul,
					// arrondi
					Map.Entry<Integer, Rationnel> n = r.num().entrySet().iterator().next();
					Map.Entry<Integer, Rationnel> dd = r.den().entrySet().iterator().next();
					Rationnel k = r.facteur().fois(n.getValue()).divise(dd.getValue());
					BigDecimal rapport = Rationnel.de(l.valeur()).divise(k).enDecimal();
					rapportApproche(new RapportApproche(n.getKey(), dd.getKey(), rapport, Nature.VALEUR_ARRONDIE,
							"valeur arrondie de " + cle(c)));
				}
			}
			case Ecart e -> {
				// numérateur = moyenne H − moyenne F, dénominateur = moyenne H (arrondies
				// à 16 chiffres)
				if (l.denominateur() != null) {
					rapportApproche(new RapportApproche(e.remunerationH(), e.etprH(), l.denominateur(),
							Nature.ECART_REMUNERATION, "moyenne H = dénominateur de " + cle(c)));
					if (l.numerateur() != null) {
						rapportApproche(new RapportApproche(e.remunerationF(), e.etprF(),
								l.denominateur().subtract(l.numerateur()), Nature.ECART_REMUNERATION,
								"moyenne F = dénominateur − numérateur de " + cle(c)));
					}
				}
			}
		}
	}

	private void rapportApproche(RapportApproche r) {
		rapportsApproches.add(r);
		rapportParFormes.putIfAbsent(List.of(r.num(), r.den()), r);
	}

	private void egaler(Map<Integer, Rationnel> f, BigDecimal valeur, Indicateur.Cle c, String quoi) {
		if (f.size() == 1) {
			Map.Entry<Integer, Rationnel> e = f.entrySet().iterator().next();
			connaitre(e.getKey(), Rationnel.de(valeur).divise(e.getValue()), c, valeur);
		}
		else {
			equation(f, Rationnel.de(valeur), Nature.RAPPORT_PUBLIE, () -> quoi + " publié de " + cle(c));
		}
	}

	private void connaitre(int x, BigDecimal valeur, Indicateur.Cle source) {
		connaitre(x, Rationnel.de(valeur), source, valeur);
	}

	private void connaitre(int x, Rationnel v, Indicateur.Cle source, BigDecimal ecrit) {
		Rationnel avant = connues.get(x);
		if (avant != null && !avant.equals(v)) {
			incoherences.add(grandeurs.get(x) + " vaut " + avant + " selon " + cle(sourceConnue.get(x)) + " et " + v
					+ " selon " + cle(source));
			return;
		}
		if (avant == null) {
			connues.put(x, v);
			sourceConnue.put(x, source);
			if (v.estNul()) {
				zerosImposes.set(x);
			}
		}
		echelleConnue.merge(x, Math.max(0, ecrit.stripTrailingZeros().scale()), Math::max);
	}

	private static String cle(Indicateur.@Nullable Cle c) {
		if (c == null) {
			return "?";
		}
		return c.theme().code() + "/" + c.indicateur() + "[" + c.population()
				+ (c.groupe().isEmpty() ? "" : "/" + c.groupe())
				+ (c.dimension().equals(ENSEMBLE) ? "" : " " + c.dimension() + "=" + c.modalite()) + "]";
	}

	// -------------------------------------------------------------------------------------------
	// identités

	private void equation(Map<Integer, Rationnel> coefs, Rationnel second, Nature nature, Supplier<String> libelle) {
		equation(coefs, second, nature, libelle, new BitSet());
	}

	private void equation(Map<Integer, Rationnel> coefs, Rationnel second, Nature nature, Supplier<String> libelle,
			BitSet ingredients) {
		boolean positives = true;
		for (int x : coefs.keySet()) {
			positives &= positive.get(x);
		}
		equations.add(new Equation(coefs, second, nature, libelle, ingredients, positives));
	}

	/**
	 * {@code total = Σ parties} : les parties absentes de la liste valent zéro ;
	 * l'appelant n'omet une partie que sur le tableau complet (ligne non écrite) ou sur
	 * un zéro justifié, jamais parce qu'elle n'est pas publiée.
	 */
	private void somme(int total, List<Integer> parties, Nature nature) {
		Map<Integer, Rationnel> f = new LinkedHashMap<>();
		f.put(total, Rationnel.UN);
		for (int p : parties) {
			f.merge(p, Rationnel.UN.oppose(), Rationnel::plus);
		}
		f.values().removeIf(Rationnel::estNul);
		if (f.isEmpty()) {
			return;
		}
		equation(f, Rationnel.ZERO, nature, () -> {
			StringBuilder libelle = new StringBuilder(grandeurs.get(total).toString()).append(" = ");
			if (parties.isEmpty()) {
				libelle.append("0");
			}
			for (int i = 0; i < parties.size(); i++) {
				if (i > 0) {
					libelle.append(" + ");
				}
				if (i == 4 && parties.size() > 5) {
					libelle.append("… (").append(parties.size()).append(" termes)");
					break;
				}
				libelle.append(grandeurs.get(parties.get(i)));
			}
			return libelle.toString();
		});
	}

	/**
	 * Valeurs de chaque partie d'une modalité croisée ; {@code null} si le découpage est
	 * impossible.
	 */
	static @Nullable List<String> decouper(List<String> dimensions, String modalite) {
		if (dimensions.size() == 1) {
			return List.of(modalite);
		}
		String premiere = dimensions.get(0);
		Set<String> connues = MODALITES_FERMEES.get(premiere);
		List<String> reste = dimensions.subList(1, dimensions.size());
		for (int i = modalite.indexOf('+'); i >= 0; i = modalite.indexOf('+', i + 1)) {
			String tete = modalite.substring(0, i);
			if (connues != null && !connues.contains(tete)) {
				continue;
			}
			List<String> suite = decouper(reste, modalite.substring(i + 1));
			if (suite != null && (reste.size() > 1 || valide(reste.get(0), suite.get(0)))) {
				List<String> tout = new ArrayList<>();
				tout.add(tete);
				tout.addAll(suite);
				return tout;
			}
		}
		return null;
	}

	private static boolean valide(String dimension, String valeur) {
		Set<String> connues = MODALITES_FERMEES.get(dimension);
		return connues == null ? !valeur.isEmpty() : connues.contains(valeur);
	}

	/**
	 * Extrait : chaque famille (grandeur, population, groupe, dimension) rencontrée
	 * reçoit toutes ses cellules, produit des listes fermées de ses parties (et des
	 * valeurs vues pour une partie à liste ouverte) ; une cellule non publiée est une
	 * inconnue. Les sommes de {@link #fermerCroisements()} sont alors complètes sans
	 * supposer qu'une modalité absente est vide.
	 */
	private void completerModalites() {
		for (Map.Entry<Famille, Set<Integer>> e : new ArrayList<>(parFamille.entrySet())) {
			Famille f = e.getKey();
			if (f.dimension().equals(ENSEMBLE) || f.population().isEmpty()) {
				continue;
			}
			List<String> dims = List.of(f.dimension().split("\\+"));
			List<Set<String>> valeurs = new ArrayList<>();
			for (String d : dims) {
				List<String> fermee = LISTES_FERMEES.get(d);
				valeurs.add(fermee != null ? new LinkedHashSet<>(fermee) : new LinkedHashSet<>());
			}
			for (int x : new ArrayList<>(e.getValue())) {
				List<String> v = decouper(dims, grandeurs.get(x).modalite());
				if (v == null) {
					continue;
				}
				for (int i = 0; i < dims.size(); i++) {
					if (!LISTES_FERMEES.containsKey(dims.get(i))) {
						valeurs.get(i).add(v.get(i));
					}
				}
			}
			List<List<String>> produit = new ArrayList<>();
			produit.add(List.of());
			for (Set<String> vs : valeurs) {
				List<List<String>> suite = new ArrayList<>();
				for (List<String> debut : produit) {
					for (String v : vs) {
						List<String> l = new ArrayList<>(debut);
						l.add(v);
						suite.add(l);
					}
				}
				produit = suite;
			}
			for (List<String> m : produit) {
				x(f.nom(), f.population(), f.groupe(), f.dimension(), String.join("+", m));
			}
		}
	}

	/**
	 * Identités 1 et 2 : chaque cellule d'une dimension est rangée sous sa cellule
	 * parente (la même sans l'une de ses parties) ; les parentes manquantes (par exemple
	 * {@code filiere+sexe} de la paie) sont créées comme inconnues intermédiaires.
	 * Tableau complet : une dimension produite énumère toutes ses modalités non vides.
	 * Extrait : les rangées sont complètes ({@link #completerModalites()}) ; une rangée
	 * qui fait varier une partie à liste ouverte (cadre d'emplois) n'est pas posée, faute
	 * de savoir quelles modalités existent.
	 */
	private void fermerCroisements() {
		record Rangee(int parent, String dimensionEnfants, boolean ouverte) {
		}
		Map<Rangee, List<Integer>> enfants = new LinkedHashMap<>();
		for (int x = 0; x < grandeurs.size(); x++) {
			Grandeur g = grandeurs.get(x);
			if (g.dimension().equals(ENSEMBLE) || g.population().isEmpty()) {
				continue;
			}
			List<String> dims = List.of(g.dimension().split("\\+"));
			List<String> valeurs = decouper(dims, g.modalite());
			if (valeurs == null) {
				incoherences.add("modalité illisible : " + g);
				continue;
			}
			for (int i = 0; i < dims.size(); i++) {
				List<String> dp = new ArrayList<>(dims);
				dp.remove(i);
				List<String> vp = new ArrayList<>(valeurs);
				vp.remove(i);
				int parent = x(g.nom(), g.population(), g.groupe(), dp.isEmpty() ? ENSEMBLE : String.join("+", dp),
						vp.isEmpty() ? ENSEMBLE : String.join("+", vp));
				boolean ouverte = !LISTES_FERMEES.containsKey(dims.get(i));
				enfants.computeIfAbsent(new Rangee(parent, g.dimension(), ouverte), k -> new ArrayList<>()).add(x);
			}
		}
		enfants.forEach((r, liste) -> {
			if (!(extrait() && r.ouverte())) {
				somme(r.parent(), liste, r.dimensionEnfants().contains("+") ? Nature.CROISEMENT : Nature.MODALITES);
			}
		});
	}

	/** Les tranches quinquennales redonnent les trois grandes tranches. */
	private void tranchesAge() {
		for (Map.Entry<Famille, Set<Integer>> e : new ArrayList<>(parFamille.entrySet())) {
			Famille f = e.getKey();
			if (!f.dimension().equals("tranche_age")) {
				continue;
			}
			Map<String, List<Integer>> parTranche = new TreeMap<>();
			for (String t3 : List.of("<30", "30-49", "50+")) {
				parTranche.put(t3, new ArrayList<>());
			}
			boolean lisible = true;
			for (int x : e.getValue()) {
				String t3 = TRANCHE_3.get(grandeurs.get(x).modalite());
				if (t3 == null) {
					lisible = false;
					break;
				}
				parTranche.get(t3).add(x);
			}
			if (!lisible) {
				continue;
			}
			parTranche.forEach((t3, liste) -> {
				Grandeur parent = new Grandeur(f.nom(), f.population(), f.groupe(), "tranche_age_3", t3);
				if (!liste.isEmpty() || ids.containsKey(parent)) {
					somme(x(f.nom(), f.population(), f.groupe(), "tranche_age_3", t3), liste, Nature.TRANCHES_AGE);
				}
			});
		}
	}

	/**
	 * Une population sans aucun agent dans un thème : toutes ses grandeurs de ce thème
	 * valent zéro.
	 */
	private void populationsVides(Map<Indicateur.Cle, Sens> sens, Set<List<String>> vides) {
		Set<Integer> nulles = new LinkedHashSet<>();
		sens.forEach((c, s) -> {
			if (!vides.contains(List.of(section(c), c.population()))) {
				return;
			}
			switch (s) {
				case Additif a -> nulles.add(a.x());
				case Rapport r -> {
					nulles.addAll(r.num().keySet());
					nulles.addAll(r.den().keySet());
				}
				case Ecart e -> nulles.addAll(List.of(e.remunerationH(), e.etprH(), e.remunerationF(), e.etprF()));
			}
		});
		for (int x : nulles) {
			// l'effectif précédent compte aussi les agents partis avant l'année, sans
			// cellule dans l'année
			if (!grandeurs.get(x).nom().equals("effectif_precedent")) {
				equation(forme(x), Rationnel.ZERO, Nature.ZERO_JUSTIFIE,
						() -> grandeurs.get(x) + " = 0 (population sans agent : seule la ligne ensemble est écrite)");
			}
		}
	}

	/**
	 * Dans les populations détaillées par motif, le détail d'un motif sans absence est
	 * omis : un motif sans aucune ligne de détail, quand la population a des agents, n'a
	 * ni jour ni arrêt ni agent absent.
	 */
	private void motifsSansAbsence(Set<List<String>> motifsDetailles, Set<String> populationsAvecAgents) {
		for (String p : POPULATIONS_MOTIFS_DETAILLES) {
			if (!populationsAvecAgents.contains(p)) {
				continue;
			}
			for (String motif : MOTIFS) {
				if (motifsDetailles.contains(List.of(p, motif))) {
					continue;
				}
				motifsNuls.add(List.of(p, motif));
				for (String nom : List.of("jours", "arrets", "agents_absents")) {
					Grandeur g = new Grandeur(nom, p, motif, ENSEMBLE, ENSEMBLE);
					if (ids.containsKey(g)) {
						equation(forme(ids.get(g)), Rationnel.ZERO, Nature.ZERO_JUSTIFIE,
								() -> g + " = 0 (détail du motif omis : aucune absence)");
					}
				}
			}
		}
	}

	private boolean produite(String nom, String population, String groupe, String dimension) {
		return parFamille.containsKey(new Famille(nom, population, groupe, dimension));
	}

	private boolean videPour(String nom, String population, Set<List<String>> vides) {
		if (nom.equals("effectif_precedent")) {
			return false;
		}
		for (String section : sectionsParNom.getOrDefault(nom, Set.of())) {
			if (vides.contains(List.of(section, population))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Terme d'une identité : l'inconnue si elle existe ; sur un extrait, une inconnue
	 * nouvelle sinon (une ligne non publiée n'est pas un zéro) ; sur le tableau complet,
	 * {@code -1} pour un zéro justifié (modalité absente d'une dimension produite,
	 * population vide) et {@code null} si rien ne permet de conclure.
	 */
	private @Nullable Integer terme(String nom, String population, String groupe, String dimension, String modalite,
			Set<List<String>> vides) {
		Integer x = ids.get(new Grandeur(nom, population, groupe, dimension, modalite));
		if (x != null) {
			return x;
		}
		if (extrait()) {
			return x(nom, population, groupe, dimension, modalite);
		}
		if (videPour(nom, population, vides) || produite(nom, population, groupe, dimension)) {
			return -1;
		}
		if (ABSENCES.contains(nom) && motifsNuls.contains(List.of(population, groupe))) {
			return -1;
		}
		return null;
	}

	/**
	 * Identité 3 : fonctionnaires + contractuels permanents = permanents ; permanents +
	 * non permanents = tous.
	 */
	private void populations(Set<List<String>> vides) {
		Set<List<String>> cellules = new LinkedHashSet<>();
		for (Grandeur g : grandeurs) {
			if (POPULATIONS.contains(g.population())) {
				cellules.add(List.of(g.nom(), g.groupe(), g.dimension(), g.modalite()));
			}
		}
		List<List<String>> triplets = List.of(List.of("permanents", "fonctionnaires", "contractuels_permanents"),
				List.of("tous", "permanents", "non_permanents"));
		for (List<String> c : cellules) {
			for (List<String> t : triplets) {
				Integer total = terme(c.get(0), t.get(0), c.get(1), c.get(2), c.get(3), vides);
				Integer a = terme(c.get(0), t.get(1), c.get(1), c.get(2), c.get(3), vides);
				Integer b = terme(c.get(0), t.get(2), c.get(1), c.get(2), c.get(3), vides);
				if (total == null || a == null || b == null || (total < 0 && a < 0 && b < 0)) {
					continue;
				}
				sommeTermes(total, List.of(a, b), Nature.POPULATIONS, c, t);
			}
		}
	}

	/** {@code total = Σ parties} où un terme {@code -1} vaut zéro. */
	private void sommeTermes(int total, List<Integer> parties, Nature nature, List<String> cellule,
			List<String> libelles) {
		List<Integer> p = parties.stream().filter(i -> i >= 0).toList();
		if (total >= 0) {
			somme(total, p, nature);
			return;
		}
		// total nul : Σ parties = 0
		if (p.isEmpty()) {
			return;
		}
		Map<Integer, Rationnel> f = new LinkedHashMap<>();
		for (int i : p) {
			f.merge(i, Rationnel.UN, Rationnel::plus);
		}
		equation(f, Rationnel.ZERO, nature,
				() -> libelles.get(0) + " " + cellule + " (absent = 0) = Σ " + p.stream().map(grandeurs::get).toList());
	}

	/** Identité 4 : emboîtement des groupes d'absences pour les jours et les arrêts. */
	private void motifs(Set<List<String>> vides) {
		Set<List<String>> cellules = new LinkedHashSet<>();
		for (Grandeur g : grandeurs) {
			if ((g.nom().equals("jours") || g.nom().equals("arrets")) && GROUPES.contains(g.groupe())) {
				cellules.add(List.of(g.nom(), g.population(), g.dimension(), g.modalite()));
			}
		}
		for (List<String> c : cellules) {
			for (Map.Entry<String, List<String>> e : COMPOSITION_GROUPES.entrySet()) {
				Integer total = terme(c.get(0), c.get(1), e.getKey(), c.get(2), c.get(3), vides);
				List<Integer> parties = new ArrayList<>();
				boolean complet = total != null;
				for (String colonne : e.getValue()) {
					Integer t = terme(c.get(0), c.get(1), colonne, c.get(2), c.get(3), vides);
					if (t == null) {
						complet = false;
						break;
					}
					parties.add(t);
				}
				if (complet) {
					sommeTermes(total, parties, Nature.MOTIFS, c, List.of(e.getKey()));
				}
			}
		}
	}

	/**
	 * Partie d'une identité toujours vraie (accidents, composantes de la paie, temps de
	 * travail) : l'inconnue si elle existe ; sur un extrait, une inconnue nouvelle sinon
	 * ; sur le tableau complet, {@code null} (l'identité n'est alors pas posée).
	 */
	private @Nullable Integer partie(String nom, String population, String groupe, String dimension, String modalite) {
		Integer x = ids.get(new Grandeur(nom, population, groupe, dimension, modalite));
		if (x != null || !extrait()) {
			return x;
		}
		return x(nom, population, groupe, dimension, modalite);
	}

	/** Accidents : le groupe vide = AT_SERVICE + AT_TRAJET (accidents), + MP (jours). */
	private void accidents() {
		for (Grandeur g : new ArrayList<>(grandeurs)) {
			if (g.nom().equals("jours_at_mp")) {
				List<Integer> parties = new ArrayList<>();
				for (String m : List.of("AT_SERVICE", "AT_TRAJET", "MP")) {
					Integer x = partie("jours", g.population(), m, g.dimension(), g.modalite());
					if (x == null) {
						parties = null;
						break;
					}
					parties.add(x);
				}
				if (parties != null) {
					somme(ids.get(g), parties, Nature.ACCIDENTS);
				}
			}
			if (g.nom().equals("accidents") && g.groupe().isEmpty()) {
				Integer s = partie("accidents", g.population(), "AT_SERVICE", g.dimension(), g.modalite());
				Integer t = partie("accidents", g.population(), "AT_TRAJET", g.dimension(), g.modalite());
				if (s != null && t != null) {
					somme(ids.get(g), List.of(s, t), Nature.ACCIDENTS);
				}
			}
		}
	}

	/**
	 * Rémunération annuelle brute = traitement + primes + NBI + SFT + heures
	 * supplémentaires.
	 */
	private void composantesPaie() {
		for (Grandeur g : new ArrayList<>(grandeurs)) {
			if (!g.nom().equals("remuneration_annuelle_brute")) {
				continue;
			}
			List<Integer> parties = new ArrayList<>();
			for (String c : COMPOSANTES_PAIE) {
				Integer x = partie(c, g.population(), g.groupe(), g.dimension(), g.modalite());
				if (x == null) {
					parties = null;
					break;
				}
				parties.add(x);
			}
			if (parties != null) {
				somme(ids.get(g), parties, Nature.COMPOSANTES_PAIE);
			}
		}
	}

	/**
	 * Effectif = temps complet + temps non complet ; temps partiel = de droit + sur
	 * autorisation.
	 */
	private void tempsDeTravail() {
		for (Grandeur g : new ArrayList<>(grandeurs)) {
			if (g.nom().equals("temps_complet")) {
				Integer e = partie("effectif", g.population(), "", g.dimension(), g.modalite());
				Integer n = partie("temps_non_complet", g.population(), "", g.dimension(), g.modalite());
				if (e != null && n != null) {
					somme(e, List.of(ids.get(g), n), Nature.TEMPS_TRAVAIL);
				}
			}
			if (g.nom().equals("temps_partiel")) {
				Integer a = partie("temps_partiel_de_droit", g.population(), "", g.dimension(), g.modalite());
				Integer b = partie("temps_partiel_sur_autorisation", g.population(), "", g.dimension(), g.modalite());
				if (a != null && b != null) {
					somme(ids.get(g), List.of(a, b), Nature.TEMPS_TRAVAIL);
				}
			}
		}
	}

	// -------------------------------------------------------------------------------------------
	// résolution

	private boolean determinee(int x) {
		return connues.containsKey(x) || systeme.estDeterminee(x);
	}

	private Rationnel valeurDe(int x) {
		Rationnel v = connues.get(x);
		return v != null ? v : systeme.valeur(x);
	}

	/**
	 * Équations dont une inconnue déterminée est déduite ; vide si elle est publiée ou
	 * pas déterminée.
	 */
	private BitSet origineDe(int x) {
		return connues.containsKey(x) || !systeme.estDeterminee(x) ? new BitSet() : systeme.origine(x);
	}

	/**
	 * Les nombres publiés remplacés, l'équation part dans le système ; sans inconnue,
	 * elle doit être vraie.
	 */
	private void ajouterAuSysteme(int i) {
		Equation e = equations.get(i);
		Map<Integer, Rationnel> inconnues = new HashMap<>();
		Rationnel second = e.second();
		for (Map.Entry<Integer, Rationnel> t : e.coefs().entrySet()) {
			Rationnel v = connues.get(t.getKey());
			if (v != null) {
				second = second.moins(t.getValue().fois(v));
			}
			else {
				inconnues.merge(t.getKey(), t.getValue(), Rationnel::plus);
			}
		}
		inconnues.values().removeIf(Rationnel::estNul);
		if (inconnues.isEmpty()) {
			if (!second.estNul()) {
				incoherences
					.add("identité fausse sur les nombres publiés (écart " + second + ") : " + e.libelle().get());
			}
			return;
		}
		BitSet origine = (BitSet) e.ingredients().clone();
		origine.set(i);
		systeme.ajouter(inconnues, second, origine);
		actives.add(i);
	}

	/** Inconnues déjà vues déterminées par {@link #deduireZeros()}. */
	private final BitSet vuesDeterminees = new BitSet();

	/**
	 * Pour chaque inconnue : les équations actives de grandeurs positives où elle figure.
	 */
	private final Map<Integer, List<Integer>> equationsPositivesParInconnue = new HashMap<>();

	private int activesIndexees;

	/**
	 * Une somme nulle de grandeurs positives les annule toutes ; dans une cellule
	 * d'absences, zéro jour, zéro arrêt et zéro agent absent vont ensemble ; sans jour
	 * d'AT, pas d'accident. Incrémental : seules les équations nouvelles ou dont une
	 * inconnue vient d'être déterminée sont relues.
	 */
	private void deduireZeros() {
		Set<Integer> dejaNulles = new HashSet<>();
		Set<Integer> aRelire = new LinkedHashSet<>();
		for (; activesIndexees < actives.size(); activesIndexees++) {
			int i = actives.get(activesIndexees);
			if (equations.get(i).positives()) {
				aRelire.add(i);
				for (int x : equations.get(i).coefs().keySet()) {
					equationsPositivesParInconnue.computeIfAbsent(x, k -> new ArrayList<>()).add(i);
				}
			}
		}
		List<Integer> nouvelles = new ArrayList<>();
		for (int x = 0; x < grandeurs.size(); x++) {
			if (!vuesDeterminees.get(x) && determinee(x)) {
				vuesDeterminees.set(x);
				nouvelles.add(x);
				aRelire.addAll(equationsPositivesParInconnue.getOrDefault(x, List.of()));
			}
		}
		for (int i : aRelire) {
			Equation e = equations.get(i);
			// inconnues libres de signes contraires : la somme nulle ne conclut rien
			// (rejet sans calcul)
			int signes = 0;
			for (Map.Entry<Integer, Rationnel> t : e.coefs().entrySet()) {
				if (!determinee(t.getKey())) {
					signes |= t.getValue().signe() > 0 ? 1 : 2;
				}
			}
			if (signes != 1 && signes != 2) {
				continue;
			}
			Rationnel reste = e.second();
			Map<Integer, Rationnel> libres = new HashMap<>();
			for (Map.Entry<Integer, Rationnel> t : e.coefs().entrySet()) {
				if (determinee(t.getKey())) {
					reste = reste.moins(t.getValue().fois(valeurDe(t.getKey())));
				}
				else {
					libres.put(t.getKey(), t.getValue());
				}
			}
			if (libres.isEmpty() || !reste.estNul() || dejaNulles.containsAll(libres.keySet())) {
				continue;
			}
			BitSet origine = new BitSet();
			origine.set(i);
			for (int x : e.coefs().keySet()) {
				if (determinee(x)) {
					origine.or(origineDe(x));
				}
			}
			annulerSiPositives(libres, reste, origine, dejaNulles, e.libelle());
		}
		// seules les lignes réduites nouvelles ou modifiées depuis le tour précédent
		// peuvent apprendre quelque chose
		for (int pivot : systeme.prendreModifiees()) {
			SystemeLineaire.Ligne ligne = systeme.ligne(pivot);
			if (ligne.coefs.isEmpty() || !ligne.second.estNul() || !positive.get(pivot)) {
				continue;
			}
			boolean memeSigne = true;
			for (Map.Entry<Integer, Rationnel> t : ligne.coefs.entrySet()) {
				if (t.getValue().signe() <= 0 || !positive.get(t.getKey())) {
					memeSigne = false;
					break;
				}
			}
			if (!memeSigne) {
				continue;
			}
			Map<Integer, Rationnel> libres = new HashMap<>(ligne.coefs);
			libres.put(pivot, Rationnel.UN);
			annulerSiPositives(libres, ligne.second, ligne.origine, dejaNulles, () -> "combinaison d'équations");
		}
		for (int x : nouvelles) {
			Grandeur g = grandeurs.get(x);
			if (!valeurDe(x).estNul()) {
				continue;
			}
			List<String> freres = freresNuls(g);
			for (String nom : freres) {
				Integer y = ids.get(new Grandeur(nom, g.population(), g.groupe(), g.dimension(), g.modalite()));
				if (y != null && !determinee(y) && dejaNulles.add(y)) {
					equation(forme(y), Rationnel.ZERO, Nature.ZERO_DEDUIT,
							() -> grandeurs.get(y) + " = 0 car " + g + " = 0", origineDe(x));
				}
			}
		}
	}

	/**
	 * Zéros imposés par les zéros publiés, jusqu'à ne plus rien apprendre : dans une
	 * somme de grandeurs positives (second membre nul) dont tous les termes d'un signe
	 * (le total) sont des zéros imposés, chaque terme de l'autre signe (les parties) en
	 * est un, qu'il ait été déterminé par cette règle ou par différence de zéros ; zéro
	 * jour ⇔ zéro arrêt ⇔ zéro agent absent, sans jour d'AT pas d'accident, personne au
	 * 31/12 rien de ce qui ne compte que les présents. Une somme sans total (parties
	 * d'une ligne absente du tableau complet) n'impose rien.
	 */
	private void propagerZerosImposes() {
		boolean change = true;
		while (change) {
			change = false;
			for (Equation e : equations) {
				if (!e.positives() || !e.second().estNul() || e.coefs().size() < 2) {
					continue;
				}
				for (int signe : new int[] { 1, -1 }) {
					boolean total = false;
					boolean impose = true;
					for (Map.Entry<Integer, Rationnel> t : e.coefs().entrySet()) {
						if (t.getValue().signe() != signe) {
							total = true;
							impose &= zerosImposes.get(t.getKey());
						}
					}
					if (!total || !impose) {
						continue;
					}
					for (Map.Entry<Integer, Rationnel> t : e.coefs().entrySet()) {
						if (t.getValue().signe() == signe && !zerosImposes.get(t.getKey())) {
							zerosImposes.set(t.getKey());
							change = true;
						}
					}
				}
			}
			for (int x = zerosImposes.nextSetBit(0); x >= 0; x = zerosImposes.nextSetBit(x + 1)) {
				Grandeur g = grandeurs.get(x);
				for (String nom : freresNuls(g)) {
					Integer y = ids.get(new Grandeur(nom, g.population(), g.groupe(), g.dimension(), g.modalite()));
					if (y != null && !zerosImposes.get(y)) {
						zerosImposes.set(y);
						change = true;
					}
				}
			}
		}
	}

	/** Les grandeurs de la même cellule qu'un zéro de {@code g} annule. */
	private static List<String> freresNuls(Grandeur g) {
		return switch (g.nom()) {
			case "jours" -> g.groupe().startsWith("AT_") ? List.of("arrets", "agents_absents", "accidents")
					: List.of("arrets", "agents_absents");
			case "arrets", "agents_absents" -> List.of("jours", "arrets", "agents_absents");
			// personne au 31/12 : rien de ce qui ne compte que les présents (jamais les
			// absences ni la paie, qui
			// comptent aussi les partis de l'année)
			case "effectif" -> PRESENTS_AU_31_DECEMBRE;
			default -> List.of();
		};
	}

	/**
	 * @return vrai si les inconnues libres sont annulées (somme nulle de grandeurs
	 * positives d'un même signe)
	 */
	private boolean annulerSiPositives(Map<Integer, Rationnel> libres, Rationnel reste, BitSet origine,
			Set<Integer> dejaNulles, Supplier<String> libelle) {
		if (libres.isEmpty() || !reste.estNul()) {
			return false;
		}
		int signe = 0;
		for (Map.Entry<Integer, Rationnel> t : libres.entrySet()) {
			if (!positive.get(t.getKey())) {
				return false;
			}
			int s = t.getValue().signe();
			if (signe != 0 && s != signe) {
				return false;
			}
			signe = s;
		}
		int[] groupe = libres.keySet().stream().mapToInt(Integer::intValue).toArray();
		for (int y : libres.keySet()) {
			if (!determinee(y) && dejaNulles.add(y)) {
				annuleesEnsemble.putIfAbsent(y, groupe);
				equation(forme(y), Rationnel.ZERO, Nature.ZERO_DEDUIT,
						() -> grandeurs.get(y) + " = 0 (somme nulle de grandeurs positives : " + libelle.get() + ")",
						origine);
			}
		}
		return true;
	}

	/**
	 * Nombres publiés arrondis : une inconnue qu'ils fixent est arrondie à la précision
	 * des valeurs publiées.
	 */
	private void deduireApproches() {
		for (int i = 0; i < valeursApprochees.size(); i++) {
			ValeurApprochee v = valeursApprochees.get(i);
			if (derivees.contains(-1 - i)) {
				continue;
			}
			SystemeLineaire.Reduite r = reduire(v.forme());
			if (r.coefs().size() != 1) {
				continue;
			}
			Map.Entry<Integer, Rationnel> t = r.coefs().entrySet().iterator().next();
			Rationnel approx = Rationnel.de(v.valeur()).moins(r.constante()).divise(t.getValue());
			if (fixer(t.getKey(), approx, v.nature(), v.libelle(), r.origine())) {
				derivees.add(-1 - i);
			}
		}
		for (int i = 0; i < rapportsApproches.size(); i++) {
			RapportApproche a = rapportsApproches.get(i);
			if (derivees.contains(i)) {
				continue;
			}
			boolean n = determinee(a.num());
			boolean d = determinee(a.den());
			Rationnel rapport = Rationnel.de(a.rapport());
			BitSet origine = (BitSet) origineDe(a.num()).clone();
			origine.or(origineDe(a.den()));
			if (d && !n && !valeurDe(a.den()).estNul()) {
				if (fixer(a.num(), rapport.fois(valeurDe(a.den())), a.nature(), a.libelle(), origine)) {
					derivees.add(i);
				}
			}
			else if (n && !d && !rapport.estNul()) {
				if (fixer(a.den(), valeurDe(a.num()).divise(rapport), a.nature(), a.libelle(), origine)) {
					derivees.add(i);
				}
			}
		}
	}

	/**
	 * Arrondit une valeur approchée à la précision de sa grandeur ; refuse si elle n'en
	 * est pas assez proche.
	 */
	private boolean fixer(int x, Rationnel approx, Nature nature, String libelle, BitSet origine) {
		int echelle = echelle(grandeurs.get(x).nom());
		BigDecimal a = approx.enDecimal();
		BigDecimal arrondi = a.setScale(echelle, RoundingMode.HALF_EVEN);
		BigDecimal unite = BigDecimal.ONE.movePointLeft(echelle);
		if (a.subtract(arrondi).abs().compareTo(unite.multiply(new BigDecimal("0.001"))) > 0) {
			return false;
		}
		equation(forme(x), Rationnel.de(arrondi), nature, () -> grandeurs.get(x) + " ≈ "
				+ a.round(new MathContext(12)).toPlainString() + " → " + arrondi.toPlainString() + " (" + libelle + ")",
				origine);
		return true;
	}

	/** Nombre de décimales des valeurs publiées de ce nom (les comptes sont entiers). */
	private int echelle(String nom) {
		if (ENTIERS.contains(nom)) {
			return 0;
		}
		int max = -1;
		for (Map.Entry<Integer, Integer> e : echelleConnue.entrySet()) {
			if (grandeurs.get(e.getKey()).nom().equals(nom)) {
				max = Math.max(max, e.getValue());
			}
		}
		return max >= 0 ? max : nom.equals("etpr") ? 4 : 2;
	}

	private SystemeLineaire.Reduite reduire(Map<Integer, Rationnel> forme) {
		Map<Integer, Rationnel> inconnues = new HashMap<>();
		Rationnel k = Rationnel.ZERO;
		for (Map.Entry<Integer, Rationnel> t : forme.entrySet()) {
			Rationnel v = connues.get(t.getKey());
			if (v != null) {
				k = k.plus(t.getValue().fois(v));
			}
			else {
				inconnues.merge(t.getKey(), t.getValue(), Rationnel::plus);
			}
		}
		return systeme.reduire(inconnues, k);
	}

	// -------------------------------------------------------------------------------------------
	// fuites

	private record Evaluation(@Nullable Rationnel valeur, @Nullable BigDecimal approchee, boolean conditionnelle,
			BitSet origine, Set<Nature> natures) {
	}

	/**
	 * Valeur d'un rapport {@code num × facteur / den} si elle est déterminée, exactement
	 * ou par un arrondi publié.
	 */
	private @Nullable Evaluation rapport(Map<Integer, Rationnel> num, Map<Integer, Rationnel> den, Rationnel facteur) {
		SystemeLineaire.Reduite n = reduire(num);
		SystemeLineaire.Reduite d = reduire(den);
		BitSet origine = (BitSet) n.origine().clone();
		origine.or(d.origine());
		if (n.estDeterminee() && d.estDeterminee()) {
			if (d.constante().estNul()) {
				return null;
			}
			return new Evaluation(n.constante().fois(facteur).divise(d.constante()), null, false, origine,
					EnumSet.noneOf(Nature.class));
		}
		if (!n.estDeterminee() && !d.estDeterminee() && n.coefs().keySet().equals(d.coefs().keySet())) {
			// num = q · den sans que l'un ou l'autre soit connu
			Rationnel q = null;
			for (Map.Entry<Integer, Rationnel> t : n.coefs().entrySet()) {
				Rationnel qi = t.getValue().divise(d.coefs().get(t.getKey()));
				if (q != null && !q.equals(qi)) {
					q = null;
					break;
				}
				q = qi;
			}
			if (q != null && n.constante().equals(q.fois(d.constante()))) {
				return new Evaluation(q.fois(facteur), null, true, origine, EnumSet.noneOf(Nature.class));
			}
		}
		if (num.size() == 1 && den.size() == 1) {
			int xn = num.keySet().iterator().next();
			int xd = den.keySet().iterator().next();
			RapportApproche a = rapportParFormes.get(List.of(xn, xd));
			if (a != null) {
				BigDecimal v = a.rapport()
					.multiply(facteur.fois(num.get(xn)).divise(den.get(xd)).enDecimal(), Indicateur.PRECISION);
				return new Evaluation(null, v, false, new BitSet(), EnumSet.of(a.nature()));
			}
		}
		return null;
	}

	private @Nullable Fuite evaluer(Indicateur.Cle c, Sens s) {
		Map<String, BigDecimal> retrouve = new LinkedHashMap<>();
		BitSet origine = new BitSet();
		Set<Nature> natures = EnumSet.noneOf(Nature.class);
		List<Indicateur.Cle> sources = new ArrayList<>();
		boolean approchee = false;
		boolean conditionnelle = false;
		switch (s) {
			case Additif a -> {
				if (!determinee(a.x())) {
					return null;
				}
				retrouve.put("valeur", valeurDe(a.x()).enDecimal());
				origine.or(origineDe(a.x()));
				if (connues.containsKey(a.x())) {
					sources.add(sourceConnue.get(a.x()));
				}
			}
			case Rapport r -> {
				SystemeLineaire.Reduite n = reduire(r.num());
				if (n.estDeterminee()) {
					retrouve.put("numerateur", n.constante().enDecimal());
					origine.or(n.origine());
					for (int x : r.num().keySet()) {
						if (connues.containsKey(x)) {
							sources.add(sourceConnue.get(x));
						}
					}
				}
				Evaluation v = rapport(r.num(), r.den(), r.facteur());
				if (v != null) {
					retrouve.put("valeur", v.valeur() != null ? v.valeur().enDecimal() : v.approchee());
					approchee = v.valeur() == null;
					conditionnelle = v.conditionnelle();
					origine.or(v.origine());
					natures.addAll(v.natures());
				}
			}
			case Ecart e -> {
				Evaluation h = rapport(forme(e.remunerationH()), forme(e.etprH()), Rationnel.UN);
				Evaluation f = rapport(forme(e.remunerationF()), forme(e.etprF()), Rationnel.UN);
				if (h == null || f == null) {
					return null;
				}
				BigDecimal mh = h.valeur() != null ? h.valeur().enDecimal() : h.approchee();
				BigDecimal mf = f.valeur() != null ? f.valeur().enDecimal() : f.approchee();
				if (mh.signum() == 0) {
					return null;
				}
				approchee = h.valeur() == null || f.valeur() == null;
				conditionnelle = h.conditionnelle() || f.conditionnelle();
				BigDecimal difference = mh.subtract(mf);
				retrouve.put("numerateur", difference);
				retrouve.put("valeur", difference.multiply(BigDecimal.valueOf(100)).divide(mh, Indicateur.PRECISION));
				origine.or(h.origine());
				origine.or(f.origine());
				natures.addAll(h.natures());
				natures.addAll(f.natures());
			}
		}
		if (retrouve.isEmpty()) {
			return null;
		}
		for (int i = origine.nextSetBit(0); i >= 0; i = origine.nextSetBit(i + 1)) {
			natures.addAll(naturesDe(i));
		}
		if (!sources.isEmpty() && origine.isEmpty()) {
			natures.add(Nature.MEME_GRANDEUR_PUBLIEE);
		}
		boolean zeroImpose = switch (s) {
			case Additif a -> imposeParSommeNulle(a.x());
			case Rapport r ->
				retrouve.containsKey("numerateur") && r.num().keySet().stream().allMatch(this::imposeParSommeNulle);
			case Ecart e -> false;
		};
		List<List<Grandeur>> groupes = switch (s) {
			case Additif a -> groupesAnnules(List.of(a.x()));
			case Rapport r -> retrouve.containsKey("numerateur") ? groupesAnnules(r.num().keySet()) : List.of();
			case Ecart e -> List.of();
		};
		return new Fuite(c, retrouve, approchee, conditionnelle, natures, () -> decrire(origine, 5),
				sources.stream().distinct().limit(3).toList(), zeroImpose, groupes);
	}

	/**
	 * Les groupes annulés de chaque inconnue ; vide si l'une n'a pas été annulée par une
	 * somme nulle.
	 */
	private List<List<Grandeur>> groupesAnnules(java.util.Collection<Integer> inconnues) {
		List<List<Grandeur>> groupes = new ArrayList<>();
		for (int x : inconnues) {
			int[] groupe = annuleesEnsemble.get(x);
			if (groupe == null || connues.containsKey(x)) {
				return List.of();
			}
			List<Grandeur> g = new ArrayList<>();
			for (int y : groupe) {
				g.add(grandeurs.get(y));
			}
			groupes.add(g);
		}
		return groupes;
	}

	/**
	 * Un zéro imposé par une somme publiée nulle, déduit et non recopié d'une ligne
	 * publiée.
	 */
	private boolean imposeParSommeNulle(int x) {
		return zerosImposes.get(x) && !connues.containsKey(x) && determinee(x) && valeurDe(x).estNul();
	}

	/** Familles d'une équation et des équations dont elle est déduite (mémorisées). */
	private Set<Nature> naturesDe(int i) {
		Set<Nature> n = naturesEquation.get(i);
		if (n == null) {
			n = EnumSet.of(equations.get(i).nature());
			BitSet b = equations.get(i).ingredients();
			for (int j = b.nextSetBit(0); j >= 0; j = b.nextSetBit(j + 1)) {
				n.add(equations.get(j).nature());
			}
			naturesEquation.put(i, n);
		}
		return n;
	}

	/**
	 * Quelques équations d'une origine, les plus parlantes (famille la plus simple)
	 * d'abord.
	 */
	private String decrire(BitSet origine, int max) {
		List<Integer> choisies = new ArrayList<>();
		for (int i = origine.nextSetBit(0); i >= 0; i = origine.nextSetBit(i + 1)) {
			choisies.add(i);
			if (choisies.size() > max) {
				choisies.sort((a, b) -> Integer.compare(equations.get(a).nature().ordinal(),
						equations.get(b).nature().ordinal()));
				choisies.remove(max);
			}
		}
		choisies
			.sort((a, b) -> Integer.compare(equations.get(a).nature().ordinal(), equations.get(b).nature().ordinal()));
		StringBuilder sb = new StringBuilder();
		for (int i = 0; i < choisies.size(); i++) {
			if (i > 0) {
				sb.append(" ; ");
			}
			sb.append(equations.get(choisies.get(i)).libelle().get());
		}
		int total = origine.cardinality();
		if (total > max) {
			sb.append(" ; … (").append(total).append(" équations)");
		}
		return sb.toString();
	}

	// -------------------------------------------------------------------------------------------
	// référentiels

	private static Map<String, List<String>> composition() {
		Map<String, List<String>> c = new LinkedHashMap<>();
		c.put("compressible", List.of("MO", "AT_SERVICE", "AT_TRAJET"));
		c.put("medical", List.of("compressible", "CLM", "CLD", "CGM", "DOS", "MP"));
		c.put("global", List.of("medical", "MATERNITE", "PATERNITE", "ADOPTION", "AUTRE"));
		// le regroupement de l'indicateur CCFP : ses jours et ses arrêts sont ceux des
		// deux congés (pas ses agents
		// absents, qui peuvent avoir eu les deux)
		c.put(CLM_CLD, List.of("CLM", "CLD"));
		return c;
	}

	private static Map<String, Set<String>> modalitesFermees() {
		Map<String, Set<String>> m = new HashMap<>();
		LISTES_FERMEES.forEach((d, l) -> m.put(d, Set.copyOf(l)));
		return Map.copyOf(m);
	}

	private static Map<String, String> tranches3() {
		Map<String, String> t = new HashMap<>();
		for (int i = 0; i < TRANCHES_AGE.size(); i++) {
			t.put(TRANCHES_AGE.get(i), i <= 2 ? "<30" : i <= 6 ? "30-49" : "50+");
		}
		return t;
	}

}
