package fr.cdg.rsu.lecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import fr.cdg.rsu.domaine.Absence;
import fr.cdg.rsu.domaine.Agent;
import fr.cdg.rsu.domaine.Categorie;
import fr.cdg.rsu.domaine.Collectivite;
import fr.cdg.rsu.domaine.Filiere;
import fr.cdg.rsu.domaine.LignePaie;
import fr.cdg.rsu.domaine.Motif;
import fr.cdg.rsu.domaine.Sexe;
import fr.cdg.rsu.domaine.Statut;
import fr.cdg.rsu.domaine.TypeCollectivite;
import org.junit.jupiter.api.Test;

/**
 * Les contrôles entre lignes d'un employeur : un matricule en double dans le fichier
 * agents (la première ligne est retenue, la seconde rejetée à sa ligne), une absence ou
 * une paie d'un matricule inconnu (rejetées). Deux employeurs peuvent avoir le même
 * matricule : ce sont deux personnes, chacun ne voit que les siennes.
 */
class AssemblageEmployeurTest {

	private static final Collectivite COMMUNE = new Collectivite("21250388500018", "Commune", TypeCollectivite.COMMUNE,
			null, null, null);

	private static Origine<Agent> agent(String matricule, Sexe sexe, long ligne) {
		return new Origine<>(
				new Agent(COMMUNE.siret(), matricule, sexe, LocalDate.of(1980, 1, 1), Statut.TITULAIRE, Categorie.C,
						Filiere.TECHNIQUE, null, false, false, BigDecimal.valueOf(100), false, null, null),
				"agents.csv", ligne);
	}

	@Test
	void unMatriculeEnDoubleEtLesLignesDUnMatriculeInconnuSontRejeteesALeurLigne() {
		var absence = new Origine<>(new Absence(COMMUNE.siret(), "B9", Motif.MO, LocalDate.of(2024, 3, 1),
				LocalDate.of(2024, 3, 2), false, 0, null, 5), "absences.csv", 6L);
		var absenceConnue = new Origine<>(new Absence(COMMUNE.siret(), "A1", Motif.MO, LocalDate.of(2024, 3, 1),
				LocalDate.of(2024, 3, 2), false, 0, null, 4), "absences.csv", 5L);
		var paie = new Origine<>(new LignePaie(COMMUNE.siret(), "Z1", BigDecimal.TEN, BigDecimal.ZERO, BigDecimal.ZERO,
				BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ONE, null), "remunerations.csv", 2L);

		var a = AssemblageEmployeur.assembler(COMMUNE, 2024, List.of(agent("A1", Sexe.F, 2), agent("A1", Sexe.H, 3)),
				List.of(absenceConnue, absence), List.of(paie));

		assertThat(a.donnees().agents()).singleElement().satisfies(g -> assertThat(g.sexe()).isEqualTo(Sexe.F));
		assertThat(a.donnees().absences()).hasSize(1);
		assertThat(a.donnees().paies()).isEmpty();
		assertThat(a.rejets()).extracting(r -> r.fichier() + ":" + r.ligne() + ":" + r.colonne())
			.containsExactly("agents.csv:3:matricule", "absences.csv:6:matricule", "remunerations.csv:2:matricule");
		assertThat(a.rejets().get(0).motif()).contains("en double");
		assertThat(a.rejets().get(1).motif()).contains("absent du fichier agents");
	}

}
