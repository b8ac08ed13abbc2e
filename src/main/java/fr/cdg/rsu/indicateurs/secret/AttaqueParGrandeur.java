package fr.cdg.rsu.indicateurs.secret;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import fr.cdg.rsu.indicateurs.Indicateur;
import fr.cdg.rsu.indicateurs.secret.SecretStatistique.Cases;

/**
 * L'attaquant grandeur par grandeur : ses inconnues sont des couples (case, grandeur), et
 * non plus des cases entières. Il voit ce que l'attaquant par case ne voit pas : une case
 * dont une seule grandeur est publiée (le groupe global seulement) ; les identités d'une
 * même case (médical = compressible + MP + CLM + CLD + CGM + DOS, les jours d'AT et de
 * MP, les composantes de la paie, {@link Grandeurs#IDENTITES}) qui font passer une
 * grandeur retrouvée d'une somme de cases à une autre ; les zéros liés (zéro jour ⇔ zéro
 * arrêt ⇔ zéro agent absent).
 *
 * <p>
 * Les relations entre cases ({@link Relations}) sont posées pour chaque grandeur que
 * portent leurs parties. Une grandeur qu'aucune ligne ne publie dans une case est une
 * inconnue de plus : l'attaquant ne sait pas qu'elle est nulle (le détail d'un motif sans
 * absence n'est pas écrit), sauf dans une case sans agent. La décision reste par case :
 * quand une grandeur d'une case masquée se retrouve, on masque une case entière, choisie
 * comme le fait {@link SecretStatistique.Attaquant}.
 */
final class AttaqueParGrandeur {

	private static final byte NUL = 0;

	private static final byte NON_NUL = 1;

	/**
	 * Une grandeur d'une case virtuelle, ou qu'aucune ligne ne donne : sa valeur n'est
	 * pas connue ici.
	 */
	private static final byte INCONNUE = 2;

	private static final byte SOMME = 0;

	private static final byte REVELATION = 1;

	private static final byte NULLITE = 2;

	private static final byte PAR_DIFFERENCE = 1;

	private static final byte PAR_POSITIVITE = 2;

	private static final byte PAR_REVELATION = 3;

	private static final byte PAR_NULLITE = 4;

	/**
	 * Candidates essayées au plus pour un masque : borne le coût sur les grands
	 * employeurs.
	 */
	private static final int ESSAIS = 6;

	private final Cases cases;

	private final int seuil;

	// ------------------------------------------------------------------------------------
	// les inconnues

	private final Map<String, Integer> rangGrandeur = new HashMap<>();

	private final Map<Long, Integer> rangVariable = new HashMap<>();

	private int variables;

	private int[] caseDe = new int[1024];

	private int[] grandeurDe = new int[1024];

	private byte[] verite = new byte[1024];

	private boolean[] publiee = new boolean[1024];

	/** Par case, ses variables. */
	private final List<List<Integer>> variablesDeCase = new ArrayList<>();

	// ------------------------------------------------------------------------------------
	// les relations

	/**
	 * Somme : parties puis total ; révélation : sources puis cibles ; nullité :
	 * déclencheurs puis suivantes.
	 */
	private final List<int[]> membres = new ArrayList<>();

	private byte[] type = new byte[1024];

	/** Nombre de sources d'une révélation, de déclencheurs d'une nullité. */
	private int[] tete = new int[1024];

	private int[][] parVariable = new int[0][];

	private AttaqueParGrandeur(Cases cases, int seuil) {
		this.cases = cases;
		this.seuil = seuil;
	}

