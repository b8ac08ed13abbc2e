package fr.cdg.rsu.sortie;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import fr.cdg.rsu.domaine.Collectivite;
import fr.cdg.rsu.domaine.TypeCollectivite;
import fr.cdg.rsu.indicateurs.Indicateur;
import fr.cdg.rsu.indicateurs.Theme;
import fr.cdg.rsu.indicateurs.comparaison.Comparaisons;
import fr.cdg.rsu.indicateurs.comparaison.Strates;
import fr.cdg.rsu.rapport.classeur.ClasseurConsolidation;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Un texte venu des entrées (cadre d'emplois, nom d'employeur) qui commence par
 * {@code =}, {@code +}, {@code -}, {@code @}, une tabulation ou un retour chariot ne doit
 * jamais devenir une formule dans un tableur.
 */
class InjectionDeFormulesTest {

	private static final List<String> DANGEREUX = List.of("=HYPERLINK(\"http://x\",\"y\")", "+1+1", "-2+3", "@SUM(A1)",
			"\tcmd", "\rcmd");

	@Test
	void lesTextesDangereuxSontPrefixesDUneApostropheEtLesAutresIntacts() {
		for (String t : DANGEREUX) {
			assertThat(TexteInerte.neutraliser(t)).isEqualTo("'" + t);
		}
		assertThat(TexteInerte.neutraliser("Adjoints techniques territoriaux"))
			.isEqualTo("Adjoints techniques territoriaux");
		assertThat(TexteInerte.neutraliser("20-24")).isEqualTo("20-24");
		assertThat(TexteInerte.neutraliser("")).isEmpty();
	}

	@Test
	void unCadreDEmploisEnFormuleResteDuTexteDansIndicateursCsvEtRevientIntactALaRelecture(@TempDir Path dossier)
			throws Exception {
		Indicateur ligne = Indicateur.valeur(Theme.EFFECTIFS, "effectif", "permanents", "", "cadre_emplois", "=1+1",
				BigDecimal.valueOf(4), 4);
		Path csv = dossier.resolve("indicateurs.csv");
		IndicateursCsv.ecrirePubliable(csv, "21250388500018", 2024, List.of(ligne));
		assertThat(Files.readString(csv)).contains(",'=1+1,").doesNotContain(",=1+1,");
		assertThat(IndicateursCsv.lire(csv)).singleElement().satisfies(l -> assertThat(l.modalite()).isEqualTo("=1+1"));
	}

	/**
	 * {@code rejets.csv} et {@code avertissements.csv}, ouverts par le service RH dans un
	 * tableur français : BOM UTF-8, point-virgule, CRLF ; toute cellule (valeur, colonne,
	 * fichier, matricule...) qui ressemble à une formule reste du texte, un point-virgule
	 * dans une valeur ne coupe pas la ligne.
	 */
	@Test
	void lesFichiersDuServiceRhSontPourUnTableurFrancaisEtSansFormule() throws Exception {
		ByteArrayOutputStream sortie = new ByteArrayOutputStream();
		try (CsvTableur csv = CsvTableur.ouvrir(sortie, "fichier", "ligne", "colonne", "valeur", "motif")) {
			csv.ligne("=cmd|' /C calc'!A0/agents.csv", "3", "+Genre (sexe)", "-2+3", "code inconnu (attendu 1 ou 2)");
			csv.ligne("agents.csv", "4", "matricule", "A1;A2", null);
		}
		byte[] octets = sortie.toByteArray();
		assertThat(java.util.Arrays.copyOf(octets, 3)).containsExactly(0xEF, 0xBB, 0xBF);
		assertThat(new String(octets, java.nio.charset.StandardCharsets.UTF_8))
			.isEqualTo("\uFEFF" + "fichier;ligne;colonne;valeur;motif\r\n"
					+ "'=cmd|' /C calc'!A0/agents.csv;3;'+Genre (sexe);'-2+3;code inconnu (attendu 1 ou 2)\r\n"
					+ "agents.csv;4;matricule;\"A1;A2\";\r\n");
	}

	@Test
	void unNomDEmployeurEnFormuleEstUneCelluleTexteInerteDansLaConsolidation() throws Exception {
		Collectivite c = new Collectivite("21250388500018", "=HYPERLINK(\"http://x\",\"clic\")",
				TypeCollectivite.COMMUNE, "25", null, null);
		var resultat = Comparaisons.calculer(List.of(new Comparaisons.Employeur(c.siret(), c.type(), 10, Map.of())),
				Strates.parDefaut());
		ByteArrayOutputStream sortie = new ByteArrayOutputStream();
		ClasseurConsolidation.ecrire(2024, 3,
				List.of(new ClasseurConsolidation.Ligne(c, 10, "communes de 10 à 19 agents", Map.of())), resultat,
				sortie);
		try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(sortie.toByteArray()))) {
			var cellule = wb.getSheet("Employeurs").getRow(1).getCell(1);
			assertThat(cellule.getCellType()).isEqualTo(CellType.STRING);
			assertThat(cellule.getStringCellValue()).startsWith("'=HYPERLINK");
		}
	}

}
