package fr.cdg.rsu.rapport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.cdg.rsu.indicateurs.Indicateur;
import fr.cdg.rsu.indicateurs.Theme;
import fr.cdg.rsu.rapport.classeur.ClasseurIndicateurs;
import fr.cdg.rsu.rapport.document.Identite;
import fr.cdg.rsu.rapport.modele.ChargeurModeles;
import fr.cdg.rsu.rapport.modele.JeuDeModeles;
import fr.cdg.rsu.rapport.modele.Libelles;
import fr.cdg.rsu.rapport.modele.Vocabulaire;

/**
 * Le classeur : une feuille par thème, en-têtes français, ligne d'en-tête figée, filtre
 * automatique, formats de nombre français, {@code s} pour le secret, {@code n.d.} pour
 * l'indisponible, lignes dans l'ordre d'affichage. Relu avec POI, comme le lirait un
 * tableur.
 */
class ClasseurIndicateursTest {

	private static final LocalDate PUBLICATION = LocalDate.of(2025, 6, 16);

	@TempDir
	static Path sortie;

	private static XSSFWorkbook classeur;

	private static List<Indicateur> lignes;

	private static JeuDeModeles modeles;

	@BeforeAll
	static void ecrire() throws IOException {
		lignes = FixturesIndicateurs.petite();
		modeles = ChargeurModeles.charger(Path.of("report-templates"));
		new GenerateurDocuments(modeles).ecrire(FixturesIndicateurs.PETITE, 2024, lignes, sortie, PUBLICATION, 3);
		classeur = relire(sortie.resolve("indicateurs.xlsx"));
	}

	private static XSSFWorkbook relire(Path fichier) throws IOException {
		try (InputStream in = Files.newInputStream(fichier)) {
			return new XSSFWorkbook(in);
		}
	}

	/** Écrit directement un classeur de quelques lignes choisies. */
	private static XSSFWorkbook classeur(List<Indicateur> choisies) throws IOException {
		ClasseurIndicateurs c = new ClasseurIndicateurs(modeles.libelles(), modeles.apparence().editeur(),
				modeles.apparence().noteSecret());
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		c.ecrire(new Identite("Commune de Test", "21250123400019", 2024, PUBLICATION, 3), choisies, out);
		return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
	}

