package fr.cdg.rsu.domaine.themes;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Un événement de carrière de l'année : promotion interne, examen professionnel,
 * concours, avancement, titularisation.
 */
public record EvenementCarriere(String siret, String matricule, LocalDate date,
		TypeEvenementCarriere type) implements EnregistrementFacultatif {

	public EvenementCarriere {
		Objects.requireNonNull(siret, "siret");
		Objects.requireNonNull(matricule, "matricule");
		Objects.requireNonNull(date, "date");
		Objects.requireNonNull(type, "type");
	}

}
