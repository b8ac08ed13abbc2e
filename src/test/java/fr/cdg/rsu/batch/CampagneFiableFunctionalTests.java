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
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.cdg.rsu.rapport.TextePdf;
import fr.cdg.rsu.generateur.GenerateurLots;

/**
 * Ce qu'un planificateur et un service RH doivent pouvoir croire, sur le vrai programme
 * lancé dans son propre processus (base HSQLDB de fichier par défaut) : une année que les
 * données ne couvrent pas, un fichier manquant, un SIRET inconnu, la même campagne
 * relancée le même jour ou le lendemain, un arrêt demandé (SIGTERM), une base partagée où
 * une campagne est notée en cours.
 */
class CampagneFiableFunctionalTests {

	private static final Pattern PROGRESSION_CALCUL = Pattern.compile("calcul (\\d+)/(\\d+) ");

	private record Resultat(int code, String texte) {
	}

	/**
	 * Lance le programme ; si {@code arreterApres} est positif, lui envoie SIGTERM une
	 * fois ce nombre d'employeurs calculés.
	 */
	private static Resultat lancer(int arreterApres, String... options) throws Exception {
		List<String> commande = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
						System.getProperty("java.class.path"), "fr.cdg.rsu.RsuApplication"));
		commande.addAll(List.of(options));
		Process p = new ProcessBuilder(commande).redirectErrorStream(true).start();
		StringBuilder texte = new StringBuilder();
		boolean arrete = false;
		try (BufferedReader lecteur = new BufferedReader(
				new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
			String ligne;
			while ((ligne = lecteur.readLine()) != null) {
				texte.append(ligne).append('\n');
				Matcher m = PROGRESSION_CALCUL.matcher(ligne);
				if (arreterApres > 0 && !arrete && m.find() && Integer.parseInt(m.group(1)) >= arreterApres) {
					// SIGTERM, comme systemctl stop (Process.destroy fermerait aussi la
					// sortie que l'on lit)
					p.toHandle().destroy();
					arrete = true;
				}
			}
		}
		assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
		return new Resultat(p.exitValue(), texte.toString());
	}

	private static long calcules(String texte) {
		return texte.lines().filter(l -> PROGRESSION_CALCUL.matcher(l).find()).count();
	}

	@Test
	void uneAnneeQueLesDonneesNeCouvrentPasArreteLaCampagneEnDisantCeQuellesCouvrent(@TempDir Path sortie)
			throws Exception {
		Resultat r = lancer(-1, "--annee=2030", "--entree=input-samples", "--sortie=" + sortie, "--sans-pdf");
		assertThat(r.code()).as(r.texte()).isEqualTo(4);
		// les exemples 2024 : des absences qui commencent en 2023 (reliquats) et en 2024,
		// aucune en 2030
		assertThat(r.texte()).contains("les données ne couvrent pas l'année 2030")
			.contains("2024 : 1\u202f536")
			.contains("2030 : 0")
			.contains("--annee-hors-donnees")
			.doesNotContain("Exception");
		assertThat(sortie.resolve("2030").resolve("00000000100008")).doesNotExist();
		// 2023 : seuls 20 reliquats y commencent, contre 1 536 en 2024
		Resultat avant = lancer(-1, "--annee=2023", "--entree=input-samples", "--sortie=" + sortie, "--sans-pdf");
		assertThat(avant.code()).as(avant.texte()).isEqualTo(4);
		assertThat(avant.texte()).contains("2023 : 20, 2024 : 1\u202f536");
		// l'utilisateur dit qu'il le veut : la campagne est faite
		Resultat voulu = lancer(-1, "--annee=2030", "--entree=input-samples", "--sortie=" + sortie, "--sans-pdf",
				"--annee-hors-donnees");
		assertThat(voulu.code()).as(voulu.texte()).isZero();
	}

	@Test
	void unFichierManquantEstDitEtLesDocumentsDisentNonTransmisJamaisZero(@TempDir Path dossier) throws Exception {
		Path entree = Files.createDirectories(dossier.resolve("entree"));
		Files.copy(Path.of("input-samples/commune-100-agents/agents.csv"), entree.resolve("agents.csv"));
		Path sortie = dossier.resolve("sortie");
		Resultat r = lancer(-1, "--annee=2024", "--entree=" + entree, "--sortie=" + sortie);
		assertThat(r.code()).as(r.texte()).isZero();
		assertThat(r.texte()).contains("Attention : aucun fichier collectivites")
			.contains("Attention : aucun fichier absences à la racine de l'entrée")
			.contains("Attention : aucun fichier remunerations")
			.contains("00000000200006 (nom inconnu)");
		Path annee = sortie.resolve("2024");
		assertThat(Files.readString(annee.resolve("rapport-execution.json"))).contains("\"fichiers_manquants\"")
			.contains("aucun fichier absences");
		String absenteisme = TextePdf.texte(annee.resolve("00000000200006/synthese-absenteisme.pdf"));
		assertThat(absenteisme).contains("non transmis").doesNotContain("0,0 %").doesNotContain("0,00 %");
		assertThat(TextePdf.texte(annee.resolve("00000000200006/synthese-remunerations.pdf"))).contains("non transmis");
		// aucun indicateur d'absentéisme publié : pas un zéro que personne n'a déclaré
		assertThat(Files.readString(annee.resolve("00000000200006/indicateurs.csv"))).doesNotContain(",absenteisme,")
			.doesNotContain(",remunerations,");
	}

	@Test
	void unSiretInconnuDePdfSiretEstUneErreurDOption(@TempDir Path sortie) throws Exception {
		Resultat r = lancer(-1, "--annee=2024", "--entree=input-samples", "--sortie=" + sortie,
				"--pdf-siret=00000000999999");
		assertThat(r.code()).as(r.texte()).isEqualTo(2);
		assertThat(r.texte()).contains("--pdf-siret : 00000000999999 n'est pas un employeur des entrées")
			.contains("00000000100008");
		assertThat(sortie.resolve("2024").resolve("00000000100008")).doesNotExist();
	}

	/**
	 * La ligne de crontab du README (« 0 2 1 * * ./rsu ... --silencieux ») relancée le
	 * même jour, puis le lendemain (horloge fixée par {@code --rsu.horloge}) : « déjà
	 * faite » les deux fois ; un modèle modifié fait une nouvelle campagne.
	 */
	@Test
	void laMemeCommandeLeMemeJourOuLeLendemainEstDejaFaiteEtUnModeleModifieNon(@TempDir Path dossier) throws Exception {
		Path modeles = dossier.resolve("modeles");
		Files.createDirectories(modeles);
		try (Stream<Path> f = Files.list(Path.of("report-templates"))) {
			for (Path p : f.toList()) {
				Files.copy(p, modeles.resolve(p.getFileName()));
			}
		}
		Path sortie = dossier.resolve("sortie");
		String[] commune = { "--annee=2024", "--entree=input-samples", "--sortie=" + sortie, "--sans-pdf",
				"--modeles=" + modeles, "--silencieux" };
		Resultat premiere = lancer(-1, avec(commune, "--rsu.horloge=2026-12-02T02:00"));
		assertThat(premiere.code()).as(premiere.texte()).isZero();
		assertThat(premiere.texte()).contains("terminée");
		Resultat memeJour = lancer(-1, avec(commune, "--rsu.horloge=2026-12-02T23:50"));
		assertThat(memeJour.code()).isZero();
		assertThat(memeJour.texte()).contains("déjà faite");
		Resultat lendemain = lancer(-1, avec(commune, "--rsu.horloge=2026-12-03T00:10"));
		assertThat(lendemain.code()).isZero();
		assertThat(lendemain.texte()).as("la date du jour n'identifie pas la campagne").contains("déjà faite");
		Path charte = modeles.resolve("charte.yaml");
		Files.writeString(charte, Files.readString(charte)
			.replace("aucun agent concerné dans cette case", "aucun agent dans cette case"));
		Resultat modifie = lancer(-1, avec(commune, "--rsu.horloge=2026-12-03T00:20"));
		assertThat(modifie.code()).isZero();
		assertThat(modifie.texte()).as("un modèle modifié change la campagne")
			.doesNotContain("déjà faite")
			.contains("terminée");
	}

	@Test
	void unArretDemandeArreteALaFrontiereDUnEmployeurEtLaMemeCommandeReprend(@TempDir Path dossier) throws Exception {
		Path entree = dossier.resolve("entree");
		// 60 employeurs : un seul bloc de calcul (64), l'arrêt doit donc couper le bloc
		// entre deux employeurs
		new GenerateurLots().generer(new GenerateurLots.Demande(2024, 7L, 60, 3000, 4500, "csv", entree, "25"));
		Path sortie = dossier.resolve("sortie");
		String[] commande = { "--annee=2024", "--entree=" + entree, "--sortie=" + sortie, "--sans-pdf", "--fils=1",
				"--rsu.lignes-par-chargement=1" };
		Resultat arretee = lancer(10, commande);
		assertThat(arretee.code()).as(arretee.texte()).isEqualTo(5);
		assertThat(arretee.texte()).contains("Arrêt demandé").contains("arrêtée à la demande");
		assertThat(calcules(arretee.texte())).as("employeurs calculés avant l'arrêt").isBetween(10L, 59L);
		Resultat reprise = lancer(-1, commande);
		assertThat(reprise.code()).as(reprise.texte()).isZero();
		assertThat(reprise.texte()).contains("Reprise de la campagne 2024");
		assertThat(calcules(arretee.texte()) + calcules(reprise.texte())).as("chaque employeur calculé une fois")
			.isEqualTo(60);
	}

	/**
	 * Une base qui n'est pas un fichier verrouillé (ici HSQLDB sans fichier verrou, comme
	 * une base PostgreSQL partagée) : une campagne notée « en cours » tourne peut-être
	 * sur un autre poste, elle n'est pas reprise ; avec {@code --forcer-reprise}, elle
	 * l'est.
	 */
	@Test
	void surUneBasePartageeUneCampagneEnCoursNEstJamaisRepriseSansLeDemander(@TempDir Path dossier) throws Exception {
		Path entree = dossier.resolve("entree");
		new GenerateurLots().generer(new GenerateurLots.Demande(2024, 7L, 40, 2000, 3000, "csv", entree, "25"));
		Path sortie = dossier.resolve("sortie");
		String base = "--spring.datasource.url=jdbc:hsqldb:file:" + dossier.resolve("base/rsu")
				+ ";hsqldb.tx=mvcc;hsqldb.lock_file=false;shutdown=true";
		String[] commande = { "--annee=2024", "--entree=" + entree, "--sortie=" + sortie, "--sans-pdf", "--fils=1",
				"--rsu.lignes-par-chargement=1", base };
		// le premier poste meurt en plein calcul (SIGKILL) : la campagne reste notée en
		// cours dans la base
		List<String> premier = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
						System.getProperty("java.class.path"), "fr.cdg.rsu.RsuApplication"));
		premier.addAll(List.of(commande));
		Process p = new ProcessBuilder(premier).redirectErrorStream(true).start();
		try (BufferedReader lecteur = new BufferedReader(
				new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
			String ligne;
			while ((ligne = lecteur.readLine()) != null) {
				if (PROGRESSION_CALCUL.matcher(ligne).find()) {
					p.destroyForcibly();
					break;
				}
			}
		}
		assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
		Resultat second = lancer(-1, commande);
		assertThat(second.code()).as(second.texte()).isEqualTo(6);
		assertThat(second.texte()).contains("est en cours depuis le")
			.contains("n'est pas reprise ici")
			.contains("--forcer-reprise");
		Resultat force = lancer(-1, avec(commande, "--forcer-reprise"));
		assertThat(force.code()).as(force.texte()).isZero();
		assertThat(force.texte()).contains("Reprise de la campagne 2024");
	}

	private static String[] avec(String[] options, String... autres) {
		List<String> l = new ArrayList<>(List.of(options));
		l.addAll(List.of(autres));
		return l.toArray(String[]::new);
	}

}
