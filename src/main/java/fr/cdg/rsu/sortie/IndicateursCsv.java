package fr.cdg.rsu.sortie;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import fr.cdg.rsu.indicateurs.Indicateur;
import fr.cdg.rsu.indicateurs.Theme;
import org.jspecify.annotations.Nullable;

/**
 * Le format long {@code indicateurs.csv} : UTF-8, virgule, point décimal, pleine précision, valeur vide quand le
 * dénominateur est nul. Deux fichiers de même format : le publiable, dans le dossier de l'employeur, où une cellule
 * secrète n'a ni valeur, ni numérateur, ni dénominateur ({@code secret=1}) — c'est lui que relit l'étape des
 * documents, qui ne peuvent donc rien imprimer de masqué ; et le complet, qui garde la vraie valeur des cellules
 * secrètes, pour les contrôles et consolidations du CDG, à ne pas diffuser.
 */
public final class IndicateursCsv {

	public static final List<String> ENTETE = List.of("siret", "annee", "theme", "indicateur", "population", "groupe",
			"dimension", "modalite", "numerateur", "denominateur", "valeur", "secret");

	private IndicateursCsv() {
	}

	/** Le fichier publiable : les cellules secrètes y sont vides. */
	public static void ecrirePubliable(Path fichier, String siret, int annee, List<Indicateur> indicateurs)
			throws IOException {
		ecrire(fichier, siret, annee, indicateurs, true);
	}

	/** Le fichier complet, vraies valeurs des cellules secrètes comprises : à ne pas diffuser. */
	public static void ecrireComplet(Path fichier, String siret, int annee, List<Indicateur> indicateurs)
			throws IOException {
		ecrire(fichier, siret, annee, indicateurs, false);
	}

	private static void ecrire(Path fichier, String siret, int annee, List<Indicateur> indicateurs, boolean masquer)
			throws IOException {
		EcritureAtomique.ecrire(fichier, out -> {
			Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			CsvWriter csv = CsvWriter.builder().fieldSeparator(',').lineDelimiter(LineDelimiter.LF).build(w);
			csv.writeRecord(ENTETE);
			String an = Integer.toString(annee);
			for (Indicateur i : indicateurs) {
				boolean vide = masquer && i.secret();
				csv.writeRecord(siret, an, i.theme().code(), i.indicateur(), i.population(), i.groupe(), i.dimension(),
						TexteInerte.neutraliser(i.modalite()), vide ? "" : texte(i.numerateur()),
						vide ? "" : texte(i.denominateur()), vide ? "" : texte(i.valeur()), i.secret() ? "1" : "0");
			}
			csv.flush();
		});
	}

	private static String texte(@Nullable BigDecimal v) {
		return v == null ? "" : v.toPlainString();
	}

	/** Relit un fichier écrit par {@link #ecrire} (la base d'agents du secret n'y est pas : elle vaut 0). */
	public static List<Indicateur> lire(Path fichier) throws IOException {
		List<Indicateur> lignes = new ArrayList<>();
		try (CsvReader<CsvRecord> csv = CsvReader.builder().fieldSeparator(',').ofCsvRecord(fichier, StandardCharsets.UTF_8)) {
			boolean entete = true;
			for (CsvRecord r : csv) {
				if (entete) {
					entete = false;
					continue;
				}
				String modalite = r.getField(7);
				if (modalite.startsWith("'")) {
					modalite = modalite.substring(1);
				}
				lignes.add(new Indicateur(Theme.depuisCode(r.getField(2)), r.getField(3), r.getField(4), r.getField(5),
						r.getField(6), modalite, nombre(r.getField(8)), nombre(r.getField(9)), nombre(r.getField(10)),
						0, "1".equals(r.getField(11))));
			}
		}
		return lignes;
	}

	private static @Nullable BigDecimal nombre(String texte) {
		return texte.isEmpty() ? null : new BigDecimal(texte);
	}

}
