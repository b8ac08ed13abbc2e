package fr.cdg.rsu.domaine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class AgentTest {

	private static Agent agent(LocalDate naissance, @Nullable LocalDate entree, @Nullable LocalDate sortie) {
		return new Agent("21250388500018", "M1", Sexe.F, naissance, Statut.TITULAIRE, Categorie.C, Filiere.TECHNIQUE,
				null, false, false, BigDecimal.valueOf(100), false, entree, sortie);
	}

	@Test
	void presentAu31DecembreQuandSortieLe31OuSansSortie() {
		LocalDate naissance = LocalDate.of(1980, 5, 1);
		assertThat(agent(naissance, null, null).estPresentAu31Decembre(2024)).isTrue();
		assertThat(agent(naissance, null, LocalDate.of(2024, 12, 31)).estPresentAu31Decembre(2024)).isTrue();
		assertThat(agent(naissance, null, LocalDate.of(2024, 12, 30)).estPresentAu31Decembre(2024)).isFalse();
		assertThat(agent(naissance, LocalDate.of(2024, 12, 31), null).estPresentAu31Decembre(2024)).isTrue();
		assertThat(agent(naissance, LocalDate.of(2025, 1, 1), null).estPresentAu31Decembre(2024)).isFalse();
	}

	@Test
	void ageRevoluAu31Decembre() {
		// né le 31/12/1984 : 40 ans révolus le 31/12/2024 ; né le 01/01/1985 : 39 ans
		// (anniversaire le lendemain
		// n'existe pas, il a eu 39 ans le 01/01/2024)
		assertThat(agent(LocalDate.of(1984, 12, 31), null, null).ageAu31Decembre(2024)).isEqualTo(40);
		assertThat(agent(LocalDate.of(1985, 1, 1), null, null).ageAu31Decembre(2024)).isEqualTo(39);
	}

	@Test
	void groupesEmboites() {
		assertThat(GroupeAbsence.COMPRESSIBLE.contient(Motif.MO)).isTrue();
		assertThat(GroupeAbsence.COMPRESSIBLE.contient(Motif.CLM)).isFalse();
		assertThat(GroupeAbsence.MEDICAL.contient(Motif.AT_TRAJET)).isTrue();
		assertThat(GroupeAbsence.MEDICAL.contient(Motif.MATERNITE)).isFalse();
		assertThat(GroupeAbsence.GLOBAL.contient(Motif.AUTRE)).isTrue();
		assertThat(GroupeAbsence.GLOBAL.contient(Motif.FORMATION)).isFalse();
	}

}
