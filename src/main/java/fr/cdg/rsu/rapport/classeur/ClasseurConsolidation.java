package fr.cdg.rsu.rapport.classeur;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import fr.cdg.rsu.domaine.Collectivite;
import fr.cdg.rsu.indicateurs.Indicateur;
import fr.cdg.rsu.indicateurs.comparaison.Comparaisons;
import fr.cdg.rsu.indicateurs.comparaison.IndicateurPhare;
import fr.cdg.rsu.sortie.TexteInerte;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * {@code consolidation.xlsx} pour l'analyste du CDG : une feuille « Employeurs » (une
 * ligne par employeur, ses indicateurs phares et ceux de sa strate) et une feuille «
 * Strates » (valeurs poolées, médiane, nombre d'employeurs, et l'ensemble des
 * employeurs). Les cellules secrètes affichent {@code s} ; une valeur de strate de moins
 * de 5 employeurs reste vide.
 */
public final class ClasseurConsolidation {

	private ClasseurConsolidation() {
	}

	/** Une ligne employeur. */
	public record Ligne(Collectivite collectivite, long effectif, String strate,
			Map<IndicateurPhare, Indicateur> phares) {
	}

	/**
	 * Écrit le classeur de consolidation de la campagne.
	 * @param seuilSecret le seuil du secret statistique de la campagne
	 * ({@code --seuil-secret}) : la légende de {@code s} l'énonce (« moins de N agents »)
	 */
	public static void ecrire(int annee, int seuilSecret, List<Ligne> lignes, Comparaisons.Resultat comparaisons,
			OutputStream sortie) throws IOException {
		ecrire(annee, lignes, comparaisons, sortie, legendeSecret(seuilSecret));
	}

	/**
	 * La légende de {@code s} pour un seuil :
	 * {@code s : secret statistique (moins de 5 agents).}
	 */
	public static String legendeSecret(int seuilSecret) {
		return "s : secret statistique (moins de " + seuilSecret + " agents).";
	}

	private static void ecrire(int annee, List<Ligne> lignes, Comparaisons.Resultat comparaisons, OutputStream sortie,
			String legendeSecret) throws IOException {
		SXSSFWorkbook wb = new SXSSFWorkbook(200);
		try {
			CellStyle gras = wb.createCellStyle();
			Font f = wb.createFont();
			f.setBold(true);
			gras.setFont(f);
			CellStyle decimal = wb.createCellStyle();
			decimal.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
			SXSSFSheet employeurs = wb.createSheet("Employeurs");
			List<String> entete = new ArrayList<>(List.of("SIRET", "Employeur", "Type", "Effectif au 31/12", "Strate"));
			for (IndicateurPhare p : IndicateurPhare.values()) {
				entete.addAll(List.of(p.libelle(), p.libelle() + " – strate", p.libelle() + " – médiane de la strate"));
			}
			ligneDeTexte(employeurs.createRow(0), entete, gras);
			employeurs.createFreezePane(2, 1);
			int r = 1;
			for (Ligne l : lignes) {
				Row row = employeurs.createRow(r++);
				int c = 0;
				row.createCell(c++).setCellValue(l.collectivite().siret());
				row.createCell(c++).setCellValue(TexteInerte.neutraliser(l.collectivite().nom()));
				row.createCell(c++).setCellValue(l.collectivite().type().code());
				row.createCell(c++).setCellValue((double) l.effectif());
				row.createCell(c++).setCellValue(l.strate());
				for (IndicateurPhare p : IndicateurPhare.values()) {
					Indicateur i = l.phares().get(p);
					if (i != null && i.secret()) {
						row.createCell(c++).setCellValue("s");
					}
					else {
						nombre(row, c++, i == null ? null : i.valeur(), decimal);
					}
					var v = comparaisons.valeur(l.strate(), p);
					var publiee = v != null && v.publiable() ? v : null;
					nombre(row, c++, publiee != null ? publiee.valeur() : null, decimal);
					nombre(row, c++, publiee != null ? publiee.mediane() : null, decimal);
				}
			}
			SXSSFSheet strates = wb.createSheet("Strates");
			ligneDeTexte(strates.createRow(0),
					List.of("Strate", "Indicateur", "Employeurs", "Valeur (rapport poolé)", "Médiane des employeurs"),
					gras);
			strates.createFreezePane(0, 1);
			r = 1;
			for (Comparaisons.ValeurStrate v : comparaisons.valeurs()) {
				Row row = strates.createRow(r++);
				row.createCell(0).setCellValue(v.strate());
				row.createCell(1).setCellValue(v.indicateur().libelle());
				row.createCell(2).setCellValue(v.employeurs());
				nombre(row, 3, v.publiable() ? v.valeur() : null, decimal);
				nombre(row, 4, v.publiable() ? v.mediane() : null, decimal);
			}
			r++;
			strates.createRow(r++)
				.createCell(0)
				.setCellValue("Valeurs de strate publiées à partir de " + Comparaisons.EMPLOYEURS_MINIMUM
						+ " employeurs. Campagne " + annee + ".");
			strates.createRow(r).createCell(0).setCellValue(legendeSecret);
			wb.write(sortie);
		}
		finally {
			wb.close();
		}
	}

	private static void ligneDeTexte(Row row, List<String> valeurs, CellStyle style) {
		for (int c = 0; c < valeurs.size(); c++) {
			var cell = row.createCell(c);
			cell.setCellValue(valeurs.get(c));
			cell.setCellStyle(style);
		}
	}

	private static void nombre(Row row, int c, @Nullable BigDecimal v, CellStyle style) {
		if (v != null) {
			var cell = row.createCell(c);
			cell.setCellValue(v.doubleValue());
			cell.setCellStyle(style);
		}
	}

}
