package fr.cdg.rsu.indicateurs.secret;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.cdg.rsu.indicateurs.Indicateur;
import fr.cdg.rsu.indicateurs.Theme;

/**
 * Le secret statistique des lignes d'un employeur.
 *
 * <ol>
 * <li>Secret primaire : une cellule reposant sur moins de {@code seuil} agents ({@link Indicateur#baseAgents()})
 * est masquée.</li>
 * <li>Secret secondaire, pour les indicateurs additifs (comptes et sommes, {@link #INDICATEURS_ADDITIFS}) : dans
 * une rangée de tableau dont le total est publié, une cellule masquée seule se retrouverait par soustraction ; on
 * masque alors la plus petite autre cellule publiée de la rangée (une non nulle de préférence : masquer un zéro ne
 * cache rien), ou, s'il n'y en a pas, le total lui-même.</li>
 * </ol>
 *
 * <p>
 * Rangées : pour une dimension simple, les modalités d'un tableau (même thème, indicateur, population, groupe,
 * dimension), de total la ligne {@code ensemble}. Pour une dimension croisée {@code d1+d2(+d3)}, les cellules qui
 * ne diffèrent que par la valeur d'une dimension, de total la cellule du tableau sans cette dimension
 * ({@code categorie+sexe} : la ligne {@code A+F}, {@code A+H} a pour total la cellule {@code A} du tableau
 * {@code categorie}). Un total absent des lignes est supposé publié (il peut se déduire d'autres tableaux). Un
 * masquage peut en appeler d'autres dans les rangées qui se croisent : on itère jusqu'à stabilité, le masquage ne
 * faisant que croître. Chaque rangée n'est réexaminée que lorsqu'une de ses cellules vient d'être masquée : le
 * coût reste proche du nombre de lignes.
 */
public final class SecretStatistique {

	public static final int SEUIL_PAR_DEFAUT = 3;

	/** Indicateurs dont les modalités s'additionnent en la ligne {@code ensemble} (comptes et sommes). */
	public static final Set<String> INDICATEURS_ADDITIFS = Set.of("effectif", "etpr", "jours", "arrets",
			"agents_absents", "accidents", "traitement_brut", "primes", "nbi", "sft", "heures_sup_montant",
			"heures_sup_nombre", "remuneration_annuelle_brute", "arrivees", "departs", "effectif_precedent",
			"emploi_fonctionnel", "temps_complet", "temps_non_complet", "temps_partiel", "temps_partiel_de_droit",
			"temps_partiel_sur_autorisation");

	/** Une rangée : les cellules qui s'additionnent en un même total. */
	private record Rangee(int[] cellules, int total) {
	}

	private record CleRangee(Theme theme, String indicateur, String population, String groupe, String dimension,
			int position, List<String> autresValeurs) {
	}

	private SecretStatistique() {
	}

	public static List<Indicateur> appliquer(List<Indicateur> lignes) {
		return appliquer(lignes, SEUIL_PAR_DEFAUT);
	}

	/**
	 * @return les mêmes lignes, dans le même ordre, {@code secret} positionné (une ligne déjà secrète le reste)
	 */
	public static List<Indicateur> appliquer(List<Indicateur> lignes, int seuil) {
		int n = lignes.size();
		boolean[] masque = new boolean[n];
		Map<Indicateur.Cle, Integer> rangParCle = new HashMap<>(n * 2);
		boolean[] doublon = new boolean[n];
		for (int i = 0; i < n; i++) {
			Indicateur ligne = lignes.get(i);
			masque[i] = ligne.secret() || ligne.baseAgents() < seuil;
			// une clé répétée (qui ne devrait pas l'être) ne compte qu'une fois dans les rangées
			doublon[i] = rangParCle.putIfAbsent(ligne.cle(), i) != null;
		}
		List<Rangee> rangees = new ArrayList<>();
		int[][] rangeesParLigne = rangees(lignes, rangParCle, doublon, rangees);
		masquerComplements(lignes, masque, rangees, rangeesParLigne);
		List<Indicateur> resultat = new ArrayList<>(n);
		for (int i = 0; i < n; i++) {
			Indicateur ligne = lignes.get(i);
			resultat.add(ligne.secret() == masque[i] ? ligne : ligne.avecSecret(masque[i]));
		}
		return resultat;
	}

