package fr.cdg.rsu.lecture;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * Fabrique des entrées de test (CSV en octets exacts, petits classeurs XLSX écrits avec
 * POI, classeurs retouchés au niveau du zip) et lit un dossier d'entrée de bout en bout
 * comme le fera le traitement.
 */
final class Fixtures {

	static final String SIRET = "21250388500018";

	static final String SIRET_2 = "21250056500013";

	static final int ANNEE = 2024;

	/** En-tête et deux agents valides (permanents, avec catégorie et filière). */
	static final String AGENTS_CSV = """
			siret;matricule;sexe;date_naissance;statut;categorie;filiere;quotite;date_entree;date_sortie
			21250388500018;A1;F;15/03/1980;TITULAIRE;C;technique;100;;
			21250388500018;A2;H;1975-07-01;CONTRACTUEL_PERMANENT;B;administrative;80;01/02/2024;
			""";

	static final String ABSENCES_CSV = """
			siret;matricule;motif;date_debut;date_fin;prolongation;jours_carence
			21250388500018;A1;MO;03/01/2024;05/01/2024;N;1
			""";

	static final String REMUNERATIONS_CSV = """
			siret;matricule;traitement_brut;primes;etpr
			21250388500018;A1;24 000,00;3 000;1
			21250388500018;A2;18000.50;;0,8
			""";

	private Fixtures() {
	}

	static Path ecrire(Path dossier, String nom, String contenu) throws IOException {
		return ecrire(dossier, nom, contenu.getBytes(StandardCharsets.UTF_8));
	}

	static Path ecrire(Path dossier, String nom, byte[] octets) throws IOException {
		Path p = dossier.resolve(nom);
		Files.createDirectories(p.getParent());
		Files.write(p, octets);
		return p;
	}

	/** Un dossier complet et valide : agents, absences, rémunérations (CSV UTF-8). */
	static Path dossierValide(Path dossier) throws IOException {
		ecrire(dossier, "agents.csv", AGENTS_CSV);
		ecrire(dossier, "absences.csv", ABSENCES_CSV);
		ecrire(dossier, "remunerations.csv", REMUNERATIONS_CSV);
		return dossier;
	}

