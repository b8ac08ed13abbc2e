package fr.cdg.rsu.domaine.themes;

import java.util.List;

/** Élément matériel à l'origine d'un accident. */
public enum ElementMateriel implements ListeDeCodes {

	CHUTE_PLAIN_PIED("Chute de plain-pied", "Glissade", "Chute de plain pied"),
	CHUTE_HAUTEUR("Chute avec dénivellation", "Chute de hauteur"),
	MANUTENTION("Manutention manuelle", "Port de charge", "Manutention"),
	OBJET_EN_MOUVEMENT("Objet en mouvement, chute d'objet", "Chute d'objet"), OUTIL("Outils à main", "Outils"),
	MACHINE("Machines et engins", "Engin"), VEHICULE("Véhicules", "Circulation", "Véhicule"),
	EFFORT_MOUVEMENT("Effort, faux mouvement", "Faux mouvement", "Effort"),
	AGRESSION("Agression, y compris par un animal", "Violence", "Morsure"),
	PRODUIT("Produits, substances", "Produits chimiques"), AUTRE("Autre ou non précisé", "Non précisé");

	private final String libelle;

	private final List<String> alias;

	ElementMateriel(String libelle, String... alias) {
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
