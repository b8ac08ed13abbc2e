package fr.cdg.rsu.indicateurs.secret;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Système d'équations linéaires exactes sur des inconnues numérotées, tenu sous forme
 * échelonnée réduite au fil des ajouts (élimination de Gauss-Jordan sur les rationnels,
 * lignes creuses).
 *
 * <p>
 * Chaque ligne est {@code x_pivot + Σ c_f · x_f = second}, où les {@code x_f} sont des
 * inconnues libres (jamais le pivot d'une autre ligne). Une inconnue est
 * <b>déterminée</b> exactement quand son vecteur unité est dans l'espace des lignes,
 * c'est-à-dire quand elle est pivot d'une ligne sans aucune inconnue libre. Chaque ligne
 * garde la liste des équations d'origine qui l'ont formée ({@link BitSet}), pour dire au
 * lecteur d'où vient une valeur retrouvée.
 */
final class SystemeLineaire {

	/** Une ligne réduite : {@code x_pivot + Σ coefs · x = second}. */
	static final class Ligne {

		final Map<Integer, Rationnel> coefs;

		Rationnel second;

		final BitSet origine;

		Ligne(Map<Integer, Rationnel> coefs, Rationnel second, BitSet origine) {
			this.coefs = coefs;
			this.second = second;
			this.origine = origine;
		}

	}

	/**
	 * Une forme linéaire ramenée aux seules inconnues libres :
	 * {@code constante + Σ coefs · x_libre}.
	 */
	record Reduite(Map<Integer, Rationnel> coefs, Rationnel constante, BitSet origine) {

		boolean estDeterminee() {
			return coefs.isEmpty();
		}

	}

	private final Map<Integer, Ligne> lignes = new HashMap<>();

	/** Pour une inconnue libre : les pivots des lignes où elle figure. */
	private final Map<Integer, Set<Integer>> colonnes = new HashMap<>();

	/**
	 * Pivots des lignes créées ou modifiées depuis le dernier
	 * {@link #prendreModifiees()}.
	 */
	private Set<Integer> modifiees = new HashSet<>();

	/**
	 * Équations incompatibles avec les précédentes : le signe d'une identité fausse chez
	 * l'attaquant.
	 */
	private final List<BitSet> incoherences = new ArrayList<>();

	/**
	 * Ajoute {@code Σ coefs · x = second}.
	 * @return vrai si l'équation apporte une information nouvelle (elle n'était pas
	 * combinaison des précédentes)
	 */
	boolean ajouter(Map<Integer, Rationnel> coefsEquation, Rationnel secondEquation, BitSet origineEquation) {
		Map<Integer, Rationnel> r = new HashMap<>();
		coefsEquation.forEach((x, c) -> {
			if (!c.estNul()) {
				r.merge(x, c, Rationnel::plus);
			}
		});
		r.values().removeIf(Rationnel::estNul);
		Rationnel b = secondEquation;
		BitSet origine = (BitSet) origineEquation.clone();
		for (Integer x : new ArrayList<>(r.keySet())) {
			Ligne l = lignes.get(x);
			if (l == null) {
				continue;
			}
			Rationnel c = r.remove(x);
			for (Map.Entry<Integer, Rationnel> e : l.coefs.entrySet()) {
				accumuler(r, e.getKey(), c.fois(e.getValue()).oppose());
			}
			b = b.moins(c.fois(l.second));
			origine.or(l.origine);
		}
		if (r.isEmpty()) {
			if (!b.estNul()) {
				incoherences.add(origine);
			}
			return false;
		}
		// pivot : l'inconnue la moins présente ailleurs, pour limiter le remplissage
		int pivot = -1;
		int presence = Integer.MAX_VALUE;
		for (Integer x : r.keySet()) {
			int n = colonnes.getOrDefault(x, Set.of()).size();
			if (n < presence || (n == presence && x < pivot)) {
				pivot = x;
				presence = n;
			}
		}
		Rationnel cp = r.remove(pivot);
		if (!cp.equals(Rationnel.UN)) {
			for (Map.Entry<Integer, Rationnel> e : r.entrySet()) {
				e.setValue(e.getValue().divise(cp));
			}
			b = b.divise(cp);
		}
		// le pivot disparaît des autres lignes
		Set<Integer> ou = colonnes.remove(pivot);
		if (ou != null) {
			for (Integer q : ou) {
				Ligne lq = lignes.get(q);
				Rationnel d = lq.coefs.remove(pivot);
				for (Map.Entry<Integer, Rationnel> e : r.entrySet()) {
					int f = e.getKey();
					Rationnel avant = lq.coefs.get(f);
					Rationnel apres = (avant == null ? Rationnel.ZERO : avant).moins(d.fois(e.getValue()));
					if (apres.estNul()) {
						lq.coefs.remove(f);
						if (avant != null) {
							colonnes.get(f).remove(q);
						}
					}
					else {
						lq.coefs.put(f, apres);
						if (avant == null) {
							colonnes.computeIfAbsent(f, k -> new HashSet<>()).add(q);
						}
					}
				}
				lq.second = lq.second.moins(d.fois(b));
				lq.origine.or(origine);
				modifiees.add(q);
			}
		}
		lignes.put(pivot, new Ligne(r, b, origine));
		modifiees.add(pivot);
		for (Integer f : r.keySet()) {
			colonnes.computeIfAbsent(f, k -> new HashSet<>()).add(pivot);
		}
		return true;
	}

	private static void accumuler(Map<Integer, Rationnel> r, int x, Rationnel c) {
		Rationnel s = r.getOrDefault(x, Rationnel.ZERO).plus(c);
		if (s.estNul()) {
			r.remove(x);
		}
		else {
			r.put(x, s);
		}
	}

	boolean estDeterminee(int x) {
		Ligne l = lignes.get(x);
		return l != null && l.coefs.isEmpty();
	}

	Rationnel valeur(int x) {
		return lignes.get(x).second;
	}

	BitSet origine(int x) {
		return lignes.get(x).origine;
	}

	/** Ramène {@code constante + Σ forme · x} aux inconnues libres. */
	Reduite reduire(Map<Integer, Rationnel> forme, Rationnel constante) {
		Map<Integer, Rationnel> r = new HashMap<>();
		Rationnel k = constante;
		BitSet origine = new BitSet();
		for (Map.Entry<Integer, Rationnel> e : forme.entrySet()) {
			Ligne l = lignes.get(e.getKey());
			if (l == null) {
				accumuler(r, e.getKey(), e.getValue());
				continue;
			}
			// x_pivot = second − Σ coefs · x_libre
			k = k.plus(e.getValue().fois(l.second));
			for (Map.Entry<Integer, Rationnel> f : l.coefs.entrySet()) {
				accumuler(r, f.getKey(), e.getValue().fois(f.getValue()).oppose());
			}
			origine.or(l.origine);
		}
		return new Reduite(r, k, origine);
	}

	Collection<Map.Entry<Integer, Ligne>> lignes() {
		return lignes.entrySet();
	}

	Ligne ligne(int pivot) {
		return lignes.get(pivot);
	}

	/**
	 * Les pivots des lignes créées ou modifiées depuis l'appel précédent (une ligne
	 * inchangée n'apprend rien de neuf).
	 */
	Set<Integer> prendreModifiees() {
		Set<Integer> m = modifiees;
		modifiees = new HashSet<>();
		return m;
	}

	List<BitSet> incoherences() {
		return incoherences;
	}

}