	/**
	 * @param caseDeLigne la case de chaque ligne, −1 pour la structure
	 * @param lignePubliee vrai pour une ligne qui figure dans une sortie
	 */
	static AttaqueParGrandeur construire(List<Indicateur> lignes, int[] caseDeLigne, boolean[] lignePubliee,
			Cases cases, Relations relations, int seuil) {
		AttaqueParGrandeur a = new AttaqueParGrandeur(cases, seuil);
		for (int i = 0; i < lignes.size(); i++) {
			int c = caseDeLigne[i];
			if (c < 0) {
				continue;
			}
			for (Grandeurs.Revelee r : Grandeurs.de(lignes.get(i))) {
				int v = a.variable(c, r.nom());
				a.noter(v, r.valeur());
				a.publiee[v] |= lignePubliee[i];
			}
		}
		int variablesDesLignes = a.variables;
		a.sommesDeCases(relations, variablesDesLignes);
		a.identites();
		a.revelations(relations);
		a.nullites();
		a.indexer();
		return a;
	}

	private void noter(int v, @Nullable BigDecimal valeur) {
		if (valeur == null) {
			return;
		}
		byte b = valeur.signum() == 0 ? NUL : NON_NUL;
		if (verite[v] == INCONNUE || b == NON_NUL) {
			verite[v] = b;
		}
	}

	/**
	 * La variable (case, grandeur), créée si besoin : inconnue, nulle dans une case sans
	 * agent.
	 */
	private int variable(int c, String grandeur) {
		int g = rangGrandeur.computeIfAbsent(grandeur, k -> rangGrandeur.size());
		long cle = ((long) c << 24) | g;
		Integer v = rangVariable.get(cle);
		if (v != null) {
			return v;
		}
		int n = variables++;
		if (n == caseDe.length) {
			caseDe = Arrays.copyOf(caseDe, n * 2);
			grandeurDe = Arrays.copyOf(grandeurDe, n * 2);
			verite = Arrays.copyOf(verite, n * 2);
			publiee = Arrays.copyOf(publiee, n * 2);
		}
		caseDe[n] = c;
		grandeurDe[n] = g;
		verite[n] = cases.reelle[c] && cases.population[c] == 0 ? NUL : INCONNUE;
		publiee[n] = false;
		rangVariable.put(cle, n);
		while (variablesDeCase.size() <= c) {
			variablesDeCase.add(new ArrayList<>());
		}
		variablesDeCase.get(c).add(n);
		return n;
	}

	private int chercher(int c, String grandeur) {
		Integer g = rangGrandeur.get(grandeur);
		if (g == null) {
			return -1;
		}
		Integer v = rangVariable.get(((long) c << 24) | g);
		return v == null ? -1 : v;
	}

	private List<Integer> variablesDe(int c) {
		return c < variablesDeCase.size() ? variablesDeCase.get(c) : List.of();
	}

	/**
	 * Chaque somme de cases, pour chaque grandeur que porte au moins une de ses parties
	 * (les accidents, calculés par sexe et catégorie seulement, n'entrent pas dans la
	 * somme des filières).
	 */
	private void sommesDeCases(Relations relations, int variablesDesLignes) {
		List<Integer> grandeurs = new ArrayList<>();
		boolean[] vue = new boolean[rangGrandeur.size() + 1];
		for (int r = 0; r < relations.taille(); r++) {
			if (relations.source[r] >= 0) {
				continue;
			}
			int[] m = relations.membres.get(r);
			grandeurs.clear();
			for (int k = 0; k < m.length - 1; k++) {
				for (int v : variablesDe(m[k])) {
					if (v < variablesDesLignes && !vue[grandeurDe[v]]) {
						vue[grandeurDe[v]] = true;
						grandeurs.add(grandeurDe[v]);
					}
				}
			}
			for (int g : grandeurs) {
				vue[g] = false;
				String nom = nom(g);
				int[] vs = new int[m.length];
				for (int k = 0; k < m.length; k++) {
					vs[k] = variable(m[k], nom);
				}
				ajouter(SOMME, vs, 0);
			}
		}
	}

	private String[] noms = new String[0];

	private String nom(int g) {
		if (noms.length < rangGrandeur.size()) {
			noms = new String[rangGrandeur.size()];
			rangGrandeur.forEach((k, v) -> noms[v] = k);
		}
		return noms[g];
	}

