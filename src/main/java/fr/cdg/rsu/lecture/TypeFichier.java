package fr.cdg.rsu.lecture;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Les quatre sortes de données d'entrée, avec leurs colonnes canoniques (spécification d'entrée). */
public enum TypeFichier {

	COLLECTIVITES(List.of(Colonne.obligatoire("siret"), Colonne.obligatoire("nom", "nom collectivite", "libelle"),
			Colonne.facultative("type", "type collectivite"), Colonne.facultative("departement", "dept"),
			Colonne.facultative("budget_fonctionnement", "budget"),
			Colonne.facultative("charges_personnel", "charges personnel 012", "chapitre 012"))),

	AGENTS(List.of(Colonne.facultative("siret"), Colonne.obligatoire("matricule", "numero agent", "id agent"),
			Colonne.obligatoire("sexe", "genre"), Colonne.obligatoire("date_naissance", "naissance", "ne le"),
			Colonne.obligatoire("statut"), Colonne.facultative("categorie", "cat"),
			Colonne.facultative("filiere"), Colonne.facultative("cadre_emplois", "cadre emploi"),
			Colonne.facultative("emploi_fonctionnel"), Colonne.facultative("temps_travail"),
			Colonne.facultative("quotite", "quotite temps partiel"), Colonne.facultative("temps_partiel_de_droit"),
			Colonne.facultative("date_entree", "entree", "date arrivee"),
			Colonne.facultative("date_sortie", "sortie", "date depart"))),

	ABSENCES(List.of(Colonne.facultative("siret"), Colonne.obligatoire("matricule", "numero agent", "id agent"),
			Colonne.obligatoire("motif", "motif absence", "nature absence"),
			Colonne.obligatoire("date_debut", "debut", "date debut absence"),
			Colonne.facultative("date_fin", "fin", "date fin absence"),
			Colonne.facultative("prolongation"), Colonne.facultative("jours_carence", "carence", "nb jours carence"),
			Colonne.facultative("date_accident", "date accident"))),

	REMUNERATIONS(List.of(Colonne.facultative("siret"), Colonne.obligatoire("matricule", "numero agent", "id agent"),
			Colonne.obligatoire("traitement_brut", "traitement", "traitement indiciaire"),
			Colonne.facultative("primes", "regime indemnitaire"), Colonne.facultative("nbi"),
			Colonne.facultative("sft", "supplement familial"),
			Colonne.facultative("heures_sup_montant", "montant heures sup", "hsc montant"),
			Colonne.facultative("heures_sup_nombre", "nombre heures sup", "hsc nombre"),
			Colonne.obligatoire("etpr"), Colonne.facultative("heures_payees")));

	private final List<Colonne> colonnes;

	TypeFichier(List<Colonne> colonnes) {
		this.colonnes = colonnes;
	}

	public List<Colonne> colonnes() {
		return colonnes;
	}

	/** Nom du fichier ou de la feuille : {@code agents}, {@code absences}... */
	public String nom() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<TypeFichier> depuisNom(String nom) {
		String n = Entetes.normaliser(nom);
		for (TypeFichier t : values()) {
			if (t.nom().equals(n)) {
				return Optional.of(t);
			}
		}
		return Optional.empty();
	}

	/**
	 * Une colonne canonique et les autres noms qu'on lui connaît ; la comparaison se fait sur la forme normalisée.
	 */
	public record Colonne(String nom, boolean obligatoire, List<String> alias) {

		static Colonne obligatoire(String nom, String... alias) {
			return new Colonne(nom, true, List.of(alias));
		}

		static Colonne facultative(String nom, String... alias) {
			return new Colonne(nom, false, List.of(alias));
		}

	}

}
