package fr.cdg.rsu.generateur;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Contenu d'un classeur cellule par cellule (type, valeur, format), pour comparer deux
 * XLSX sans leurs octets.
 */
final class ClasseurTexte {

	private ClasseurTexte() {
	}

	static List<String> cellules(Path fichier) throws IOException {
		List<String> res = new ArrayList<>();
		try (InputStream in = Files.newInputStream(fichier); XSSFWorkbook wb = new XSSFWorkbook(in)) {
			for (Sheet feuille : wb) {
				res.add("feuille " + feuille.getSheetName());
				for (Row row : feuille) {
					StringBuilder sb = new StringBuilder().append(row.getRowNum()).append(':');
					for (Cell c : row) {
						sb.append(c.getColumnIndex()).append('=').append(c.getCellType()).append('/');
						switch (c.getCellType()) {
							case NUMERIC -> sb.append(c.getNumericCellValue())
								.append('/')
								.append(c.getCellStyle().getDataFormatString());
							case STRING -> sb.append(c.getStringCellValue());
							case BOOLEAN -> sb.append(c.getBooleanCellValue());
							default -> sb.append(c.toString());
						}
						sb.append('|');
					}
					res.add(sb.toString());
				}
			}
		}
		return res;
	}

}