	/** Les identités d'une même case, posées quand la case porte leur total. */
	private void identites() {
		int n = variablesDeCase.size();
		for (int c = 0; c < n; c++) {
			for (Grandeurs.Identite id : Grandeurs.IDENTITES) {
				int total = chercher(c, id.total());
				if (total < 0) {
					continue;
				}
				int[] vs = new int[id.parties().size() + 1];
				for (int k = 0; k < id.parties().size(); k++) {
					vs[k] = variable(c, id.parties().get(k));
				}
				vs[vs.length - 1] = total;
				ajouter(SOMME, vs, 0);
			}
		}
	}

	/**
	 * L'écart de rémunération publié donne la paie des femmes et des hommes de sa
	 * modalité.
	 */
	private void revelations(Relations relations) {
		for (int r = 0; r < relations.taille(); r++) {
			int source = relations.source[r];
			if (source < 0) {
				continue;
			}
			int ecart = chercher(source, Grandeurs.ECART);
			if (ecart < 0) {
				continue;
			}
			int[] cibles = relations.membres.get(r);
			int[] vs = new int[cibles.length + 1];
			vs[0] = ecart;
			for (int k = 0; k < cibles.length; k++) {
				vs[k + 1] = variable(cibles[k], Grandeurs.RAB);
			}
			// la réciproque (les deux paies connues redonnent l'écart) n'apprend rien de
			// plus que ces deux paies
			ajouter(REVELATION, vs, 1);
		}
	}

	/** Les zéros liés d'une case, posés seulement s'ils sont vrais (tous nuls). */
	private void nullites() {
		int n = variablesDeCase.size();
		List<Integer> vs = new ArrayList<>();
		for (int c = 0; c < n; c++) {
			for (Grandeurs.Nullite nul : Grandeurs.NULLITES) {
				vs.clear();
				boolean nulles = true;
				int declencheurs = 0;
				for (String g : nul.declencheurs()) {
					int v = chercher(c, g);
					if (v >= 0) {
						vs.add(v);
						declencheurs++;
						nulles &= verite[v] == NUL;
					}
				}
				for (String g : nul.suivantes()) {
					int v = chercher(c, g);
					if (v >= 0) {
						vs.add(v);
						nulles &= verite[v] == NUL;
					}
				}
				if (nulles && declencheurs > 0 && vs.size() > 1) {
					ajouter(NULLITE, vs.stream().mapToInt(Integer::intValue).toArray(), declencheurs);
				}
			}
		}
	}

	private void ajouter(byte t, int[] vs, int t0) {
		int r = membres.size();
		if (r == type.length) {
			type = Arrays.copyOf(type, r * 2);
			tete = Arrays.copyOf(tete, r * 2);
		}
		membres.add(vs);
		type[r] = t;
		tete[r] = t0;
	}

	/**
	 * Les relations où une variable compte : membre d'une somme, source d'une révélation,
	 * déclencheur.
	 */
	private int[] comptees(int r) {
		int[] m = membres.get(r);
		return type[r] == SOMME ? m : Arrays.copyOf(m, tete[r]);
	}

	private void indexer() {
		int[] nombre = new int[variables];
		for (int r = 0; r < membres.size(); r++) {
			for (int v : comptees(r)) {
				nombre[v]++;
			}
		}
		parVariable = new int[variables][];
		for (int v = 0; v < variables; v++) {
			parVariable[v] = new int[nombre[v]];
			nombre[v] = 0;
		}
		for (int r = 0; r < membres.size(); r++) {
			for (int v : comptees(r)) {
				parVariable[v][nombre[v]++] = r;
			}
		}
	}

	int variables() {
		return variables;
	}

	int relations() {
		return membres.size();
	}

	// ------------------------------------------------------------------------------------
	// le raisonnement

	/** Ce que l'attaquant sait à un moment de son raisonnement. */
	private final class Etat {

		final boolean[] connue = new boolean[variables];

		final byte[] par = new byte[variables];

