package fr.cdg.rsu.sortie;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import fr.cdg.rsu.stockage.DepotBilan.AvertissementLu;
import fr.cdg.rsu.stockage.DepotBilan.BilanEmployeur;
import fr.cdg.rsu.stockage.DepotBilan.ComptesFichier;
import fr.cdg.rsu.stockage.DepotBilan.ComptesSorte;
import fr.cdg.rsu.stockage.DepotBilan.RejetLu;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Les fichiers du bilan de la campagne, à la racine de l'année : {@code rejets.csv} et
 * {@code avertissements.csv} pour le service RH (tableur français : {@link CsvTableur}),
 * {@code rapport-execution.json} pour les machines (paramètres, lignes lues / utilisées /
 * rejetées par fichier et par employeur, avertissements par type, durées).
 */
public final class BilanCampagneFichiers {

	private BilanCampagneFichiers() {
	}

	/**
	 * Une suite de lignes lues en base, poussées une à une (les rejets d'une campagne se
	 * comptent par millions).
	 */
	@FunctionalInterface
	public interface Lignes<T> {

		void pourChacune(Consumer<T> ligne);

	}

	/**
	 * {@code rejets.csv} : chaque colonne telle que l'en-tête de son fichier la nomme,
	 * même pour un rejet décidé au calcul.
	 * @param libelles par fichier, le libellé d'en-tête de chaque colonne canonique qui
	 * en a un autre
	 */
	public static void ecrireRejets(Path fichier, Map<String, Map<String, String>> libelles, Lignes<RejetLu> rejets)
			throws IOException {
		EcritureAtomique.ecrire(fichier, out -> {
			try (CsvTableur csv = CsvTableur.ouvrir(out, "fichier", "ligne", "colonne", "valeur", "motif")) {
				rejets.pourChacune(r -> csv.ligne(r.fichier(), Long.toString(r.ligne()),
						libelles.getOrDefault(r.fichier(), Map.of()).getOrDefault(r.colonne(), r.colonne()), r.valeur(),
						r.motif()));
			}
		});
	}

	/**
	 * {@code avertissements.csv} : chevauchements, doublons... par employeur, matricules
	 * compris.
	 */
	public static void ecrireAvertissements(Path fichier, Lignes<AvertissementLu> avertissements) throws IOException {
		EcritureAtomique.ecrire(fichier, out -> {
			try (CsvTableur csv = CsvTableur.ouvrir(out, "siret", "type", "matricule", "message")) {
				avertissements.pourChacune(a -> csv.ligne(a.siret(), a.type(), a.matricule(), a.message()));
			}
		});
	}

	/** Les paramètres de la campagne, en tête du rapport. */
	public record Entete(int annee, String entree, String sortie, long campagne, String debut, String fin,
			int seuilSecret, boolean sansPdf, @Nullable String profil, String empreinteEntrees) {
	}

	/**
	 * Le contenu de {@code rapport-execution.json}.
	 *
	 * @param dsn la partie {@code dsn} (JSON), ou {@code null} sans DSN lue
	 * @param noms nom de chaque employeur connu, par SIRET
	 * @param durees durée de chaque étape, en secondes
	 */
	public record Rapport(Entete entete, List<ComptesFichier> fichiers, List<String> fichiersIgnores,
			@Nullable String dsn, List<String> fichiersManquants, List<BilanEmployeur> employeurs,
			Map<String, String> noms, Map<String, Double> durees) {

		public long lues() {
			return fichiers.stream().mapToLong(ComptesFichier::lues).sum();
		}

		public long rejetees() {
			return fichiers.stream().mapToLong(ComptesFichier::rejetees).sum();
		}

		public long utilisees() {
			return lues() - rejetees();
		}

	}

	public static void ecrireRapport(Path fichier, Rapport r) throws IOException {
		Map<String, Object> rapport = new LinkedHashMap<>();
		Entete e = r.entete();
		rapport.put("annee", e.annee());
		rapport.put("entree", e.entree());
		rapport.put("sortie", e.sortie());
		rapport.put("campagne", e.campagne());
		rapport.put("debut", e.debut());
		rapport.put("fin", e.fin());
		Map<String, @Nullable Object> options = new LinkedHashMap<>();
		options.put("seuil_secret", e.seuilSecret());
		options.put("sans_pdf", e.sansPdf());
		options.put("profil", e.profil());
		options.put("empreinte_entrees", e.empreinteEntrees());
		rapport.put("options", options);

		List<Map<String, Object>> fichiers = new ArrayList<>();
		for (ComptesFichier f : r.fichiers()) {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("fichier", f.fichier());
			m.put("type", f.type());
			m.put("detection", f.detection());
			m.put("profil", f.profil());
			m.put("colonnes_inconnues", f.colonnesInconnues());
			m.put("lues", f.lues());
			m.put("utilisees", f.utilisees());
			m.put("rejetees", f.rejetees());
			m.put("lignes_vides_ignorees", f.vides());
			fichiers.add(m);
		}
		rapport.put("fichiers", fichiers);
		rapport.put("total", comptes(r.lues(), r.utilisees(), r.rejetees()));
		rapport.put("fichiers_ignores", r.fichiersIgnores());
		JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
		if (r.dsn() != null) {
			// déclarations lues, remplacées, supplantées, sautées ; mois présents et
			// manquants ; estimations
			rapport.put("dsn", json.readTree(r.dsn()));
		}
		rapport.put("fichiers_manquants", r.fichiersManquants());
		List<Map<String, Object>> employeurs = new ArrayList<>();
		for (BilanEmployeur b : r.employeurs()) {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("siret", b.siret());
			for (Map.Entry<String, ComptesSorte> sorte : b.parSorte().entrySet()) {
				ComptesSorte c = sorte.getValue();
				m.put(sorte.getKey(), comptes(c.lues(), c.utilisees(), c.rejetees()));
			}
			if (!b.themes().isEmpty()) {
				// ce que les documents de l'employeur diront « non renseigné » : fichiers
				// et colonnes facultatifs
				Map<String, Object> themes = new LinkedHashMap<>();
				b.themes().forEach((theme, n) -> themes.put(theme, n < 0 ? "non transmis" : n));
				m.put("themes_facultatifs", themes);
			}
			m.put("avertissements", b.avertissements());
			m.put("echecs", b.echecs());
			String nom = r.noms().get(b.siret());
			if (nom != null) {
				m.put("nom", nom);
			}
			employeurs.add(m);
		}
		rapport.put("employeurs", employeurs);
		rapport.put("durees_secondes", r.durees());
		EcritureAtomique.ecrire(fichier, out -> json.writeValue(out, rapport));
	}

	private static Map<String, Object> comptes(long lues, long utilisees, long rejetees) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("lues", lues);
		m.put("utilisees", utilisees);
		m.put("rejetees", rejetees);
		return m;
	}

}
