package fr.cdg.rsu.rapport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.cdg.rsu.indicateurs.Indicateur;
import fr.cdg.rsu.indicateurs.Theme;
import fr.cdg.rsu.rapport.document.Bloc;
import fr.cdg.rsu.rapport.document.DocumentRapport;
import fr.cdg.rsu.rapport.document.Identite;
import fr.cdg.rsu.rapport.modele.Assembleur;
import fr.cdg.rsu.rapport.modele.ChargeurModeles;
import fr.cdg.rsu.rapport.modele.IndexIndicateurs;
import fr.cdg.rsu.rapport.modele.JeuDeModeles;
import fr.cdg.rsu.rapport.modele.ModeleDocument;
import fr.cdg.rsu.rapport.modele.ModeleInvalideException;
import fr.cdg.rsu.sortie.IndicateursCsv;

/**
 * {@code effectif_minimum} sur un compte : la base d'agents de la cellule, écrite dans le
 * tableau complet et relue par l'étape des documents (un cas fait à la main : les
 * accidents de service par cadre d'emplois, le classement de la synthèse santé-sécurité
 * avec un minimum de 5 agents).
 */
class EffectifMinimumTest {

	private static final String SIRET = "21250356900017";

	private static final Identite ID = new Identite("Commune d'essai", SIRET, 2024, LocalDate.of(2025, 6, 16), 3);

	private static final String CLASSEMENT = "        valeur_superieure_a: 0\n        entete_lignes: \"Cadre d'emplois\"";

	@TempDir
	Path dossier;

	private static Indicateur accidents(String cadre, long nombre, int base) {
		return Indicateur.valeur(Theme.ACCIDENTS_DECLARES, "accidents_declares", "tous", "AT_SERVICE", "cadre_emplois",
				cadre, BigDecimal.valueOf(nombre), base);
	}

	/**
	 * Les agents de maîtrise ont le plus d'accidents (4) mais leur cellule n'a que 4
	 * agents : sous le minimum de 5, ils sont écartés ; restent les adjoints techniques
	 * (2 accidents, 30 agents) et les animateurs (1, 5 agents, au minimum).
	 */
	@Test
	void unClassementDeComptesEcarteLesCellulesSousLeMinimumDAgents() throws IOException {
		JeuDeModeles modeles = modelesAvec("        effectif_minimum: 5\n" + CLASSEMENT);
		List<Indicateur> lignes = List.of(accidents("Agents de maîtrise territoriaux", 4, 4),
				accidents("Adjoints techniques territoriaux", 2, 30), accidents("Animateurs territoriaux", 1, 5));
		// le chemin de l'étape des documents : les deux fichiers écrits, puis relus
		Path publiable = dossier.resolve("indicateurs.csv");
		Path complet = dossier.resolve("indicateurs-complets.csv");
		IndicateursCsv.ecrirePubliable(publiable, SIRET, 2024, lignes);
		IndicateursCsv.ecrireComplet(complet, SIRET, 2024, lignes);
		List<Indicateur> relues = IndicateursCsv.lirePubliablesAvecBases(publiable, complet);

		assertThat(classement(modeles, relues)).containsExactly("Adjoints techniques territoriaux",
				"Animateurs territoriaux");
		// sans les bases (le publiable seul, comme avant) : tout était écarté
		assertThat(classement(modeles, IndicateursCsv.lire(publiable))).isEmpty();
		// sans minimum, les agents de maîtrise viennent en tête
		assertThat(classement(modelesAvec(CLASSEMENT), relues)).containsExactly("Agents de maîtrise territoriaux",
				"Adjoints techniques territoriaux", "Animateurs territoriaux");
	}

	@Test
	void unClassementDeComptesNImprimePasDEffectif() throws IOException {
		assertThatThrownBy(() -> modelesAvec("        entete_effectif: \"Agents\"\n" + CLASSEMENT))
			.isInstanceOf(ModeleInvalideException.class)
			.hasMessageContaining("synthese-sante-securite.yaml")
			.hasMessageContaining("entete_effectif")
			.hasMessageContaining("« accidents_declares » est un compte");
	}

	/**
	 * Les libellés des lignes du classement des cadres d'emplois ; vide si la phrase
	 * {@code si_vide} le remplace.
	 */
	private static List<String> classement(JeuDeModeles modeles, List<Indicateur> lignes) {
		ModeleDocument m = modeles.documents()
			.stream()
			.filter(d -> d.fichier().equals("synthese-sante-securite.pdf"))
			.findFirst()
			.orElseThrow();
		DocumentRapport d = new Assembleur(modeles.apparence(), modeles.libelles()).assembler(m, ID,
				new IndexIndicateurs(lignes));
		List<Bloc> blocs = d.sections().stream().flatMap(s -> s.blocs().stream()).toList();
		if (blocs.stream()
			.anyMatch(b -> b instanceof Bloc.Paragraphe p && p.texte()
				.startsWith("Les cadres d'emplois les plus concernés par les accidents de service : "))) {
			return List.of();
		}
		return blocs.stream()
			.filter(b -> b instanceof Bloc.Tableau t && t.titre() != null
					&& t.titre().startsWith("Les cadres d'emplois"))
			.map(Bloc.Tableau.class::cast)
			.findFirst()
			.orElseThrow()
			.lignes()
			.stream()
			.map(Bloc.LigneTableau::libelle)
			.toList();
	}

	private JeuDeModeles modelesAvec(String classement) throws IOException {
		Path modeles = dossier.resolve("modeles-" + classement.hashCode());
		Files.createDirectories(modeles);
		try (Stream<Path> fichiers = Files.list(Path.of("report-templates"))) {
			for (Path p : fichiers.toList()) {
				Files.copy(p, modeles.resolve(p.getFileName()));
			}
		}
		Path p = modeles.resolve("synthese-sante-securite.yaml");
		String s = Files.readString(p, StandardCharsets.UTF_8);
		assertThat(s).contains(CLASSEMENT);
		Files.writeString(p, s.replace(CLASSEMENT, classement), StandardCharsets.UTF_8);
		return ChargeurModeles.charger(modeles);
	}

}
