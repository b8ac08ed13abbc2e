package fr.cdg.rsu.indicateurs.secret;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

/**
 * Nombre rationnel exact (numérateur et dénominateur {@link BigInteger}, dénominateur
 * positif, fraction irréductible) : l'élimination de l'attaquant ne doit jamais arrondir,
 * sans quoi une valeur « retrouvée » ne serait qu'approchée.
 */
final class Rationnel implements Comparable<Rationnel> {

	static final Rationnel ZERO = new Rationnel(BigInteger.ZERO, BigInteger.ONE);

	static final Rationnel UN = new Rationnel(BigInteger.ONE, BigInteger.ONE);

	private final BigInteger num;

	private final BigInteger den;

	private Rationnel(BigInteger num, BigInteger den) {
		this.num = num;
		this.den = den;
	}

	static Rationnel de(BigInteger num, BigInteger den) {
		if (den.signum() == 0) {
			throw new ArithmeticException("division par zéro");
		}
		if (num.signum() == 0) {
			return ZERO;
		}
		if (den.signum() < 0) {
			num = num.negate();
			den = den.negate();
		}
		if (!den.equals(BigInteger.ONE)) {
			BigInteger pgcd = num.gcd(den);
			if (!pgcd.equals(BigInteger.ONE)) {
				num = num.divide(pgcd);
				den = den.divide(pgcd);
			}
		}
		return new Rationnel(num, den);
	}

	static Rationnel de(long n) {
		return n == 0 ? ZERO : n == 1 ? UN : new Rationnel(BigInteger.valueOf(n), BigInteger.ONE);
	}

	/** Valeur exacte d'un décimal. */
	static Rationnel de(BigDecimal d) {
		if (d.signum() == 0) {
			return ZERO;
		}
		if (d.scale() <= 0) {
			return new Rationnel(d.toBigIntegerExact(), BigInteger.ONE);
		}
		return de(d.unscaledValue(), BigInteger.TEN.pow(d.scale()));
	}

	boolean estNul() {
		return num.signum() == 0;
	}

	int signe() {
		return num.signum();
	}

	Rationnel plus(Rationnel o) {
		if (o.estNul()) {
			return this;
		}
		if (estNul()) {
			return o;
		}
		if (den.equals(o.den)) {
			if (den.equals(BigInteger.ONE)) {
				BigInteger somme = num.add(o.num);
				return somme.signum() == 0 ? ZERO : new Rationnel(somme, BigInteger.ONE);
			}
			return de(num.add(o.num), den);
		}
		return de(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den));
	}

	Rationnel moins(Rationnel o) {
		return plus(o.oppose());
	}

	Rationnel fois(Rationnel o) {
		if (estNul() || o.estNul()) {
			return ZERO;
		}
		if (o.equals(UN)) {
			return this;
		}
		if (equals(UN)) {
			return o;
		}
		if (den.equals(BigInteger.ONE) && o.den.equals(BigInteger.ONE)) {
			return new Rationnel(num.multiply(o.num), BigInteger.ONE);
		}
		return de(num.multiply(o.num), den.multiply(o.den));
	}

	Rationnel divise(Rationnel o) {
		return de(num.multiply(o.den), den.multiply(o.num));
	}

	Rationnel oppose() {
		return estNul() ? this : new Rationnel(num.negate(), den);
	}

	/**
	 * Valeur décimale : exacte quand elle s'écrit en décimal fini, sinon arrondie à 20
	 * chiffres.
	 */
	BigDecimal enDecimal() {
		BigDecimal n = new BigDecimal(num);
		if (den.equals(BigInteger.ONE)) {
			return n;
		}
		// décimal fini ⇔ le dénominateur n'a que les facteurs 2 et 5
		BigInteger reste = den.shiftRight(den.getLowestSetBit());
		BigInteger cinq = BigInteger.valueOf(5);
		while (reste.mod(cinq).signum() == 0) {
			reste = reste.divide(cinq);
		}
		if (reste.equals(BigInteger.ONE)) {
			return n.divide(new BigDecimal(den)).stripTrailingZeros();
		}
		return n.divide(new BigDecimal(den), new MathContext(20)).stripTrailingZeros();
	}

	@Override
	public int compareTo(Rationnel o) {
		return num.multiply(o.den).compareTo(o.num.multiply(den));
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof Rationnel r && num.equals(r.num) && den.equals(r.den);
	}

	@Override
	public int hashCode() {
		return num.hashCode() * 31 + den.hashCode();
	}

	@Override
	public String toString() {
		return den.equals(BigInteger.ONE) ? num.toString() : num + "/" + den;
	}

}
