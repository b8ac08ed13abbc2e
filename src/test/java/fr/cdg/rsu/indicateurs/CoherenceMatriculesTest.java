package fr.cdg.rsu.indicateurs;

import static fr.cdg.rsu.indicateurs.ventilation.JeuDeDonnees.agent;
import static fr.cdg.rsu.indicateurs.ventilation.JeuDeDonnees.paie;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.cdg.rsu.domaine.Absence;
import fr.cdg.rsu.domaine.DonneesEmployeur;
import fr.cdg.rsu.domaine.Motif;
import fr.cdg.rsu.indicateurs.ventilation.JeuDeDonnees;

/**
 * Un même fait, un seul avertissement : une ligne de paie d'un matricule inconnu, que
 * trois thèmes écartent (effectifs, absentéisme pour les heures payées, rémunérations),
 * n'est signalée qu'une fois, sous un seul code.
 */
class CoherenceMatriculesTest {

	@Test
	void chaqueIncoherenceDeMatriculeEstSignaleeUneFoisSousUnSeulCode() {
		DonneesEmployeur d = JeuDeDonnees.donnees(2024, List.of(agent("A1").creer(), agent("A1").creer()),
				List.of(paie("A1", "20000", "1"), paie("X9", "1000", "0.1"), paie("X9", "1000", "0.1")));
		DonneesEmployeur avecAbsence = new DonneesEmployeur(d.collectivite(), 2024, d.agents(),
				List.of(new Absence(JeuDeDonnees.SIRET, "Y7", Motif.MO, LocalDate.of(2024, 3, 1),
						LocalDate.of(2024, 3, 5), false, 0, null, 1)),
				d.paies());

		List<Avertissement> tous = CalculIndicateurs.calculer(avecAbsence).avertissements();

		assertThat(tous).filteredOn(a -> a.type().contains("INCONNU") || a.type().equals("AGENT_EN_DOUBLE"))
			.extracting(a -> a.type() + " " + a.matricule())
			.containsExactlyInAnyOrder("AGENT_EN_DOUBLE A1", "ABSENCE_AGENT_INCONNU Y7", "PAIE_AGENT_INCONNU X9");
		assertThat(tous).noneMatch(a -> a.type().equals("PAIE_MATRICULE_INCONNU"));
	}

}
