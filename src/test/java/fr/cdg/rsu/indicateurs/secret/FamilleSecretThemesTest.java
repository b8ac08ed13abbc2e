package fr.cdg.rsu.indicateurs.secret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import fr.cdg.rsu.indicateurs.Indicateur;
import fr.cdg.rsu.indicateurs.Theme;
import fr.cdg.rsu.rapport.modele.Vocabulaire;

/**
 * Les familles du secret des thèmes facultatifs : la santé (accidents, décisions, actes
 * signalés, handicap, visites au médecin de prévention) est protégée ; la formation, les
 * carrières, les contrats, les réponses de l'employeur et le télétravail sont de la
 * structure ; les dénominateurs de population restent de la structure.
 */
class FamilleSecretThemesTest {

	@Test
	void chaqueIndicateurDesThemesFacultatifsASaFamille() {
		for (Theme t : Set.of(Theme.ACCIDENTS_DECLARES, Theme.DECISIONS_SANTE, Theme.SIGNALEMENTS, Theme.HANDICAP)) {
			for (String i : Vocabulaire.INDICATEURS.get(t)) {
				boolean structure = Set.of("etpr_assujettissement", "assujetti_obligation_emploi").contains(i);
				// chaque thème de santé facultatif a sa famille (sa population n'est pas
				// celle de l'absentéisme)
				FamilleSecret sante = FamilleSecret.valueOf(t.name());
				assertThat(FamilleSecret.de(t, i)).as(t + "/" + i)
					.isEqualTo(structure ? FamilleSecret.STRUCTURE : sante);
			}
		}
		for (Theme t : Set.of(Theme.FORMATION, Theme.CARRIERES, Theme.CONTRATS, Theme.EMPLOYEUR)) {
			for (String i : Vocabulaire.INDICATEURS.get(t)) {
				assertThat(FamilleSecret.de(t, i).protegee()).as(t + "/" + i).isFalse();
			}
		}
		assertThat(FamilleSecret.de(Theme.CONDITIONS_TRAVAIL, "visites_sur_demande"))
			.isEqualTo(FamilleSecret.VISITES_MEDICALES);
		assertThat(FamilleSecret.de(Theme.CONDITIONS_TRAVAIL, "part_agents_visite_sur_demande"))
			.isEqualTo(FamilleSecret.VISITES_MEDICALES);
		assertThat(FamilleSecret.de(Theme.ABSENTEISME, "jours")).isEqualTo(FamilleSecret.SANTE);
		assertThat(FamilleSecret.de(Theme.CONDITIONS_TRAVAIL, "part_teletravail")).isEqualTo(FamilleSecret.STRUCTURE);
		assertThat(FamilleSecret.de(Theme.CONDITIONS_TRAVAIL, "accompagnements_cep"))
			.isEqualTo(FamilleSecret.STRUCTURE);
	}

	@Test
	void toutThemeADesIndicateursConnusDuVocabulaire() {
		for (Theme t : Theme.values()) {
			assertThat(Vocabulaire.INDICATEURS.get(t)).as(t.code()).isNotEmpty();
		}
	}

	@Test
	void leHandicapDUnSeulAgentPresentEstMasqueMemeSiLAbsenteismeDeSaPopulationEstPublie() {
		// contractuels non permanents : 5 employés dans l'année (saisonniers), 1 seul
		// présent au 31/12, bénéficiaire
		// de l'obligation d'emploi. L'absentéisme décrit les 5 (12 jours) : publié. « 1
		// BOETH sur 1 agent présent »
		// désigne le seul présent : masqué, même s'il partageait la case de l'absentéisme
		// (population 5)
		Indicateur jours = Indicateur.valeur(Theme.ABSENTEISME, "jours", "non_permanents", "global", "ensemble",
				"ensemble", BigDecimal.valueOf(12), 5);
		Indicateur boeth = Indicateur.valeur(Theme.HANDICAP, "boeth", "non_permanents", "", "ensemble", "ensemble",
				BigDecimal.ONE, 1);
		Indicateur part = Indicateur.rapport(Theme.HANDICAP, "part_boeth", "non_permanents", "", "ensemble", "ensemble",
				BigDecimal.ONE, BigDecimal.ONE, BigDecimal.valueOf(100), 1);
		List<Indicateur> r = SecretStatistique.appliquer(List.of(jours, boeth, part), 3);
		assertThat(r).extracting(Indicateur::indicateur, Indicateur::secret)
			.containsExactly(tuple("jours", false), tuple("boeth", true), tuple("part_boeth", true));
	}

	@Test
	void lesAccidentsDeclaresDeDeuxPermanentsSontMasquesMemeSiLAbsenteismeDesPermanentsEstPublie() {
		// employeur de 3 agents : 2 permanents présents au 31/12 et 1 permanent parti
		// dans l'année après un arrêt de
		// maladie. L'absentéisme des permanents décrit les 3 (20 jours) : publié. Les
		// accidents déclarés comptent
		// les présents et les partis accidentés : 2 agents, aucun accident, masqué («
		// aucun des deux »), ce que la
		// case commune de la santé (population 3, le plus grand des deux) publiait
		Indicateur jours = Indicateur.valeur(Theme.ABSENTEISME, "jours", "permanents", "global", "ensemble", "ensemble",
				BigDecimal.valueOf(20), 3);
		Indicateur accidents = Indicateur.valeur(Theme.ACCIDENTS_DECLARES, "accidents_declares", "permanents", "",
				"ensemble", "ensemble", BigDecimal.ZERO, 2);
		List<Indicateur> r = SecretStatistique.appliquer(List.of(jours, accidents), 3);
		assertThat(r).extracting(Indicateur::indicateur, Indicateur::secret)
			.containsExactly(tuple("jours", false), tuple("accidents_declares", true));
	}

}
