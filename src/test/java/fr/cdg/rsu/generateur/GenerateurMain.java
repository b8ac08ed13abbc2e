package fr.cdg.rsu.generateur;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Ligne de commande du générateur de données synthétiques.
 *
 * <pre>
 * GenerateurMain --sortie=DIR [--annee=2024] [--graine=42] [--preset=departement|national]
 *                [--employeurs=N] [--agents=N] [--absences=N] [--departement=25] [--format=csv|xlsx|dsn]
 * GenerateurMain --echantillons [--sortie=RACINE_DU_PROJET]
 * </pre>
 */
public final class GenerateurMain {

	private GenerateurMain() {
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> o = new LinkedHashMap<>();
		for (String a : args) {
			if (!a.startsWith("--")) {
				erreur("argument inattendu : " + a);
			}
			int egal = a.indexOf('=');
			o.put(egal < 0 ? a.substring(2) : a.substring(2, egal), egal < 0 ? "" : a.substring(egal + 1));
		}
		if (o.containsKey("aide") || o.containsKey("help")) {
			aide();
			return;
		}
		long debut = System.nanoTime();
		if (o.containsKey("echantillons")) {
			Path racine = Path.of(o.getOrDefault("sortie", "."));
			new Echantillons().regenerer(racine);
			System.out.printf(Locale.ROOT, "Échantillons régénérés sous %s en %.1f s%n", racine.toAbsolutePath(),
					(System.nanoTime() - debut) / 1e9);
			return;
		}
		if (!o.containsKey("sortie")) {
			aide();
			erreur("--sortie=<dossier> est obligatoire");
		}
		String presetNom = o.getOrDefault("preset", "departement").toUpperCase(Locale.ROOT).replace('É', 'E');
		GenerateurLots.Preset preset;
		try {
			preset = GenerateurLots.Preset.valueOf(presetNom);
		}
		catch (IllegalArgumentException e) {
			erreur("--preset doit valoir departement ou national");
			return;
		}
		String format = o.getOrDefault("format", "csv");
		if (!format.equals("csv") && !format.equals("xlsx") && !format.equals("dsn")) {
			erreur("--format doit valoir csv, xlsx ou dsn");
		}
		int employeurs = entier(o, "employeurs", preset.employeurs);
		int agents = entier(o, "agents", preset.agents);
		int absences = entier(o, "absences",
				o.containsKey("agents") ? (int) Math.min(Integer.MAX_VALUE, agents * 3L / 2) : preset.absences);
		String departement = preset == GenerateurLots.Preset.NATIONAL ? o.get("departement")
				: o.getOrDefault("departement", "25");
		GenerateurLots.Demande demande = new GenerateurLots.Demande(entier(o, "annee", 2024),
				Long.parseLong(o.getOrDefault("graine", "42")), employeurs, agents, absences, format,
				Path.of(o.get("sortie")), departement, o.containsKey("themes"));
		GenerateurLots.Bilan bilan;
		try {
			bilan = new GenerateurLots().generer(demande);
		}
		catch (IllegalArgumentException e) {
			erreur(e.getMessage());
			return;
		}
		System.out.printf(Locale.ROOT,
				"%d employeurs, %d agents, %d absences, %d lignes de paie écrits dans %s en %.1f s%n",
				bilan.collectivites(), bilan.agents(), bilan.absences(), bilan.remunerations(),
				demande.sortie().toAbsolutePath(), (System.nanoTime() - debut) / 1e9);
	}

	private static int entier(Map<String, String> o, String cle, int defaut) {
		String v = o.get(cle);
		if (v == null) {
			return defaut;
		}
		try {
			return Integer.parseInt(v.replace("_", ""));
		}
		catch (NumberFormatException e) {
			erreur("--" + cle + " doit être un entier : " + v);
			return defaut;
		}
	}

	private static void aide() {
		System.out.println("""
				Générateur de données RH synthétiques (contrat d'entrée de rsu-syntheses)
				  --sortie=<dossier>        dossier à écrire (obligatoire hors --echantillons)
				  --annee=2024              année de référence
				  --graine=42               même graine => mêmes fichiers, octet pour octet (CSV)
				  --preset=departement      departement (300 employeurs, ~20 000 agents, ~30 000 absences)
				                            ou national (35 000 employeurs, ~2 000 000 agents, ~3 000 000 absences)
				  --employeurs=<n> --agents=<n> --absences=<n>   remplacent les tailles du préréglage
				  --departement=25          code du département (préréglage departement)
				  --format=csv|xlsx|dsn     csv : 4 fichiers canoniques ';' UTF-8 ; xlsx : un classeur à 4 feuilles ;
				                            dsn : 13 DSN mensuelles par employeur (12 mois et janvier suivant)
				                            et collectivites.csv, grades.csv, agents.csv à la racine
				  --themes                  écrit aussi les fichiers facultatifs (employeur-rsu, accidents,
				                            decisions-sante, signalements, formations, carrieres) et les colonnes
				                            facultatives des agents, cohérents avec les absences (csv ou xlsx)
				  --echantillons            régénère input-samples/ et src/test/resources/equivalence/
				                            sous --sortie (racine du projet, défaut .)""");
	}

	private static void erreur(String message) {
		System.err.println("Erreur : " + message);
		System.exit(2);
	}

}
