package fr.cdg.rsu.batch;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import fr.cdg.rsu.sortie.CsvTableur;
import fr.cdg.rsu.sortie.EcritureAtomique;
import fr.cdg.rsu.stockage.DepotCampagne;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Le bilan de la campagne : {@code rejets.csv}, {@code avertissements.csv} et {@code rapport-execution.json} (lignes
 * lues, utilisées et rejetées par fichier et par employeur, avertissements, durées). Les comptes se réconcilient :
 * lues = utilisées + rejetées pour chaque fichier et chaque employeur. Le résumé est aussi rangé dans le contexte du
 * job pour l'écran de fin.
 */
class BilanCampagne implements Tasklet {

	static final String RESUME_LUES = "resume.lues";

	static final String RESUME_UTILISEES = "resume.utilisees";

	static final String RESUME_REJETEES = "resume.rejetees";

	static final String RESUME_EMPLOYEURS = "resume.employeurs";

	static final String RESUME_ECHECS = "resume.echecs";

	static final String RESUME_AVERTISSEMENTS = "resume.avertissements";

	static final String RESUME_NOMS = "resume.noms";

	static final String RESUME_COLONNES_INCONNUES = "resume.colonnesInconnues";

	static final String RESUME_FICHIERS_MANQUANTS = "resume.fichiersManquants";

	/** Employeurs nommés à l'écran de fin ; les autres sont dans rapport-execution.json. */
	static final int NOMS_AFFICHES = 10;

	private final DepotCampagne depot;

	private final ParametresCampagne parametres;

	BilanCampagne(DepotCampagne depot, ParametresCampagne parametres) {
		this.depot = depot;
		this.parametres = parametres;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
		JobExecution job = chunkContext.getStepContext().getStepExecution().getJobExecution();
		long campagne = job.getJobInstanceId();
		JdbcTemplate jdbc = depot.jdbc();
		Path dossier = parametres.dossierAnnee();

		// pour le service RH, qui les ouvre dans un tableur : point-virgule, UTF-8 avec BOM (CsvTableur)
		Map<String, Map<String, String>> libelles = depot.libellesDeColonnes(campagne);
		EcritureAtomique.ecrire(dossier.resolve("rejets.csv"), out -> {
			try (CsvTableur csv = CsvTableur.ouvrir(out, "fichier", "ligne", "colonne", "valeur", "motif")) {
				jdbc.query("SELECT r.FICHIER, r.LIGNE, r.COLONNE, r.VALEUR, r.MOTIF FROM RSU_REJET r LEFT JOIN RSU_FICHIER f "
						+ "ON f.CAMPAGNE = r.CAMPAGNE AND f.FICHIER = r.FICHIER WHERE r.CAMPAGNE = ? ORDER BY f.RANG, r.LIGNE",
						rs -> {
							String fichier = rs.getString(1);
							String colonne = rs.getString(3);
							// la colonne telle que l'en-tête du fichier la nomme, même pour un rejet décidé au calcul
							csv.ligne(fichier, Long.toString(rs.getLong(2)),
									libelles.getOrDefault(fichier, Map.of()).getOrDefault(colonne, colonne),
									rs.getString(4), rs.getString(5));
						}, campagne);
			}
		});
		EcritureAtomique.ecrire(dossier.resolve("avertissements.csv"), out -> {
			try (CsvTableur csv = CsvTableur.ouvrir(out, "siret", "type", "matricule", "message")) {
				jdbc.query("SELECT SIRET, TYPE_AVERTISSEMENT, MATRICULE, MESSAGE FROM RSU_AVERTISSEMENT WHERE CAMPAGNE = ? "
						+ "ORDER BY SIRET, TYPE_AVERTISSEMENT", rs -> {
							csv.ligne(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4));
						}, campagne);
			}
		});

		Map<String, Object> rapport = new LinkedHashMap<>();
		rapport.put("annee", parametres.annee());
		rapport.put("entree", parametres.entree().toString());
		rapport.put("sortie", parametres.sortie().toString());
		rapport.put("campagne", campagne);
		rapport.put("debut", String.valueOf(job.getStartTime()));
		rapport.put("fin", LocalDateTime.now().toString());
		Map<String, Object> options = new LinkedHashMap<>();
		options.put("seuil_secret", parametres.seuilSecret());
		options.put("sans_pdf", parametres.sansPdf());
		options.put("profil", parametres.profil() == null ? null : parametres.profil().toString());
		options.put("empreinte_entrees", parametres.empreinte());
		rapport.put("options", options);

