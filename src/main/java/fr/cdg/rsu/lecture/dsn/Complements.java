package fr.cdg.rsu.lecture.dsn;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import fr.cdg.rsu.domaine.Categorie;
import fr.cdg.rsu.domaine.Collectivite;
import fr.cdg.rsu.domaine.Filiere;
import fr.cdg.rsu.domaine.Statut;
import fr.cdg.rsu.lecture.Codes;
import fr.cdg.rsu.lecture.Entetes;
import fr.cdg.rsu.lecture.EntreeInvalideException;
import fr.cdg.rsu.lecture.LigneBrute;
import fr.cdg.rsu.lecture.SourceCsv;
import fr.cdg.rsu.lecture.ValeurInvalideException;
import fr.cdg.rsu.lecture.Valeurs;
import org.jspecify.annotations.Nullable;

/**
 * Les fichiers qui complètent la DSN, à la racine du dossier d'entrée (§3, §4 de la
 * spécification) : la table des grades ({@code grades.csv}), les SIRET déjà décrits par
 * {@code collectivites.csv} (le fichier lui-même est lu par le chemin CSV, comme
 * aujourd'hui), et les corrections d'agents ({@code agents.csv}). Mêmes règles de lecture
 * que les exports : détection de l'encodage et du séparateur, en-têtes tolérants.
 */
final class Complements {

	/** Ce que la table des grades dit d'un code. */
	record Grade(Categorie categorie, Filiere filiere, @Nullable String cadreEmplois) {
	}

	/** Une correction d'agent ; une valeur nulle laisse celle de la DSN. */
	record Correction(String fichier, long ligne, @Nullable String siret, String matricule, @Nullable Statut statut,
			@Nullable Categorie categorie, @Nullable Filiere filiere, @Nullable String cadreEmplois,
			@Nullable Boolean emploiFonctionnel) {
	}

	final Map<String, Grade> grades = new HashMap<>();

	final Set<String> siretsDecrits = new HashSet<>();

	/** Corrections par matricule (et SIRET quand il est donné). */
	final Map<String, Correction> corrections = new HashMap<>();

	/** Les corrections appliquées : les autres désignent un matricule introuvable. */
	final Set<Correction> corrigees = new HashSet<>();

	static Complements vides() {
		return new Complements();
	}

	static Complements lire(@Nullable Path grades, @Nullable Path collectivites, @Nullable Path agents,
			Journal journal) {
		Complements c = new Complements();
		if (grades != null) {
			c.lireGrades(grades, journal);
		}
		if (collectivites != null) {
			c.lireSirets(collectivites);
		}
		if (agents != null) {
			c.lireCorrections(agents, journal);
		}
		return c;
	}

	static String cleGrade(String code) {
		return code.strip().toUpperCase(Locale.ROOT);
	}

	private void lireGrades(Path fichier, Journal journal) {
		String nom = fichier.getFileName().toString();
		Journal.BilanFichier bilan = journal.fichiers.computeIfAbsent(nom, Journal.BilanFichier::new);
		lireTableau(fichier, (index, ligne) -> {
			bilan.lues++;
			String code = cellule(ligne, index, "grade");
			if (code.isBlank()) {
				journal.rejeter(bilan, ligne.numero(), "grade", "", "code de grade vide", null);
				return;
			}
			Categorie categorie;
			Filiere filiere;
			try {
				categorie = Codes.categorie(cellule(ligne, index, "categorie"));
			}
			catch (ValeurInvalideException ex) {
				journal.rejeter(bilan, ligne.numero(), "categorie", cellule(ligne, index, "categorie"), ex.getMessage(),
						null);
				return;
			}
			try {
				filiere = Codes.filiere(cellule(ligne, index, "filiere"));
			}
			catch (ValeurInvalideException ex) {
				journal.rejeter(bilan, ligne.numero(), "filiere", cellule(ligne, index, "filiere"), ex.getMessage(),
						null);
				return;
			}
			String cadre = cellule(ligne, index, "cadre_emplois").strip();
			if (grades.putIfAbsent(cleGrade(code),
					new Grade(categorie, filiere, cadre.isEmpty() ? null : cadre)) != null) {
				journal.rejeter(bilan, ligne.numero(), "grade", code,
						"grade déjà décrit plus haut (la première ligne " + "est retenue)", null);
			}
		}, List.of("grade", "categorie", "filiere"));
	}

