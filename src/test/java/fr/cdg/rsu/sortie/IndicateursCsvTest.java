package fr.cdg.rsu.sortie;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.cdg.rsu.indicateurs.Indicateur;
import fr.cdg.rsu.indicateurs.Theme;

/**
 * Les deux tables d'un employeur : le {@code indicateurs.csv} publiable garde son format
 * (docs/format-sortie.md) ; le tableau complet, non diffusable, a une colonne de plus,
 * {@code base_agents}, que l'étape des documents relit pour les cellules publiées, jamais
 * pour les secrètes.
 */
class IndicateursCsvTest {

	private static final String SIRET = "21250356900017";

	@TempDir
	Path dossier;

	/**
	 * 4 accidents de service chez les adjoints techniques, cellule de 12 agents ; 1 chez
	 * les attachés, secrète.
	 */
	private static final List<Indicateur> LIGNES = List.of(
			Indicateur.valeur(Theme.ACCIDENTS_DECLARES, "accidents_declares", "tous", "AT_SERVICE", "cadre_emplois",
					"Adjoints techniques territoriaux", BigDecimal.valueOf(4), 12),
			Indicateur
				.valeur(Theme.ACCIDENTS_DECLARES, "accidents_declares", "tous", "AT_SERVICE", "cadre_emplois",
						"Attachés territoriaux", BigDecimal.ONE, 2)
				.avecSecret(true),
			Indicateur.rapport(Theme.ABSENTEISME, "taux_exposition", "permanents", "global", "ensemble", "ensemble",
					BigDecimal.valueOf(9), BigDecimal.valueOf(20), BigDecimal.valueOf(100), 20));

	@Test
	void lePubliableGardeSonEnteteEtLeCompletAjouteLaBaseDesAgents() throws IOException {
		Path publiable = dossier.resolve("indicateurs.csv");
		Path complet = dossier.resolve("complet.csv");
		IndicateursCsv.ecrirePubliable(publiable, SIRET, 2024, LIGNES);
		IndicateursCsv.ecrireComplet(complet, SIRET, 2024, LIGNES);
		assertThat(Files.readAllLines(publiable, StandardCharsets.UTF_8)).containsExactly(
				"siret,annee,theme,indicateur,population,groupe,dimension,modalite,numerateur,denominateur,valeur,secret",
				SIRET + ",2024,accidents_declares,accidents_declares,tous,AT_SERVICE,cadre_emplois,"
						+ "Adjoints techniques territoriaux,,,4,0",
				SIRET + ",2024,accidents_declares,accidents_declares,tous,AT_SERVICE,cadre_emplois,"
						+ "Attachés territoriaux,,,,1",
				SIRET + ",2024,absenteisme,taux_exposition,permanents,global,ensemble,ensemble,9,20,45,0");
		assertThat(Files.readAllLines(complet, StandardCharsets.UTF_8)).containsExactly(
				"siret,annee,theme,indicateur,population,groupe,dimension,modalite,numerateur,denominateur,valeur,secret,"
						+ "base_agents",
				SIRET + ",2024,accidents_declares,accidents_declares,tous,AT_SERVICE,cadre_emplois,"
						+ "Adjoints techniques territoriaux,,,4,0,12",
				SIRET + ",2024,accidents_declares,accidents_declares,tous,AT_SERVICE,cadre_emplois,"
						+ "Attachés territoriaux,,,1,1,2",
				SIRET + ",2024,absenteisme,taux_exposition,permanents,global,ensemble,ensemble,9,20,45,0,20");
		// relus seuls : le complet a ses bases, le publiable n'en a pas
		assertThat(IndicateursCsv.lire(complet)).extracting(Indicateur::baseAgents).containsExactly(12, 2, 20);
		assertThat(IndicateursCsv.lire(publiable)).extracting(Indicateur::baseAgents).containsExactly(0, 0, 0);
	}

	@Test
	void lesDocumentsRelisentLaBaseDesCellulesPublieesJamaisCelleDesSecretes() throws IOException {
		Path publiable = dossier.resolve("indicateurs.csv");
		Path complet = dossier.resolve("complet.csv");
		IndicateursCsv.ecrirePubliable(publiable, SIRET, 2024, LIGNES);
		IndicateursCsv.ecrireComplet(complet, SIRET, 2024, LIGNES);
		List<Indicateur> lues = IndicateursCsv.lirePubliablesAvecBases(publiable, complet);
		assertThat(lues).extracting(Indicateur::baseAgents).containsExactly(12, 0, 20);
		assertThat(lues.get(0).valeur()).isEqualByComparingTo("4");
		// la cellule secrète : ni valeur ni base
		assertThat(lues.get(1).secret()).isTrue();
		assertThat(lues.get(1).valeur()).isNull();
	}

	@Test
	void unTableauCompletDAvantLaColonneSeRelitAvecDesBasesNulles() throws IOException {
		Path publiable = dossier.resolve("indicateurs.csv");
		Path ancien = dossier.resolve("ancien.csv");
		IndicateursCsv.ecrirePubliable(publiable, SIRET, 2024, LIGNES);
		// le format d'avant : l'en-tête du publiable, les vraies valeurs
		Files.writeString(ancien,
				String.join(",", IndicateursCsv.ENTETE) + "\n" + SIRET
						+ ",2024,accidents_declares,accidents_declares,tous,AT_SERVICE,cadre_emplois,"
						+ "Adjoints techniques territoriaux,,,4,0\n",
				StandardCharsets.UTF_8);
		assertThat(IndicateursCsv.lirePubliablesAvecBases(publiable, ancien)).extracting(Indicateur::baseAgents)
			.containsExactly(0, 0, 0);
	}

}
