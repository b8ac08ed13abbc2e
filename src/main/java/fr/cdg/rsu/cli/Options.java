package fr.cdg.rsu.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.cdg.rsu.domaine.Collectivite;
import fr.cdg.rsu.indicateurs.CalculIndicateurs;
import fr.cdg.rsu.lecture.Codes;
import fr.cdg.rsu.lecture.ValeurInvalideException;
import org.jspecify.annotations.Nullable;

import org.springframework.scheduling.support.CronExpression;

/**
 * Les options de la commande, lues et vérifiées. Les options {@code --spring.*},
 * {@code --logging.*} et {@code --rsu.*} sont des réglages Spring et passent sans
 * contrôle.
 */
record Options(boolean aide, int annee, Path entree, Path sortie, @Nullable Path profil, @Nullable String siret,
		@Nullable String nom, @Nullable String type, int seuilSecret, boolean sansPdf, String pdfSirets,
		@Nullable Path modeles, LocalDate datePublication, boolean datePublicationDonnee, boolean force,
		boolean silencieux, @Nullable String planification, boolean anneeHorsDonnees, boolean forcerReprise) {

	/**
	 * Le seuil du secret statistique sans {@code --seuil-secret} : cellules de moins de 3
	 * agents masquées.
	 */
	static final int SEUIL_SECRET_PAR_DEFAUT = CalculIndicateurs.SEUIL_SECRET_PAR_DEFAUT;

	/**
	 * Le plus petit seuil accepté : à 1, seule une cellule sans agent serait masquée, et
	 * la valeur d'un agent seul serait publiée.
	 */
	static final int SEUIL_SECRET_MINIMUM = CalculIndicateurs.SEUIL_SECRET_MINIMUM;

	static final Set<String> CONNUES = Set.of("annee", "entree", "sortie", "profil", "siret", "nom", "type",
			"seuil-secret", "sans-pdf", "pdf-siret", "modeles", "date-publication", "force", "silencieux", "aide",
			"help", "fils", "base", "planification", "annee-hors-donnees", "forcer-reprise");

	static Options lire(Map<String, List<String>> options, List<String> autres) throws OptionInvalideException {
		return lire(options, autres, Clock.systemDefaultZone());
	}

	/**
	 * @param horloge donne la date de publication par défaut (le jour du lancement)
	 */
	static Options lire(Map<String, List<String>> options, List<String> autres, Clock horloge)
			throws OptionInvalideException {
		for (String nom : options.keySet()) {
			if (!CONNUES.contains(nom) && !nom.startsWith("spring.") && !nom.startsWith("logging.")
					&& !nom.startsWith("rsu.")) {
				String proche = optionProche(nom);
				throw new OptionInvalideException("option inconnue : --" + nom
						+ (proche == null ? "" : " (vouliez-vous dire --" + proche + " ?)"));
			}
		}
		if (!autres.isEmpty()) {
			throw new OptionInvalideException(
					"argument inattendu : " + autres.get(0) + " (les options s'écrivent --nom=valeur)");
		}
		boolean aide = options.containsKey("aide") || options.containsKey("help");
		if (aide) {
			return new Options(true, 0, Path.of("."), Path.of("."), null, null, null, null, SEUIL_SECRET_PAR_DEFAUT,
					false, "", null, LocalDate.now(horloge), false, false, false, null, false, false);
		}
		String annee = valeur(options, "annee");
		if (annee == null) {
			throw new OptionInvalideException("--annee=AAAA est obligatoire (année de référence, par exemple 2024)");
		}
		if (!annee.matches("\\d{4}")) {
			throw new OptionInvalideException(
					"--annee=" + annee + " : l'année s'écrit avec ses quatre chiffres, " + "par exemple --annee=2024");
		}
		String entree = valeur(options, "entree");
		if (entree == null) {
			throw new OptionInvalideException("--entree=<dossier> est obligatoire (dossier des exports RH)");
		}
		Path dossierEntree = Path.of(entree).toAbsolutePath().normalize();
		if (!Files.isDirectory(dossierEntree)) {
			throw new OptionInvalideException("dossier d'entrée introuvable : " + dossierEntree);
		}
		String sortie = valeur(options, "sortie");
		Path dossierSortie = Path.of(sortie == null ? "sortie" : sortie).toAbsolutePath().normalize();
		String profil = valeur(options, "profil");
		Path fichierProfil = profil == null ? null : Path.of(profil).toAbsolutePath().normalize();
		if (fichierProfil != null && !Files.isRegularFile(fichierProfil)) {
			throw new OptionInvalideException("profil de correspondance introuvable : " + fichierProfil);
		}
		String siret = valeur(options, "siret");
		if (siret != null) {
			siret = siret.replaceAll("\\s", "");
			if (!Collectivite.estSiretValide(siret)) {
				throw new OptionInvalideException("--siret doit compter 14 chiffres");
			}
		}
		String type = valeur(options, "type");
		if (type != null) {
			try {
				// vérifié ici : un type faux faisait échouer chaque employeur au calcul
				Codes.typeCollectivite(type);
			}
			catch (ValeurInvalideException ex) {
				throw new OptionInvalideException("--type=" + type + " : " + ex.getMessage());
			}
		}
		int seuil = SEUIL_SECRET_PAR_DEFAUT;
		String seuilTexte = valeur(options, "seuil-secret");
		if (seuilTexte != null) {
			if (!seuilTexte.matches("\\d{1,2}")) {
				throw new OptionInvalideException(
						"--seuil-secret doit être un entier (" + SEUIL_SECRET_PAR_DEFAUT + " par défaut)");
			}
			seuil = Integer.parseInt(seuilTexte);
			if (seuil < SEUIL_SECRET_MINIMUM) {
				throw new OptionInvalideException("--seuil-secret doit valoir au moins " + SEUIL_SECRET_MINIMUM
						+ " : en dessous, une cellule d'un seul agent serait publiée (" + SEUIL_SECRET_PAR_DEFAUT
						+ " par défaut)");
			}
		}
		String modeles = valeur(options, "modeles");
		Path dossierModeles = modeles == null ? null : Path.of(modeles).toAbsolutePath().normalize();
		if (dossierModeles != null && !Files.isDirectory(dossierModeles)) {
			throw new OptionInvalideException("dossier de modèles introuvable : " + dossierModeles);
		}
		LocalDate publication = LocalDate.now(horloge);
		String date = valeur(options, "date-publication");
		if (date != null) {
			try {
				publication = LocalDate.parse(date, DateTimeFormatter.ofPattern("dd/MM/uuuu"));
			}
			catch (DateTimeParseException ex) {
				throw new OptionInvalideException("--date-publication attend JJ/MM/AAAA");
			}
		}
		String pdfSirets = valeur(options, "pdf-siret");
		if (pdfSirets != null) {
			pdfSirets = pdfSirets.replaceAll("\\s", "");
			for (String s : pdfSirets.split(",")) {
				if (!Collectivite.estSiretValide(s)) {
					throw new OptionInvalideException("--pdf-siret=" + pdfSirets + " : « " + s
							+ " » n'est pas un SIRET (14 chiffres) ; plusieurs SIRET se séparent par des virgules");
				}
			}
		}
		String planification = valeur(options, "planification");
		if (planification != null && !CronExpression.isValidExpression(planification)) {
			throw new OptionInvalideException("--planification attend une expression cron à six champs "
					+ "(secondes minutes heures jour mois jour-de-semaine), par exemple \"0 0 2 1 * *\" "
					+ "pour 2 h du matin le 1er de chaque mois");
		}
		return new Options(false, Integer.parseInt(annee), dossierEntree, dossierSortie, fichierProfil, siret,
				valeur(options, "nom"), type, seuil, options.containsKey("sans-pdf"),
				pdfSirets == null ? "" : pdfSirets, dossierModeles, publication, date != null,
				options.containsKey("force"), options.containsKey("silencieux"), planification,
				options.containsKey("annee-hors-donnees"), options.containsKey("forcer-reprise"));
	}

	/**
	 * L'option connue la plus proche d'une option mal tapée ({@code --sans_pdf},
	 * {@code --anee}), à deux modifications au plus, ou {@code null}.
	 */
	static @Nullable String optionProche(String tapee) {
		String t = tapee.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
		String meilleure = null;
		int distance = 3;
		for (String connue : CONNUES.stream().sorted().toList()) {
			int d = distance(t, connue);
			if (d < distance) {
				distance = d;
				meilleure = connue;
			}
		}
		return meilleure;
	}

	/** Distance de Levenshtein. */
	private static int distance(String a, String b) {
		int[] precedente = new int[b.length() + 1];
		int[] courante = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			precedente[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			courante[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int substitution = precedente[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
				courante[j] = Math.min(substitution, Math.min(precedente[j], courante[j - 1]) + 1);
			}
			int[] t = precedente;
			precedente = courante;
			courante = t;
		}
		return precedente[b.length()];
	}

	private static @Nullable String valeur(Map<String, List<String>> options, String nom) {
		List<String> valeurs = options.get(nom);
		if (valeurs == null || valeurs.isEmpty()) {
			return null;
		}
		String v = valeurs.get(valeurs.size() - 1).strip();
		return v.isEmpty() ? null : v;
	}

	static final String AIDE = """
			rsu-syntheses : synthèses du Rapport Social Unique (absentéisme, rémunérations, égalité, santé-sécurité, RPS, fiche)

			Utilisation :
			  ./rsu --annee=2024 --entree=<dossier> [--sortie=<dossier>] [options]

			Obligatoires :
			  --annee=AAAA            année de référence
			  --entree=<dossier>      exports RH : collectivites, agents, absences, remunerations (CSV ou XLSX),
			                          à la racine ou un sous-dossier par export (voir docs/format-entree.md)
			Sorties :
			  --sortie=<dossier>      dossier des résultats (défaut : ./sortie) ; tout est écrit sous <sortie>/<annee>/
			  --sans-pdf              indicateurs seulement (CSV, base), sans PDF ni classeur
			  --pdf-siret=S1,S2       documents pour ces employeurs seulement
			  --modeles=<dossier>     modèles de documents (défaut : ./report-templates, sinon ceux du programme)
			  --date-publication=JJ/MM/AAAA   date imprimée sur les documents (défaut : le jour où la
			                          campagne a commencé ; une reprise garde cette date)
			Un seul employeur sans fichier collectivites :
			  --siret=<14 chiffres> --nom="Commune de ..." [--type=commune|epci|ccas|departement|...]
			Lecture :
			  --profil=<fichier.yaml> profil de correspondance pour les dossiers qui n'ont pas le leur
			Calcul :
			  --annee-hors-donnees    calcule une année que les données ne couvrent pas (sans cette option,
			                          la campagne s'arrête et dit ce que couvrent les données)
			  --seuil-secret=N        secret statistique : cellules de moins de N agents masquées (défaut 3,
			                          au moins 2) ; les notes des documents énoncent le seuil appliqué
			Exécution :
			  --fils=N                employeurs traités en parallèle (défaut : nombre de cœurs)
			  --force                 refait une campagne déjà terminée avec les mêmes entrées
			  --silencieux            n'affiche que les erreurs et le résumé (pour les planificateurs)
			  --planification="0 0 2 1 * *"   reste lancé et refait la campagne à chaque échéance (cron à six
			                          champs) : une entrée inchangée est signalée « déjà faite », une entrée
			                          modifiée donne une nouvelle campagne
			  --forcer-reprise        base partagée (PostgreSQL) : reprend une campagne notée « en cours » dont
			                          le processus est mort (sans elle, une campagne en cours n'est jamais reprise)
			  --base=<dossier>        base de la campagne (défaut : <sortie>/.base-rsu) ;
			                          PostgreSQL : --spring.profiles.active=postgresql (voir README)
			  --aide                  cette aide

			Codes de sortie : 0 réussite ; 2 option invalide ou sortie inutilisable (rien n'est écrit) ; 3 campagne
			terminée mais un employeur au moins en échec ; 4 entrée inutilisable (aucun résultat n'est écrit) ;
			5 campagne arrêtée à la demande (la même commande la reprend) ; 6 une autre campagne utilise déjà la
			base de cette sortie, ou tourne sur la base partagée ; 1 autre erreur.
			""";

}
