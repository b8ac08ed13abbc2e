package fr.cdg.rsu.lecture.dsn;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.cdg.rsu.indicateurs.Avertissement;
import fr.cdg.rsu.lecture.Rejet;
import org.jspecify.annotations.Nullable;

/**
 * Ce que la lecture des DSN relève au fil des deux passages : les rejets (fichier, ligne,
 * rubrique, valeur, motif), les avertissements, et les comptes de chaque fichier pour le
 * rapport d'exécution.
 */
final class Journal {

	final List<Rejet> rejets = new ArrayList<>();

	final List<Avertissement> avertissements = new ArrayList<>();

	/** Comptes par fichier, dans l'ordre des fichiers. */
	final Map<String, BilanFichier> fichiers = new LinkedHashMap<>();

	void rejeter(BilanFichier f, long ligne, String rubrique, String valeur, String motif, @Nullable String siret) {
		rejets.add(new Rejet(f.nom, ligne, rubrique, valeur, motif, siret));
		f.rejetees++;
	}

	void avertir(@Nullable String siret, String type, String message) {
		avertissements.add(new Avertissement(siret == null ? "" : siret, type, "", message));
	}

	/** Les comptes d'un fichier DSN (§7 de la spécification). */
	static final class BilanFichier {

		final String nom;

		long lues;

		long vides;

		long rejetees;

		long longues;

		long rubriquesInconnues;

		final List<Map<String, Object>> declarations = new ArrayList<>();

		final List<String> controlesS90 = new ArrayList<>();

		BilanFichier(String nom) {
			this.nom = nom;
		}

	}

}
