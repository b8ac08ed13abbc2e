package fr.cdg.rsu.domaine;

import java.math.BigDecimal;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Un employeur territorial. Le SIRET (14 chiffres) sert de nom de dossier de sortie : il
 * est validé ici.
 */
public record Collectivite(String siret, String nom, TypeCollectivite type, @Nullable String departement,
		@Nullable BigDecimal budgetFonctionnement, @Nullable BigDecimal chargesPersonnel) {

	public Collectivite {
		Objects.requireNonNull(siret, "siret");
		Objects.requireNonNull(nom, "nom");
		Objects.requireNonNull(type, "type");
		if (!estSiretValide(siret)) {
			throw new IllegalArgumentException("SIRET invalide (14 chiffres attendus) : " + siret);
		}
	}

	public static boolean estSiretValide(@Nullable String siret) {
		return siret != null && siret.length() == 14 && siret.chars().allMatch(c -> c >= '0' && c <= '9');
	}

}
