package fr.cdg.rsu.indicateurs.secret;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.cdg.rsu.indicateurs.Indicateur;
import fr.cdg.rsu.indicateurs.secret.SecretStatistique.Case;
import fr.cdg.rsu.indicateurs.secret.SecretStatistique.Cases;

/**
 * Les relations entre les cases d'un employeur, par lesquelles un attaquant retrouve une
 * case à partir d'autres.
 *
 * <ul>
 * <li><b>Sommes</b> (un membre inconnu se retrouve à partir des autres) : les modalités
 * d'une dimension et leur ensemble ; pour un croisement {@code d1+d2(+d3)}, les cellules
 * qui ne diffèrent que par une partie et la cellule sans cette partie ({@code A+F},
 * {@code A+H} et {@code A}) ; les populations (fonctionnaires, contractuels permanents et
 * permanents ; permanents, non permanents et tous) ; les tranches quinquennales d'une
 * grande tranche d'âge et cette tranche ({@code <30 = <20 + 20-24 + 25-29}). Chaque agent
 * tombe dans exactement une modalité ({@code non_renseigne} comprise) : une case absente
 * est un zéro connu, sauf le total d'un croisement que rien ne calcule, qui devient une
 * case virtuelle.</li>
 * <li><b>Révélations</b> (une source connue donne ses cibles) : l'écart de rémunération
 * d'une modalité publie la moyenne des hommes (dénominateur) et la différence des
 * moyennes (numérateur), donc la paie moyenne des femmes et des hommes de la
 * modalité.</li>
 * </ul>
 */
final class Relations {

	/** Les populations dont chaque total est la somme. */
	private static final Map<String, List<String>> POPULATIONS_PARTIES = Map.of("permanents",
			List.of("fonctionnaires", "contractuels_permanents"), "tous", List.of("permanents", "non_permanents"));

	/** Les tranches quinquennales de chaque grande tranche d'âge. */
	private static final Map<String, List<String>> TRANCHES_QUINQUENNALES = Map.of("<30",
			List.of("<20", "20-24", "25-29"), "30-49", List.of("30-34", "35-39", "40-44", "45-49"), "50+",
			List.of("50-54", "55-59", "60-64", "65+"));

	/** Membres d'une somme ; cibles d'une révélation. */
	final List<int[]> membres = new ArrayList<>();

	/** Source d'une révélation, −1 pour une somme. */
	int[] source = new int[64];

	/**
	 * Par case, les relations où elle compte pour savoir si la relation est prête (membre
	 * d'une somme, source).
	 */
	private int[][] parCase;

	private Relations() {
	}

	int taille() {
		return membres.size();
	}

	int[] parCase(int c) {
		return parCase[c];
	}

	/**
	 * Ce que la relation donne quand elle est prête : le seul membre inconnu d'une somme,
	 * les cibles d'une révélation.
	 */
	int[] deduites(int r, boolean[] connue) {
		if (source[r] >= 0) {
			return connue[source[r]] ? membres.get(r) : VIDE;
		}
		int inconnu = -1;
		for (int m : membres.get(r)) {
			if (!connue[m]) {
				if (inconnu >= 0) {
					return VIDE;
				}
				inconnu = m;
			}
		}
		return inconnu < 0 ? VIDE : new int[] { inconnu };
	}

	/**
	 * Les cases dont la relation part : les membres d'une somme, la source d'une
	 * révélation.
	 */
	int[] sources(int r) {
		return source[r] >= 0 ? new int[] { source[r] } : membres.get(r);
	}

	private static final int[] VIDE = new int[0];

