package fr.cdg.rsu.indicateurs.secret;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import fr.cdg.rsu.indicateurs.Indicateur;

/**
 * Le secret statistique des lignes d'un employeur, tel que
 * {@code docs/secret-statistique.md} le décrit : une décision par case, prise une fois,
 * que toutes les sorties appliquent.
 *
 * <p>
 * <b>La case.</b> L'unité protégée est la case : une famille ({@link FamilleSecret}), une
 * population, une dimension et une modalité. Tous les indicateurs de la case (tous les
 * groupes et motifs, les comptes comme les taux, les deux thèmes de la santé) sont
 * publiés ou masqués ensemble : jamais un nombre de jours masqué à côté de son taux
 * publié. La population d'une case est le nombre d'agents qu'elle décrit
 * ({@link Indicateur#baseAgents()} de ses lignes).
 *
 * <p>
 * <b>Secret primaire.</b> Une case d'une famille protégée dont la population compte de 1
 * à {@code seuil − 1} agents est masquée. Une case sans aucun agent ne décrit personne :
 * ses zéros sont publiés. La structure (effectifs, parts, ETPR, mouvements) n'est jamais
 * masquée.
 *
 * <p>
 * <b>Secret secondaire : ce qu'un attaquant peut retrouver.</b> Les cases sont liées par
 * des relations : les modalités d'une dimension et leur ensemble, les deux côtés d'un
 * croisement, les populations (fonctionnaires + contractuels permanents = permanents ;
 * permanents + non permanents = tous), et l'écart de rémunération, qui révèle les
 * moyennes des deux sexes. L'attaquant connaît les cases publiées non masquées ; une
 * relation dont un seul membre lui est inconnu le lui donne (une case calculée mais
 * publiée nulle part, comme un croisement filière × sexe de la paie, peut ainsi être
 * retrouvée et servir à son tour). Tant qu'une case masquée est retrouvable, on masque,
 * dans la relation qui la donne, la case publiée de plus petite population pas encore
 * masquée. Il sait aussi que les grandeurs sont positives : des parties inconnues qui ne
 * laissent rien du total sont nulles ({@link Attaquant#positivite}). Un second attaquant,
 * grandeur par grandeur ({@link AttaqueParGrandeur}), suit ce que celui-ci ne voit pas :
 * une grandeur retrouvée qui passe d'une somme à l'autre dans une même case (les motifs
 * d'un groupe, les composantes de la paie), les zéros liés. Les cases publiées sont
 * celles dont au moins une ligne figure dans une sortie ({@code publiee}) : ce qui n'est
 * publié nulle part n'entraîne aucun masque.
 */
public final class SecretStatistique {

	public static final int SEUIL_PAR_DEFAUT = 3;

	/** En dessous, une cellule d'un seul agent serait publiée. */
	public static final int SEUIL_MINIMUM = 2;

	private SecretStatistique() {
	}

	/** Le secret quand toutes les lignes sont publiées : le cas le plus exigeant. */
	public static List<Indicateur> appliquer(List<Indicateur> lignes, int seuil) {
		return appliquer(lignes, seuil, cle -> true);
	}

	/**
	 * @param publiee vrai pour la clé d'une ligne qui figure dans au moins une sortie
	 * publiée
	 * @return les mêmes lignes, dans le même ordre, {@code secret} positionné
	 * @throws IllegalArgumentException si {@code seuil} est inférieur à
	 * {@link #SEUIL_MINIMUM}
	 */
	public static List<Indicateur> appliquer(List<Indicateur> lignes, int seuil, Predicate<Indicateur.Cle> publiee) {
		return decider(lignes, seuil, publiee).lignes();
	}

	/**
	 * La décision et ses comptes, sur les cases publiées d'une famille protégée (santé,
	 * paie, âge, écart).
	 *
	 * @param lignes les lignes, {@code secret} positionné, dans l'ordre reçu
	 * @param casesPubliees cases protégeables dont au moins une ligne est publiée
	 * @param primaires celles qui décrivent de 1 à seuil − 1 agents
	 * @param secondaires celles masquées pour qu'aucune des premières ne se retrouve
	 */
	public record Decision(List<Indicateur> lignes, int casesPubliees, int primaires, int secondaires) {
	}

