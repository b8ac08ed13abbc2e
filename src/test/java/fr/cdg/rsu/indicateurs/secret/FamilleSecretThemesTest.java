package fr.cdg.rsu.indicateurs.secret;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

import fr.cdg.rsu.indicateurs.Theme;
import fr.cdg.rsu.rapport.modele.Vocabulaire;

/**
 * Les familles du secret des thèmes facultatifs : la santé (accidents, décisions, actes signalés, handicap, visites au
 * médecin de prévention) est protégée ; la formation, les carrières, les contrats, les réponses de l'employeur et le
 * télétravail sont de la structure ; les dénominateurs de population restent de la structure.
 */
class FamilleSecretThemesTest {

	@Test
	void chaqueIndicateurDesThemesFacultatifsASaFamille() {
		for (Theme t : Set.of(Theme.ACCIDENTS_DECLARES, Theme.DECISIONS_SANTE, Theme.SIGNALEMENTS, Theme.HANDICAP)) {
			for (String i : Vocabulaire.INDICATEURS.get(t)) {
				boolean structure = Set.of("etpr_assujettissement", "assujetti_obligation_emploi").contains(i);
				assertThat(FamilleSecret.de(t, i)).as(t + "/" + i)
					.isEqualTo(structure ? FamilleSecret.STRUCTURE : FamilleSecret.SANTE);
			}
		}
		for (Theme t : Set.of(Theme.FORMATION, Theme.CARRIERES, Theme.CONTRATS, Theme.EMPLOYEUR)) {
			for (String i : Vocabulaire.INDICATEURS.get(t)) {
				assertThat(FamilleSecret.de(t, i).protegee()).as(t + "/" + i).isFalse();
			}
		}
		assertThat(FamilleSecret.de(Theme.CONDITIONS_TRAVAIL, "visites_sur_demande")).isEqualTo(FamilleSecret.SANTE);
		assertThat(FamilleSecret.de(Theme.CONDITIONS_TRAVAIL, "part_agents_visite_sur_demande"))
			.isEqualTo(FamilleSecret.SANTE);
		assertThat(FamilleSecret.de(Theme.CONDITIONS_TRAVAIL, "part_teletravail")).isEqualTo(FamilleSecret.STRUCTURE);
		assertThat(FamilleSecret.de(Theme.CONDITIONS_TRAVAIL, "accompagnements_cep")).isEqualTo(FamilleSecret.STRUCTURE);
	}

	@Test
	void toutThemeADesIndicateursConnusDuVocabulaire() {
		for (Theme t : Theme.values()) {
			assertThat(Vocabulaire.INDICATEURS.get(t)).as(t.code()).isNotEmpty();
		}
	}

}
