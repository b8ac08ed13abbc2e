package fr.cdg.rsu.domaine.themes;

import java.util.List;

/** Activité exercée lors de l'accident (ou liée à la maladie professionnelle). */
public enum ActiviteAccident implements ListeDeCodes {

	ESPACES_VERTS("Espaces verts", "Espaces verts et paysage"), VOIRIE("Voirie", "Voirie et réseaux divers"),
	BATIMENT("Bâtiment", "Bâtiment et travaux"), RESTAURATION("Restauration", "Restauration collective"),
	ENTRETIEN_LOCAUX("Entretien des locaux", "Entretien", "Propreté"),
	SPORT("Entretien physique et sportif", "Activités sportives"),
	CULTURE("Affaires culturelles", "Activités culturelles"), ANIMATION("Animation", "Animation et enfance"),
	ADMINISTRATIF("Activités administratives", "Administration", "Bureau"), TRAJET("Trajet domicile-travail", "Trajet"),
	AUTRE("Autres activités", "Autre");

	private final String libelle;

	private final List<String> alias;

	ActiviteAccident(String libelle, String... alias) {
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
