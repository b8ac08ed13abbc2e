package fr.cdg.rsu.domaine.themes;

import java.util.List;

/**
 * Siège des lésions d'un accident (grandes familles de la collecte RSU des centres de
 * gestion).
 */
public enum SiegeLesion implements ListeDeCodes {

	TETE("Tête (hors yeux)", "Tête", "Crâne", "Visage"), YEUX("Yeux", "Oeil", "Œil"), COU("Cou", "Nuque"),
	TRONC("Tronc (hors dos)", "Thorax", "Abdomen"), DOS("Dos", "Rachis", "Colonne vertébrale"),
	MEMBRES_SUPERIEURS("Membres supérieurs (hors mains)", "Bras", "Épaule", "Coude", "Poignet"),
	MAINS("Mains", "Main", "Doigts"),
	MEMBRES_INFERIEURS("Membres inférieurs (hors pieds)", "Jambe", "Genou", "Cheville", "Hanche"),
	PIEDS("Pieds", "Pied", "Orteils"), LOCALISATIONS_MULTIPLES("Localisations multiples", "Multiples"),
	SIEGE_INTERNE("Siège interne", "Interne", "Psychique"), AUTRE("Autre ou non précisé", "Non précisé");

	private final String libelle;

	private final List<String> alias;

	SiegeLesion(String libelle, String... alias) {
		this.libelle = libelle;
		this.alias = List.of(alias);
	}

	@Override
	public String libelle() {
		return libelle;
	}

	@Override
	public List<String> alias() {
		return alias;
	}

}
