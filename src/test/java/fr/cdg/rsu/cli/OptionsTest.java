package fr.cdg.rsu.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class OptionsTest {

	private static Map<String, List<String>> options(String... paires) {
		java.util.Map<String, List<String>> m = new java.util.LinkedHashMap<>();
		for (int i = 0; i < paires.length; i += 2) {
			m.put(paires[i], paires[i + 1] == null ? List.of() : List.of(paires[i + 1]));
		}
		return m;
	}

	@Test
	void lesOptionsObligatoiresEtLeursErreursSontDitesEnFrancais() {
		assertThatThrownBy(() -> Options.lire(options("entree", "input-samples"), List.of()))
			.hasMessageContaining("--annee=AAAA est obligatoire");
		assertThatThrownBy(() -> Options.lire(options("annee", "2024", "entree", "/nulle/part"), List.of()))
			.hasMessageContaining("dossier d'entrée introuvable");
		assertThatThrownBy(
				() -> Options.lire(options("annee", "2024", "entree", "input-samples", "anee", "2023"), List.of()))
			.hasMessageContaining("option inconnue : --anee");
		assertThatThrownBy(
				() -> Options.lire(options("annee", "2024", "entree", "input-samples", "siret", "123"), List.of()))
			.hasMessageContaining("14 chiffres");
	}

	@Test
	void unSeuilDuSecretInferieurADeuxEstRefuse() throws Exception {
		for (String seuil : List.of("0", "1", "00", "01")) {
			assertThatThrownBy(() -> Options
				.lire(options("annee", "2024", "entree", "input-samples", "seuil-secret", seuil), List.of()))
				.as("--seuil-secret=" + seuil)
				.isInstanceOf(OptionInvalideException.class)
				.hasMessage("--seuil-secret doit valoir au moins 2 : en dessous, une cellule d'un seul agent serait "
						+ "publiée (3 par défaut)");
		}
		assertThatThrownBy(() -> Options.lire(options("annee", "2024", "entree", "input-samples", "seuil-secret", "-1"),
				List.of()))
			.hasMessageContaining("--seuil-secret doit être un entier");
		assertThat(Options.lire(options("annee", "2024", "entree", "input-samples", "seuil-secret", "2"), List.of())
			.seuilSecret()).isEqualTo(2);
		assertThat(Options.lire(options("annee", "2024", "entree", "input-samples", "seuil-secret", "5"), List.of())
			.seuilSecret()).isEqualTo(5);
		assertThat(Options.lire(options("annee", "2024", "entree", "input-samples"), List.of()).seuilSecret())
			.isEqualTo(3);
		assertThat(Options.AIDE).contains("--seuil-secret=N").contains("au moins 2");
	}

	/** Ce que {@link Demarrage#verifier} écrit à l'écran et le code qu'il rend. */
	private record Arret(java.util.OptionalInt code, String console, String erreurs) {
	}

	private static Arret demarrer(String... arguments) {
		java.io.ByteArrayOutputStream console = new java.io.ByteArrayOutputStream();
		java.io.ByteArrayOutputStream erreurs = new java.io.ByteArrayOutputStream();
		java.util.OptionalInt code = Demarrage.verifier(arguments,
				new java.io.PrintStream(console, true, java.nio.charset.StandardCharsets.UTF_8),
				new java.io.PrintStream(erreurs, true, java.nio.charset.StandardCharsets.UTF_8));
		return new Arret(code, console.toString(java.nio.charset.StandardCharsets.UTF_8),
				erreurs.toString(java.nio.charset.StandardCharsets.UTF_8));
	}

	@Test
	void uneOptionFausseArreteAvantSpringSansRienCreer(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dossier) {
		java.nio.file.Path sortie = dossier.resolve("sortie");
		Arret a = demarrer("--annee=2024", "--entree=input-samples", "--sortie=" + sortie, "--seuil-secret=1");
		assertThat(a.code()).hasValue(CodeSortie.OPTION_INVALIDE.code()).hasValue(2);
		assertThat(a.erreurs())
			.contains("Erreur : --seuil-secret doit valoir au moins 2 : en dessous, une cellule "
					+ "d'un seul agent serait publiée")
			.contains("Rien n'a été écrit.");
		// ni base, ni journal, ni dossier : le journal s'ouvre au démarrage de Spring,
		// qui n'a pas eu lieu
		assertThat(sortie).doesNotExist();
		// sans aucun argument : l'aide, code 2, rien de créé
		Arret vide = demarrer();
		assertThat(vide.code()).hasValue(2);
		assertThat(vide.console()).contains("Utilisation :").contains("./rsu --annee=2024").doesNotContain("java -jar");
		// une option bien écrite passe : la campagne peut démarrer, la sortie est créée
		// (et rien d'autre)
		assertThat(demarrer("--annee=2024", "--entree=input-samples", "--sortie=" + sortie).code()).isEmpty();
		assertThat(sortie).isEmptyDirectory();
	}

	@Test
	void uneSortieQuiEstUnFichierOuNonInscriptibleEstDiteEnUnePhrase(
			@org.junit.jupiter.api.io.TempDir java.nio.file.Path dossier) throws Exception {
		java.nio.file.Path fichier = java.nio.file.Files.writeString(dossier.resolve("sortie"), "x");
		Arret a = demarrer("--annee=2024", "--entree=input-samples", "--sortie=" + fichier);
		assertThat(a.code()).hasValue(2);
		assertThat(a.erreurs().strip().lines()).hasSize(1);
		assertThat(a.erreurs()).contains("le dossier de sortie " + fichier + " est un fichier");
		// un dossier sous un fichier ne peut pas être créé
		Arret b = demarrer("--annee=2024", "--entree=input-samples", "--sortie=" + fichier.resolve("dessous"));
		assertThat(b.code()).hasValue(2);
		assertThat(b.erreurs()).contains("impossible de créer le dossier de sortie").doesNotContain("Exception");
	}

	@Test
	void uneValeurFausseDitCeQuiNeVaPasEtUneFauteDeFrappeLOptionProche() {
		assertThatThrownBy(() -> Options.lire(options("annee", "24", "entree", "input-samples"), List.of()))
			.hasMessage("--annee=24 : l'année s'écrit avec ses quatre chiffres, par exemple --annee=2024");
		assertThatThrownBy(
				() -> Options.lire(options("annee", "2024", "entree", "input-samples", "sans_pdf", null), List.of()))
			.hasMessage("option inconnue : --sans_pdf (vouliez-vous dire --sans-pdf ?)");
		assertThatThrownBy(
				() -> Options.lire(options("annee", "2024", "entree", "input-samples", "anee", "2023"), List.of()))
			.hasMessage("option inconnue : --anee (vouliez-vous dire --annee ?)");
		// trop loin de toute option : pas de suggestion au hasard
		assertThatThrownBy(
				() -> Options.lire(options("annee", "2024", "entree", "input-samples", "couleur", "bleu"), List.of()))
			.hasMessage("option inconnue : --couleur");
		assertThatThrownBy(() -> Options
			.lire(options("annee", "2024", "entree", "input-samples", "pdf-siret", "00000000100008,123"), List.of()))
			.hasMessageContaining("« 123 » n'est pas un SIRET (14 chiffres)");
		assertThatThrownBy(
				() -> Options.lire(options("annee", "2024", "entree", "input-samples", "type", "mairie"), List.of()))
			.hasMessageStartingWith("--type=mairie : ")
			.hasMessageContaining("commune, epci, ccas");
	}

	@Test
	void laDateDePublicationParDefautEstLeJourDeLHorlogeEtNIdentifiePasLaCampagne() throws Exception {
		java.time.Clock soir = Demarrage.horloge("2026-12-02T23:50");
		java.time.Clock lendemain = Demarrage.horloge("2026-12-03T00:10");
		Options a = Options.lire(options("annee", "2024", "entree", "input-samples"), List.of(), soir);
		Options b = Options.lire(options("annee", "2024", "entree", "input-samples"), List.of(), lendemain);
		assertThat(a.datePublication()).isEqualTo(java.time.LocalDate.of(2026, 12, 2));
		assertThat(b.datePublication()).isEqualTo(java.time.LocalDate.of(2026, 12, 3));
		assertThat(a.datePublicationDonnee()).isFalse();
		Options donnee = Options.lire(
				options("annee", "2024", "entree", "input-samples", "date-publication", "15/03/2025"), List.of(), soir);
		assertThat(donnee.datePublicationDonnee()).isTrue();
	}

	@Test
	void laPlanificationAttendUneExpressionCronValide() throws Exception {
		assertThatThrownBy(() -> Options
			.lire(options("annee", "2024", "entree", "input-samples", "planification", "tous les mois"), List.of()))
			.hasMessageContaining("expression cron");
		Options o = Options.lire(options("annee", "2024", "entree", "input-samples", "planification", "0 0 2 1 * *",
				"sans-pdf", null, "date-publication", "15/03/2025"), List.of());
		assertThat(o.planification()).isEqualTo("0 0 2 1 * *");
		assertThat(o.sansPdf()).isTrue();
		assertThat(o.datePublication()).isEqualTo(java.time.LocalDate.of(2025, 3, 15));
		assertThat(o.sortie()).isAbsolute();
	}

}
