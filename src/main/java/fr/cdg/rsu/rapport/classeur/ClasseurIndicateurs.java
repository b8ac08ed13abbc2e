package fr.cdg.rsu.rapport.classeur;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;

import fr.cdg.rsu.indicateurs.Indicateur;
import fr.cdg.rsu.indicateurs.Theme;
import fr.cdg.rsu.rapport.document.FormatFrancais;
import fr.cdg.rsu.rapport.document.FormatNombre;
import fr.cdg.rsu.rapport.document.Identite;
import fr.cdg.rsu.rapport.document.Valeur;
import fr.cdg.rsu.rapport.modele.FormatsParDefaut;
import fr.cdg.rsu.rapport.modele.Libelles;
import fr.cdg.rsu.rapport.modele.Vocabulaire;

/**
 * Écrit les indicateurs d'un employeur en un classeur d'une feuille par thème : en-têtes français, ligne d'en-tête
 * figée, filtre automatique, formats de nombre français, {@code s} pour les cellules secrètes (valeur, numérateur et
 * dénominateur), {@code n.d.} pour une valeur indisponible. Thread-safe (aucun état partagé).
 */
public final class ClasseurIndicateurs {

	private static final List<Theme> ORDRE = List.of(Theme.EFFECTIFS, Theme.ABSENTEISME, Theme.ACCIDENTS,
			Theme.REMUNERATIONS, Theme.EGALITE);

	private final Libelles libelles;

	private final String editeur;

	private final String noteSecret;

	public ClasseurIndicateurs(Libelles libelles, String editeur, String noteSecret) {
		this.libelles = libelles;
		this.editeur = editeur;
		this.noteSecret = noteSecret;
	}

	public void ecrire(Identite identite, List<Indicateur> lignes, OutputStream sortie) throws IOException {
		Map<Theme, List<Indicateur>> parTheme = new EnumMap<>(Theme.class);
		Map<String, Integer> ordreIndicateurs = new HashMap<>();
		for (Indicateur i : lignes) {
			parTheme.computeIfAbsent(i.theme(), t -> new ArrayList<>()).add(i);
			ordreIndicateurs.putIfAbsent(i.theme().code() + "/" + i.indicateur(), ordreIndicateurs.size());
		}
		SXSSFWorkbook wb = new ClasseurCompressionRapide();
		try {
			wb.getXSSFWorkbook().getProperties().getCoreProperties()
				.setTitle("Indicateurs RSU " + identite.annee() + " – " + identite.nomCollectivite());
			wb.getXSSFWorkbook().getProperties().getCoreProperties().setCreator(editeur);
			wb.getXSSFWorkbook().getProperties().getCoreProperties()
				.setSubjectProperty("Rapport Social Unique " + identite.annee() + ", SIRET " + identite.siret());
			Styles styles = new Styles(wb);
			for (Theme theme : ORDRE) {
				List<Indicateur> l = new ArrayList<>(parTheme.getOrDefault(theme, List.of()));
				// clés de tri calculées une fois par ligne
				Map<Indicateur, String> cles = new HashMap<>();
				for (Indicateur i : l) {
					cles.put(i, String.format("%05d|%03d|%03d|%s|%s", ordreIndicateurs.get(theme.code() + "/" + i.indicateur()),
							rang(Vocabulaire.POPULATIONS, i.population()) % 1000, rang(Vocabulaire.GROUPES, i.groupe()) % 1000,
							cleDimension(i.dimension()), cleModalite(i.dimension(), i.modalite())));
				}
				l.sort(Comparator.comparing(cles::get));
				feuille(wb, styles, theme, identite, l);
			}
			wb.write(sortie);
		}
		finally {
			wb.close();
			wb.dispose();
		}
	}