	static Relations construire(Cases cases) {
		Relations r = new Relations();
		// les révélations d'abord : leurs cibles absentes (paie par filière et sexe)
		// deviennent des cases virtuelles,
		// que les sommes relient ensuite aux autres
		List<Revelation> revelations = new ArrayList<>();
		int reelles = cases.taille();
		for (int c = 0; c < reelles; c++) {
			Case k = cases.liste.get(c);
			if (k.famille() == FamilleSecret.ECART_REMUNERATION) {
				List<Integer> cibles = new ArrayList<>();
				for (String sexe : List.of("F", "H")) {
					Case cible = moyenneDuSexe(k, sexe);
					int rang = cases.chercher(cible);
					// un sexe sans agent payé dans une dimension calculée est un zéro
					// connu ; dans une dimension que
					// rien ne calcule (filière × sexe), une case virtuelle
					if (rang < 0 && !cases.dimensions
						.contains(cible.famille() + "/" + cible.population() + "/" + cible.dimension())) {
						rang = cases.rang(cible);
					}
					if (rang >= 0) {
						cibles.add(rang);
					}
				}
				revelations.add(new Revelation(c, tableau(cibles, -1)));
			}
		}
		Map<List<Object>, List<Integer>> rangees = new LinkedHashMap<>();
		Map<List<Object>, Integer> totaux = new LinkedHashMap<>();
		Map<String, List<String>> parties = new LinkedHashMap<>();
		// la liste grandit pendant le parcours : les totaux virtuels ont eux aussi leurs
		// rangées
		for (int c = 0; c < cases.taille(); c++) {
			Case k = cases.liste.get(c);
			if (k.famille() == FamilleSecret.ECART_REMUNERATION || Indicateur.ENSEMBLE.equals(k.dimension())) {
				continue;
			}
			List<String> dimensions = parties.computeIfAbsent(k.dimension(), d -> List.of(d.split("\\+")));
			List<String> valeurs = DecoupageModalite.decouper(dimensions, k.modalite());
			if (valeurs == null) {
				continue;
			}
			for (int p = 0; p < dimensions.size(); p++) {
				List<String> autresValeurs = sans(valeurs, p);
				List<Object> cle = List.of(k.famille(), k.population(), k.dimension(), p, autresValeurs);
				List<Integer> rangee = rangees.get(cle);
				if (rangee == null) {
					rangee = new ArrayList<>();
					rangees.put(cle, rangee);
					totaux.put(cle, cases.rang(new Case(k.famille(), k.population(), joindre(sans(dimensions, p)),
							joindre(autresValeurs))));
				}
				rangee.add(c);
			}
		}
		rangees.forEach((cle, rangee) -> {
			r.ajouter(tableau(rangee, totaux.get(cle)), -1);
		});
		// parties depuis chaque total : si une des deux parties n'a aucune case (aucun
		// fonctionnaire dans la
		// modalité), l'autre égale le total
		for (int c = 0; c < cases.taille(); c++) {
			Case k = cases.liste.get(c);
			List<String> parts = POPULATIONS_PARTIES.get(k.population());
			if (parts == null || k.famille() == FamilleSecret.ECART_REMUNERATION) {
				continue;
			}
			List<Integer> membres = new ArrayList<>();
			for (String partie : parts) {
				int m = cases.chercher(new Case(k.famille(), partie, k.dimension(), k.modalite()));
				if (m >= 0) {
					membres.add(m);
				}
			}
			if (membres.isEmpty() || !populationCalculee(cases, k.famille(), parts)) {
				continue;
			}
			r.ajouter(tableau(membres, c), -1);
		}
		// les tranches quinquennales s'emboîtent dans les trois grandes tranches : <30 =
		// <20 + 20-24 + 25-29...
		for (int c = 0; c < reelles; c++) {
			Case k = cases.liste.get(c);
			if (!k.dimension().equals("tranche_age_3") || k.famille() == FamilleSecret.ECART_REMUNERATION) {
				continue;
			}
			List<String> bandes = TRANCHES_QUINQUENNALES.get(k.modalite());
			if (bandes == null) {
				continue;
			}
			List<Integer> membres = new ArrayList<>();
			for (String bande : bandes) {
				int b = cases.chercher(new Case(k.famille(), k.population(), "tranche_age", bande));
				if (b >= 0) {
					membres.add(b);
				}
			}
			r.ajouter(tableau(membres, c), -1);
		}
		for (Revelation rev : revelations) {
			r.ajouter(rev.cibles(), rev.source());
		}
		r.indexer(cases.taille());
		return r;
	}

	/**
	 * Vrai si la famille calcule les deux populations parties : une case absente y est
	 * alors un zéro (la paie ne calcule pas les non-permanents, dont l'absence ne dit
	 * rien).
	 */
	private static boolean populationCalculee(Cases cases, FamilleSecret famille, List<String> parts) {
		for (String partie : parts) {
			if (!cases.populations.contains(famille + "/" + partie)) {
				return false;
			}
		}
		return true;
	}

	/** La case de paie des agents d'un sexe dans la modalité de l'écart. */
	private static Case moyenneDuSexe(Case ecart, String sexe) {
		boolean ensemble = Indicateur.ENSEMBLE.equals(ecart.dimension());
		return new Case(FamilleSecret.REMUNERATION, ecart.population(), ensemble ? "sexe" : ecart.dimension() + "+sexe",
				ensemble ? sexe : ecart.modalite() + "+" + sexe);
	}

	private record Revelation(int source, int[] cibles) {
	}

	/** Les membres, suivis de {@code total} s'il vaut au moins 0. */
	private static int[] tableau(List<Integer> membres, int total) {
		int[] m = new int[membres.size() + (total >= 0 ? 1 : 0)];
		for (int i = 0; i < membres.size(); i++) {
			m[i] = membres.get(i);
		}
		if (total >= 0) {
			m[membres.size()] = total;
		}
		return m;
	}

	private void ajouter(int[] m, int src) {
		int r = membres.size();
		if (r == source.length) {
			source = Arrays.copyOf(source, r * 2);
		}
		membres.add(m);
		source[r] = src;
	}

	private void indexer(int nombreDeCases) {
		int[] nombre = new int[nombreDeCases];
		for (int r = 0; r < taille(); r++) {
			for (int c : sources(r)) {
				nombre[c]++;
			}
		}
		parCase = new int[nombreDeCases][];
		for (int c = 0; c < nombreDeCases; c++) {
			parCase[c] = new int[nombre[c]];
			nombre[c] = 0;
		}
		for (int r = 0; r < taille(); r++) {
			for (int c : sources(r)) {
				parCase[c][nombre[c]++] = r;
			}
		}
	}

	private static List<String> sans(List<String> valeurs, int position) {
		List<String> autres = new ArrayList<>(valeurs);
		autres.remove(position);
		return List.copyOf(autres);
	}

	private static String joindre(List<String> valeurs) {
		return valeurs.isEmpty() ? Indicateur.ENSEMBLE : String.join("+", valeurs);
	}

}