		final int[] relation = new int[variables];

		final boolean[] acceptee = new boolean[variables];

		final int[] inconnues = new int[membres.size()];

		final int[] inconnuesNonNulles = new int[membres.size()];

		final ArrayDeque<Integer> apprises = new ArrayDeque<>();

		boolean[] masquee = new boolean[0];

		/**
		 * Connue d'emblée : publiée dans une case non masquée, ou dans une case non
		 * masquée sans agent.
		 */
		boolean depart(int v) {
			int c = caseDe[v];
			boolean reelle = c < cases.taille() && cases.reelle[c];
			return reelle && !masquee[c] && (cases.population[c] == 0 || publiee[v]);
		}

		/** La première variable d'une case masquée que l'attaquant retrouve, ou −1. */
		int deduire(boolean[] masque) {
			this.masquee = masque;
			apprises.clear();
			for (int v = 0; v < variables; v++) {
				connue[v] = depart(v);
				par[v] = 0;
				relation[v] = -1;
				acceptee[v] = false;
			}
			for (int r = 0; r < membres.size(); r++) {
				int[] m = membres.get(r);
				int inconnus = 0;
				int nonNuls = 0;
				int fin = type[r] == SOMME ? m.length : tete[r];
				for (int k = 0; k < fin; k++) {
					if (!connue[m[k]]) {
						inconnus++;
						if (type[r] == SOMME && k < m.length - 1 && verite[m[k]] != NUL) {
							nonNuls++;
						}
					}
				}
				inconnues[r] = inconnus;
				inconnuesNonNulles[r] = nonNuls;
			}
			for (int r = 0; r < membres.size(); r++) {
				int fuite = examiner(r);
				if (fuite >= 0) {
					return fuite;
				}
			}
			while (!apprises.isEmpty()) {
				int v = apprises.poll();
				for (int r : parVariable[v]) {
					int fuite = examiner(r);
					if (fuite >= 0) {
						return fuite;
					}
				}
			}
			return -1;
		}

		/**
		 * Ce que la relation apprend maintenant ; la variable masquée retrouvée, ou −1.
		 */
		private int examiner(int r) {
			int[] m = membres.get(r);
			switch (type[r]) {
				case SOMME -> {
					if (inconnues[r] == 1) {
						for (int v : m) {
							if (!connue[v]) {
								return apprendre(v, r, PAR_DIFFERENCE, redit(v, m));
							}
						}
					}
					int total = m[m.length - 1];
					if (inconnues[r] >= 2 && connue[total] && inconnuesNonNulles[r] == 0) {
						// le total est déjà fait des parties connues : les inconnues,
						// positives, sont nulles
						return annuler(r, m);
					}
				}
				case REVELATION -> {
					if (inconnues[r] == 0) {
						for (int k = tete[r]; k < m.length; k++) {
							if (!connue[m[k]]) {
								int fuite = apprendre(m[k], r, PAR_REVELATION, false);
								if (fuite >= 0) {
									return fuite;
								}
							}
						}
					}
				}
				default -> {
					int declencheur = -1;
					for (int k = 0; k < tete[r] && declencheur < 0; k++) {
						if (connue[m[k]]) {
							declencheur = m[k];
						}
					}
					if (declencheur >= 0) {
						// même case que le déclencheur : connu d'emblée, ou zéro accepté
						// (sinon il aurait été la fuite)
						for (int v : m) {
							if (!connue[v]) {
								apprendre(v, r, PAR_NULLITE, true);
							}
						}
					}
				}
			}
			return -1;
		}

		/**
		 * Un zéro tiré d'autres zéros dont l'un est déjà accepté, ou d'un total publié
		 * nul, ne redit que ce zéro publiable (les mêmes agents, vus dans une autre
		 * somme) : il est accepté comme lui.
		 */
		private boolean redit(int v, int[] m) {
			// une inconnue faite d'autres zéros vaut zéro, quelle que soit sa valeur
			// notée
			if (verite[v] == NON_NUL) {
				return false;
			}
			boolean source = false;
			for (int k = 0; k < m.length; k++) {
				int autre = m[k];
				if (autre == v) {
					continue;
				}
				if (verite[autre] != NUL) {
					return false;
				}
				source |= acceptee[autre] || k == m.length - 1 && depart(autre);
			}
			return source;
		}