	/**
	 * Comme {@link #appliquer(List, int, Predicate)}, avec les comptes de la décision.
	 */
	public static Decision decider(List<Indicateur> lignes, int seuil, Predicate<Indicateur.Cle> publiee) {
		if (seuil < SEUIL_MINIMUM) {
			throw new IllegalArgumentException(
					"seuil du secret statistique " + seuil + " : il doit valoir au moins " + SEUIL_MINIMUM);
		}
		Cases cases = new Cases();
		int[] caseDeLigne = new int[lignes.size()];
		boolean[] lignePubliee = new boolean[lignes.size()];
		for (int i = 0; i < lignes.size(); i++) {
			Indicateur l = lignes.get(i);
			FamilleSecret famille = FamilleSecret.de(l.theme(), l.indicateur());
			if (!famille.protegee()) {
				caseDeLigne[i] = -1;
				continue;
			}
			int c = cases.reelle(new Case(famille, l.population(), l.dimension(), l.modalite()), l.baseAgents());
			caseDeLigne[i] = c;
			cases.grandeur(c, l);
			if (publiee.test(l.cle())) {
				cases.publiee[c] = true;
				lignePubliee[i] = true;
			}
		}
		Relations relations = Relations.construire(cases);
		boolean[] masquee = new boolean[cases.taille()];
		for (int c = 0; c < cases.taille(); c++) {
			int population = cases.population[c];
			masquee[c] = cases.reelle[c] && population > 0 && population < seuil;
		}
		boolean[] primaire = masquee.clone();
		Attaquant parCase = new Attaquant(cases, relations, seuil);
		AttaqueParGrandeur parGrandeur = AttaqueParGrandeur.construire(lignes, caseDeLigne, lignePubliee, cases,
				relations, seuil);
		// l'attaquant par case, rapide, pose l'essentiel des masques ; celui par
		// grandeur, plus fin, les complète
		do {
			parCase.proteger(masquee);
		}
		while (parGrandeur.proteger(masquee));
		int publiees = 0;
		int primaires = 0;
		int secondaires = 0;
		for (int c = 0; c < cases.taille(); c++) {
			if (cases.reelle[c] && cases.publiee[c]) {
				publiees++;
				primaires += primaire[c] ? 1 : 0;
				secondaires += masquee[c] && !primaire[c] ? 1 : 0;
			}
		}
		List<Indicateur> resultat = new ArrayList<>(lignes.size());
		for (int i = 0; i < lignes.size(); i++) {
			Indicateur l = lignes.get(i);
			boolean m = caseDeLigne[i] >= 0 && masquee[caseDeLigne[i]];
			resultat.add(l.secret() == m ? l : l.avecSecret(m));
		}
		return new Decision(resultat, publiees, primaires, secondaires);
	}

	/**
	 * Une case du secret : famille, population, dimension (parties jointes par {@code +})
	 * et modalité.
	 */
	record Case(FamilleSecret famille, String population, String dimension, String modalite) {
	}

	/**
	 * Les cases d'un employeur : réelles (elles ont des lignes) ou virtuelles (le total
	 * d'un croisement que rien ne publie, comme la paie par filière et sexe ; l'attaquant
	 * peut le reconstituer).
	 */
	static final class Cases {

		final List<Case> liste = new ArrayList<>();

		final Map<Case, Integer> rang = new HashMap<>();

		int[] population = new int[64];

		boolean[] publiee = new boolean[64];

		boolean[] reelle = new boolean[64];

		int taille() {
			return liste.size();
		}

		/**
		 * Les grandeurs additives (thème, indicateur, groupe) : numérateur d'un rapport,
		 * valeur d'un compte.
		 */
		private final Map<String, Integer> grandeurs = new HashMap<>();

		/** Par case, les grandeurs qu'elle publie, et celles qui y sont non nulles. */
		private final List<BitSet> presentes = new ArrayList<>();

		private final List<BitSet> nonNulles = new ArrayList<>();

