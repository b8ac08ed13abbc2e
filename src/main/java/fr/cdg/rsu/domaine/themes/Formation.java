package fr.cdg.rsu.domaine.themes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Une action de formation suivie par un agent, comptée l'année où elle commence.
 *
 * @param jours jours de formation de l'agent (fractions permises : une demi-journée vaut
 * 0,5)
 * @param cout coût de l'action pour l'employeur, euros, ou {@code null} si non renseigné
 */
public record Formation(String siret, String matricule, LocalDate dateDebut, BigDecimal jours,
		OrganismeFormation organisme, TypeFormation type,
		@Nullable BigDecimal cout) implements EnregistrementFacultatif {

	public Formation {
		Objects.requireNonNull(siret, "siret");
		Objects.requireNonNull(matricule, "matricule");
		Objects.requireNonNull(dateDebut, "dateDebut");
		Objects.requireNonNull(jours, "jours");
		Objects.requireNonNull(organisme, "organisme");
		Objects.requireNonNull(type, "type");
		if (jours.signum() < 0) {
			throw new IllegalArgumentException("jours de formation négatifs");
		}
	}

}
