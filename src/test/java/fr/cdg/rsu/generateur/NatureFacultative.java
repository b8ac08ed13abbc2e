package fr.cdg.rsu.generateur;

import java.util.ArrayList;
import java.util.List;

import fr.cdg.rsu.domaine.themes.RubriqueEmployeur;

/**
 * Les fichiers facultatifs du RSU ({@code shared/spec/input-themes.md}), avec leurs
 * colonnes canoniques dans l'ordre écrit. À part des quatre {@link Nature} du contrat :
 * un lot ne les écrit que quand on le demande (échantillons, option {@code --themes}), et
 * tout ce qui lit un lot des quatre fichiers reste inchangé.
 */
public enum NatureFacultative {

	EMPLOYEUR_RSU("employeur-rsu", colonnesEmployeur()),
	ACCIDENTS("accidents",
			List.of("siret", "matricule", "nature", "date_accident", "avec_arret", "reconnu", "activite",
					"siege_lesion", "nature_lesion", "element_materiel", "type_mp")),
	DECISIONS_SANTE("decisions-sante", List.of("siret", "matricule", "date", "type", "lie_at_mp")),
	SIGNALEMENTS("signalements", List.of("siret", "type", "auteur", "avec_arret", "sexe_victime", "nombre")),
	FORMATIONS("formations", List.of("siret", "matricule", "date_debut", "jours", "organisme", "type", "cout")),
	CARRIERES("carrieres", List.of("siret", "matricule", "date", "type"));

	/**
	 * Les colonnes facultatives du fichier agents, écrites après les colonnes du contrat.
	 */
	public static final List<String> COLONNES_AGENTS = List.of("boeth", "boeth_type", "teletravail",
			"teletravail_demande", "visites_medecin_sur_demande", "accompagnements_cep", "cdi", "motif_contrat");

	private final String nom;

	private final List<String> colonnes;

	NatureFacultative(String nom, List<String> colonnes) {
		this.nom = nom;
		this.colonnes = colonnes;
	}

	/** Nom du fichier et de la feuille : {@code decisions-sante}. */
	public String nom() {
		return nom;
	}

	public List<String> colonnes() {
		return colonnes;
	}

	private static List<String> colonnesEmployeur() {
		List<String> c = new ArrayList<>(List.of("siret", "annee"));
		for (RubriqueEmployeur r : RubriqueEmployeur.values()) {
			c.add(r.colonne());
		}
		return List.copyOf(c);
	}

}
