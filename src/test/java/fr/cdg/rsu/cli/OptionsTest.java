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
		assertThatThrownBy(() -> Options.lire(options("annee", "2024", "entree", "input-samples", "anee", "2023"),
				List.of()))
			.hasMessageContaining("option inconnue : --anee");
		assertThatThrownBy(() -> Options.lire(options("annee", "2024", "entree", "input-samples", "siret", "123"),
				List.of()))
			.hasMessageContaining("14 chiffres");
	}

	@Test
	void unSeuilDuSecretInferieurADeuxEstRefuse() throws Exception {
		for (String seuil : List.of("0", "1", "00", "01")) {
			assertThatThrownBy(
					() -> Options.lire(options("annee", "2024", "entree", "input-samples", "seuil-secret", seuil),
							List.of()))
				.as("--seuil-secret=" + seuil)
				.isInstanceOf(OptionInvalideException.class)
				.hasMessage("--seuil-secret doit valoir au moins 2 : en dessous, une cellule d'un seul agent serait "
						+ "publiée (3 par défaut)");
		}
		assertThatThrownBy(
				() -> Options.lire(options("annee", "2024", "entree", "input-samples", "seuil-secret", "-1"),
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

	@Test
	void laCommandeSArreteAvecLeCodeDOptionInvalideSurUnSeuilDeUn() {
		java.io.PrintStream erreur = System.err;
		java.io.ByteArrayOutputStream capture = new java.io.ByteArrayOutputStream();
		LigneDeCommande commande = new LigneDeCommande(null, null, null);
		try {
			System.setErr(new java.io.PrintStream(capture, true, java.nio.charset.StandardCharsets.UTF_8));
			commande.run(new org.springframework.boot.DefaultApplicationArguments("--annee=2024",
					"--entree=input-samples", "--seuil-secret=1"));
		}
		finally {
			System.setErr(erreur);
		}
		assertThat(commande.getExitCode()).isEqualTo(LigneDeCommande.OPTION_INVALIDE).isEqualTo(2);
		assertThat(capture.toString(java.nio.charset.StandardCharsets.UTF_8))
			.contains("Erreur : --seuil-secret doit valoir au moins 2 : en dessous, une cellule d'un seul agent serait "
					+ "publiée");
	}

	@Test
	void laPlanificationAttendUneExpressionCronValide() throws Exception {
		assertThatThrownBy(() -> Options.lire(
				options("annee", "2024", "entree", "input-samples", "planification", "tous les mois"), List.of()))
			.hasMessageContaining("expression cron");
		Options o = Options.lire(options("annee", "2024", "entree", "input-samples", "planification", "0 0 2 1 * *",
				"sans-pdf", null, "date-publication", "15/03/2025"), List.of());
		assertThat(o.planification()).isEqualTo("0 0 2 1 * *");
		assertThat(o.sansPdf()).isTrue();
		assertThat(o.datePublication()).isEqualTo(java.time.LocalDate.of(2025, 3, 15));
		assertThat(o.sortie()).isAbsolute();
	}

}