	private void feuille(SXSSFWorkbook wb, Styles styles, Theme theme, Identite identite, List<Indicateur> lignes) {
		String nom = libelles.libelle(Libelles.THEMES, theme.code()).replaceAll("[\\\\/?*\\[\\]:]", " ");
		SXSSFSheet sheet = wb.createSheet(nom.length() > 31 ? nom.substring(0, 31) : nom);
		boolean groupe = theme == Theme.ABSENTEISME || theme == Theme.ACCIDENTS;
		List<String> entetes = new ArrayList<>(List.of("Indicateur", "Population"));
		if (groupe) {
			entetes.add("Groupe d'absences / motif");
		}
		entetes.addAll(List.of("Dimension", "Modalité", "Valeur", "Numérateur", "Dénominateur"));
		int[] largeurs = groupe ? new int[] { 40, 26, 30, 24, 34, 14, 14, 14 } : new int[] { 40, 26, 24, 34, 14, 14, 14 };
		for (int c = 0; c < largeurs.length; c++) {
			sheet.setColumnWidth(c, largeurs[c] * 256);
		}
		Row h = sheet.createRow(0);
		for (int c = 0; c < entetes.size(); c++) {
			var cell = h.createCell(c);
			cell.setCellValue(entetes.get(c));
			cell.setCellStyle(styles.entete);
		}
		sheet.createFreezePane(0, 1);
		int r = 1;
		for (Indicateur i : lignes) {
			Row row = sheet.createRow(r++);
			int c = 0;
			texte(row, c++, libelles.libelle(Libelles.INDICATEURS, i.indicateur()), styles);
			texte(row, c++,
					i.population().isEmpty() ? "Employeur" : libelles.libelle(Libelles.POPULATIONS, i.population()),
					styles);
			if (groupe) {
				texte(row, c++, i.groupe().isEmpty() ? "" : libelles.libelle(Libelles.GROUPES, i.groupe()), styles);
			}
			texte(row, c++, libelles.dimension(i.dimension()), styles);
			texte(row, c++, libelles.modalite(i.dimension(), i.modalite()), styles);
			FormatNombre f = FormatsParDefaut.pour(i.theme(), i.indicateur());
			if (i.secret()) {
				for (int k = 0; k < 3; k++) {
					var cell = row.createCell(c++);
					cell.setCellValue(Valeur.SECRET);
					cell.setCellStyle(styles.texteADroite);
				}
				continue;
			}
			nombre(row, c++, i.valeur(), styles.format(f), styles, Valeur.NON_DISPONIBLE);
			nombre(row, c++, i.numerateur(), null, styles, "");
			nombre(row, c, i.denominateur(), null, styles, "");
		}
		if (r > 1) {
			sheet.setAutoFilter(new CellRangeAddress(0, r - 1, 0, entetes.size() - 1));
		}
		r++;
		sheet.createRow(r++).createCell(0).setCellValue(noteSecret);
		sheet.createRow(r++).createCell(0).setCellValue("n.d. : non disponible (dénominateur nul).");
		sheet.createRow(r).createCell(0).setCellValue(identite.nomCollectivite() + " – SIRET " + identite.siret()
				+ " – données au 31/12/" + identite.annee() + " – publié le "
				+ FormatFrancais.date(identite.datePublication()));
	}

	private static void texte(Row row, int c, String valeur, Styles styles) {
		var cell = row.createCell(c);
		cell.setCellValue(valeur);
		cell.setCellStyle(styles.texte);
	}

	private static void nombre(Row row, int c, @Nullable BigDecimal v, @Nullable CellStyle style, Styles styles,
			String siNul) {
		var cell = row.createCell(c);
		cell.setCellStyle(styles.texteADroite);
		if (v == null) {
			if (!siNul.isEmpty()) {
				cell.setCellValue(siNul);
			}
			return;
		}
		cell.setCellValue(v.doubleValue());
		if (style != null) {
			cell.setCellStyle(style);
		}
		else {
			cell.setCellStyle(v.stripTrailingZeros().scale() <= 0 ? styles.format(FormatNombre.ENTIER)
					: styles.format(FormatNombre.DECIMAL_2));
		}
	}