		/**
		 * Les parties inconnues d'une somme épuisée valent zéro. C'est publiable quand
		 * elles décrivent ensemble au moins {@code seuil} agents, ou quand le total est
		 * un zéro publié (« aucun accident ») ou déjà accepté ; sinon une case masquée
		 * parmi elles est retrouvée.
		 */
		private int annuler(int r, int[] m) {
			int total = m[m.length - 1];
			int population = 0;
			int derniere = -1;
			for (int k = 0; k < m.length - 1; k++) {
				int c = caseDe[m[k]];
				if (!connue[m[k]] && c != derniere && c < cases.taille() && cases.reelle[c]) {
					population += cases.population[c];
					derniere = c;
				}
			}
			boolean acceptable = population >= seuil || verite[total] == NUL && (depart(total) || acceptee[total]);
			int fuite = -1;
			for (int k = 0; k < m.length - 1; k++) {
				if (!connue[m[k]]) {
					int f = apprendre(m[k], r, PAR_POSITIVITE, acceptable);
					if (fuite < 0) {
						fuite = f;
					}
				}
			}
			return fuite;
		}

		private int apprendre(int v, int r, byte comment, boolean accepte) {
			connue[v] = true;
			par[v] = comment;
			relation[v] = r;
			acceptee[v] = accepte;
			for (int autre : parVariable[v]) {
				int[] m = membres.get(autre);
				inconnues[autre]--;
				if (type[autre] == SOMME && m[m.length - 1] != v && verite[v] != NUL) {
					inconnuesNonNulles[autre]--;
				}
			}
			apprises.add(v);
			int c = caseDe[v];
			// seules comptent les cases du secret primaire : une case masquée en
			// secondaire décrit au moins seuil
			// agents, la retrouver n'apprend rien que la règle protège (elle ne protège
			// plus, c'est tout)
			boolean protegee = cases.reelle[c] && cases.population[c] > 0 && cases.population[c] < seuil;
			return protegee && !accepte ? v : -1;
		}

	}

	/**
	 * Ajoute à {@code masquee} des cases entières jusqu'à ce qu'aucune grandeur d'une
	 * case masquée ne se retrouve.
	 * @return vrai si une case a été masquée
	 */
	boolean proteger(boolean[] masquee) {
		Etat etat = new Etat();
		Etat essai = new Etat();
		boolean ajout = false;
		for (int fuite = etat.deduire(masquee); fuite >= 0; fuite = etat.deduire(masquee)) {
			int c = complement(fuite, etat, essai, masquee, new boolean[variables]);
			if (c < 0) {
				c = repli(caseDe[fuite], masquee);
			}
			if (c < 0) {
				// rien de publié qui ne soit déjà masqué : ce qui reste connu est fait de
				// cases sans agent
				break;
			}
			masquee[c] = true;
			ajout = true;
		}
		return ajout;
	}

	/**
	 * Profondeur à laquelle on remonte la dérivation d'une fuite pour y chercher les
	 * cases à masquer.
	 */
	private static final int PROFONDEUR = 4;

