package fr.cdg.rsu.lecture;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import fr.cdg.rsu.domaine.themes.FichierFacultatif;
import fr.cdg.rsu.domaine.themes.RubriqueEmployeur;

/**
 * Les sortes de données d'entrée, avec leurs colonnes canoniques : les quatre du contrat
 * d'entrée ({@code input-format.md}) et les fichiers facultatifs du reste du RSU
 * ({@code input-themes.md}).
 */
public enum TypeFichier {

	COLLECTIVITES(List.of(Colonne.obligatoire("siret"), Colonne.obligatoire("nom", "nom collectivite", "libelle"),
			Colonne.facultative("type", "type collectivite"), Colonne.facultative("departement", "dept"),
			Colonne.facultative("budget_fonctionnement", "budget"),
			Colonne.facultative("charges_personnel", "charges personnel 012", "chapitre 012"))),

	AGENTS(List.of(Colonne.facultative("siret"), Colonne.obligatoire("matricule", "numero agent", "id agent"),
			Colonne.obligatoire("sexe", "genre"), Colonne.obligatoire("date_naissance", "naissance", "ne le"),
			Colonne.obligatoire("statut"), Colonne.facultative("categorie", "cat"), Colonne.facultative("filiere"),
			Colonne.facultative("cadre_emplois", "cadre emploi"), Colonne.facultative("emploi_fonctionnel"),
			Colonne.facultative("temps_travail"), Colonne.facultative("quotite", "quotite temps partiel"),
			Colonne.facultative("temps_partiel_de_droit"), Colonne.facultative("date_entree", "entree", "date arrivee"),
			Colonne.facultative("date_sortie", "sortie", "date depart"),
			// colonnes facultatives du reste du RSU (input-themes.md) : absentes, leurs
			// thèmes sont non renseignés
			Colonne.facultative("boeth", "beneficiaire obligation emploi", "travailleur handicape"),
			Colonne.facultative("boeth_type", "type boeth", "titre boeth"),
			Colonne.facultative("teletravail", "en teletravail"),
			Colonne.facultative("teletravail_demande", "demande teletravail"),
			Colonne.facultative("visites_medecin_sur_demande", "visites medecin demande",
					"visites medecin prevention sur demande"),
			Colonne.facultative("accompagnements_cep", "accompagnements conseil evolution professionnelle", "cep"),
			Colonne.facultative("cdi", "contrat duree indeterminee"),
			Colonne.facultative("motif_contrat", "motif recrutement", "motif contrat non permanent"))),

	ABSENCES(List.of(Colonne.facultative("siret"), Colonne.obligatoire("matricule", "numero agent", "id agent"),
			Colonne.obligatoire("motif", "motif absence", "nature absence"),
			Colonne.obligatoire("date_debut", "debut", "date debut absence"),
			Colonne.facultative("date_fin", "fin", "date fin absence"), Colonne.facultative("prolongation"),
			Colonne.facultative("jours_carence", "carence", "nb jours carence"),
			Colonne.facultative("date_accident", "date accident"))),

	REMUNERATIONS(List.of(Colonne.facultative("siret"), Colonne.obligatoire("matricule", "numero agent", "id agent"),
			Colonne.obligatoire("traitement_brut", "traitement", "traitement indiciaire"),
			Colonne.facultative("primes", "regime indemnitaire"), Colonne.facultative("nbi"),
			Colonne.facultative("sft", "supplement familial"),
			Colonne.facultative("heures_sup_montant", "montant heures sup", "hsc montant"),
			Colonne.facultative("heures_sup_nombre", "nombre heures sup", "hsc nombre"), Colonne.obligatoire("etpr"),
			Colonne.facultative("heures_payees"))),

	EMPLOYEUR_RSU(colonnesEmployeur(), FichierFacultatif.EMPLOYEUR_RSU),

	ACCIDENTS(List.of(Colonne.facultative("siret"), Colonne.obligatoire("matricule", "numero agent", "id agent"),
			Colonne.obligatoire("nature", "nature accident", "type accident"),
			Colonne.obligatoire("date_accident", "date accident", "date constatation", "date premiere constatation"),
			Colonne.facultative("avec_arret", "arret"), Colonne.facultative("reconnu", "imputabilite reconnue"),
			Colonne.facultative("activite", "type activite"), Colonne.facultative("siege_lesion", "siege lesions"),
			Colonne.facultative("nature_lesion", "nature lesions"),
			Colonne.facultative("element_materiel", "element materiel origine"),
			Colonne.facultative("type_mp", "type maladie professionnelle")), FichierFacultatif.ACCIDENTS),

