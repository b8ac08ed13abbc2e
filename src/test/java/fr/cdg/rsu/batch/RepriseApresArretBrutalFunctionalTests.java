package fr.cdg.rsu.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import fr.cdg.rsu.generateur.GenerateurLots;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Le processus est tué net (SIGKILL, comme une coupure) au milieu du calcul ; la même commande relancée reprend la
 * campagne sans refaire les employeurs terminés, et les sorties finales sont identiques à celles d'une campagne
 * ininterrompue. Le programme tourne dans un vrai processus à part, sur la base HSQLDB de fichier par défaut.
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

		// la campagne tuée puis reprise charge ses employeurs un par un (rsu.lignes-par-chargement=1), la référence
		// jusqu'à 60 000 lignes d'un coup : les deux chemins doivent donner les mêmes fichiers
		Path reprise = dossier.resolve("reprise");
		// tuée aux deux tiers : le calcul se fait par blocs (une transaction par bloc d'employeurs d'une partition) et
		// le journal de la base est écrit toutes les 100 ms ; les blocs terminés avant le dernier sont donc acquis
		Resultat tuee = executer(entree, reprise, 40, "--rsu.lignes-par-chargement=1");
		assertThat(tuee.tue()).as("le processus a été tué avant la fin").isTrue();

		Resultat reprisee = executer(entree, reprise, -1, "--rsu.lignes-par-chargement=1");
		assertThat(reprisee.code()).isZero();
		assertThat(reprisee.sortie()).contains("Reprise de la campagne 2024");
		long refaits = reprisee.sortie().lines().filter(l -> PROGRESSION_CALCUL.matcher(l).find()).count();
		assertThat(refaits).as("employeurs calculés à la reprise").isLessThan(60);

		assertThat(contenus(reprise.resolve("2024"))).isEqualTo(contenus(reference.resolve("2024")));
		try (Stream<Path> fichiers = Files.walk(reprise)) {
			assertThat(fichiers.filter(p -> p.toString().endsWith(".en-cours"))).isEmpty();
		}

		Resultat encore = executer(entree, reprise, -1);
		assertThat(encore.code()).isZero();
		assertThat(encore.sortie()).contains("déjà faite");
	}

	/**
	 * Les fichiers de résultats et leur contenu, hors rapport d'exécution (il date et chronomètre la campagne) ; un
	 * classeur par le texte de ses cellules (son horodatage interne change d'une écriture à l'autre).
	 */
	private static Map<String, String> contenus(Path annee) throws IOException {
		Map<String, String> contenus = new TreeMap<>();
		try (Stream<Path> fichiers = Files.walk(annee)) {
			for (Path f : fichiers.filter(Files::isRegularFile).toList()) {
				if (!f.getFileName().toString().equals("rapport-execution.json")) {
					contenus.put(annee.relativize(f).toString(),
							f.toString().endsWith(".xlsx") ? cellules(f) : Files.readString(f));
				}
			}
		}
		assertThat(contenus).hasSizeGreaterThan(60);
		return contenus;
	}

	private static String cellules(Path classeur) throws IOException {
		StringBuilder sb = new StringBuilder();
		try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(classeur))) {
			for (var feuille : wb) {
				sb.append(feuille.getSheetName()).append('\n');
				for (var ligne : feuille) {
					for (var cellule : ligne) {
						sb.append(cellule).append(';');
					}
					sb.append('\n');
				}
			}
		}
		return sb.toString();
	}

	private record Resultat(int code, String sortie, boolean tue) {
	}

	/**
	 * Lance la campagne dans un processus Java à part ; si {@code tuerApres} est positif, le tue (SIGKILL) dès que ce
	 * nombre d'employeurs est calculé.
	 */
	private static Resultat executer(Path entree, Path sortie, int tuerApres, String... options) throws Exception {
		List<String> commande = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-cp", System.getProperty("java.class.path"), "fr.cdg.rsu.RsuApplication", "--annee=2024",
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