	@Test
	void uneFeuilleParThemeAvecEnTeteFrancaisFigee() {
		List<String> noms = new ArrayList<>();
		classeur.forEach(s -> noms.add(s.getSheetName()));
		assertThat(noms).containsExactly("Effectifs", "Absentéisme", "Accidents du travail", "Rémunérations",
				"Égalité professionnelle");
		for (Sheet s : classeur) {
			assertThat(s.getPaneInformation()).isNotNull();
			assertThat(s.getPaneInformation().isFreezePane()).isTrue();
			assertThat(s.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
			Row entete = s.getRow(0);
			assertThat(entete.getCell(0).getStringCellValue()).isEqualTo("Indicateur");
			assertThat(entete.getCell(1).getStringCellValue()).isEqualTo("Population");
		}
	}

	@Test
	void chaqueLigneDIndicateurApparaitEtLeSecretSAfficheS() {
		int lignesEcrites = 0;
		int secretes = 0;
		for (Sheet s : classeur) {
			int colValeur = colonne(s, "Valeur");
			for (Row r : s) {
				if (r.getRowNum() == 0 || r.getCell(colValeur) == null) {
					continue;
				}
				lignesEcrites++;
				Cell v = r.getCell(colValeur);
				if (v.getCellType() == CellType.STRING && v.getStringCellValue().equals("s")) {
					secretes++;
					// numérateur et dénominateur masqués aussi
					assertThat(r.getCell(colValeur + 1).getStringCellValue()).isEqualTo("s");
					assertThat(r.getCell(colValeur + 2).getStringCellValue()).isEqualTo("s");
				}
			}
		}
		// le détail des motifs par modalité reste dans indicateurs.csv
		// (GenerateurDocuments.dansLeClasseur)
		List<Indicateur> attendues = lignes.stream().filter(GenerateurDocuments::dansLeClasseur).toList();
		assertThat(attendues).hasSizeLessThan(lignes.size());
		assertThat(lignesEcrites).isEqualTo(attendues.size());
		assertThat(secretes).isEqualTo((int) attendues.stream().filter(Indicateur::secret).count()).isPositive();
	}

	@Test
	void lesValeursSontDesNombresAuFormatFrancaisLisible() {
		Sheet abs = classeur.getSheet("Absentéisme");
		int colValeur = colonne(abs, "Valeur");
		// le premier taux publié des agents permanents, absences globales (sur ce petit
		// employeur dont toutes les
		// lignes sont publiées, celui de l'ensemble des agents est masqué : avec lui, le
		// total des maladies
		// professionnelles des permanents redonnerait le zéro des deux contractuels)
		Row taux = null;
		for (Row r : abs) {
			if (r.getCell(0) != null && r.getCell(0).getStringCellValue().equals("Taux d'absentéisme (%)")
					&& r.getCell(1).getStringCellValue().equals("Emplois permanents")
					&& r.getCell(2).getStringCellValue().equals("Absences globales")
					&& r.getCell(colValeur).getCellType() != CellType.STRING) {
				taux = r;
				break;
			}
		}
		assertThat(taux).isNotNull();
		assertThat(taux.getCell(colValeur).getCellType()).isEqualTo(CellType.NUMERIC);
		assertThat(taux.getCell(colValeur).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00\" %\"");
	}

	@Test
	void lEnTeteEstEnGrasBlancSurBleuFonceAvecRenvoiALaLigne() {
		for (Sheet s : classeur) {
			XSSFCellStyle style = (XSSFCellStyle) s.getRow(0).getCell(0).getCellStyle();
			assertThat(style.getFont().getBold()).isTrue();
			assertThat(style.getFont().getXSSFColor().getARGBHex()).isEqualTo("FFFFFFFF");
			assertThat(style.getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
			assertThat(style.getFillForegroundColorColor().getARGBHex()).isEqualTo("FF000080");
			assertThat(style.getBorderBottom()).isEqualTo(BorderStyle.THIN);
			assertThat(style.getWrapText()).isTrue();
			// toutes les cellules d'en-tête, et elles seules, portent ce style
			Row entete = s.getRow(0);
			assertThat(entete.getLastCellNum()).isEqualTo((short) (colonne(s, "Dénominateur") + 1));
			for (Cell c : entete) {
				assertThat(c.getCellStyle().getIndex()).isEqualTo(style.getIndex());
			}
			if (s.getRow(1) != null) {
				assertThat(((XSSFCellStyle) s.getRow(1).getCell(0).getCellStyle()).getFont().getBold()).isFalse();
			}
		}
	}

	@Test
	void filtreAutomatiqueSurToutesLesLignesLargeursDeColonnesEtPapierA4() {
		XSSFSheet abs = classeur.getSheet("Absentéisme");
		int derniere = derniereLigneDeDonnees(abs);
		assertThat(abs.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:H" + (derniere + 1));
		assertThat(List.of(0, 1, 2, 3, 4, 5, 6, 7).stream().map(c -> abs.getColumnWidth(c) / 256).toList())
			.containsExactly(40, 26, 30, 24, 34, 14, 14, 14);
		// à l'impression, du A4 (fastexcel écrirait du Letter par défaut)
		assertThat(abs.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
		XSSFSheet eff = classeur.getSheet("Effectifs");
		assertThat(eff.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:G" + (derniereLigneDeDonnees(eff) + 1));
		assertThat(List.of(0, 1, 2, 3, 4, 5, 6).stream().map(c -> eff.getColumnWidth(c) / 256).toList())
			.containsExactly(40, 26, 24, 34, 14, 14, 14);
	}

	@Test
	void proprietesDuDocumentEtPiedDeFeuille() {
		var proprietes = classeur.getProperties().getCoreProperties();
		assertThat(proprietes.getTitle()).isEqualTo("Indicateurs RSU 2024 – Commune de Saint-Éloi-les-Bois");
		assertThat(proprietes.getCreator()).isEqualTo(modeles.apparence().editeur());
		assertThat(proprietes.getSubject()).isEqualTo("Rapport Social Unique 2024, SIRET 21250123400019");
		for (Sheet s : classeur) {
			int derniere = derniereLigneDeDonnees(s);
			// une ligne vide, puis les trois lignes de pied
			assertThat(s.getRow(derniere + 1)).isNull();
			assertThat(s.getRow(derniere + 2).getCell(0).getStringCellValue())
				.isEqualTo("s : secret statistique (moins de 3 agents) ; la valeur n'est ni affichée ni représentée.");
			assertThat(s.getRow(derniere + 3).getCell(0).getStringCellValue())
				.isEqualTo("n.d. : non disponible (dénominateur nul).");
			assertThat(s.getRow(derniere + 4).getCell(0).getStringCellValue()).isEqualTo(
					"Commune de Saint-Éloi-les-Bois – SIRET 21250123400019 – données au 31/12/2024 – publié le 16/06/2025");
			assertThat(s.getLastRowNum()).isEqualTo(derniere + 4);
		}
	}

	@Test
	void secretIndisponibleEtFormatsDesNumerateursEtDenominateurs() throws IOException {
		BigDecimal cent = new BigDecimal("100");
		List<Indicateur> choisies = List.of(
				Indicateur.rapport(Theme.EFFECTIFS, "taux_rotation", "permanents", "", "ensemble", "ensemble",
						new BigDecimal("3"), new BigDecimal("40.5"), cent, 40),
				Indicateur
					.rapport(Theme.EFFECTIFS, "taux_rotation", "permanents", "", "sexe", "F", new BigDecimal("1"),
							new BigDecimal("2"), cent, 2)
					.avecSecret(true),
				Indicateur.rapport(Theme.EFFECTIFS, "taux_rotation", "permanents", "", "sexe", "H", BigDecimal.ZERO,
						BigDecimal.ZERO, cent, 0),
				Indicateur.valeur(Theme.EFFECTIFS, "effectif", "permanents", "", "ensemble", "ensemble",
						new BigDecimal("1234"), 1234),
				Indicateur.valeur(Theme.EFFECTIFS, "age_moyen", "permanents", "", "ensemble", "ensemble",
						new BigDecimal("45.25"), 1234));
		XSSFWorkbook wb = classeur(choisies);
		Sheet eff = wb.getSheet("Effectifs");
		int v = colonne(eff, "Valeur");
		// l'ordre des indicateurs est celui de leur première apparition, F avant H
		Row rotation = eff.getRow(1);
		assertThat(rotation.getCell(v).getNumericCellValue()).isCloseTo(7.407407407, within(1e-6));
		assertThat(rotation.getCell(v).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00\" %\"");
		assertThat(rotation.getCell(v + 1).getNumericCellValue()).isEqualTo(3.0);
		assertThat(rotation.getCell(v + 1).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
		assertThat(rotation.getCell(v + 2).getNumericCellValue()).isEqualTo(40.5);
		assertThat(rotation.getCell(v + 2).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
		Row secrete = eff.getRow(2);
		assertThat(secrete.getCell(v - 1).getStringCellValue()).isEqualTo("Femmes");
		for (int k = 0; k < 3; k++) {
			assertThat(secrete.getCell(v + k).getStringCellValue()).isEqualTo("s");
			assertThat(secrete.getCell(v + k).getCellStyle().getAlignment()).isEqualTo(HorizontalAlignment.RIGHT);
		}
		Row indisponible = eff.getRow(3);
		assertThat(indisponible.getCell(v).getStringCellValue()).isEqualTo("n.d.");
		assertThat(indisponible.getCell(v).getCellStyle().getAlignment()).isEqualTo(HorizontalAlignment.RIGHT);
		assertThat(indisponible.getCell(v + 1).getNumericCellValue()).isZero();
		Row effectif = eff.getRow(4);
		assertThat(effectif.getCell(v).getNumericCellValue()).isEqualTo(1234.0);
		assertThat(effectif.getCell(v).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
		// ni numérateur ni dénominateur pour un compte : cellules vides
		assertThat(effectif.getCell(v + 1) == null || effectif.getCell(v + 1).getCellType() == CellType.BLANK).isTrue();
		Row age = eff.getRow(5);
		assertThat(age.getCell(v).getCellStyle().getDataFormatString()).isEqualTo("0.0\" ans\"");
		assertThat(wb.getSheet("Rémunérations").getRow(1) == null).isTrue();
	}

	/**
	 * L'ordre des lignes est celui de l'ancienne clé de tri texte (recopiée ici comme
	 * référence) : indicateurs dans l'ordre d'apparition, populations et groupes dans
	 * l'ordre du vocabulaire, puis dimensions et modalités.
	 */
	@Test
	void lesLignesSuiventLOrdreDAffichage() throws IOException {
		List<Indicateur> grande = FixturesIndicateurs.grande()
			.stream()
			.filter(GenerateurDocuments::dansLeClasseur)
			.toList();
		XSSFWorkbook wb = classeur(grande);
		Libelles lib = modeles.libelles();
		Map<String, Integer> ordre = new HashMap<>();
		for (Indicateur i : grande) {
			ordre.putIfAbsent(i.theme().code() + "/" + i.indicateur(), ordre.size());
		}
		for (Theme theme : List.of(Theme.EFFECTIFS, Theme.ABSENTEISME, Theme.ACCIDENTS, Theme.REMUNERATIONS,
				Theme.EGALITE)) {
			boolean groupe = theme == Theme.ABSENTEISME || theme == Theme.ACCIDENTS;
			List<String> attendues = grande.stream()
				.filter(i -> i.theme() == theme)
				.sorted(Comparator.comparing((Indicateur i) -> AncienneCle.de(i, ordre)))
				.map(i -> String.join(" / ", lib.libelle(Libelles.INDICATEURS, i.indicateur()),
						i.population().isEmpty() ? "Employeur" : lib.libelle(Libelles.POPULATIONS, i.population()),
						groupe && !i.groupe().isEmpty() ? lib.libelle(Libelles.GROUPES, i.groupe()) : "",
						lib.dimension(i.dimension()), lib.modalite(i.dimension(), i.modalite())))
				.toList();
			Sheet s = wb.getSheet(lib.libelle(Libelles.THEMES, theme.code()));
			List<String> lues = new ArrayList<>();
			for (int r = 1; r <= derniereLigneDeDonnees(s); r++) {
				Row row = s.getRow(r);
				int c = 0;
				String ind = row.getCell(c++).getStringCellValue();
				String pop = row.getCell(c++).getStringCellValue();
				String grp = groupe ? row.getCell(c++).getStringCellValue() : "";
				lues.add(String.join(" / ", ind, pop, grp, row.getCell(c++).getStringCellValue(),
						row.getCell(c).getStringCellValue()));
			}
			assertThat(lues).as(theme.code()).isNotEmpty().containsExactlyElementsOf(attendues);
		}
	}

	/**
	 * La clé de tri texte qu'utilisait le classeur écrit avec POI, gardée comme référence
	 * de l'ordre des lignes.
	 */
	private static final class AncienneCle {

		static String de(Indicateur i, Map<String, Integer> ordre) {
			return String.format("%05d|%03d|%03d|%s|%s", ordre.get(i.theme().code() + "/" + i.indicateur()),
					rang(Vocabulaire.POPULATIONS, i.population()) % 1000, rang(Vocabulaire.GROUPES, i.groupe()) % 1000,
					dimension(i.dimension()), modalite(i.dimension(), i.modalite()));
		}

		private static int rang(List<String> ordre, String code) {
			int i = ordre.indexOf(code);
			return i < 0 ? Integer.MAX_VALUE : i;
		}

		private static String dimension(String dimension) {
			if (dimension.equals("ensemble")) {
				return "0";
			}
			StringBuilder sb = new StringBuilder(dimension.contains("+") ? "2" : "1");
			for (String p : dimension.split("\\+")) {
				sb.append(String.format("%02d", rang(Vocabulaire.DIMENSIONS_SIMPLES, p) % 100));
			}
			return sb.toString();
		}

		private static String modalite(String dimension, String modalite) {
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

	}

	/**
	 * La dernière ligne d'indicateur : celle qui précède la ligne vide avant le pied de
	 * feuille.
	 */
	private static int derniereLigneDeDonnees(Sheet s) {
		int r = 0;
		while (s.getRow(r + 1) != null) {
			r++;
		}
		return r;
	}

	private static int colonne(Sheet s, String entete) {
		for (Cell c : s.getRow(0)) {
			if (c.getStringCellValue().equals(entete)) {
				return c.getColumnIndex();
			}
		}
		throw new AssertionError("colonne absente : " + entete);
	}

}
