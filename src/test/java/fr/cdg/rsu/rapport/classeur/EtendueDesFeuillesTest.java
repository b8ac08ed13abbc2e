package fr.cdg.rsu.rapport.classeur;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.cdg.rsu.domaine.Collectivite;
import fr.cdg.rsu.domaine.TypeCollectivite;
import fr.cdg.rsu.indicateurs.Indicateur;
import fr.cdg.rsu.indicateurs.Theme;
import fr.cdg.rsu.indicateurs.comparaison.Comparaisons;
import fr.cdg.rsu.indicateurs.comparaison.Strates;
import fr.cdg.rsu.rapport.document.Identite;
import fr.cdg.rsu.rapport.modele.ChargeurModeles;
import fr.cdg.rsu.rapport.modele.JeuDeModeles;

/**
 * Chaque feuille des classeurs écrits annonce sa vraie étendue dans
 * {@code <dimension ref=...>} : un lecteur en flux (openpyxl en lecture seule) qui s'y
 * fie doit voir toutes les cellules, pas une seule. Relu directement dans le zip, comme
 * le lit un tel lecteur.
 */
class EtendueDesFeuillesTest {

	@TempDir
	Path dossier;

	private static final Pattern DIMENSION = Pattern.compile("<dimension ref=\"([^\"]*)\"");

	/**
	 * {@code sheetN.xml} → la valeur de son {@code <dimension ref>}, dans l'ordre des
	 * feuilles.
	 */
	private Map<String, String> dimensions(byte[] xlsx) throws IOException {
		Map<String, String> parFeuille = new TreeMap<>();
		Path fichier = Files.write(dossier.resolve("classeur-" + System.nanoTime() + ".xlsx"), xlsx);
		try (ZipFile zip = new ZipFile(fichier.toFile())) {
			for (ZipEntry e : Collections.list(zip.entries())) {
				if (e.getName().startsWith("xl/worksheets/sheet")) {
					String xml;
					try (InputStream in = zip.getInputStream(e)) {
						xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
					}
					Matcher m = DIMENSION.matcher(xml);
					assertThat(m.find()).as(e.getName()).isTrue();
					parFeuille.put(e.getName().substring("xl/worksheets/".length()), m.group(1));
				}
			}
		}
		return parFeuille;
	}

	@Test
	void indicateursXlsxAnnonceLEtendueDeChaqueFeuille() throws IOException {
		JeuDeModeles modeles = ChargeurModeles.charger(Path.of("report-templates"));
		ClasseurIndicateurs classeur = new ClasseurIndicateurs(modeles.libelles(), modeles.apparence().editeur(),
				modeles.apparence().noteSecret());
		List<Indicateur> lignes = List.of(
				Indicateur.valeur(Theme.EFFECTIFS, "effectif", "permanents", "", "ensemble", "ensemble",
						new BigDecimal("12"), 12),
				Indicateur.valeur(Theme.EFFECTIFS, "age_moyen", "permanents", "", "ensemble", "ensemble",
						new BigDecimal("45.25"), 12));
		ByteArrayOutputStream sortie = new ByteArrayOutputStream();
		classeur.ecrire(new Identite("Commune de Test", "21250123400019", 2024, LocalDate.of(2025, 6, 16), 3), lignes,
				sortie);
		byte[] xlsx = sortie.toByteArray();

		// Effectifs : en-tête, 2 lignes, une ligne blanche, la note du secret, n.d., le
		// pied (7 lignes, A à G) ;
		// les thèmes sans ligne : en-tête, blanche, 3 lignes de pied ; absences et
		// accidents ont la colonne du groupe
		assertThat(dimensions(xlsx)).containsExactly(Map.entry("sheet1.xml", "A1:G7"), Map.entry("sheet2.xml", "A1:H5"),
				Map.entry("sheet3.xml", "A1:H5"), Map.entry("sheet4.xml", "A1:G5"), Map.entry("sheet5.xml", "A1:G5"));
		// le classeur reste lisible tel quel, et la dernière cellule est bien le pied de
		// la feuille Effectifs
		try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(wb.getSheet("Effectifs").getLastRowNum()).isEqualTo(6);
			assertThat(wb.getSheet("Effectifs").getRow(6).getCell(0).getStringCellValue())
				.startsWith("Commune de Test – SIRET 21250123400019");
		}
	}

	@Test
	void consolidationXlsxAnnonceLEtendueDeChaqueFeuille() throws IOException {
		Collectivite c = new Collectivite("21250388500018", "Commune de test", TypeCollectivite.COMMUNE, "25", null,
				null);
		var resultat = Comparaisons.calculer(List.of(new Comparaisons.Employeur(c.siret(), c.type(), 10, Map.of())),
				Strates.parDefaut());
		ByteArrayOutputStream sortie = new ByteArrayOutputStream();
		ClasseurConsolidation.ecrire(2024, 3,
				List.of(new ClasseurConsolidation.Ligne(c, 10, "communes de 10 à 19 agents", Map.of())), resultat,
				sortie);

		// Employeurs : 5 colonnes d'identité + 3 par indicateur phare (10) = 35, jusqu'à
		// AI ; en-tête + 1 employeur.
		// Strates : en-tête, une ligne par valeur, une blanche, deux lignes de note ; 5
		// colonnes.
		assertThat(dimensions(sortie.toByteArray())).containsExactly(Map.entry("sheet1.xml", "A1:AI2"),
				Map.entry("sheet2.xml", "A1:E" + (resultat.valeurs().size() + 4)));
	}

	@Test
	void lEtendueVientDesCellulesDeLaFeuille() {
		assertThat(EtendueDesFeuilles.lettres(1)).isEqualTo("A");
		assertThat(EtendueDesFeuilles.lettres(26)).isEqualTo("Z");
		assertThat(EtendueDesFeuilles.lettres(27)).isEqualTo("AA");
		assertThat(EtendueDesFeuilles.lettres(35)).isEqualTo("AI");
		assertThat(EtendueDesFeuilles.lettres(16384)).isEqualTo("XFD");
		String feuille = "<worksheet><dimension ref=\"A1\"/><sheetData><row r=\"2\"><c r=\"B2\" t=\"inlineStr\">"
				+ "<is><t>&lt;c r=\"ZZ99\"</t></is></c><c r=\"AB3\"/></row><row r=\"10\"><c r=\"C10\"/></row>"
				+ "</sheetData></worksheet>";
		// un texte de cellule qui imite une cellule est échappé : il ne compte pas
		assertThat(EtendueDesFeuilles.avecEtendue(feuille)).contains("<dimension ref=\"B2:AB10\"/>")
			.doesNotContain("ref=\"A1\"");
		assertThat(EtendueDesFeuilles.avecEtendue("<worksheet><dimension ref=\"A1\"/><sheetData/></worksheet>"))
			.contains("<dimension ref=\"A1\"/>");
	}

}
