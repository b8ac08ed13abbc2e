package fr.cdg.rsu.rapport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import fr.cdg.rsu.indicateurs.Indicateur;
import fr.cdg.rsu.indicateurs.Theme;
import fr.cdg.rsu.rapport.modele.ChargeurModeles;
import fr.cdg.rsu.rapport.modele.JeuDeModeles;
import fr.cdg.rsu.rapport.modele.ModeleBloc;
import fr.cdg.rsu.rapport.modele.ModeleDocument;
import fr.cdg.rsu.rapport.modele.ModeleInvalideException;

/**
 * Les blocs et phrases communs ({@code blocs-communs.yaml}, {@code inclure: <nom>}) :
 * écrits une fois, imprimés par chaque document qui les inclut ; un nom inconnu, une
 * inclusion dans le fichier commun, un titre sur un bloc qui n'en a pas sont refusés au
 * démarrage en nommant le fichier et la clé.
 */
class BlocsCommunsTest {

	private static final Path LIVRES = ModelesEnCopie.LIVRES;

	private static final List<String> TROIS = List.of("fiche-synthetique.pdf", "synthese-rps.pdf",
			"synthese-sante-securite.pdf");

	@TempDir
	Path dossier;

	@Test
	void laPhraseDuRegistreChangeeDansLeFichierCommunChangeDansLesTroisDocuments() throws IOException {
		copier();
		remplacer(ChargeurModeles.BLOCS_COMMUNS,
				"texte: \"Elle dispose d'un registre de santé et de sécurité au travail.\"",
				"texte: \"Un registre de santé et de sécurité au travail est tenu à la disposition des agents.\"");
		List<Indicateur> lignes = new ArrayList<>(FixturesIndicateurs.petite());
		lignes.add(reponse("registre_sst", 1));
		lignes.add(reponse("duerp", 0));
		Path sortie = dossier.resolve("sortie");
		new GenerateurDocuments(ChargeurModeles.charger(dossier)).ecrire(FixturesIndicateurs.PETITE, 2024, lignes,
				sortie, LocalDate.of(2025, 6, 16), 3);
		for (String pdf : TROIS) {
			assertThat(TextePdf.texte(sortie.resolve(pdf)).replaceAll("\\s+", " ")).as(pdf)
				.contains("Un registre de santé et de sécurité au travail est tenu à la disposition des agents.")
				.doesNotContain("Elle dispose d'un registre");
		}
		// la phrase du document unique, commune à la fiche et à la synthèse des risques
		// psychosociaux
		String non = "La collectivité ne dispose pas de document unique d'évaluation des risques professionnels (DUERP).";
		assertThat(TextePdf.texte(sortie.resolve("fiche-synthetique.pdf")).replaceAll("\\s+", " ")).contains(non);
		assertThat(TextePdf.texte(sortie.resolve("synthese-rps.pdf")).replaceAll("\\s+", " ")).contains(non);
	}

	@Test
	void lesModelesLivresIncluentLaMemePhraseEtLeMemeTableau() {
		JeuDeModeles jeu = ChargeurModeles.depuisDossier(LIVRES);
		for (String pdf : TROIS) {
			assertThat(phrases(document(jeu, pdf)).filter(p -> "registre_sst".equals(p.cle().indicateur()))).as(pdf)
				.singleElement()
				.satisfies(p -> assertThat(p.texte())
					.isEqualTo("Elle dispose d'un registre de santé et de sécurité au travail."));
		}
		ModeleBloc.Tableau rps = decisions(document(jeu, "synthese-rps.pdf"));
		ModeleBloc.Tableau sante = decisions(document(jeu, "synthese-sante-securite.pdf"));
		assertThat(sante.lignes()).isEqualTo(rps.lignes());
		assertThat(sante.colonnes()).isEqualTo(rps.colonnes());
		// le titre est remplacé dans la synthèse santé-sécurité, le reste du bloc est le
		// même
		assertThat(rps.titre()).isEqualTo("Décisions de l'année (emplois permanents et non permanents)");
		assertThat(sante.titre()).startsWith("Temps partiel thérapeutique, aménagements, inaptitudes");
	}