		List<Map<String, Object>> fichiers = new ArrayList<>();
		List<String> colonnesInconnues = new ArrayList<>();
		long[] totaux = new long[3];
		jdbc.query("SELECT f.FICHIER, f.TYPE_FICHIER, f.DETECTION, f.PROFIL, f.COLONNES_INCONNUES, f.LUES, f.VIDES, "
				+ "(SELECT COUNT(*) FROM RSU_REJET r WHERE r.CAMPAGNE = f.CAMPAGNE AND r.FICHIER = f.FICHIER) "
				+ "FROM RSU_FICHIER f WHERE f.CAMPAGNE = ? ORDER BY f.RANG", rs -> {
					Map<String, Object> f = new LinkedHashMap<>();
					long lues = rs.getLong(6);
					long rejetees = rs.getLong(8);
					f.put("fichier", rs.getString(1));
					f.put("type", rs.getString(2));
					f.put("detection", rs.getString(3));
					f.put("profil", rs.getString(4));
					String inconnues = rs.getString(5);
					f.put("colonnes_inconnues", inconnues.isEmpty() ? List.of() : List.of(inconnues.split(" \\| ")));
					if (!inconnues.isEmpty()) {
						for (String c : inconnues.split(" \\| ")) {
							colonnesInconnues.add("« " + c + " » dans " + rs.getString(1));
						}
					}
					f.put("lues", lues);
					f.put("utilisees", lues - rejetees);
					f.put("rejetees", rejetees);
					f.put("lignes_vides_ignorees", rs.getLong(7));
					fichiers.add(f);
					totaux[0] += lues;
					totaux[1] += lues - rejetees;
					totaux[2] += rejetees;
				}, campagne);
		rapport.put("fichiers", fichiers);
		Map<String, Object> total = new LinkedHashMap<>();
		total.put("lues", totaux[0]);
		total.put("utilisees", totaux[1]);
		total.put("rejetees", totaux[2]);
		rapport.put("total", total);
		String ignores = CampagneRsuConfiguration.noteDEtape(job, "lecture", "fichiersIgnores");
		rapport.put("fichiers_ignores", ignores.isEmpty() ? List.of() : List.of(ignores.split(" \\| ")));
		String dsn = CampagneRsuConfiguration.noteDEtape(job, "lecture", LecteurCampagne.RAPPORT_DSN);
		if (!dsn.isEmpty()) {
			// déclarations lues, remplacées, supplantées, sautées ; mois présents et manquants ; estimations
			rapport.put("dsn", JsonMapper.builder().build().readTree(dsn));
		}

		List<Map<String, Object>> employeurs = employeurs(jdbc, campagne);
		Map<String, String> noms = new TreeMap<>();
		for (var e : depot.employeurs(campagne)) {
			noms.put(e.collectivite().siret(), e.collectivite().nom());
		}
		for (Map<String, Object> e : employeurs) {
			String nom = noms.get((String) e.get("siret"));
			if (nom != null) {
				e.put("nom", nom);
			}
		}
		List<String> manquants = LecteurCampagne.transmis(job).phrases(parametres.siret());
		rapport.put("fichiers_manquants", manquants);
		rapport.put("employeurs", employeurs);
		long echecs = employeurs.stream().filter(e -> !e.get("echecs").equals(List.of())).count();

		Map<String, Object> etapes = new LinkedHashMap<>();
		for (StepExecution s : job.getStepExecutions()) {
			if (s.getStartTime() != null && !s.getStepName().contains(":")) {
				Duration d = Duration.between(s.getStartTime(),
						s.getEndTime() == null ? LocalDateTime.now() : s.getEndTime());
				etapes.put(s.getStepName(), d.toMillis() / 1000.0);
			}
		}
		rapport.put("durees_secondes", etapes);

		JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
		EcritureAtomique.ecrire(dossier.resolve("rapport-execution.json"), out -> json.writeValue(out, rapport));

