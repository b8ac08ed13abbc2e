package fr.cdg.rsu.domaine.themes;

import java.util.List;

/** Comment l'employeur couvre le risque chômage de ses agents. */
public enum AssuranceChomage implements ListeDeCodes {

	AUTO("Auto-assurance", "Autoassurance"),
	CONVENTION("Convention de gestion avec France Travail", "Convention de gestion"),
	ADHESION("Adhésion au régime d'assurance chômage", "Adhésion révocable", "Adhésion irrévocable");

	private final String libelle;

	private final List<String> alias;

	AssuranceChomage(String libelle, String... alias) {
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