	@Test
	void unePhraseIncluseSansFormatPrendCeluiDuBloc() throws IOException {
		copier();
		remplacer(ChargeurModeles.BLOCS_COMMUNS, "indicateur: nb_conseillers_prevention, format: entier,",
				"indicateur: nb_conseillers_prevention,");
		remplacer("fiche-synthetique.yaml", "        si_non_transmis: \"Prévention : non renseigné",
				"        format: decimal_1\n        si_non_transmis: \"Prévention : non renseigné");
		JeuDeModeles jeu = ChargeurModeles.charger(dossier);
		assertThat(phrases(document(jeu, "fiche-synthetique.pdf"))
			.filter(p -> "nb_conseillers_prevention".equals(p.cle().indicateur()))).singleElement()
			.satisfies(p -> assertThat(p.format()).isEqualTo(fr.cdg.rsu.rapport.document.FormatNombre.DECIMAL_1));
		// la synthèse santé-sécurité, sans format de bloc : le format par défaut de
		// l'indicateur, à l'assemblage
		assertThat(phrases(document(jeu, "synthese-sante-securite.pdf"))
			.filter(p -> "nb_conseillers_prevention".equals(p.cle().indicateur()))).singleElement()
			.satisfies(p -> assertThat(p.format()).isNull());
	}

	@Test
	void leFichierCommunEntreDansLEmpreinteDeLaCampagne() throws IOException {
		copier();
		String avant = ChargeurModeles.charger(dossier).empreinte();
		remplacer(ChargeurModeles.BLOCS_COMMUNS, "(DUERP).\", si_zero", "(DUERP) à jour.\", si_zero");
		assertThat(ChargeurModeles.charger(dossier).empreinte()).isNotEqualTo(avant);
	}

	static Stream<Arguments> inclusionsRefusees() {
		String texte = "  avertissement: { type: texte, texte: \"Un texte commun.\" }\n";
		return Stream.of(
				// un nom inconnu, bloc ou phrase : le document qui inclut, et la liste
				// des noms connus
				Arguments.of("synthese-rps.yaml", "synthese-rps.yaml", "- { inclure: decisions_sante }",
						"- { inclure: decisions }", "sections[8].blocs[0].inclure",
						"bloc commun inconnu « decisions » (connus dans blocs-communs.yaml : decisions_sante"),
				Arguments.of("fiche-synthetique.yaml", "fiche-synthetique.yaml", "- { inclure: registre_sst }",
						"- { inclure: registre }", ".elements[4].inclure",
						"phrase commune inconnue « registre » (connus dans blocs-communs.yaml : acteurs_prevention"),
				// une inclusion de plus que le bloc ne permet
				Arguments.of("synthese-rps.yaml", "synthese-rps.yaml", "- { inclure: decisions_sante }",
						"- { inclure: decisions_sante, note: \"N\" }", "sections[8].blocs[0].note",
						"propriété inconnue"),
				Arguments.of("fiche-synthetique.yaml", "fiche-synthetique.yaml", "- { inclure: registre_sst }",
						"- { inclure: registre_sst, format: entier }", ".elements[4].format", "propriété inconnue"),
				// une clé du bloc commun fausse : le fichier commun et le chemin de la
				// clé
				Arguments.of(ChargeurModeles.BLOCS_COMMUNS, ChargeurModeles.BLOCS_COMMUNS,
						"indicateur: decisions, format: entier", "indicateur: decision, format: entier",
						"blocs.decisions_sante.colonnes[0].indicateur", "indicateur inconnu « decision »"),
				Arguments.of(ChargeurModeles.BLOCS_COMMUNS, ChargeurModeles.BLOCS_COMMUNS,
						"{ theme: employeur, population: \"\", indicateur: registre_sst,",
						"{ theme: employeur, indicateur: registre_sst,", "phrases.registre_sst.population",
						"population non renseignée"),
				Arguments.of(ChargeurModeles.BLOCS_COMMUNS, ChargeurModeles.BLOCS_COMMUNS,
						"indicateur: nb_assistants_prevention, format: entier,",
						"indicateur: nb_assistants_prevention, format: entier, couleur: rouge,",
						"phrases.acteurs_prevention[0].couleur", "propriété inconnue"),
				Arguments.of(ChargeurModeles.BLOCS_COMMUNS, ChargeurModeles.BLOCS_COMMUNS, "  registre_sst: {",
						"  Registre_SST: {", "phrases.Registre_SST", "minuscules"),
				Arguments.of(ChargeurModeles.BLOCS_COMMUNS, ChargeurModeles.BLOCS_COMMUNS, "\nphrases:\n",
						"\n  encore: { inclure: decisions_sante }\nphrases:\n", "blocs.encore.inclure",
						"n'en inclut pas d'autre"),
				Arguments.of(ChargeurModeles.BLOCS_COMMUNS, ChargeurModeles.BLOCS_COMMUNS, "\nphrases:\n",
						"\nphrases:\n  encore: { inclure: duerp }\n", "phrases.encore.inclure",
						"n'en inclut pas d'autre"),
				Arguments.of(ChargeurModeles.BLOCS_COMMUNS, ChargeurModeles.BLOCS_COMMUNS, "\nphrases:\n",
						"\nstyles:\n  gras: true\nphrases:\n", "(racine).styles", "propriété inconnue"),
				// une phrase commune que son bloc d'accueil rend incomplète (une
				// dimension sans modalité)
				Arguments.of("fiche-synthetique.yaml", "fiche-synthetique.yaml",
						"        si_non_transmis: \"Documents et démarches de prévention",
						"        dimension: sexe\n        si_non_transmis: \"Documents et démarches de prévention",
						".elements[0].inclure", "la phrase commune « duerp » ne convient pas à ce bloc : modalité"),
				// un titre sur un bloc commun qui n'en a pas
				Arguments.of(ChargeurModeles.BLOCS_COMMUNS, "synthese-rps.yaml", "\nphrases:\n",
						"\n" + texte + "phrases:\n", "sections[8].blocs[0].titre",
						"est un texte : il n'a pas de titre"));
	}

