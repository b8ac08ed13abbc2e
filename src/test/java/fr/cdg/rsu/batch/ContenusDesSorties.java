package fr.cdg.rsu.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Les sorties d'une campagne, pour comparer une campagne reprise à une campagne
 * ininterrompue.
 */
final class ContenusDesSorties {

	private ContenusDesSorties() {
	}

	/**
	 * Les fichiers de résultats et leur contenu, hors rapport d'exécution (il date et
	 * chronomètre la campagne) ; un classeur par le texte de ses cellules (son horodatage
	 * interne change d'une écriture à l'autre).
	 * @param auMoins nombre de fichiers en dessous duquel la comparaison ne prouverait
	 * rien
	 */
	static Map<String, String> lire(Path annee, int auMoins) throws IOException {
		Map<String, String> contenus = new TreeMap<>();
		try (Stream<Path> fichiers = Files.walk(annee)) {
			for (Path f : fichiers.filter(Files::isRegularFile).toList()) {
				if (!f.getFileName().toString().equals("rapport-execution.json")) {
					contenus.put(annee.relativize(f).toString(),
							f.toString().endsWith(".xlsx") ? cellules(f) : Files.readString(f));
				}
			}
		}
		assertThat(contenus).hasSizeGreaterThan(auMoins);
		return contenus;
	}

	private static String cellules(Path classeur) throws IOException {
		StringBuilder sb = new StringBuilder();
		try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(classeur))) {
			for (var feuille : wb) {
				sb.append(feuille.getSheetName()).append('\n');
				for (var ligne : feuille) {
					for (var cellule : ligne) {
						sb.append(cellule).append(';');
					}
					sb.append('\n');
				}
			}
		}
		return sb.toString();
	}

}
