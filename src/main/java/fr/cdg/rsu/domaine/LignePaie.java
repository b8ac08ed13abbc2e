package fr.cdg.rsu.domaine;

import java.math.BigDecimal;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Une ligne de paie de l'année (plusieurs lignes d'un agent s'additionnent). Montants
 * bruts en euros.
 *
 * @param heuresPayees heures payées, ou {@code null} : on prend alors {@code etpr × 1820}
 */
public record LignePaie(String siret, String matricule, BigDecimal traitementBrut, BigDecimal primes, BigDecimal nbi,
		BigDecimal sft, BigDecimal heuresSupMontant, BigDecimal heuresSupNombre, BigDecimal etpr,
		@Nullable BigDecimal heuresPayees) {

	/**
	 * Heures annuelles d'un temps plein retenues par la méthode quand les heures payées
	 * manquent.
	 */
	public static final BigDecimal HEURES_TEMPS_PLEIN = BigDecimal.valueOf(1820);

	public LignePaie {
		Objects.requireNonNull(siret, "siret");
		Objects.requireNonNull(matricule, "matricule");
		Objects.requireNonNull(traitementBrut, "traitementBrut");
		Objects.requireNonNull(primes, "primes");
		Objects.requireNonNull(nbi, "nbi");
		Objects.requireNonNull(sft, "sft");
		Objects.requireNonNull(heuresSupMontant, "heuresSupMontant");
		Objects.requireNonNull(heuresSupNombre, "heuresSupNombre");
		Objects.requireNonNull(etpr, "etpr");
	}

	/**
	 * Traitement + primes + NBI + SFT + heures supplémentaires (les heures elles-mêmes
	 * exclues).
	 */
	public BigDecimal remunerationAnnuelleBrute() {
		return traitementBrut.add(primes).add(nbi).add(sft).add(heuresSupMontant);
	}

	public BigDecimal heuresPayeesOuDefaut() {
		return heuresPayees != null ? heuresPayees : etpr.multiply(HEURES_TEMPS_PLEIN);
	}

}
