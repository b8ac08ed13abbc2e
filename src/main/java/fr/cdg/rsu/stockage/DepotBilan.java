package fr.cdg.rsu.stockage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

import fr.cdg.rsu.domaine.themes.FichierFacultatif;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Ce que le bilan de la campagne relit des tables : rejets et avertissements ligne à
 * ligne (pour les fichiers du service RH), comptes par fichier et par employeur (pour
 * {@code rapport-execution.json}). Les comptes se réconcilient : lues = utilisées +
 * rejetées pour chaque fichier et chaque employeur.
 */
public final class DepotBilan {

	/**
	 * La table (ou la source facultative) de chaque sorte de fichier, pour les lignes
	 * acceptées par SIRET.
	 */
	private static final Map<String, String> TABLES = tables();

	private static Map<String, String> tables() {
		Map<String, String> tables = new TreeMap<>(Map.of("agents", "RSU_AGENT", "absences", "RSU_ABSENCE",
				"remunerations", "RSU_PAIE", "collectivites", "RSU_COLLECTIVITE"));
		for (FichierFacultatif f : FichierFacultatif.values()) {
			tables.put(f.nom(), DepotCampagne.sourceFacultative(f));
		}
		return Map.copyOf(tables);
	}

	/** Les rejets d'un SIRET illisible ou absent sont comptés sous ce nom. */
	public static final String SIRET_INCONNU = "(SIRET inconnu)";

	private final JdbcTemplate jdbc;

	private final DepotCampagne depot;

	DepotBilan(JdbcTemplate jdbc, DepotCampagne depot) {
		this.jdbc = jdbc;
		this.depot = depot;
	}

	/** Une ligne écartée, telle qu'enregistrée (la colonne sous son nom canonique). */
	public record RejetLu(String fichier, long ligne, String colonne, String valeur, String motif) {
	}

	/** Un avertissement de qualité, matricule compris (pour le service RH seulement). */
	public record AvertissementLu(String siret, String type, String matricule, String message) {
	}

	/** Les comptes d'un fichier lu. */
	public record ComptesFichier(String fichier, String type, String detection, String profil,
			List<String> colonnesInconnues, long lues, long rejetees, long vides) {

		public long utilisees() {
			return lues - rejetees;
		}

	}

	/**
	 * Les lignes d'un employeur dans une sorte de fichier : acceptées à la lecture,
	 * rejetées à la lecture, rejetées au calcul (acceptées d'abord, puis écartées :
	 * matricule inconnu, employeur sans agents...).
	 */
	public record ComptesSorte(long accepteesALaLecture, long rejeteesALaLecture, long rejeteesAuCalcul) {

		static final ComptesSorte AUCUNE = new ComptesSorte(0, 0, 0);

		public long lues() {
			return accepteesALaLecture + rejeteesALaLecture;
		}

		public long utilisees() {
			return accepteesALaLecture - rejeteesAuCalcul;
		}

		public long rejetees() {
			return rejeteesALaLecture + rejeteesAuCalcul;
		}

		ComptesSorte plus(long acceptees, long rejeteesLecture, long rejeteesCalcul) {
			return new ComptesSorte(accepteesALaLecture + acceptees, rejeteesALaLecture + rejeteesLecture,
					rejeteesAuCalcul + rejeteesCalcul);
		}

	}

	/**
	 * Le bilan d'un employeur : ses comptes par sorte de fichier, ses thèmes facultatifs
	 * (thème → lignes retenues, −1 pour un thème non transmis ; vide si l'employeur n'a
	 * pas été calculé), ses avertissements par type, ses étapes en échec.
	 */
	public record BilanEmployeur(String siret, Map<String, ComptesSorte> parSorte, Map<String, Long> themes,
			Map<String, Long> avertissements, List<String> echecs) {

		public long nombreAvertissements() {
			return avertissements.values().stream().mapToLong(Long::longValue).sum();
		}

	}

	/** Les rejets dans l'ordre des fichiers lus, puis des lignes. */
	public void rejets(long campagne, Consumer<RejetLu> chacun) {
		jdbc.query("SELECT r.FICHIER, r.LIGNE, r.COLONNE, r.VALEUR, r.MOTIF FROM RSU_REJET r LEFT JOIN RSU_FICHIER f "
				+ "ON f.CAMPAGNE = r.CAMPAGNE AND f.FICHIER = r.FICHIER WHERE r.CAMPAGNE = ? ORDER BY f.RANG, r.LIGNE",
				rs -> {
					chacun.accept(new RejetLu(texte(rs.getString(1)), rs.getLong(2), texte(rs.getString(3)),
							texte(rs.getString(4)), texte(rs.getString(5))));
				}, campagne);
	}

