package fr.cdg.rsu.sortie;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import fr.cdg.rsu.domaine.Collectivite;
import fr.cdg.rsu.indicateurs.Indicateur;
import fr.cdg.rsu.indicateurs.comparaison.Comparaisons;
import fr.cdg.rsu.indicateurs.comparaison.IndicateurPhare;
import org.jspecify.annotations.Nullable;

/**
 * La consolidation d'une campagne, pour l'analyste du CDG : {@code consolidation.csv}
 * (une ligne par employeur, ses indicateurs phares et ceux de sa strate) et
 * {@code consolidation-strates.csv} (une ligne par strate et une pour l'ensemble des
 * employeurs). Même conventions que {@code indicateurs.csv} : virgule, point décimal,
 * pleine précision ; une valeur de strate de moins de 5 employeurs est laissée vide.
 */
public final class ConsolidationCsv {

	private ConsolidationCsv() {
	}

	/** Une ligne employeur de la consolidation. */
	public record LigneEmployeur(Collectivite collectivite, long effectif, String strate,
			Map<IndicateurPhare, Indicateur> phares) {
	}

	public static void ecrire(Path dossier, int annee, List<LigneEmployeur> employeurs,
			Comparaisons.Resultat comparaisons) throws IOException {
		EcritureAtomique.ecrire(dossier.resolve("consolidation.csv"), out -> {
			CsvWriter csv = csv(out);
			List<String> entete = new ArrayList<>(
					List.of("siret", "annee", "nom", "type", "departement", "effectif", "strate"));
			for (IndicateurPhare p : IndicateurPhare.values()) {
				entete.addAll(List.of(p.colonne(), p.colonne() + "_secret", p.colonne() + "_strate",
						p.colonne() + "_strate_mediane", p.colonne() + "_strate_employeurs"));
			}
			csv.writeRecord(entete);
			for (LigneEmployeur e : employeurs) {
				Collectivite c = e.collectivite();
				List<String> ligne = new ArrayList<>(
						List.of(c.siret(), Integer.toString(annee), TexteInerte.neutraliser(c.nom()), c.type().code(),
								TexteInerte.neutraliser(c.departement() == null ? "" : c.departement()),
								Long.toString(e.effectif()), e.strate()));
				for (IndicateurPhare p : IndicateurPhare.values()) {
					Indicateur l = e.phares().get(p);
					var strate = comparaisons.valeur(e.strate(), p);
					var publiee = strate != null && strate.publiable() ? strate : null;
					boolean secret = l != null && l.secret();
					ligne.addAll(List.of(texte(l == null || secret ? null : l.valeur()), secret ? "1" : "0",
							publiee != null ? texte(publiee.valeur()) : "",
							publiee != null ? texte(publiee.mediane()) : "",
							strate == null ? "0" : Integer.toString(strate.employeurs())));
				}
				csv.writeRecord(ligne);
			}
			csv.flush();
		});
		EcritureAtomique.ecrire(dossier.resolve("consolidation-strates.csv"), out -> {
			CsvWriter csv = csv(out);
			csv.writeRecord("annee", "strate", "indicateur", "employeurs", "numerateur", "denominateur", "valeur",
					"mediane", "publiable");
			for (Comparaisons.ValeurStrate v : comparaisons.valeurs()) {
				csv.writeRecord(Integer.toString(annee), v.strate(), v.indicateur().colonne(),
						Integer.toString(v.employeurs()), v.publiable() ? v.numerateur().toPlainString() : "",
						v.publiable() ? v.denominateur().toPlainString() : "", v.publiable() ? texte(v.valeur()) : "",
						v.publiable() ? texte(v.mediane()) : "", v.publiable() ? "1" : "0");
			}
			csv.flush();
		});
	}

	private static CsvWriter csv(java.io.OutputStream out) {
		Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		return CsvWriter.builder().fieldSeparator(',').lineDelimiter(LineDelimiter.LF).build(w);
	}

	private static String texte(@Nullable BigDecimal v) {
		return v == null ? "" : v.toPlainString();
	}

}