	/**
	 * Écrit un classeur : feuille → lignes → cellules. Une {@link LocalDate} devient une
	 * vraie cellule date (format jj/mm/aaaa), un {@link Number} une cellule numérique, un
	 * {@link Boolean} une cellule booléenne, {@code null} une cellule absente, le reste
	 * du texte.
	 */
	static Path classeur(Path fichier, Map<String, List<List<@Nullable Object>>> feuilles) throws IOException {
		Files.createDirectories(fichier.getParent());
		try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(fichier)) {
			CellStyle date = wb.createCellStyle();
			date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
			for (var feuille : feuilles.entrySet()) {
				Sheet s = wb.createSheet(feuille.getKey());
				int r = 0;
				for (List<@Nullable Object> ligne : feuille.getValue()) {
					Row row = s.createRow(r++);
					int c = 0;
					for (Object valeur : ligne) {
						int col = c++;
						if (valeur == null) {
							continue;
						}
						Cell cell = row.createCell(col);
						if (valeur instanceof LocalDate d) {
							cell.setCellValue(d);
							cell.setCellStyle(date);
						}
						else if (valeur instanceof Number n) {
							cell.setCellValue(n.doubleValue());
						}
						else if (valeur instanceof Boolean b) {
							cell.setCellValue(b);
						}
						else {
							cell.setCellValue(String.valueOf(valeur));
						}
					}
				}
			}
			wb.write(out);
		}
		return fichier;
	}

	static Map<String, List<List<@Nullable Object>>> feuille(String nom, List<List<@Nullable Object>> lignes) {
		Map<String, List<List<@Nullable Object>>> m = new LinkedHashMap<>();
		m.put(nom, lignes);
		return m;
	}

	static List<@Nullable Object> l(@Nullable Object... cellules) {
		return new ArrayList<>(Arrays.asList(cellules));
	}

	@FunctionalInterface
	interface Ecriture {

		void ecrire(OutputStream out) throws IOException;

	}

	/**
	 * Recopie un classeur en remplaçant le contenu d'une entrée du zip (ex.
	 * {@code xl/worksheets/sheet1.xml}).
	 */
	static void remplacerEntree(Path xlsx, String entree, Ecriture contenu) throws IOException {
		Path copie = xlsx.resolveSibling(xlsx.getFileName() + ".tmp");
		try (ZipFile zip = new ZipFile(xlsx.toFile());
				ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copie))) {
			var entrees = zip.entries();
			while (entrees.hasMoreElements()) {
				ZipEntry e = entrees.nextElement();
				out.putNextEntry(new ZipEntry(e.getName()));
				if (e.getName().equals(entree)) {
					contenu.ecrire(out);
				}
				else {
					try (InputStream in = zip.getInputStream(e)) {
						in.transferTo(out);
					}
				}
				out.closeEntry();
			}
		}
		Files.move(copie, xlsx, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
	}

	/** Correspondance d'en-têtes sans profil. */
	static Correspondance correspondance(TypeFichier type, String entetes) {
		return Correspondance.etablir(type.nom() + ".csv", type, List.of(entetes.split(";", -1)), ProfilMapping.VIDE);
	}

	/** Ce qu'une lecture complète d'un dossier a donné. */
	record Lecture(InventaireEntrees.Inventaire inventaire, List<LigneLue> lignes,
			Map<String, LecteurEntrees.StatistiquesFichier> statistiques) {

		List<LigneLue.Rejetee> rejets() {
			return lignes.stream()
				.filter(LigneLue.Rejetee.class::isInstance)
				.map(LigneLue.Rejetee.class::cast)
				.toList();
		}

		List<Object> acceptes() {
			return lignes.stream()
				.filter(LigneLue.Acceptee.class::isInstance)
				.map(l -> ((LigneLue.Acceptee) l).enregistrement())
				.toList();
		}

		long acceptees(String fichier) {
			return lignes.stream().filter(l -> l instanceof LigneLue.Acceptee && l.fichier().equals(fichier)).count();
		}

		long rejetees(String fichier) {
			return lignes.stream().filter(l -> l instanceof LigneLue.Rejetee && l.fichier().equals(fichier)).count();
		}

		/**
		 * lues = acceptées + rejetées pour chaque fichier, et les comptes du lecteur sont
		 * ceux des lignes rendues.
		 */
		void verifierComptes() {
			for (var s : statistiques.values()) {
				long acceptees = acceptees(s.fichier);
				long rejetees = rejetees(s.fichier);
				if (s.lues != acceptees + rejetees || s.rejetees != rejetees) {
					throw new AssertionError("comptes faux pour " + s.fichier + " : lues " + s.lues + ", rejetées "
							+ s.rejetees + ", rendues " + acceptees + " acceptées + " + rejetees + " rejetées");
				}
			}
		}

	}

	static Lecture lire(Path dossier) {
		return lire(dossier, null, null);
	}

	/** Inventaire puis lecture de toutes les lignes, comme le traitement. */
	static Lecture lire(Path dossier, @Nullable Path profil, @Nullable String siret) {
		var inventaire = InventaireEntrees.inventorier(dossier, profil, siret);
		List<LigneLue> lignes = new ArrayList<>();
		try (LecteurEntrees lecteur = new LecteurEntrees(inventaire.fichiers(), ANNEE)) {
			LigneLue l;
			while ((l = lecteur.suivante()) != null) {
				lignes.add(l);
			}
			return new Lecture(inventaire, lignes, new LinkedHashMap<>(lecteur.statistiques()));
		}
	}

	/** Nombre de descripteurs de fichiers ouverts par la JVM (Linux), ou -1 ailleurs. */
	static long descripteursOuverts() {
		Path fd = Path.of("/proc/self/fd");
		if (!Files.isDirectory(fd)) {
			return -1;
		}
		try (var s = Files.list(fd)) {
			return s.count();
		}
		catch (IOException ex) {
			return -1;
		}
	}

}
