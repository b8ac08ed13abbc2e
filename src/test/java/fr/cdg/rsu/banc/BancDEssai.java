package fr.cdg.rsu.banc;

import fr.cdg.rsu.generateur.GenerateurLots;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Banc d'essai de rsu-syntheses : génère des lots (générateur du projet) à plusieurs
 * tailles, lance la vraie campagne ({@code target/rsu-syntheses.jar}) dans un processus
 * séparé par taille, mesure le temps de mur, le RSS maximal (VmHWM de /proc), le tas
 * maximal (journal GC), lit {@code rapport-execution.json} pour les durées par étape,
 * puis calcule les comptes d'absentéisme de base avec DuckDB sur les mêmes CSV, dans ce
 * processus, et compare.
 *
 * <p>
 * Lancé par le script {@code ./banc} (voir README, « Banc d'essai »). Options : <pre>
 * --tailles=departement,x3[,x10,national]   tailles à mesurer (défaut departement,x3)
 * --pdf                                     avec les documents (taille departement seulement ; national toujours sans)
 * --xlsx                                    mesure aussi la lecture XLSX (lot departement écrit en classeur)
 * --dsn                                     mesure aussi la lecture DSN (lot departement écrit en DSN mensuelles)
 * --xmx=2g  --xmx-national=1g               tas maximal du processus mesuré
 * --fils=N                                  --fils de la campagne (défaut : celui du programme)
 * --graine=42                               graine du générateur
 * --repetitions=1                           passes par taille (médianes dans le tableau)
 * --piles=60                                une capture de piles (jcmd Thread.print) toutes les N s (0 = aucune)
 * --limite=5400                             durée maximale d'une campagne en secondes (arrêtée au-delà)
 * --comparer=1000                           employeurs dont les indicateurs.csv sont comparés à DuckDB
 * --resultats=docs/banc-resultats.md        fichier Markdown écrit
 * --sans-duckdb                             pas de comparaison
 * </pre>
 */
public final class BancDEssai {

	static final int ANNEE = 2024;

	record Taille(String nom, int employeurs, int agents, int absences, String departement) {
	}

	static final Map<String, Taille> TAILLES = new LinkedHashMap<>();
	static {
		TAILLES.put("departement", new Taille("departement", 300, 20_000, 30_000, "25"));
		TAILLES.put("x3", new Taille("x3", 900, 60_000, 90_000, "25"));
		TAILLES.put("x10", new Taille("x10", 3_000, 200_000, 300_000, "25"));
		TAILLES.put("national", new Taille("national", 35_000, 2_000_000, 3_000_000, null));
	}

	/** Une passe mesurée. */
	static final class Mesure {

		String taille;

		String format;

		boolean pdf;

		String xmx;

		Path dossier;

		int code = -1;

		boolean arretee;

		double mur;

		long rssMaxKo;

		double tasAvantGcMaxMo;

		double tasApresGcMaxMo;

		double tasEngageMaxMo;

		Map<String, Double> etapes = new LinkedHashMap<>();

		Map<String, Long> lignesParFichier = new LinkedHashMap<>();

		long lignes;

		/**
		 * Lignes des quatre tables produites (agents, absences, rémunérations) : la DSN
		 * en lit bien plus.
		 */
		long lignesCanoniques;

		int employeurs;

		long pdfs;

		String chargeDebut;

		String chargeFin;

		String derniereLigne = "";

		List<String> piles = new ArrayList<>();

		Map<String, Integer> pointsChauds = new LinkedHashMap<>();

		// DuckDB
		double duckdb = -1;

		List<Double> duckdbPasses = List.of();

		long cellulesComparees;

		long cellulesIdentiques;

		Map<String, long[]> ecartsParIndicateur = new TreeMap<>();

		int employeursCompares;

	}

	private final Map<String, String> options;

	private final Path racine = Path.of("").toAbsolutePath();

	private final Path donnees;

	private final String java;

	private final String jcmd;

	BancDEssai(Map<String, String> options) {
		this.options = options;
		this.donnees = racine.resolve(options.getOrDefault("donnees", "bench-data"));
		Path home = Path.of(System.getProperty("java.home"));
		this.java = home.resolve("bin/java").toString();
		this.jcmd = home.resolve("bin/jcmd").toString();
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> o = new LinkedHashMap<>();
		for (String a : args) {
			if (!a.startsWith("--")) {
				throw new IllegalArgumentException("option inconnue : " + a);
			}
			int eg = a.indexOf('=');
			o.put(eg < 0 ? a.substring(2) : a.substring(2, eg), eg < 0 ? "" : a.substring(eg + 1));
		}
		new BancDEssai(o).lancer(String.join(" ", args));
	}

	void lancer(String ligneDeCommande) throws Exception {
		Path construit = racine.resolve(options.getOrDefault("jar", "target/rsu-syntheses.jar"));
		if (!Files.isRegularFile(construit)) {
			throw new IllegalStateException("programme introuvable : " + construit + " (mvn -DskipTests package)");
		}
		// copie privée : un « mvn package » pendant une longue mesure remplacerait le jar
		// sous le processus mesuré
		Path jar = donnees.resolve("resultats").resolve("rsu-syntheses-" + ProcessHandle.current().pid() + ".jar");
		Files.createDirectories(jar.getParent());
		Files.copy(construit, jar, StandardCopyOption.REPLACE_EXISTING);
		jar.toFile().deleteOnExit();
		long graine = Long.parseLong(options.getOrDefault("graine", "42"));
		int repetitions = Integer.parseInt(options.getOrDefault("repetitions", "1"));
		List<Mesure> mesures = new ArrayList<>();
		List<Mesure> toutes = new ArrayList<>();
		for (String nom : options.getOrDefault("tailles", "departement,x3").split(",")) {
			Taille t = TAILLES.get(nom.trim());
			if (t == null) {
				throw new IllegalArgumentException("taille inconnue : " + nom + " (" + TAILLES.keySet() + ")");
			}
			List<String> formats = new ArrayList<>(List.of("csv"));
			if (options.containsKey("xlsx") && t.nom().equals("departement")) {
				formats.add("xlsx");
			}
			if (options.containsKey("dsn") && t.nom().equals("departement")) {
				formats.add("dsn");
			}
			for (String format : formats) {
				Path lot = generer(t, format, graine);
				List<Mesure> passes = new ArrayList<>();
				for (int r = 0; r < repetitions; r++) {
					Mesure m = campagne(jar, t, format, lot, r);
					if (format.equals("csv") && !options.containsKey("sans-duckdb")) {
						duckdb(m, lot);
					}
					passes.add(m);
					toutes.add(m);
					System.out.println(ligneMarkdown(m));
				}
				mesures.add(mediane(passes));
			}
		}
		String rapport = rapport(ligneDeCommande, mesures, toutes, repetitions);
		System.out.println();
		System.out.println(rapport);
		Path md = racine.resolve(options.getOrDefault("resultats", "docs/banc-resultats.md"));
		Files.createDirectories(md.getParent());
		Files.writeString(md, rapport, StandardCharsets.UTF_8);
		System.out.println("Écrit : " + md);
	}

	// ---------------------------------------------------------------- données

	/**
	 * Lot réutilisé s'il a déjà été écrit avec la même demande (fichier témoin
	 * {@code .banc-lot}).
	 */
	Path generer(Taille t, String format, long graine) throws IOException {
		Path lot = donnees.resolve(t.nom() + "-" + format + (graine == 42 ? "" : "-g" + graine));
		GenerateurLots.Demande demande = new GenerateurLots.Demande(ANNEE, graine, t.employeurs(), t.agents(),
				t.absences(), format, lot, t.departement());
		String temoin = demande.annee() + " " + graine + " " + t.employeurs() + " " + t.agents() + " " + t.absences()
				+ " " + format + " " + t.departement();
		Path fichierTemoin = lot.resolve(".banc-lot");
		if (Files.isRegularFile(fichierTemoin) && Files.readString(fichierTemoin).strip().equals(temoin)) {
			System.out.println("Lot réutilisé : " + lot);
			return lot;
		}
		System.out.println("Génération du lot " + t.nom() + " (" + format + ") dans " + lot + "...");
		long debut = System.nanoTime();
		new GenerateurLots().generer(demande);
		Files.writeString(fichierTemoin, temoin + "\n");
		System.out.printf(Locale.ROOT, "  écrit en %.1f s%n", (System.nanoTime() - debut) / 1e9);
		return lot;
	}

	// ---------------------------------------------------------------- campagne mesurée

	Mesure campagne(Path jar, Taille t, String format, Path lot, int passe) throws Exception {
		Mesure m = new Mesure();
		m.taille = t.nom();
		m.format = format;
		boolean national = t.nom().equals("national");
		m.pdf = options.containsKey("pdf") && t.nom().equals("departement") && format.equals("csv");
		m.xmx = national ? options.getOrDefault("xmx-national", "1g") : options.getOrDefault("xmx", "2g");
		Path dossier = donnees.resolve("resultats")
			.resolve(t.nom() + "-" + format + (m.pdf ? "-pdf" : "") + (passe == 0 ? "" : "-" + passe));
		m.dossier = dossier;
		Path sortie = dossier.resolve("sortie");
		supprimer(sortie);
		Path piles = dossier.resolve("piles");
		supprimer(piles);
		Files.createDirectories(piles);
		Path gc = dossier.resolve("gc.log");
		Files.deleteIfExists(gc);
		List<String> commande = new ArrayList<>(List.of(java, "-Xmx" + m.xmx, "-Xlog:gc:file=" + gc, "-jar",
				jar.toString(), "--annee=" + ANNEE, "--entree=" + lot, "--sortie=" + sortie));
		if (!m.pdf) {
			commande.add("--sans-pdf");
		}
		if (options.containsKey("fils")) {
			commande.add("--fils=" + options.get("fils"));
		}
		Files.writeString(dossier.resolve("commande.txt"), String.join(" ", commande) + "\n");
		Path journal = dossier.resolve("stdout.txt");
		System.out.println("Campagne " + t.nom() + " " + format + (m.pdf ? " avec PDF" : " sans PDF") + ", -Xmx" + m.xmx
				+ " : " + dossier);
		m.chargeDebut = charge();
		long limite = Long.parseLong(options.getOrDefault("limite", "5400"));
		long intervallePiles = Long.parseLong(options.getOrDefault("piles", "60"));
		long debut = System.nanoTime();
		Process p = new ProcessBuilder(commande).redirectErrorStream(true).redirectOutput(journal.toFile()).start();
		long prochainePile = intervallePiles > 0 ? Math.min(intervallePiles, 20) : Long.MAX_VALUE;
		Path status = Path.of("/proc", Long.toString(p.pid()), "status");
		while (!p.waitFor(200, TimeUnit.MILLISECONDS)) {
			try {
				for (String l : Files.readAllLines(status)) {
					if (l.startsWith("VmHWM:")) {
						m.rssMaxKo = Math.max(m.rssMaxKo, Long.parseLong(l.replaceAll("\\D", "")));
					}
				}
			}
			catch (IOException fini) {
				// processus terminé entre deux lectures
			}
			double ecoule = (System.nanoTime() - debut) / 1e9;
			if (ecoule >= prochainePile) {
				prochainePile += intervallePiles;
				Path f = piles.resolve(String.format(Locale.ROOT, "%05.0f.txt", ecoule));
				new ProcessBuilder(jcmd, Long.toString(p.pid()), "Thread.print").redirectErrorStream(true)
					.redirectOutput(f.toFile())
					.start()
					.waitFor(60, TimeUnit.SECONDS);
				m.piles.add(f.getFileName().toString());
			}
			if (ecoule > limite) {
				m.arretee = true;
				p.destroy();
				if (!p.waitFor(30, TimeUnit.SECONDS)) {
					p.destroyForcibly().waitFor();
				}
				break;
			}
		}
		m.mur = (System.nanoTime() - debut) / 1e9;
		m.code = p.exitValue();
		m.chargeFin = charge();
		lireGc(m, gc);
		lireRapport(m, sortie.resolve(Integer.toString(ANNEE)).resolve("rapport-execution.json"));
		compterSorties(m, sortie.resolve(Integer.toString(ANNEE)));
		List<String> lignes = Files.readAllLines(journal, StandardCharsets.UTF_8);
		for (int i = lignes.size() - 1; i >= 0; i--) {
			String l = lignes.get(i).strip();
			if (l.contains("calcul ") || l.contains("lecture") || l.contains("documents") || l.contains("Error")
					|| l.contains("Exception")) {
				m.derniereLigne = l;
				break;
			}
		}
		if (m.code != 0) {
			System.out.println("  code " + m.code + (m.arretee ? " (arrêtée à la limite de " + limite + " s)" : "")
					+ " ; dernière ligne utile : " + m.derniereLigne);
		}
		m.pointsChauds = pointsChauds(piles);
		return m;
	}

	static String charge() {
		try {
			String[] l = Files.readString(Path.of("/proc/loadavg")).split(" ");
			return l[0] + " " + l[1] + " " + l[2];
		}
		catch (IOException e) {
			return "?";
		}
	}

	private static final Pattern GC = Pattern.compile("(\\d+)([KMG])->(\\d+)([KMG])\\((\\d+)([KMG])\\)");

	static double mo(String n, String u) {
		double v = Double.parseDouble(n);
		return switch (u) {
			case "K" -> v / 1024;
			case "G" -> v * 1024;
			default -> v;
		};
	}

	static void lireGc(Mesure m, Path gc) throws IOException {
		if (!Files.isRegularFile(gc)) {
			return;
		}
		for (String l : Files.readAllLines(gc)) {
			Matcher x = GC.matcher(l);
			if (x.find()) {
				m.tasAvantGcMaxMo = Math.max(m.tasAvantGcMaxMo, mo(x.group(1), x.group(2)));
				m.tasApresGcMaxMo = Math.max(m.tasApresGcMaxMo, mo(x.group(3), x.group(4)));
				m.tasEngageMaxMo = Math.max(m.tasEngageMaxMo, mo(x.group(5), x.group(6)));
			}
		}
	}

	private static final Pattern DUREES = Pattern.compile("\"durees_secondes\"\\s*:\\s*\\{([^}]*)}");

	private static final Pattern PAIRE = Pattern.compile("\"([^\"]+)\"\\s*:\\s*([0-9.]+)");

	private static final Pattern FICHIER = Pattern.compile("\"type\"\\s*:\\s*\"([^\"]+)\"[^}]*?\"lues\"\\s*:\\s*(\\d+)",
			Pattern.DOTALL);

	static void lireRapport(Mesure m, Path json) throws IOException {
		if (!Files.isRegularFile(json)) {
			return;
		}
		String s = Files.readString(json, StandardCharsets.UTF_8);
		Matcher d = DUREES.matcher(s);
		if (d.find()) {
			Matcher p = PAIRE.matcher(d.group(1));
			while (p.find()) {
				m.etapes.put(p.group(1), Double.parseDouble(p.group(2)));
			}
		}
		int fin = s.indexOf("\"total\"");
		Matcher f = FICHIER.matcher(fin > 0 ? s.substring(0, fin) : s);
		while (f.find()) {
			m.lignesParFichier.merge(f.group(1), Long.parseLong(f.group(2)), Long::sum);
		}
		m.lignes = m.lignesParFichier.values().stream().mapToLong(Long::longValue).sum();
		int dsn = s.indexOf("\"dsn\"");
		if (dsn > 0) {
			Matcher c = CANONIQUES.matcher(s.substring(dsn));
			while (c.find()) {
				m.lignesCanoniques += Long.parseLong(c.group(1));
			}
		}
		else {
			m.lignesCanoniques = m.lignesParFichier.entrySet()
				.stream()
				.filter(e -> !e.getKey().equals("collectivites"))
				.mapToLong(Map.Entry::getValue)
				.sum();
		}
	}

	/**
	 * Les comptes de lignes produites de la partie DSN du rapport
	 * ({@code "agents" : 12}...).
	 */
	private static final Pattern CANONIQUES = Pattern.compile("\"(?:agents|absences|remunerations)\"\\s*:\\s*(\\d+)");

	static void compterSorties(Mesure m, Path annee) throws IOException {
		if (!Files.isDirectory(annee)) {
			return;
		}
		try (Stream<Path> s = Files.list(annee)) {
			for (Path d : (Iterable<Path>) s::iterator) {
				if (Files.isDirectory(d) && Files.isRegularFile(d.resolve("indicateurs.csv"))) {
					m.employeurs++;
					if (m.pdf) {
						try (Stream<Path> f = Files.list(d)) {
							m.pdfs += f.filter(x -> x.toString().endsWith(".pdf")).count();
						}
					}
				}
			}
		}
	}

	/**
	 * Première méthode du projet (sinon première trame) des fils RUNNABLE, comptée sur
	 * toutes les captures.
	 */
	static Map<String, Integer> pointsChauds(Path piles) throws IOException {
		Map<String, Integer> compte = new HashMap<>();
		List<Path> fichiers;
		try (Stream<Path> s = Files.list(piles)) {
			fichiers = s.sorted().toList();
		}
		for (Path f : fichiers) {
			List<String> l = Files.readAllLines(f, StandardCharsets.UTF_8);
			for (int i = 0; i < l.size(); i++) {
				if (!l.get(i).startsWith("\"") || i + 1 >= l.size()
						|| !l.get(i + 1).contains("java.lang.Thread.State: RUNNABLE")) {
					continue;
				}
				String fil = l.get(i);
				if (!(fil.startsWith("\"main\"") || fil.startsWith("\"rsu-") || fil.contains("batch"))) {
					continue;
				}
				String haut = null;
				String projet = null;
				for (int j = i + 2; j < l.size()
						&& (l.get(j).strip().startsWith("at ") || l.get(j).strip().startsWith("- ")); j++) {
					String t = l.get(j).strip();
					if (!t.startsWith("at ")) {
						continue;
					}
					t = t.substring(3).replaceAll("\\(.*", "");
					if (haut == null) {
						haut = t;
					}
					if (projet == null && t.startsWith("fr.cdg.rsu.")) {
						projet = t;
					}
				}
				if (haut != null) {
					compte.merge((projet == null ? "(hors projet)" : projet) + " ← " + haut, 1, Integer::sum);
				}
			}
		}
		Map<String, Integer> tri = new LinkedHashMap<>();
		compte.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
			.limit(12)
			.forEach(e -> tri.put(e.getKey(), e.getValue()));
		return tri;
	}

	// ---------------------------------------------------------------- DuckDB

	static final String REQUETE = """
			WITH ag AS (
			  SELECT siret, matricule, statut, CAST(date_entree AS DATE) AS entree, CAST(date_sortie AS DATE) AS sortie
			  FROM read_csv('%1$s', delim=';', header=true, all_varchar=true)),
			ab0 AS (
			  SELECT siret, matricule, motif, coalesce(prolongation, 'N') IN ('O', 'o', 'OUI', 'oui', '1', 'true') AS prol,
			         CAST(date_debut AS DATE) AS debut, CAST(date_fin AS DATE) AS fin
			  FROM read_csv('%2$s', delim=';', header=true, all_varchar=true)),
			-- un arrêt = une période non prolongation et les prolongations du même agent et motif qui la suivent
			ab1 AS (
			  SELECT *, sum(CASE WHEN prol THEN 0 ELSE 1 END) OVER (PARTITION BY siret, matricule, motif
			              ORDER BY debut ROWS UNBOUNDED PRECEDING) AS rang_arret
			  FROM ab0),
			ab AS (
			  SELECT siret, matricule, motif,
			         CASE WHEN rang_arret = 0 THEN 'orpheline ' || row_number() OVER ()
			              ELSE matricule || ' ' || motif || ' ' || rang_arret END AS arret,
			         greatest(debut, DATE '%3$d-01-01') AS d0,
			         least(coalesce(fin, DATE '%3$d-12-31'), DATE '%3$d-12-31') AS d1
			  FROM ab1),
			pop(statut, population) AS (VALUES
			  ('TITULAIRE','fonctionnaires'), ('STAGIAIRE','fonctionnaires'),
			  ('CONTRACTUEL_PERMANENT','contractuels_permanents'),
			  ('TITULAIRE','permanents'), ('STAGIAIRE','permanents'), ('CONTRACTUEL_PERMANENT','permanents'),
			  ('CONTRACTUEL_NON_PERMANENT','non_permanents'),
			  ('TITULAIRE','tous'), ('STAGIAIRE','tous'), ('CONTRACTUEL_PERMANENT','tous'),
			  ('CONTRACTUEL_NON_PERMANENT','tous')),
			grp(motif, groupe) AS (
			  SELECT m, g FROM (VALUES ('MO'), ('AT_SERVICE'), ('AT_TRAJET')) t(m),
			                   (VALUES ('compressible'), ('medical'), ('global')) u(g)
			  UNION ALL SELECT m, g FROM (VALUES ('CLM'), ('CLD'), ('CGM'), ('DOS'), ('MP')) t(m),
			                   (VALUES ('medical'), ('global')) u(g)
			  UNION ALL SELECT m, 'global' FROM (VALUES ('MATERNITE'), ('PATERNITE'), ('ADOPTION'), ('AUTRE')) t(m)),
			cellules_abs AS (
			  SELECT ab.siret, pop.population, grp.groupe,
			         sum(date_diff('day', ab.d0, ab.d1) + 1) AS jours,
			         count(DISTINCT ab.arret) AS arrets,
			         count(DISTINCT ab.matricule) AS agents_absents
			  FROM ab JOIN ag USING (siret, matricule) JOIN pop USING (statut) JOIN grp USING (motif)
			  WHERE ab.d0 <= ab.d1
			  GROUP BY ALL),
			effectifs AS (
			  SELECT siret, population, count(*) AS effectif
			  FROM ag JOIN pop USING (statut)
			  WHERE (entree IS NULL OR entree <= DATE '%3$d-12-31') AND (sortie IS NULL OR sortie >= DATE '%3$d-12-31')
			  GROUP BY ALL),
			cellules_eff AS (
			  SELECT e.siret, e.population, g.groupe, e.effectif
			  FROM effectifs e, (SELECT DISTINCT groupe FROM grp) g)
			SELECT coalesce(c.siret, e.siret) AS siret, coalesce(c.population, e.population) AS population,
			       coalesce(c.groupe, e.groupe) AS groupe, coalesce(c.jours, 0) AS jours,
			       coalesce(c.arrets, 0) AS arrets, coalesce(c.agents_absents, 0) AS agents_absents,
			       coalesce(e.effectif, 0) AS effectif
			FROM cellules_abs c FULL OUTER JOIN cellules_eff e USING (siret, population, groupe)
			""";

	static final List<String> INDICATEURS = List.of("jours", "arrets", "agents_absents", "effectif");

	/**
	 * Requête chronométrée (lecture des CSV comprise), puis comparaison avec nos
	 * indicateurs.csv.
	 */
	void duckdb(Mesure m, Path lot) throws Exception {
		String sql = String.format(Locale.ROOT, REQUETE, lot.resolve("agents.csv"), lot.resolve("absences.csv"), ANNEE);
		Map<String, long[]> duck = new HashMap<>();
		// chargement de la bibliothèque native hors chronométrage (le produit n'est pas
		// chronométré au démarrage)
		try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
			s.execute("SELECT 1");
		}
		List<Double> temps = new ArrayList<>();
		for (int passe = 0; passe < 3; passe++) {
			duck.clear();
			long debut = System.nanoTime();
			try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
					Statement s = c.createStatement();
					ResultSet rs = s.executeQuery(sql)) {
				while (rs.next()) {
					duck.put(rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3),
							new long[] { rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7) });
				}
			}
			temps.add((System.nanoTime() - debut) / 1e9);
		}
		m.duckdbPasses = temps;
		m.duckdb = temps.stream().sorted().toList().get(1);
		System.out.printf(Locale.ROOT, "  DuckDB : %s s (médiane %.2f s), %d cellules%n", temps, m.duckdb, duck.size());
		Files.writeString(lotResultat(m).resolve("duckdb.sql"), sql);

		// comparaison, sur au plus N employeurs (national : 35 000 fichiers d'environ 700
		// Ko)
		Path annee = lotResultat(m).resolve("sortie").resolve(Integer.toString(ANNEE));
		if (!Files.isDirectory(annee)) {
			return;
		}
		int max = Integer.parseInt(options.getOrDefault("comparer", "1000"));
		List<Path> employeurs;
		try (Stream<Path> s = Files.list(annee)) {
			employeurs = s.filter(d -> Files.isRegularFile(d.resolve("indicateurs.csv")))
				.sorted(Comparator.comparing(Path::toString))
				.limit(max)
				.toList();
		}
		Set<String> groupes = Set.of("compressible", "medical", "global");
		for (Path e : employeurs) {
			String siret = e.getFileName().toString();
			Map<String, long[]> nous = new HashMap<>();
			try (BufferedReader r = Files.newBufferedReader(e.resolve("indicateurs.csv"), StandardCharsets.UTF_8)) {
				String l;
				while ((l = r.readLine()) != null) {
					if (!l.contains(",absenteisme,")) {
						continue;
					}
					String[] c = l.split(",", -1);
					// siret,annee,theme,indicateur,population,groupe,dimension,modalite,num,den,valeur,secret
					int k = INDICATEURS.indexOf(c[3]);
					if (k < 0 || !groupes.contains(c[5]) || !c[6].equals("ensemble") || c[10].isEmpty()) {
						continue;
					}
					nous.computeIfAbsent(siret + "|" + c[4] + "|" + c[5], x -> new long[4])[k] = Math
						.round(Double.parseDouble(c[10]));
				}
			}
			Set<String> cles = new HashSet<>(nous.keySet());
			duck.keySet().stream().filter(x -> x.startsWith(siret + "|")).forEach(cles::add);
			for (String cle : cles) {
				long[] a = nous.getOrDefault(cle, new long[4]);
				long[] b = duck.getOrDefault(cle, new long[4]);
				for (int k = 0; k < 4; k++) {
					m.cellulesComparees++;
					long[] ecart = m.ecartsParIndicateur.computeIfAbsent(INDICATEURS.get(k), x -> new long[2]);
					ecart[0]++;
					if (a[k] == b[k]) {
						m.cellulesIdentiques++;
					}
					else {
						ecart[1]++;
					}
				}
			}
			m.employeursCompares++;
		}
	}

	Path lotResultat(Mesure m) {
		return m.dossier;
	}

	// ---------------------------------------------------------------- rapport

	static Mesure mediane(List<Mesure> passes) {
		if (passes.size() == 1) {
			return passes.get(0);
		}
		List<Mesure> tri = new ArrayList<>(passes);
		tri.sort(Comparator.comparingDouble(x -> x.mur));
		return tri.get(tri.size() / 2);
	}

	static String f(double v, int d) {
		return v < 0 || Double.isNaN(v) ? "—" : String.format(Locale.ROOT, "%,." + d + "f", v).replace(',', ' ');
	}

	static double etape(Mesure m, String nom) {
		return m.etapes.getOrDefault(nom, -1.0);
	}

	static String ligneMarkdown(Mesure m) {
		double lecture = etape(m, "lecture");
		double calcul = etape(m, "calcul");
		double documents = etape(m, "documents");
		double somme = m.etapes.values().stream().mapToDouble(Double::doubleValue).sum();
		return "| " + m.taille + " | " + m.format + (m.pdf ? " + PDF" : "") + " | " + m.xmx + " | "
				+ (m.code == 0 ? "ok" : (m.arretee ? "arrêtée" : "code " + m.code)) + " | " + f(m.lignes, 0) + " | "
				+ f(lecture, 1) + " | " + (lecture > 0 ? f(m.lignes / lecture, 0) : "—") + " | " + f(calcul, 1) + " | "
				+ (calcul > 0 ? f(m.employeurs / calcul, 1) : "—") + " | "
				+ (m.pdf ? (documents > 0 ? f(documents, 1) + " / " + f(m.pdfs / documents, 1)
						: "pas d'étape documents (" + m.pdfs + " PDF)") : "—")
				+ " | " + f(etape(m, "consolidation") + etape(m, "bilan"), 1) + " | "
				+ (m.etapes.isEmpty() ? "—" : f(m.mur - somme, 1)) + " | " + f(m.mur, 1) + " | "
				+ f(m.tasAvantGcMaxMo, 0) + " / " + f(m.tasApresGcMaxMo, 0) + " | " + f(m.rssMaxKo / 1024.0, 0) + " | "
				+ m.chargeDebut + " → " + m.chargeFin + " |";
	}

	String rapport(String ligneDeCommande, List<Mesure> mesures, List<Mesure> toutes, int repetitions)
			throws Exception {
		StringBuilder s = new StringBuilder();
		s.append("# Banc d'essai : résultats\n\n");
		s.append("Écrit par `./banc ")
			.append(ligneDeCommande)
			.append("` le ")
			.append(LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")))
			.append(" (heure de la machine). Code : `src/test/java/fr/cdg/rsu/banc/BancDEssai.java`.\n\n");
		s.append("## Machine\n\n");
		s.append("- processeur : ")
			.append(cpu())
			.append(" ; ")
			.append(Runtime.getRuntime().availableProcessors())
			.append(" cœurs vus par la JVM\n");
		s.append("- mémoire : ").append(memoire()).append("\n");
		s.append("- JDK de la campagne : ")
			.append(System.getProperty("java.vm.name"))
			.append(' ')
			.append(System.getProperty("java.runtime.version"))
			.append("\n");
		s.append("- système : ")
			.append(System.getProperty("os.name"))
			.append(' ')
			.append(System.getProperty("os.version"))
			.append("\n");
		s.append("- charge (1, 5, 15 min) à la fin : ")
			.append(charge())
			.append(" — machine partagée : voir la colonne charge de chaque passe\n\n");
		s.append("## Campagnes")
			.append(repetitions > 1 ? " (médiane de " + repetitions + " passes, par temps de mur)" : "")
			.append("\n\n");
		s.append(entete());
		for (Mesure m : mesures) {
			s.append(ligneMarkdown(m)).append('\n');
		}
		if (repetitions > 1) {
			s.append("\nToutes les passes :\n\n").append(entete());
			for (Mesure m : toutes) {
				s.append(ligneMarkdown(m)).append('\n');
			}
		}
		s.append(
				"""

						- lignes/s = lignes lues (tous fichiers : collectivités, agents, absences, rémunérations) / durée de l'étape
						  `lecture` ; la ligne `xlsx` mesure le même lot écrit en classeur ;
						- employeurs/s = employeurs écrits / durée de l'étape `calcul` ; PDF/s = PDF écrits / durée de l'étape
						  `documents` (si cette étape existe dans le programme mesuré) ;
						- « hors étapes » = mur − somme des étapes de `rapport-execution.json` : démarrage de la JVM et de Spring,
						  préparation de la campagne (empreinte des entrées, base), arrêt ;
						- tas = maximum du tas occupé avant / après un GC (journal `-Xlog:gc`) ; RSS = VmHWM de /proc.

						""");
		if (mesures.stream().anyMatch(m -> m.format.equals("dsn"))) {
			s.append("## DSN et CSV côte à côte (même lot du générateur)\n\n");
			s.append(
					"""
							Le même lot écrit une fois en exports CSV, une fois en DSN mensuelles (`--format=dsn` du générateur :
							12 mois et janvier suivant par employeur). La DSN lit bien plus de lignes pour les mêmes données (une
							rubrique par ligne, chaque agent redéclaré chaque mois) : on donne les lignes lues par seconde et les
							lignes canoniques produites (agents, absences, rémunérations) par seconde de l'étape `lecture`.

							| format | lignes lues | lecture (s) | lignes lues/s | lignes produites | lignes produites/s | tas max après GC (Mo) | RSS max (Mo) | mur (s) |
							|---|---|---|---|---|---|---|---|---|
							""");
			for (Mesure m : mesures) {
				if (!m.taille.equals("departement") || m.format.equals("xlsx")) {
					continue;
				}
				double lecture = etape(m, "lecture");
				s.append("| ")
					.append(m.format)
					.append(" | ")
					.append(f(m.lignes, 0))
					.append(" | ")
					.append(f(lecture, 1))
					.append(" | ")
					.append(lecture > 0 ? f(m.lignes / lecture, 0) : "—")
					.append(" | ")
					.append(f(m.lignesCanoniques, 0))
					.append(" | ")
					.append(lecture > 0 ? f(m.lignesCanoniques / lecture, 0) : "—")
					.append(" | ")
					.append(f(m.tasApresGcMaxMo, 0))
					.append(" | ")
					.append(f(m.rssMaxKo / 1024.0, 0))
					.append(" | ")
					.append(f(m.mur, 1))
					.append(" |\n");
			}
			s.append('\n');
		}
		s.append(
				"## Linéarité\n\n| taille | lignes | mur (s) | lecture + calcul (s) | µs par ligne (lecture + calcul) |\n|---|---|---|---|---|\n");
		for (Mesure m : mesures) {
			if (m.format.equals("csv") && m.lignes > 0) {
				double lc = etape(m, "lecture") + etape(m, "calcul");
				s.append("| ")
					.append(m.taille)
					.append(" | ")
					.append(f(m.lignes, 0))
					.append(" | ")
					.append(f(m.mur, 1))
					.append(" | ")
					.append(f(lc, 1))
					.append(" | ")
					.append(f(lc * 1e6 / m.lignes, 0))
					.append(" |\n");
			}
		}
		s.append("\n## DuckDB côte à côte\n\n");
		s.append(
				"""
						La même question posée à DuckDB (`org.duckdb:duckdb_jdbc` 2.0.0.1, base en mémoire, dans le processus du
						banc, après la campagne, lecture des CSV comprise, chargement de la bibliothèque native exclu) : par employeur × population × groupe (compressible,
						médical, global), jours dans l'année, arrêts (arrêts ayant au moins un jour dans l'année ; une prolongation rejoint l'arrêt précédent du même agent et motif, par fenêtre SQL), agents absents distincts, effectif au 31/12. **Sans résolution des chevauchements** (le produit,
						lui, les résout) : quelques cellules peuvent différer ; le décompte des cellules identiques vérifie les deux.
						Ratio = (lecture + calcul du produit) / DuckDB ; objectif ≤ 2. Le travail fait après l'étape lecture
						(`LecteurCampagne.afterStep`) n'est compté dans aucune étape : la colonne « mur / DuckDB » le contient. La requête est écrite à côté des résultats
						(`bench-data/resultats/<taille>-csv/duckdb.sql`).

						| taille | lecture + calcul RSU (s) | DuckDB, médiane de 3 (s) | ratio | mur RSU / DuckDB | employeurs comparés | cellules identiques | écarts par indicateur |
						|---|---|---|---|---|---|---|---|
						""");
		for (Mesure m : mesures) {
			if (m.duckdb < 0) {
				continue;
			}
			double lc = etape(m, "lecture") + etape(m, "calcul");
			StringBuilder e = new StringBuilder();
			m.ecartsParIndicateur
				.forEach((k, v) -> e.append(k).append(' ').append(v[1]).append('/').append(v[0]).append("; "));
			s.append("| ")
				.append(m.taille)
				.append(" | ")
				.append(lc > 0 ? f(lc, 1) : "—")
				.append(" | ")
				.append(f(m.duckdb, 2))
				.append(" (")
				.append(m.duckdbPasses.stream().map(x -> f(x, 2)).reduce((a, b) -> a + ", " + b).orElse(""))
				.append(")")
				.append(" | ")
				.append(lc > 0 ? f(lc / m.duckdb, 1) + " ×" : "—")
				.append(" | ")
				.append(f(m.mur / m.duckdb, 1))
				.append(" × | ")
				.append(m.employeursCompares)
				.append(" | ")
				.append(m.cellulesComparees == 0 ? "—"
						: f(m.cellulesIdentiques, 0) + " / " + f(m.cellulesComparees, 0) + " ("
								+ f(100.0 * m.cellulesIdentiques / m.cellulesComparees, 2) + " %)")
				.append(" | ")
				.append(e)
				.append(" |\n");
		}
		s.append("\n## Points chauds (captures `jcmd Thread.print`, fils RUNNABLE du programme)\n\n");
		for (Mesure m : toutes) {
			if (m.pointsChauds.isEmpty()) {
				continue;
			}
			s.append("**")
				.append(m.taille)
				.append(' ')
				.append(m.format)
				.append("** (")
				.append(m.piles.size())
				.append(" captures : ")
				.append(String.join(", ", m.piles))
				.append(")\n\n| fils × captures | première méthode du projet ← sommet de pile |\n|---|---|\n");
			m.pointsChauds.forEach((k, v) -> s.append("| ").append(v).append(" | `").append(k).append("` |\n"));
			s.append('\n');
		}
		for (Mesure m : toutes) {
			if (m.code != 0) {
				s.append("**Échec ")
					.append(m.taille)
					.append(' ')
					.append(m.format)
					.append("** : code ")
					.append(m.code)
					.append(m.arretee ? " (arrêtée à la limite)" : "")
					.append(", dernière ligne : `")
					.append(m.derniereLigne.replace('`', '\''))
					.append("`\n\n");
			}
		}
		return s.toString();
	}

	static String entete() {
		return "| taille | format | -Xmx | fin | lignes lues | lecture (s) | lignes/s | calcul (s) | employeurs/s | documents (s) / PDF/s | consolidation + bilan (s) | hors étapes (s) | mur (s) | tas max avant / après GC (Mo) | RSS max (Mo) | charge 1/5/15 min début → fin |\n"
				+ "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n";
	}

	static String cpu() {
		try {
			return Files.readAllLines(Path.of("/proc/cpuinfo"))
				.stream()
				.filter(l -> l.startsWith("model name"))
				.findFirst()
				.map(l -> l.replaceAll(".*:\\s*", ""))
				.orElse("?");
		}
		catch (IOException e) {
			return "?";
		}
	}

	static String memoire() {
		try {
			return Files.readAllLines(Path.of("/proc/meminfo"))
				.stream()
				.filter(l -> l.startsWith("MemTotal"))
				.findFirst()
				.map(l -> f(Long.parseLong(l.replaceAll("\\D", "")) / 1024.0 / 1024.0, 1) + " Gio")
				.orElse("?");
		}
		catch (IOException e) {
			return "?";
		}
	}

	static void supprimer(Path p) throws IOException {
		if (!Files.exists(p)) {
			return;
		}
		try (Stream<Path> s = Files.walk(p)) {
			for (Path x : s.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(x);
			}
		}
	}

}