	/**
	 * Les avertissements par SIRET et par type ; ordre total (matricule, message) : à
	 * SIRET et type égaux, l'ordre d'insertion n'est pas le même dans une campagne
	 * reprise que dans une campagne ininterrompue.
	 */
	public void avertissements(long campagne, Consumer<AvertissementLu> chacun) {
		jdbc.query("SELECT SIRET, TYPE_AVERTISSEMENT, MATRICULE, MESSAGE FROM RSU_AVERTISSEMENT WHERE CAMPAGNE = ? "
				+ "ORDER BY SIRET, TYPE_AVERTISSEMENT, MATRICULE, MESSAGE", rs -> {
					chacun.accept(new AvertissementLu(texte(rs.getString(1)), texte(rs.getString(2)),
							texte(rs.getString(3)), texte(rs.getString(4))));
				}, campagne);
	}

	/**
	 * Les fichiers lus, dans l'ordre de lecture, avec leurs rejets (lecture et calcul).
	 */
	public List<ComptesFichier> fichiers(long campagne) {
		return jdbc.query("SELECT f.FICHIER, f.TYPE_FICHIER, f.DETECTION, f.PROFIL, f.COLONNES_INCONNUES, f.LUES, "
				+ "f.VIDES, (SELECT COUNT(*) FROM RSU_REJET r WHERE r.CAMPAGNE = f.CAMPAGNE AND r.FICHIER = f.FICHIER) "
				+ "FROM RSU_FICHIER f WHERE f.CAMPAGNE = ? ORDER BY f.RANG", (rs, i) -> {
					String inconnues = texte(rs.getString(5));
					return new ComptesFichier(texte(rs.getString(1)), texte(rs.getString(2)), texte(rs.getString(3)),
							texte(rs.getString(4)), inconnues.isEmpty() ? List.of() : List.of(inconnues.split(" \\| ")),
							rs.getLong(6), rs.getLong(8), rs.getLong(7));
				}, campagne);
	}

	/**
	 * Par SIRET (dans l'ordre), les comptes de chaque sorte de fichier, les
	 * avertissements et les échecs.
	 */
	public List<BilanEmployeur> employeurs(long campagne) {
		Map<String, Map<String, ComptesSorte>> comptes = new TreeMap<>();
		for (var t : TABLES.entrySet()) {
			depot.lignesParSiret(campagne, t.getValue())
				.forEach((siret, n) -> comptes.computeIfAbsent(siret, s -> new TreeMap<>())
					.merge(t.getKey(), new ComptesSorte(n, 0, 0), (a, b) -> a.plus(n, 0, 0)));
		}
		jdbc.query("SELECT r.SIRET, f.TYPE_FICHIER, r.AU_CALCUL, COUNT(*) FROM RSU_REJET r JOIN RSU_FICHIER f "
				+ "ON f.CAMPAGNE = r.CAMPAGNE AND f.FICHIER = r.FICHIER WHERE r.CAMPAGNE = ? "
				+ "GROUP BY r.SIRET, f.TYPE_FICHIER, r.AU_CALCUL", rs -> {
					String siret = rs.getString(1) == null ? SIRET_INCONNU : texte(rs.getString(1));
					boolean auCalcul = rs.getBoolean(3);
					long n = rs.getLong(4);
					comptes.computeIfAbsent(siret, s -> new TreeMap<>())
						.merge(texte(rs.getString(2)), ComptesSorte.AUCUNE.plus(0, auCalcul ? 0 : n, auCalcul ? n : 0),
								(a, b) -> a.plus(0, b.rejeteesALaLecture(), b.rejeteesAuCalcul()));
				}, campagne);
		Map<String, Map<String, Long>> themes = depot.themes(campagne);
		Map<String, BilanEmployeur> parSiret = new TreeMap<>();
		comptes.forEach((siret, parSorte) -> parSiret.put(siret, new BilanEmployeur(siret, parSorte,
				themes.getOrDefault(siret, Map.of()), new TreeMap<>(), new ArrayList<>())));
		jdbc.query("SELECT SIRET, TYPE_AVERTISSEMENT, COUNT(*) FROM RSU_AVERTISSEMENT WHERE CAMPAGNE = ? "
				+ "GROUP BY SIRET, TYPE_AVERTISSEMENT", rs -> {
					BilanEmployeur e = parSiret.get(rs.getString(1));
					if (e != null) {
						e.avertissements().put(texte(rs.getString(2)), rs.getLong(3));
					}
				}, campagne);
		jdbc.query("SELECT SIRET, ETAPE, MESSAGE FROM RSU_EMPLOYEUR_ETAPE WHERE CAMPAGNE = ? AND REUSSI = FALSE",
				rs -> {
					BilanEmployeur e = parSiret.get(rs.getString(1));
					if (e != null) {
						e.echecs().add(rs.getString(2) + " : " + rs.getString(3));
					}
				}, campagne);
		return new ArrayList<>(parSiret.values());
	}

	/** Une colonne NOT NULL du schéma. */
	private static String texte(@Nullable String colonne) {
		if (colonne == null) {
			throw new IllegalStateException("colonne NOT NULL lue nulle");
		}
		return colonne;
	}

}
