package fr.cdg.rsu.generateur;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

import fr.cdg.rsu.domaine.TypeCollectivite;

/** Un employeur généré (une ligne de collectivites). */
public record CollectiviteGeneree(String siret, String nom, TypeCollectivite type, String departement,
		@Nullable BigDecimal budgetFonctionnement, @Nullable BigDecimal chargesPersonnel) {
}
