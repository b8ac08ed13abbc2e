package fr.cdg.rsu.generateur;

import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Tirages pseudo-aléatoires reproductibles : {@link SplittableRandom} a un algorithme
 * spécifié, donc une même graine donne la même suite sur toute JVM.
 */
final class Tirage {

	private final SplittableRandom alea;

	Tirage(long graine) {
		this.alea = new SplittableRandom(graine);
	}

	/** Graine dérivée, stable, pour un sous-flux (un employeur, un agent...). */
	static long deriver(long graine, long... cles) {
		long h = graine * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E019L;
		for (long c : cles) {
			h ^= c + 0x9E3779B97F4A7C15L + (h << 6) + (h >>> 2);
			h = melanger(h);
		}
		return h;
	}

	private static long melanger(long z) {
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

	double uniforme() {
		return alea.nextDouble();
	}

	boolean chance(double p) {
		return p > 0 && alea.nextDouble() < p;
	}

	/** Entier dans [min, max], bornes incluses. */
	int entre(int min, int max) {
		return max <= min ? min : min + alea.nextInt(max - min + 1);
	}

	double gauss() {
		// Box-Muller, pour ne dépendre que de nextDouble
		double u1 = 1.0 - alea.nextDouble();
		double u2 = alea.nextDouble();
		return Math.sqrt(-2.0 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
	}

	double normale(double moyenne, double ecart) {
		return moyenne + ecart * gauss();
	}

	/** Log-normale de médiane donnée. */
	double lognormale(double mediane, double sigma) {
		return mediane * Math.exp(sigma * gauss());
	}

	/** Loi de Poisson (Knuth ; lambda petit). */
	int poisson(double lambda) {
		if (lambda <= 0) {
			return 0;
		}
		if (lambda > 30) {
			return Math.max(0, (int) Math.round(normale(lambda, Math.sqrt(lambda))));
		}
		double l = Math.exp(-lambda);
		int k = 0;
		double p = 1;
		do {
			k++;
			p *= alea.nextDouble();
		}
		while (p > l);
		return k - 1;
	}

	/** Indice tiré selon des poids (non normalisés). */
	int indicePondere(double... poids) {
		double total = 0;
		for (double p : poids) {
			total += p;
		}
		double u = alea.nextDouble() * total;
		for (int i = 0; i < poids.length; i++) {
			u -= poids[i];
			if (u < 0) {
				return i;
			}
		}
		return poids.length - 1;
	}

	<T> T parmi(T[] valeurs, double[] poids) {
		return valeurs[indicePondere(poids)];
	}

	<T> T parmi(T[] valeurs) {
		return valeurs[alea.nextInt(valeurs.length)];
	}

	/** Jour tiré uniformément dans [debut, fin]. */
	LocalDate jourEntre(LocalDate debut, LocalDate fin) {
		long d = debut.toEpochDay();
		long f = fin.toEpochDay();
		if (f <= d) {
			return debut;
		}
		return LocalDate.ofEpochDay(d + alea.nextLong(f - d + 1));
	}

}