		/**
		 * Note la grandeur de la ligne pour la positivité : toutes ces grandeurs sont
		 * positives ou nulles, si bien que des parties inconnues de somme nulle sont
		 * toutes nulles. L'écart, qui n'est pas une somme, n'en a pas.
		 */
		void grandeur(int c, Indicateur l) {
			BigDecimal v = l.numerateur() != null ? l.numerateur() : l.valeur();
			if (v == null || liste.get(c).famille() == FamilleSecret.ECART_REMUNERATION) {
				return;
			}
			int g = grandeurs.computeIfAbsent(l.theme() + "/" + l.indicateur() + "/" + l.groupe(),
					k -> grandeurs.size());
			presentes(c).set(g);
			if (v.signum() != 0) {
				nonNulles(c).set(g);
			}
		}

		BitSet presentes(int c) {
			return bits(presentes, c);
		}

		BitSet nonNulles(int c) {
			return bits(nonNulles, c);
		}

		private static BitSet bits(List<BitSet> liste, int c) {
			while (liste.size() <= c) {
				liste.add(null);
			}
			BitSet b = liste.get(c);
			if (b == null) {
				b = new BitSet();
				liste.set(c, b);
			}
			return b;
		}

		/**
		 * {@code famille/population} et {@code famille/population/dimension} des cases
		 * réelles.
		 */
		final java.util.Set<String> populations = new java.util.HashSet<>();

		final java.util.Set<String> dimensions = new java.util.HashSet<>();

		int reelle(Case c, int base) {
			int r = rang(c);
			if (!reelle[r]) {
				populations.add(c.famille() + "/" + c.population());
				dimensions.add(c.famille() + "/" + c.population() + "/" + c.dimension());
			}
			reelle[r] = true;
			population[r] = Math.max(population[r], base);
			return r;
		}

		/** Le rang d'une case, créée virtuelle si elle n'existe pas encore. */
		int rang(Case c) {
			Integer r = rang.get(c);
			if (r != null) {
				return r;
			}
			int n = liste.size();
			if (n == population.length) {
				population = Arrays.copyOf(population, n * 2);
				publiee = Arrays.copyOf(publiee, n * 2);
				reelle = Arrays.copyOf(reelle, n * 2);
			}
			liste.add(c);
			rang.put(c, n);
			return n;
		}

		/** Le rang d'une case existante, ou −1. */
		int chercher(Case c) {
			Integer r = rang.get(c);
			return r == null ? -1 : r;
		}

	}

	/**
	 * Le raisonnement de l'attaquant : ce qu'il connaît (les cases publiées non masquées,
	 * et les cases sans aucun agent, dont les zéros sont publiés), ce qu'il en déduit par
	 * les relations, et les masques qui l'en empêchent.
	 */
	static final class Attaquant {

		/**
		 * Candidates essayées au plus pour un masque secondaire : borne le coût sur les
		 * grands employeurs.
		 */
		private static final int ESSAIS = 6;

		private final Cases cases;

		private final Relations relations;

		/**
		 * Le seuil du secret : un zéro retrouvé sur au moins ce nombre d'agents pris
		 * ensemble est publiable.
		 */
		private final int seuilPositivite;

		Attaquant(Cases cases, Relations relations, int seuilPositivite) {
			this.cases = cases;
			this.relations = relations;
			this.seuilPositivite = seuilPositivite;
		}

		/**
		 * Ajoute à {@code masquee} les masques secondaires, jusqu'à ce qu'aucune case
		 * masquée ne se retrouve, ni par différence, ni par positivité.
		 */
		void proteger(boolean[] masquee) {
			int[] deduitePar = new int[cases.taille()];
			boolean[] connue = new boolean[cases.taille()];
			do {
				for (int fuite = deduire(masquee, connue, deduitePar); fuite >= 0; fuite = deduire(masquee, connue,
						deduitePar)) {
					int aMasquer = complement(fuite, masquee, connue, deduitePar, new boolean[cases.taille()]);
					if (aMasquer < 0) {
						// ne peut arriver : une déduction part toujours de cases publiées
						// non masquées
						throw new IllegalStateException(
								"secret : aucune case à masquer pour protéger " + cases.liste.get(fuite));
					}
					masquee[aMasquer] = true;
				}
			}
			while (positivite(masquee, connue, deduitePar));
		}