	private static void masquerComplements(List<Indicateur> lignes, boolean[] masque, List<Rangee> rangees,
			int[][] rangeesParLigne) {
		ArrayDeque<Integer> aExaminer = new ArrayDeque<>(rangees.size());
		boolean[] enAttente = new boolean[rangees.size()];
		// par ligne, les rangées dont elle est le total
		int[] nombreParTotal = new int[masque.length];
		for (Rangee rangee : rangees) {
			if (rangee.total() >= 0) {
				nombreParTotal[rangee.total()]++;
			}
		}
		int[][] rangeesParTotal = new int[masque.length][];
		for (int i = 0; i < masque.length; i++) {
			rangeesParTotal[i] = new int[nombreParTotal[i]];
			nombreParTotal[i] = 0;
		}
		for (int r = 0; r < rangees.size(); r++) {
			int total = rangees.get(r).total();
			if (total >= 0) {
				rangeesParTotal[total][nombreParTotal[total]++] = r;
			}
		}
		for (int r = 0; r < rangees.size(); r++) {
			aExaminer.add(r);
			enAttente[r] = true;
		}
		while (!aExaminer.isEmpty()) {
			int r = aExaminer.poll();
			enAttente[r] = false;
			Rangee rangee = rangees.get(r);
			// le total est un membre comme les autres : Σ cellules − total = 0, un seul inconnu se retrouve
			int masquees = rangee.total() >= 0 && masque[rangee.total()] ? 1 : 0;
			int complement = -1;
			for (int cellule : rangee.cellules()) {
				if (masque[cellule]) {
					masquees++;
				}
				else if (complement < 0 || plusPetite(lignes.get(cellule), lignes.get(complement))) {
					complement = cellule;
				}
			}
			if (masquees != 1) {
				continue;
			}
			int aMasquer = complement >= 0 ? complement : rangee.total();
			if (aMasquer < 0) {
				continue;
			}
			masque[aMasquer] = true;
			for (int[] touchees : new int[][] { rangeesParTotal[aMasquer], rangeesParLigne[aMasquer] }) {
				for (int autre : touchees) {
					if (!enAttente[autre]) {
						enAttente[autre] = true;
						aExaminer.add(autre);
					}
				}
			}
		}
	}

	/** Ordre du choix du complément : non nulle d'abord, puis la plus petite, puis la moins d'agents. */
	private static boolean plusPetite(Indicateur a, Indicateur b) {
		BigDecimal va = a.valeur() == null ? BigDecimal.ZERO : a.valeur().abs();
		BigDecimal vb = b.valeur() == null ? BigDecimal.ZERO : b.valeur().abs();
		if ((va.signum() == 0) != (vb.signum() == 0)) {
			return vb.signum() == 0;
		}
		int c = va.compareTo(vb);
		return c != 0 ? c < 0 : a.baseAgents() < b.baseAgents();
	}