	/**
	 * La case à masquer pour que {@code fuite} ne se retrouve plus : parmi les cases
	 * connues d'emblée dont part sa dérivation (les autres membres de la relation qui l'a
	 * donnée, pour une somme épuisée ceux qui ne sont pas nuls, et, pour les membres
	 * eux-mêmes déduits, les cases dont ils partent, jusqu'à {@link #PROFONDEUR}
	 * relations en amont), par population croissante, la première qui suffit à tout
	 * protéger, sinon la première qui ne laisse pas retrouver {@code fuite} aussitôt, à
	 * défaut la plus petite. Chercher en amont évite de masquer l'ensemble des agents
	 * quand une case plus petite, plus haut dans la dérivation, coupe le même chemin.
	 */
	private int complement(int fuite, Etat etat, Etat essai, boolean[] masquee, boolean[] vues) {
		List<Integer> candidates = new ArrayList<>();
		sources(fuite, etat, masquee, vues, candidates, 0);
		if (candidates.isEmpty()) {
			return -1;
		}
		candidates.sort((a, b) -> Integer.compare(poids(a), poids(b)));
		int tient = -1;
		for (int k = 0; k < Math.min(candidates.size(), ESSAIS); k++) {
			int c = candidates.get(k);
			masquee[c] = true;
			int apres = essai.deduire(masquee);
			masquee[c] = false;
			if (apres < 0) {
				return c;
			}
			if (tient < 0 && apres != fuite && caseDe[apres] != c) {
				tient = c;
			}
		}
		return tient >= 0 ? tient : candidates.get(0);
	}

	/**
	 * Les cases connues d'emblée et non masquées dont part la dérivation de {@code v}.
	 */
	private void sources(int v, Etat etat, boolean[] masquee, boolean[] vues, List<Integer> candidates,
			int profondeur) {
		vues[v] = true;
		int r = etat.relation[v];
		if (r < 0 || profondeur >= PROFONDEUR) {
			return;
		}
		int[] m = membres.get(r);
		int fin = switch (type[r]) {
			case REVELATION, NULLITE -> tete[r];
			default -> m.length;
		};
		for (int k = 0; k < fin; k++) {
			int autre = m[k];
			if (vues[autre] || !etat.connue[autre]) {
				continue;
			}
			boolean partie = type[r] == SOMME && k < m.length - 1;
			if (etat.par[v] == PAR_POSITIVITE && partie && verite[autre] == NUL) {
				continue;
			}
			if (etat.relation[autre] < 0) {
				int c = caseDe[autre];
				if (!masquee[c] && !candidates.contains(c)) {
					candidates.add(c);
				}
			}
			else {
				sources(autre, etat, masquee, vues, candidates, profondeur + 1);
			}
		}
	}

	/**
	 * Quand la relation ne désigne aucune case à masquer (ce qui ne devrait pas arriver :
	 * toute déduction part de cases publiées), la plus petite case publiée non masquée de
	 * la même famille : chaque tour masque une case de plus, le secret finit donc
	 * toujours, au prix de masques en trop, et ne fait jamais échouer la campagne ; −1
	 * quand tout ce qui est publié est déjà masqué.
	 */
	private int repli(int fuite, boolean[] masquee) {
		FamilleSecret famille = cases.liste.get(fuite).famille();
		int choisie = -1;
		for (int c = 0; c < cases.taille(); c++) {
			if (cases.reelle[c] && cases.publiee[c] && !masquee[c] && cases.liste.get(c).famille() == famille
					&& (choisie < 0 || poids(c) < poids(choisie))) {
				choisie = c;
			}
		}
		if (choisie < 0) {
			// plus rien de publié dans la famille : la fuite part d'une autre famille
			// (révélation de l'écart)
			for (int c = 0; c < cases.taille(); c++) {
				if (cases.reelle[c] && cases.publiee[c] && !masquee[c] && (choisie < 0 || poids(c) < poids(choisie))) {
					choisie = c;
				}
			}
		}
		return choisie;
	}

	/**
	 * Par population croissante, les cases d'ensemble (les chiffres clés d'une
	 * population) après toutes les autres, une case sans agent en dernier recours : mieux
	 * vaut deux masques dans un détail que le taux de tous les agents.
	 */
	private int poids(int c) {
		if (cases.population[c] == 0) {
			return Integer.MAX_VALUE;
		}
		return cases.population[c] + (Indicateur.ENSEMBLE.equals(cases.liste.get(c).dimension()) ? 1_000_000 : 0);
	}

}