		/**
		 * La positivité : jours, arrêts, agents absents, accidents, sommes de paie ne
		 * sont jamais négatifs. Dans une somme dont le total est connu, si les parties
		 * connues font déjà tout le total d'une grandeur, les parties inconnues y valent
		 * toutes zéro, et une case masquée de 1 ou 2 agents y est retrouvée (« aucun des
		 * deux n'a été absent »). On masque alors, parmi les parties publiées, celle de
		 * plus petite population où la grandeur n'est pas nulle : le reste à répartir
		 * entre les parties inconnues n'est plus nul. Un total publié nul (« aucun
		 * accident ») dit zéro pour toutes ses parties : c'est publié, il n'y a rien à
		 * protéger. De même, quand les parties annulées décrivent ensemble au moins
		 * {@code seuil} agents, l'attaquant n'apprend que ce que dirait le zéro publié
		 * d'une case de cette taille (« aucune absence parmi ces 4 agents »), ce que la
		 * règle publie : pas de masque (sans cela, le seul agent en CLD de la catégorie C
		 * ferait masquer toute la catégorie C pour cacher que les agents des catégories A
		 * et B n'en ont pas eu).
		 * @return vrai si un masque a été ajouté
		 */
		boolean positivite(boolean[] masquee, boolean[] connue, int[] deduitePar) {
			boolean ajout = false;
			BitSet resteNul = new BitSet();
			for (int r = 0; r < relations.taille(); r++) {
				if (relations.source[r] >= 0) {
					continue;
				}
				int[] m = relations.membres.get(r);
				int total = m[m.length - 1];
				if (!connue[total]) {
					continue;
				}
				resteNul.clear();
				resteNul.or(cases.nonNulles(total));
				int inconnues = 0;
				for (int k = 0; k < m.length - 1; k++) {
					if (!connue[m[k]]) {
						inconnues++;
						resteNul.andNot(cases.nonNulles(m[k]));
					}
				}
				if (inconnues < 2 || resteNul.isEmpty()) {
					continue;
				}
				// les grandeurs non nulles du total que les parties inconnues ne portent
				// pas : elles y sont nulles
				boolean fuite = false;
				int populationAnnulee = 0;
				for (int k = 0; k < m.length - 1; k++) {
					int c = m[k];
					if (!connue[c] && cases.reelle[c] && resteNul.intersects(cases.presentes(c))) {
						populationAnnulee += cases.population[c];
						fuite |= masquee[c] && cases.population[c] > 0;
					}
				}
				if (!fuite || populationAnnulee >= seuilPositivite) {
					continue;
				}
				int choisie = -1;
				for (int k = 0; k < m.length - 1; k++) {
					int c = m[k];
					if (connue[c] && deduitePar[c] < 0 && !masquee[c] && cases.population[c] > 0
							&& resteNul.intersects(cases.nonNulles(c))
							&& (choisie < 0 || cases.population[c] < cases.population[choisie])) {
						choisie = c;
					}
				}
				if (choisie >= 0) {
					masquee[choisie] = true;
					connue[choisie] = false;
					ajout = true;
				}
			}
			return ajout;
		}

		/**
		 * Connue d'emblée : publiée et non masquée, ou sans aucun agent (rien à protéger,
		 * tout y est nul).
		 */
		private boolean publiee(int c, boolean[] masquee) {
			return cases.reelle[c] && !masquee[c] && (cases.population[c] == 0 || cases.publiee[c]);
		}

