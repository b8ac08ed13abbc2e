package fr.cdg.rsu.domaine.themes;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

import fr.cdg.rsu.domaine.Sexe;

/**
 * Un compte d'actes signalés dans l'année (violences, harcèlements, discriminations...),
 * sans nom : le fichier est agrégé par l'employeur.
 *
 * @param sexeVictime sexe des victimes comptées, ou {@code null} si non renseigné
 * @param nombre nombre d'actes signalés de cette ligne, 0 ou plus
 */
public record Signalement(String siret, TypeSignalement type, AuteurSignalement auteur, boolean avecArret,
		@Nullable Sexe sexeVictime, int nombre) implements EnregistrementFacultatif {

	public Signalement {
		Objects.requireNonNull(siret, "siret");
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(auteur, "auteur");
		if (nombre < 0) {
			throw new IllegalArgumentException("nombre de signalements négatif");
		}
	}

}
