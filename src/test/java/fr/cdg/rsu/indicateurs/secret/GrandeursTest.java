package fr.cdg.rsu.indicateurs.secret;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.cdg.rsu.indicateurs.Indicateur;
import fr.cdg.rsu.indicateurs.Theme;

/**
 * Ce qu'une ligne donne à l'attaquant grandeur par grandeur, et les identités qu'il
 * connaît par la méthode.
 */
class GrandeursTest {

	@Test
	void lesGroupesDAbsenceSEmboitentCommeLaMethodeNationale() {
		assertThat(Grandeurs.IDENTITES).contains(
				new Grandeurs.Identite("jours/compressible",
						List.of("jours/MO", "jours/AT_SERVICE", "jours/AT_TRAJET")),
				new Grandeurs.Identite("arrets/medical",
						List.of("arrets/compressible", "arrets/CLM", "arrets/CLD", "arrets/CGM", "arrets/DOS",
								"arrets/MP")),
				new Grandeurs.Identite("jours/global",
						List.of("jours/medical", "jours/MATERNITE", "jours/PATERNITE", "jours/ADOPTION",
								"jours/AUTRE")),
				new Grandeurs.Identite("jours_at_mp", List.of("jours/AT_SERVICE", "jours/AT_TRAJET", "jours/MP")),
				new Grandeurs.Identite("remuneration_annuelle_brute",
						List.of("traitement_brut", "primes", "nbi", "sft", "heures_sup_montant")));
		// les agents absents ne s'additionnent pas d'un motif à l'autre (un agent peut
		// l'être pour deux motifs)
		assertThat(Grandeurs.IDENTITES).noneMatch(i -> i.total().startsWith("agents_absents"));
	}

	@Test
	void uneGraviteDonneSesJoursEtSesArrets() {
		// 120 jours pour 8 arrêts : la gravité publiée (15) porte les deux dans son
		// numérateur et son dénominateur
		Indicateur gravite = Indicateur.rapport(Theme.ABSENTEISME, "gravite", "permanents", "MO", "sexe", "F",
				BigDecimal.valueOf(120), BigDecimal.valueOf(8), BigDecimal.ONE, 5);
		assertThat(Grandeurs.de(gravite)).containsExactly(new Grandeurs.Revelee("jours/MO", BigDecimal.valueOf(120)),
				new Grandeurs.Revelee("arrets/MO", BigDecimal.valueOf(8)));
	}

	@Test
	void lesJoursDAccidentDuTravailSontLesMemesDansLesDeuxThemes() {
		Indicateur absences = Indicateur.valeur(Theme.ABSENTEISME, "jours", "tous", "AT_SERVICE", "ensemble",
				"ensemble", BigDecimal.valueOf(42), 3);
		Indicateur accidents = Indicateur.valeur(Theme.ACCIDENTS, "jours", "tous", "AT_SERVICE", "ensemble", "ensemble",
				BigDecimal.valueOf(42), 3);
		Indicateur toutes = Indicateur.valeur(Theme.ACCIDENTS, "jours", "tous", "", "ensemble", "ensemble",
				BigDecimal.valueOf(60), 3);
		assertThat(Grandeurs.de(absences)).isEqualTo(Grandeurs.de(accidents));
		assertThat(Grandeurs.de(toutes)).containsExactly(new Grandeurs.Revelee("jours_at_mp", BigDecimal.valueOf(60)));
	}

	@Test
	void unIndicateurInconnuEstUneGrandeurALui() {
		// un indicateur ajouté par un thème nouveau ne se combine avec aucune autre
		// grandeur tant qu'on ne l'a pas dit
		Indicateur nouveau = Indicateur.valeur(Theme.ACCIDENTS, "accidents_sans_arret", "tous", "AT_SERVICE",
				"ensemble", "ensemble", BigDecimal.valueOf(2), 3);
		assertThat(Grandeurs.de(nouveau)).extracting(Grandeurs.Revelee::nom)
			.containsExactly("accidents/accidents_sans_arret/AT_SERVICE");
	}

}
