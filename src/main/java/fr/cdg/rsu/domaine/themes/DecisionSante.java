package fr.cdg.rsu.domaine.themes;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Une décision de l'année sur la santé d'un agent : temps partiel thérapeutique,
 * aménagement, inaptitude, reclassement, disponibilité d'office, retraite pour
 * invalidité, licenciement pour inaptitude.
 *
 * @param lieeAtMp la décision fait suite à un accident du travail ou une maladie
 * professionnelle
 */
public record DecisionSante(String siret, String matricule, LocalDate date, TypeDecisionSante type,
		boolean lieeAtMp) implements EnregistrementFacultatif {

	public DecisionSante {
		Objects.requireNonNull(siret, "siret");
		Objects.requireNonNull(matricule, "matricule");
		Objects.requireNonNull(date, "date");
		Objects.requireNonNull(type, "type");
	}

}