		/**
		 * Remplit {@code connue} des cases que l'attaquant connaît ou déduit, dans
		 * l'ordre de ses déductions, et s'arrête à la première case masquée qu'il
		 * retrouve ; {@code deduitePar[c]} reçoit la relation qui a donné {@code c}, ou
		 * −1 pour une case connue d'emblée.
		 * @return la première case masquée retrouvée, ou −1 : le masquage protège tout
		 */
		int deduire(boolean[] masquee, boolean[] connue, int[] deduitePar) {
			int n = cases.taille();
			int[] inconnus = new int[relations.taille()];
			for (int c = 0; c < n; c++) {
				deduitePar[c] = -1;
				connue[c] = publiee(c, masquee);
			}
			ArrayDeque<Integer> pretes = new ArrayDeque<>();
			for (int r = 0; r < relations.taille(); r++) {
				for (int m : relations.sources(r)) {
					if (!connue[m]) {
						inconnus[r]++;
					}
				}
				if (prete(r, inconnus)) {
					pretes.add(r);
				}
			}
			while (!pretes.isEmpty()) {
				int r = pretes.poll();
				for (int m : relations.deduites(r, connue)) {
					if (connue[m]) {
						continue;
					}
					connue[m] = true;
					deduitePar[m] = r;
					if (masquee[m]) {
						return m;
					}
					for (int autre : relations.parCase(m)) {
						inconnus[autre]--;
						if (prete(autre, inconnus)) {
							pretes.add(autre);
						}
					}
				}
			}
			return -1;
		}

		/**
		 * Une somme dont il reste un seul inconnu, une révélation dont la source est
		 * connue.
		 */
		private boolean prete(int r, int[] inconnus) {
			return relations.source[r] >= 0 ? inconnus[r] == 0 : inconnus[r] == 1;
		}

		/**
		 * La case à masquer pour que {@code fuite} ne se déduise plus par la relation qui
		 * l'a donnée. Candidates : les autres cases de la relation connues d'emblée, par
		 * population croissante (celles sans agent en dernier) ; on garde la première qui
		 * suffit à tout protéger, sinon la première qui, masquée, ne se retrouve pas
		 * aussitôt et ne laisse pas retrouver {@code fuite} par un autre chemin (masquer
		 * les permanents de la catégorie A ne sert à rien si fonctionnaires et
		 * contractuels de A restent publiés), à défaut la plus petite. Si les autres
		 * cases ont toutes été déduites (totaux virtuels), on remonte à la relation qui a
		 * donné la plus petite d'entre elles. Comme {@code fuite} est la première case
		 * masquée retrouvée, les autres cases de la relation sont connues d'emblée ou
		 * virtuelles.
		 */
		private int complement(int fuite, boolean[] masquee, boolean[] connue, int[] deduitePar, boolean[] vues) {
			vues[fuite] = true;
			int r = deduitePar[fuite];
			if (r < 0) {
				return -1;
			}
			List<Integer> candidates = new ArrayList<>();
			List<Integer> deduites = new ArrayList<>();
			for (int m : relations.sources(r)) {
				if (m == fuite || vues[m]) {
					continue;
				}
				if (deduitePar[m] < 0) {
					if (!masquee[m]) {
						candidates.add(m);
					}
				}
				else if (connue[m]) {
					deduites.add(m);
				}
			}
			if (!candidates.isEmpty()) {
				// une case sans agent ne se masque qu'en dernier recours (des données
				// incohérentes : un écart sans
				// agent payé) ; sinon par population croissante
				candidates
					.sort((a, b) -> Integer.compare(cases.population[a] == 0 ? Integer.MAX_VALUE : cases.population[a],
							cases.population[b] == 0 ? Integer.MAX_VALUE : cases.population[b]));
				boolean[] essaiConnue = new boolean[connue.length];
				int[] essaiDeduitePar = new int[deduitePar.length];
				int tient = -1;
				for (int k = 0; k < Math.min(candidates.size(), ESSAIS); k++) {
					int c = candidates.get(k);
					masquee[c] = true;
					int fuiteApres = deduire(masquee, essaiConnue, essaiDeduitePar);
					masquee[c] = false;
					if (fuiteApres < 0) {
						// ce masque suffit à tout protéger
						return c;
					}
					if (tient < 0 && fuiteApres != fuite && fuiteApres != c) {
						tient = c;
					}
				}
				return tient >= 0 ? tient : candidates.get(0);
			}
			deduites.sort((a, b) -> Integer.compare(cases.population[a], cases.population[b]));
			for (int m : deduites) {
				int c = complement(m, masquee, connue, deduitePar, vues);
				if (c >= 0) {
					return c;
				}
			}
			return -1;
		}

	}

}