	@ParameterizedTest(name = "{1} : {4}")
	@MethodSource("inclusionsRefusees")
	void uneInclusionFausseEstRefuseeEnNommantLeFichierEtLaCle(String fichierModifie, String fichierNomme, String avant,
			String apres, String cle, String motif) throws IOException {
		copier();
		remplacer(fichierModifie, avant, apres);
		if (motif.contains("pas de titre")) {
			remplacer("synthese-rps.yaml", "- { inclure: decisions_sante }",
					"- { inclure: avertissement, titre: \"T\" }");
		}
		assertThatThrownBy(() -> ChargeurModeles.charger(dossier)).isInstanceOf(ModeleInvalideException.class)
			.hasMessageContaining(cle)
			.hasMessageContaining(motif)
			.satisfies(e -> assertThat(((ModeleInvalideException) e).fichier()).isEqualTo(fichierNomme));
	}

	@Test
	void sansFichierCommunUneInclusionEstRefusee() throws IOException {
		copier();
		Files.delete(dossier.resolve(ChargeurModeles.BLOCS_COMMUNS));
		assertThatThrownBy(() -> ChargeurModeles.charger(dossier)).isInstanceOf(ModeleInvalideException.class)
			.hasMessageContaining("synthese-sante-securite.yaml")
			.hasMessageContaining("blocs-communs.yaml n'en définit aucun");
	}

	@Test
	void sansFichierCommunDesModelesSansInclusionSeChargent() throws IOException {
		copier();
		Files.delete(dossier.resolve(ChargeurModeles.BLOCS_COMMUNS));
		for (String nom : List.of("synthese-sante-securite.yaml", "synthese-rps.yaml", "fiche-synthetique.yaml")) {
			Path p = dossier.resolve(nom);
			// les phrases incluses retirées, un bloc inclus remplacé par un texte
			Files.writeString(p,
					Files.readString(p, StandardCharsets.UTF_8)
						.replaceAll("(?m)^ {10}- \\{ inclure: [a-z_]+ }\\n", "")
						.replaceAll("(?m)^ {6}- \\{ inclure: [a-z_]+(, titre: \"[^\"]*\")? }$",
								"      - { type: texte, texte: \"Décisions de santé.\" }"),
					StandardCharsets.UTF_8);
		}
		assertThat(ChargeurModeles.charger(dossier).documents()).hasSize(6);
	}

	private static Indicateur reponse(String rubrique, long valeur) {
		return Indicateur.valeur(Theme.EMPLOYEUR, rubrique, "", "", "ensemble", "ensemble", BigDecimal.valueOf(valeur),
				8);
	}

	private static ModeleDocument document(JeuDeModeles jeu, String pdf) {
		return jeu.documents().stream().filter(d -> d.fichier().equals(pdf)).findFirst().orElseThrow();
	}

	private static Stream<ModeleBloc.Phrase> phrases(ModeleDocument d) {
		return d.sections()
			.stream()
			.flatMap(s -> s.blocs().stream())
			.filter(ModeleBloc.Phrases.class::isInstance)
			.flatMap(b -> ((ModeleBloc.Phrases) b).phrases().stream());
	}

	private static ModeleBloc.Tableau decisions(ModeleDocument d) {
		return d.sections()
			.stream()
			.flatMap(s -> s.blocs().stream())
			.filter(b -> b instanceof ModeleBloc.Tableau t
					&& "decisions_sante".equals(t.base().theme() == null ? null : t.base().theme().code()))
			.map(ModeleBloc.Tableau.class::cast)
			.findFirst()
			.orElseThrow();
	}

	private void copier() throws IOException {
		ModelesEnCopie.copier(dossier);
	}

	private void remplacer(String fichier, String avant, String apres) throws IOException {
		ModelesEnCopie.remplacer(dossier, fichier, avant, apres);
	}

}