	private void lireSirets(Path fichier) {
		lireTableau(fichier, (index, ligne) -> {
			String siret = cellule(ligne, index, "siret").replaceAll("[\\s\\u00A0\\u202F.]", "");
			if (Collectivite.estSiretValide(siret)) {
				siretsDecrits.add(siret);
			}
		}, List.of("siret"));
	}

	private void lireCorrections(Path fichier, Journal journal) {
		String nom = fichier.getFileName().toString();
		Journal.BilanFichier bilan = journal.fichiers.computeIfAbsent(nom, Journal.BilanFichier::new);
		lireTableau(fichier, (index, ligne) -> {
			bilan.lues++;
			String matricule = cellule(ligne, index, "matricule").strip();
			if (matricule.isEmpty()) {
				journal.rejeter(bilan, ligne.numero(), "matricule", "", "matricule vide", null);
				return;
			}
			String siret = cellule(ligne, index, "siret").replaceAll("[\\s\\u00A0\\u202F.]", "");
			String colonne = "statut";
			String valeur = cellule(ligne, index, colonne);
			try {
				Statut statut = valeur.isBlank() ? null : Codes.statut(valeur);
				colonne = "categorie";
				valeur = cellule(ligne, index, colonne);
				Categorie categorie = valeur.isBlank() ? null : Codes.categorie(valeur);
				colonne = "filiere";
				valeur = cellule(ligne, index, colonne);
				Filiere filiere = valeur.isBlank() ? null : Codes.filiere(valeur);
				colonne = "emploi_fonctionnel";
				valeur = cellule(ligne, index, colonne);
				Boolean fonctionnel = Valeurs.booleen(valeur);
				String cadre = cellule(ligne, index, "cadre_emplois").strip();
				Correction c = new Correction(nom, ligne.numero(), siret.isEmpty() ? null : siret, matricule, statut,
						categorie, filiere, cadre.isEmpty() ? null : cadre, fonctionnel);
				if (corrections.putIfAbsent(cleCorrection(c.siret(), matricule), c) != null) {
					journal.rejeter(bilan, ligne.numero(), "matricule", matricule,
							"matricule déjà corrigé plus haut (la première ligne est retenue)", c.siret());
				}
			}
			catch (ValeurInvalideException ex) {
				journal.rejeter(bilan, ligne.numero(), colonne, valeur, ex.getMessage(),
						siret.isEmpty() ? null : siret);
			}
		}, List.of("matricule"));
	}

	static String cleCorrection(@Nullable String siret, String matricule) {
		return (siret == null ? "" : siret) + "|" + matricule;
	}

	/** La correction d'un agent : celle de son SIRET, sinon celle donnée sans SIRET. */
	@Nullable Correction correction(String siret, String matricule) {
		Correction c = corrections.get(cleCorrection(siret, matricule));
		return c != null ? c : corrections.get(cleCorrection(null, matricule));
	}

	private interface Traitement {

		void ligne(Map<String, Integer> index, LigneBrute ligne);

	}

	private static void lireTableau(Path fichier, Traitement traitement, List<String> obligatoires) {
		if (!Files.isRegularFile(fichier)) {
			return;
		}
		try (SourceCsv source = SourceCsv.ouvrir(fichier)) {
			Map<String, Integer> index = new HashMap<>();
			List<String> entetes = source.entetes();
			for (int i = 0; i < entetes.size(); i++) {
				index.putIfAbsent(Entetes.normaliser(entetes.get(i)), i);
			}
			for (String o : obligatoires) {
				if (!index.containsKey(Entetes.normaliser(o))) {
					throw new EntreeInvalideException("Fichier " + fichier.getFileName() + " : colonne obligatoire « "
							+ o + " » absente (en-têtes lus : " + entetes + ")");
				}
			}
			LigneBrute ligne;
			while ((ligne = source.suivante()) != null) {
				if (!ligne.estVide()) {
					traitement.ligne(index, ligne);
				}
			}
		}
		catch (IOException ex) {
			throw new EntreeInvalideException(
					"Fichier illisible : " + fichier.getFileName() + " (" + ex.getMessage() + ")");
		}
	}

	private static String cellule(LigneBrute ligne, Map<String, Integer> index, String colonne) {
		Integer i = index.get(Entetes.normaliser(colonne));
		return i == null ? "" : ligne.cellule(i);
	}

}
