package fr.cdg.rsu.generateur;

import java.util.List;

/**
 * Les quatre sortes de fichiers du contrat d'entrée, avec leurs colonnes canoniques dans
 * l'ordre écrit.
 */
public enum Nature {

	COLLECTIVITES("siret", "nom", "type", "departement", "budget_fonctionnement", "charges_personnel"),
	AGENTS("siret", "matricule", "sexe", "date_naissance", "statut", "categorie", "filiere", "cadre_emplois",
			"emploi_fonctionnel", "temps_travail", "quotite", "temps_partiel_de_droit", "date_entree", "date_sortie"),
	ABSENCES("siret", "matricule", "motif", "date_debut", "date_fin", "prolongation", "jours_carence", "date_accident"),
	REMUNERATIONS("siret", "matricule", "traitement_brut", "primes", "nbi", "sft", "heures_sup_montant",
			"heures_sup_nombre", "etpr", "heures_payees");

	private final List<String> colonnes;

	Nature(String... colonnes) {
		this.colonnes = List.of(colonnes);
	}

	/** Colonnes canoniques du contrat (docs : /work/shared/spec/input-format.md). */
	public List<String> colonnes() {
		return colonnes;
	}

	/** Nom de fichier et de feuille : {@code collectivites}, {@code agents}... */
	public String nom() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

	public int indice(String colonne) {
		int i = colonnes.indexOf(colonne);
		if (i < 0) {
			throw new IllegalArgumentException(colonne);
		}
		return i;
	}

}