	/**
	 * Classeur en flux compressé au plus vite : la compression maximale de POI coûtait plus que tout le reste du
	 * rendu d'un employeur, pour un fichier à peine plus petit.
	 */
	private static final class ClasseurCompressionRapide extends SXSSFWorkbook {

		ClasseurCompressionRapide() {
			super(200);
		}

		@Override
		protected org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream createArchiveOutputStream(
				java.io.OutputStream sortie) {
			var zip = super.createArchiveOutputStream(sortie);
			zip.setLevel(java.util.zip.Deflater.BEST_SPEED);
			return zip;
		}

	}

	private static int rang(List<String> ordre, String code) {
		int i = ordre.indexOf(code);
		return i < 0 ? Integer.MAX_VALUE : i;
	}

	private static String cleDimension(String dimension) {
		if (dimension.equals("ensemble")) {
			return "0";
		}
		StringBuilder sb = new StringBuilder(dimension.contains("+") ? "2" : "1");
		for (String p : dimension.split("\\+")) {
			sb.append(String.format("%02d", rang(Vocabulaire.DIMENSIONS_SIMPLES, p) % 100));
		}
		return sb.toString();
	}

	private static String cleModalite(String dimension, String modalite) {
		String[] dims = dimension.split("\\+");
		String[] mods = Vocabulaire.decouper(dimension, modalite).toArray(String[]::new);
		StringBuilder sb = new StringBuilder();
		for (int k = 0; k < mods.length; k++) {
			List<String> ordre = k < dims.length ? Vocabulaire.MODALITES.get(dims[k]) : null;
			if (ordre != null && ordre.contains(mods[k])) {
				sb.append(String.format("%03d", ordre.indexOf(mods[k])));
			}
			else {
				sb.append(mods[k].equals("non_renseigne") ? "~" : "").append(mods[k]);
			}
			sb.append('|');
		}
		return sb.toString();
	}

	/** Les styles d'un classeur (un jeu par classeur). */
	private static final class Styles {

		final CellStyle entete;

		final CellStyle texteADroite;

		/**
		 * Style explicite des cellules de texte : une cellule sans style fait chercher à POI le style de sa colonne dans
		 * le XML de la feuille, à chaque cellule (les trois quarts du temps d'écriture du classeur).
		 */
		final CellStyle texte;

		private final Map<FormatNombre, CellStyle> formats = new EnumMap<>(FormatNombre.class);

		private final SXSSFWorkbook wb;

		Styles(SXSSFWorkbook wb) {
			this.wb = wb;
			entete = wb.createCellStyle();
			Font gras = wb.createFont();
			gras.setBold(true);
			gras.setColor(IndexedColors.WHITE.getIndex());
			entete.setFont(gras);
			entete.setFillForegroundColor(IndexedColors.DARK_BLUE.getIndex());
			entete.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			entete.setBorderBottom(BorderStyle.THIN);
			entete.setWrapText(true);
			texteADroite = wb.createCellStyle();
			texteADroite.setAlignment(HorizontalAlignment.RIGHT);
			texte = wb.createCellStyle();
		}

		CellStyle format(FormatNombre f) {
			return formats.computeIfAbsent(f, k -> {
				CellStyle s = wb.createCellStyle();
				s.setDataFormat(wb.createDataFormat().getFormat(motif(k)));
				return s;
			});
		}

		private static String motif(FormatNombre f) {
			return switch (f) {
				case TAUX -> "#,##0.00\" %\"";
				case TAUX_1 -> "#,##0.0\" %\"";
				case ENTIER -> "#,##0";
				case DECIMAL_1 -> "#,##0.0";
				case DECIMAL_2 -> "#,##0.00";
				case EUROS -> "#,##0\" €\"";
				case ANS -> "0.0\" ans\"";
				case JOURS -> "#,##0.0\" jours\"";
				case HEURES -> "#,##0\" h\"";
			};
		}

	}

}
