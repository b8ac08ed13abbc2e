package fr.cdg.rsu.sortie;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import fr.cdg.rsu.indicateurs.Indicateur;
import fr.cdg.rsu.indicateurs.Theme;
import org.jspecify.annotations.Nullable;

/**
 * Le format long {@code indicateurs.csv} : UTF-8, virgule, point décimal, pleine
 * précision, valeur vide quand le dénominateur est nul. Deux fichiers : le publiable,
 * dans le dossier de l'employeur, où une cellule secrète n'a ni valeur, ni numérateur, ni
 * dénominateur ({@code secret=1}) — c'est lui que relit l'étape des documents, qui ne
 * peuvent donc rien imprimer de masqué ; et le complet, qui garde la vraie valeur des
 * cellules secrètes, pour les contrôles et consolidations du CDG, à ne pas diffuser, avec
 * une colonne de plus, {@code base_agents} (la population de la cellule,
 * {@link Indicateur#baseAgents()}) : l'étape des documents y relit la base des cellules
 * publiées, pour l'{@code effectif_minimum} des modèles.
 */
public final class IndicateursCsv {

	/**
	 * L'en-tête du fichier publiable ({@code docs/format-sortie.md}) : il ne change pas.
	 */
	public static final List<String> ENTETE = List.of("siret", "annee", "theme", "indicateur", "population", "groupe",
			"dimension", "modalite", "numerateur", "denominateur", "valeur", "secret");

	/**
	 * La colonne que seul le tableau complet a, après les autres : la base d'agents de la
	 * cellule.
	 */
	public static final String BASE_AGENTS = "base_agents";

	/** L'en-tête du tableau complet : celui du publiable, puis {@link #BASE_AGENTS}. */
	public static final List<String> ENTETE_COMPLET = java.util.stream.Stream
		.concat(ENTETE.stream(), java.util.stream.Stream.of(BASE_AGENTS))
		.toList();

	private IndicateursCsv() {
	}

	/** Le fichier publiable : les cellules secrètes y sont vides. */
	public static void ecrirePubliable(Path fichier, String siret, int annee, List<Indicateur> indicateurs)
			throws IOException {
		ecrire(fichier, siret, annee, indicateurs, true);
	}

	/**
	 * Le fichier complet, vraies valeurs des cellules secrètes comprises : à ne pas
	 * diffuser.
	 */
	public static void ecrireComplet(Path fichier, String siret, int annee, List<Indicateur> indicateurs)
			throws IOException {
		ecrire(fichier, siret, annee, indicateurs, false);
	}

	private static void ecrire(Path fichier, String siret, int annee, List<Indicateur> indicateurs, boolean masquer)
			throws IOException {
		EcritureAtomique.ecrire(fichier, out -> {
			Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			CsvWriter csv = CsvWriter.builder().fieldSeparator(',').lineDelimiter(LineDelimiter.LF).build(w);
			csv.writeRecord(masquer ? ENTETE : ENTETE_COMPLET);
			String an = Integer.toString(annee);
			for (Indicateur i : indicateurs) {
				boolean vide = masquer && i.secret();
				List<String> champs = new ArrayList<>(List.of(siret, an, i.theme().code(), i.indicateur(),
						i.population(), i.groupe(), i.dimension(), TexteInerte.neutraliser(i.modalite()),
						vide ? "" : texte(i.numerateur()), vide ? "" : texte(i.denominateur()),
						vide ? "" : texte(i.valeur()), i.secret() ? "1" : "0"));
				if (!masquer) {
					champs.add(Integer.toString(i.baseAgents()));
				}
				csv.writeRecord(champs);
			}
			csv.flush();
		});
	}

	private static String texte(@Nullable BigDecimal v) {
		return v == null ? "" : v.toPlainString();
	}

	/**
	 * Relit un fichier écrit par {@link #ecrire} : la base d'agents est celle de la
	 * colonne {@link #BASE_AGENTS} du tableau complet ; le publiable (ou un tableau
	 * complet d'avant cette colonne) ne l'a pas, elle vaut alors 0.
	 */
	public static List<Indicateur> lire(Path fichier) throws IOException {
		List<Indicateur> lignes = new ArrayList<>();
		try (CsvReader<CsvRecord> csv = CsvReader.builder()
			.fieldSeparator(',')
			.ofCsvRecord(fichier, StandardCharsets.UTF_8)) {
			boolean entete = true;
			boolean base = false;
			for (CsvRecord r : csv) {
				if (entete) {
					entete = false;
					base = r.getFieldCount() > ENTETE.size() && BASE_AGENTS.equals(r.getField(ENTETE.size()));
					continue;
				}
				String modalite = modalite(r);
				lignes.add(new Indicateur(Theme.depuisCode(r.getField(2)), r.getField(3), r.getField(4), r.getField(5),
						r.getField(6), modalite, nombre(r.getField(8)), nombre(r.getField(9)), nombre(r.getField(10)),
						base ? Integer.parseInt(r.getField(ENTETE.size())) : 0, "1".equals(r.getField(11))));
			}
		}
		return lignes;
	}

	/**
	 * Ce que l'étape des documents lit : les lignes du fichier publiable, chacune avec la
	 * base d'agents de sa cellule relue du tableau complet (l'{@code effectif_minimum}
	 * d'une phrase ou d'un classement sur un compte) ; une cellule secrète garde 0, rien
	 * d'elle ne sort du tableau complet.
	 */
	public static List<Indicateur> lirePubliablesAvecBases(Path publiable, Path complet) throws IOException {
		Map<Indicateur.Cle, Integer> bases = bases(complet);
		List<Indicateur> lignes = new ArrayList<>();
		for (Indicateur i : lire(publiable)) {
			Integer base = i.secret() ? null : bases.get(i.cle());
			lignes.add(base == null ? i : new Indicateur(i.theme(), i.indicateur(), i.population(), i.groupe(),
					i.dimension(), i.modalite(), i.numerateur(), i.denominateur(), i.valeur(), base, i.secret()));
		}
		return lignes;
	}

	/**
	 * La base d'agents de chaque cellule du tableau complet, sans en lire les nombres :
	 * le tableau complet compte plusieurs fois les lignes du publiable, et l'étape des
	 * documents le relit pour chaque employeur.
	 */
	private static Map<Indicateur.Cle, Integer> bases(Path complet) throws IOException {
		Map<Indicateur.Cle, Integer> bases = new HashMap<>();
		try (CsvReader<CsvRecord> csv = CsvReader.builder()
			.fieldSeparator(',')
			.ofCsvRecord(complet, StandardCharsets.UTF_8)) {
			boolean entete = true;
			for (CsvRecord r : csv) {
				if (entete) {
					entete = false;
					if (r.getFieldCount() <= ENTETE.size() || !BASE_AGENTS.equals(r.getField(ENTETE.size()))) {
						// un tableau complet d'avant la colonne : pas de base
						return bases;
					}
					continue;
				}
				bases.put(new Indicateur.Cle(Theme.depuisCode(r.getField(2)), r.getField(3), r.getField(4),
						r.getField(5), r.getField(6), modalite(r)), Integer.parseInt(r.getField(ENTETE.size())));
			}
		}
		return bases;
	}

	/**
	 * La modalité d'une ligne relue, sans l'apostrophe qui neutralise une formule pour le
	 * tableur.
	 */
	private static String modalite(CsvRecord r) {
		String modalite = r.getField(7);
		return modalite.startsWith("'") ? modalite.substring(1) : modalite;
	}

	private static @Nullable BigDecimal nombre(String texte) {
		return texte.isEmpty() ? null : new BigDecimal(texte);
	}

}