	/** Construit les rangées des indicateurs additifs ; rend, par ligne, les rangées où elle figure. */
	private static int[][] rangees(List<Indicateur> lignes, Map<Indicateur.Cle, Integer> rangParCle,
			boolean[] doublon, List<Rangee> rangees) {
		int n = lignes.size();
		// ordre d'insertion : les rangées sont examinées dans l'ordre des lignes, le résultat est le même d'une
		// exécution à l'autre (le hachage d'une énumération, lui, varie)
		Map<CleRangee, Entiers> cellulesParRangee = new LinkedHashMap<>(n * 2);
		Map<CleRangee, Integer> totalParRangee = new HashMap<>(n * 2);
		Map<String, List<String>> dimensionsParCode = new HashMap<>();
		for (int i = 0; i < n; i++) {
			Indicateur ligne = lignes.get(i);
			if (doublon[i] || !INDICATEURS_ADDITIFS.contains(ligne.indicateur())
					|| Indicateur.ENSEMBLE.equals(ligne.dimension())) {
				continue;
			}
			List<String> dimensions = dimensionsParCode.computeIfAbsent(ligne.dimension(),
					d -> List.of(d.split("\\+")));
			List<String> valeurs = DecoupageModalite.decouper(dimensions, ligne.modalite());
			if (valeurs == null) {
				continue;
			}
			for (int position = 0; position < dimensions.size(); position++) {
				List<String> autresValeurs = sans(valeurs, position);
				CleRangee cle = new CleRangee(ligne.theme(), ligne.indicateur(), ligne.population(), ligne.groupe(),
						ligne.dimension(), position, autresValeurs);
				Entiers cellules = cellulesParRangee.get(cle);
				if (cellules == null) {
					cellules = new Entiers();
					cellulesParRangee.put(cle, cellules);
					List<String> autresDimensions = sans(dimensions, position);
					Integer total = rangParCle.get(new Indicateur.Cle(ligne.theme(), ligne.indicateur(),
							ligne.population(), ligne.groupe(), joindre(autresDimensions),
							joindre(autresValeurs)));
					totalParRangee.put(cle, total == null ? -1 : total);
				}
				cellules.add(i);
			}
		}
		// les populations s'additionnent aussi : fonctionnaires + contractuels permanents = permanents,
		// permanents + non permanents = tous (même indicateur, même groupe, même cellule)
		for (int i = 0; i < n; i++) {
			Indicateur ligne = lignes.get(i);
			String soeur = switch (ligne.population()) {
				case "fonctionnaires" -> "contractuels_permanents";
				case "permanents" -> "non_permanents";
				default -> null;
			};
			if (soeur == null || doublon[i] || !INDICATEURS_ADDITIFS.contains(ligne.indicateur())) {
				continue;
			}
			String ensemble = ligne.population().equals("fonctionnaires") ? "permanents" : "tous";
			Integer autre = rangParCle.get(new Indicateur.Cle(ligne.theme(), ligne.indicateur(), soeur, ligne.groupe(),
					ligne.dimension(), ligne.modalite()));
			Integer total = rangParCle.get(new Indicateur.Cle(ligne.theme(), ligne.indicateur(), ensemble,
					ligne.groupe(), ligne.dimension(), ligne.modalite()));
			Entiers cellules = new Entiers();
			cellules.add(i);
			if (autre != null) {
				cellules.add(autre);
			}
			cellulesParRangee.put(new CleRangee(ligne.theme(), ligne.indicateur(), ensemble, ligne.groupe(),
					ligne.dimension(), -1, List.of(ligne.modalite())), cellules);
			totalParRangee.put(new CleRangee(ligne.theme(), ligne.indicateur(), ensemble, ligne.groupe(),
					ligne.dimension(), -1, List.of(ligne.modalite())), total == null ? -1 : total);
		}
		// par ligne, les rangées où elle figure : un comptage puis un remplissage, sans listes d'entiers en boîte
		int[] nombreParLigne = new int[n];
		cellulesParRangee.forEach((cle, cellules) -> {
			rangees.add(new Rangee(cellules.toArray(), totalParRangee.get(cle)));
			for (int k = 0; k < cellules.taille; k++) {
				nombreParLigne[cellules.valeurs[k]]++;
			}
		});
		int[][] rangeesParLigne = new int[n][];
		for (int i = 0; i < n; i++) {
			rangeesParLigne[i] = nombreParLigne[i] == 0 ? VIDE : new int[nombreParLigne[i]];
			nombreParLigne[i] = 0;
		}
		for (int r = 0; r < rangees.size(); r++) {
			for (int cellule : rangees.get(r).cellules()) {
				rangeesParLigne[cellule][nombreParLigne[cellule]++] = r;
			}
		}
		return rangeesParLigne;
	}

	private static final int[] VIDE = new int[0];

	/** Liste d'entiers sans boîtes. */
	private static final class Entiers {

		int[] valeurs = new int[4];

		int taille;

		void add(int v) {
			if (taille == valeurs.length) {
				valeurs = java.util.Arrays.copyOf(valeurs, taille * 2);
			}
			valeurs[taille++] = v;
		}

		int[] toArray() {
			return java.util.Arrays.copyOf(valeurs, taille);
		}

	}

	private static List<String> sans(List<String> valeurs, int position) {
		if (valeurs.size() == 1) {
			return List.of();
		}
		List<String> autres = new ArrayList<>(valeurs.size() - 1);
		for (int i = 0; i < valeurs.size(); i++) {
			if (i != position) {
				autres.add(valeurs.get(i));
			}
		}
		return List.copyOf(autres);
	}

	private static String joindre(List<String> valeurs) {
		return valeurs.isEmpty() ? Indicateur.ENSEMBLE : String.join("+", valeurs);
	}

}
