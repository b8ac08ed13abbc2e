package fr.cdg.rsu.rapport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import fr.cdg.rsu.domaine.Collectivite;
import fr.cdg.rsu.domaine.TypeCollectivite;
import fr.cdg.rsu.indicateurs.comparaison.Comparaisons;
import fr.cdg.rsu.indicateurs.comparaison.Strates;
import fr.cdg.rsu.rapport.classeur.ClasseurConsolidation;

/**
 * La légende de {@code s} du classeur de consolidation énonce le seuil du secret de la
 * campagne.
 */
class ClasseurConsolidationTest {

	private static List<String> textesDesStrates(int seuil) throws Exception {
		Collectivite c = new Collectivite("21250388500018", "Commune de test", TypeCollectivite.COMMUNE, "25", null,
				null);
		var resultat = Comparaisons.calculer(List.of(new Comparaisons.Employeur(c.siret(), c.type(), 10, Map.of())),
				Strates.parDefaut());
		ByteArrayOutputStream sortie = new ByteArrayOutputStream();
		ClasseurConsolidation.ecrire(2024, seuil,
				List.of(new ClasseurConsolidation.Ligne(c, 10, "communes de 10 à 19 agents", Map.of())), resultat,
				sortie);
		List<String> textes = new ArrayList<>();
		try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(sortie.toByteArray()))) {
			wb.getSheet("Strates").forEach(r -> r.forEach(cell -> {
				if (cell.getCellType() == CellType.STRING) {
					textes.add(cell.getStringCellValue());
				}
			}));
		}
		return textes;
	}

	@Test
	void laLegendeDuSecretDitLeSeuilDeLaCampagne() throws Exception {
		assertThat(textesDesStrates(5)).contains("s : secret statistique (moins de 5 agents).")
			.noneMatch(t -> t.contains("moins de 3"));
		assertThat(textesDesStrates(3)).contains("s : secret statistique (moins de 3 agents).");
		assertThat(ClasseurConsolidation.legendeSecret(4)).isEqualTo("s : secret statistique (moins de 4 agents).");
	}

}
