package fr.cdg.rsu.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import fr.cdg.rsu.generateur.GenerateurLots;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Le processus est tué net (SIGKILL, comme une coupure) au milieu du calcul ; la même
 * commande relancée reprend la campagne sans refaire les employeurs terminés, et les
 * sorties finales sont identiques à celles d'une campagne ininterrompue. Le programme
 * tourne dans un vrai processus à part, sur la base HSQLDB de fichier par défaut. Le même
 * scénario, vite et dans la JVM des tests (arrêt demandé au lieu de SIGKILL) :
 * {@link RepriseDansLaJvmFunctionalTests}.
 */
class RepriseApresArretBrutalFunctionalTests {

	private static final Pattern PROGRESSION_CALCUL = Pattern.compile("calcul (\\d+)/(\\d+) ");

	@Test
	void laMemeCommandeRepritLaCampagneTueeEtDonneLesMemesSorties(@TempDir Path dossier) throws Exception {
		Path entree = dossier.resolve("entree");
		// 60 employeurs d'un département fictif : assez pour tuer le calcul en son milieu
		new GenerateurLots().generer(new GenerateurLots.Demande(2024, 7L, 60, 3000, 4500, "csv", entree, "25"));

		Path reference = dossier.resolve("reference");
		Resultat ininterrompue = executer(entree, reference, -1);
		assertThat(ininterrompue.code()).isZero();

		// la campagne tuée puis reprise charge ses employeurs un par un
		// (rsu.lignes-par-chargement=1), la référence
		// jusqu'à 60 000 lignes d'un coup : les deux chemins doivent donner les mêmes
		// fichiers
		Path reprise = dossier.resolve("reprise");
		// tuée aux deux tiers : le calcul se fait par blocs (une transaction par bloc
		// d'employeurs d'une partition) et
		// le journal de la base est écrit toutes les 100 ms ; les blocs terminés avant le
		// dernier sont donc acquis
		Resultat tuee = executer(entree, reprise, 40, "--rsu.lignes-par-chargement=1");
		assertThat(tuee.tue()).as("le processus a été tué avant la fin").isTrue();

		Resultat reprisee = executer(entree, reprise, -1, "--rsu.lignes-par-chargement=1");
		assertThat(reprisee.code()).isZero();
		assertThat(reprisee.sortie()).contains("Reprise de la campagne 2024");
		long refaits = reprisee.sortie().lines().filter(l -> PROGRESSION_CALCUL.matcher(l).find()).count();
		assertThat(refaits).as("employeurs calculés à la reprise").isLessThan(60);

		assertThat(ContenusDesSorties.lire(reprise.resolve("2024"), 60))
			.isEqualTo(ContenusDesSorties.lire(reference.resolve("2024"), 60));
		try (Stream<Path> fichiers = Files.walk(reprise)) {
			assertThat(fichiers.filter(p -> p.toString().endsWith(".en-cours"))).isEmpty();
		}

		Resultat encore = executer(entree, reprise, -1);
		assertThat(encore.code()).isZero();
		assertThat(encore.sortie()).contains("déjà faite");
	}

	private record Resultat(int code, String sortie, boolean tue) {
	}

	/**
	 * Lance la campagne dans un processus Java à part ; si {@code tuerApres} est positif,
	 * le tue (SIGKILL) dès que ce nombre d'employeurs est calculé.
	 */
	private static Resultat executer(Path entree, Path sortie, int tuerApres, String... options) throws Exception {
		List<String> commande = new ArrayList<>(List.of(
				Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), "fr.cdg.rsu.RsuApplication", "--annee=2024",
				"--entree=" + entree, "--sortie=" + sortie, "--sans-pdf", "--fils=1", "--date-publication=01/03/2025"));
		commande.addAll(List.of(options));
		Process processus = new ProcessBuilder(commande).redirectErrorStream(true).start();
		StringBuilder texte = new StringBuilder();
		boolean tue = false;
		try (BufferedReader lecteur = new BufferedReader(
				new InputStreamReader(processus.getInputStream(), StandardCharsets.UTF_8))) {
			String ligne;
			while ((ligne = lecteur.readLine()) != null) {
				texte.append(ligne).append('\n');
				var m = PROGRESSION_CALCUL.matcher(ligne);
				if (tuerApres > 0 && m.find() && Integer.parseInt(m.group(1)) >= tuerApres) {
					processus.destroyForcibly();
					tue = true;
					break;
				}
			}
		}
		assertThat(processus.waitFor(5, TimeUnit.MINUTES)).isTrue();
		return new Resultat(processus.exitValue(), texte.toString(), tue);
	}

}