	DECISIONS_SANTE(List.of(Colonne.facultative("siret"), Colonne.obligatoire("matricule", "numero agent", "id agent"),
			Colonne.obligatoire("date", "date decision"), Colonne.obligatoire("type", "type decision", "decision"),
			Colonne.facultative("lie_at_mp", "liee at mp", "suite accident maladie professionnelle")),
			FichierFacultatif.DECISIONS_SANTE),

	SIGNALEMENTS(List.of(Colonne.facultative("siret"), Colonne.obligatoire("type", "type acte", "type signalement"),
			Colonne.obligatoire("auteur", "auteur acte"), Colonne.facultative("avec_arret", "arret"),
			Colonne.facultative("sexe_victime", "sexe victimes"), Colonne.obligatoire("nombre", "nombre actes", "nb")),
			FichierFacultatif.SIGNALEMENTS),

	FORMATIONS(List.of(Colonne.facultative("siret"), Colonne.obligatoire("matricule", "numero agent", "id agent"),
			Colonne.obligatoire("date_debut", "debut", "date debut formation"),
			Colonne.obligatoire("jours", "nombre jours", "jours formation", "duree jours"),
			Colonne.facultative("organisme", "organisme formation"), Colonne.facultative("type", "type formation"),
			Colonne.facultative("cout", "cout formation", "montant")), FichierFacultatif.FORMATIONS),

	CARRIERES(List.of(Colonne.facultative("siret"), Colonne.obligatoire("matricule", "numero agent", "id agent"),
			Colonne.obligatoire("date", "date evenement", "date effet"),
			Colonne.obligatoire("type", "type evenement", "evenement")), FichierFacultatif.CARRIERES);

	private final List<Colonne> colonnes;

	/**
	 * Le fichier facultatif de {@code input-themes.md}, ou {@code null} pour les quatre
	 * du contrat d'entrée.
	 */
	private final @org.jspecify.annotations.Nullable FichierFacultatif facultatif;

	TypeFichier(List<Colonne> colonnes) {
		this(colonnes, null);
	}

	TypeFichier(List<Colonne> colonnes, @org.jspecify.annotations.Nullable FichierFacultatif facultatif) {
		this.colonnes = colonnes;
		this.facultatif = facultatif;
	}

	public List<Colonne> colonnes() {
		return colonnes;
	}

	/**
	 * Le fichier facultatif correspondant, ou {@code null} pour collectivites, agents,
	 * absences, remunerations.
	 */
	public @org.jspecify.annotations.Nullable FichierFacultatif facultatif() {
		return facultatif;
	}

	/**
	 * Nom du fichier ou de la feuille : {@code agents}, {@code absences},
	 * {@code employeur-rsu}, {@code decisions-sante}...
	 */
	public String nom() {
		return facultatif != null ? facultatif.nom() : name().toLowerCase(Locale.ROOT);
	}

	/**
	 * Les fichiers et feuilles se reconnaissent à leur nom normalisé :
	 * {@code Décisions santé} = {@code decisions-sante}.
	 */
	public static Optional<TypeFichier> depuisNom(String nom) {
		String n = Entetes.normaliser(nom);
		for (TypeFichier t : values()) {
			if (Entetes.normaliser(t.nom()).equals(n)) {
				return Optional.of(t);
			}
		}
		return Optional.empty();
	}

	private static List<Colonne> colonnesEmployeur() {
		List<Colonne> c = new ArrayList<>();
		c.add(Colonne.obligatoire("siret"));
		c.add(Colonne.obligatoire("annee", "annee rsu", "exercice"));
		for (RubriqueEmployeur r : RubriqueEmployeur.values()) {
			c.add(Colonne.facultative(r.colonne()));
		}
		return List.copyOf(c);
	}

	/**
	 * Une colonne canonique et les autres noms qu'on lui connaît ; la comparaison se fait
	 * sur la forme normalisée.
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
