package fr.cdg.rsu.generateur;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * Une ligne de paie générée (une ligne de remunerations).
 *
 * @param periode mois de paie {@code AAAA-MM} quand l'employeur exporte des lignes
 * mensuelles, sinon nul (colonne hors contrat, écrite seulement par certains dialectes)
 */
public record PaieGeneree(String siret, String matricule, BigDecimal traitementBrut, BigDecimal primes, BigDecimal nbi,
		BigDecimal sft, BigDecimal heuresSupMontant, BigDecimal heuresSupNombre, BigDecimal etpr,
		@Nullable BigDecimal heuresPayees, @Nullable String periode) {
}