		var contexte = job.getExecutionContext();
		contexte.putLong(RESUME_LUES, totaux[0]);
		contexte.putLong(RESUME_UTILISEES, totaux[1]);
		contexte.putLong(RESUME_REJETEES, totaux[2]);
		contexte.putLong(RESUME_EMPLOYEURS, employeurs.size());
		contexte.putLong(RESUME_ECHECS, echecs);
		long avertissements = 0;
		for (Map<String, Object> e : employeurs) {
			@SuppressWarnings("unchecked")
			Map<String, Long> parType = (Map<String, Long>) e.get("avertissements");
			avertissements += parType.values().stream().mapToLong(Long::longValue).sum();
		}
		contexte.putLong(RESUME_AVERTISSEMENTS, avertissements);
		contexte.putString(RESUME_NOMS, String.join("\n", noms.entrySet()
			.stream()
			.limit(NOMS_AFFICHES)
			.map(e -> e.getValue().equals("Employeur " + e.getKey()) ? e.getKey() + " (nom inconnu)"
					: e.getValue() + " (" + e.getKey() + ")")
			.toList()));
		contexte.putString(RESUME_COLONNES_INCONNUES, String.join("\n", colonnesInconnues));
		contexte.putString(RESUME_FICHIERS_MANQUANTS, String.join("\n", manquants));
		return RepeatStatus.FINISHED;
	}

	/** Comptes par employeur et par sorte de fichier, avertissements par type, sort de chaque étape. */
	private List<Map<String, Object>> employeurs(JdbcTemplate jdbc, long campagne) {
		Map<String, Map<String, Object>> parSiret = new TreeMap<>();
		Map<String, String> tables = new java.util.HashMap<>(Map.of("agents", "RSU_AGENT", "absences", "RSU_ABSENCE",
				"remunerations", "RSU_PAIE", "collectivites", "RSU_COLLECTIVITE"));
		for (var f : fr.cdg.rsu.domaine.themes.FichierFacultatif.values()) {
			tables.put(f.nom(), DepotCampagne.sourceFacultative(f));
		}
		Map<String, Map<String, long[]>> comptes = new TreeMap<>();
		for (var t : tables.entrySet()) {
			depot.lignesParSiret(campagne, t.getValue())
				.forEach((siret, n) -> comptes.computeIfAbsent(siret, s -> new TreeMap<>())
					.computeIfAbsent(t.getKey(), k -> new long[3])[0] += n);
		}
		// [0] acceptées à la lecture, [1] rejetées à la lecture, [2] rejetées au calcul
		jdbc.query("SELECT r.SIRET, f.TYPE_FICHIER, r.AU_CALCUL, COUNT(*) FROM RSU_REJET r JOIN RSU_FICHIER f "
				+ "ON f.CAMPAGNE = r.CAMPAGNE AND f.FICHIER = r.FICHIER WHERE r.CAMPAGNE = ? "
				+ "GROUP BY r.SIRET, f.TYPE_FICHIER, r.AU_CALCUL", rs -> {
					String siret = rs.getString(1) == null ? "(SIRET inconnu)" : rs.getString(1);
					long[] c = comptes.computeIfAbsent(siret, s -> new TreeMap<>())
						.computeIfAbsent(rs.getString(2), k -> new long[3]);
					c[rs.getBoolean(3) ? 2 : 1] += rs.getLong(4);
				}, campagne);
		Map<String, Map<String, Long>> themesParSiret = depot.themes(campagne);
		for (var e : comptes.entrySet()) {
			Map<String, Object> employeur = new LinkedHashMap<>();
			employeur.put("siret", e.getKey());
			for (var sorte : e.getValue().entrySet()) {
				long[] c = sorte.getValue();
				Map<String, Object> m = new LinkedHashMap<>();
				m.put("lues", c[0] + c[1]);
				m.put("utilisees", c[0] - c[2]);
				m.put("rejetees", c[1] + c[2]);
				employeur.put(sorte.getKey(), m);
			}
			Map<String, Long> themes = themesParSiret.get(e.getKey());
			if (themes != null) {
				// ce que les documents de l'employeur diront « non renseigné » : fichiers et colonnes facultatifs
				Map<String, Object> t = new LinkedHashMap<>();
				themes.forEach((theme, n) -> t.put(theme, n < 0 ? "non transmis" : n));
				employeur.put("themes_facultatifs", t);
			}
			employeur.put("avertissements", new TreeMap<String, Long>());
			employeur.put("echecs", new ArrayList<String>());
			parSiret.put(e.getKey(), employeur);
		}
		jdbc.query("SELECT SIRET, TYPE_AVERTISSEMENT, COUNT(*) FROM RSU_AVERTISSEMENT WHERE CAMPAGNE = ? "
				+ "GROUP BY SIRET, TYPE_AVERTISSEMENT", rs -> {
					Map<String, Object> employeur = parSiret.get(rs.getString(1));
					if (employeur != null) {
						@SuppressWarnings("unchecked")
						Map<String, Long> parType = (Map<String, Long>) employeur.get("avertissements");
						parType.put(rs.getString(2), rs.getLong(3));
					}
				}, campagne);
		jdbc.query("SELECT SIRET, ETAPE, MESSAGE FROM RSU_EMPLOYEUR_ETAPE WHERE CAMPAGNE = ? AND REUSSI = FALSE", rs -> {
			Map<String, Object> employeur = parSiret.get(rs.getString(1));
			if (employeur != null) {
				@SuppressWarnings("unchecked")
				List<String> echecs = (List<String>) employeur.get("echecs");
				echecs.add(rs.getString(2) + " : " + rs.getString(3));
			}
		}, campagne);
		return new ArrayList<>(parSiret.values());
	}

}
