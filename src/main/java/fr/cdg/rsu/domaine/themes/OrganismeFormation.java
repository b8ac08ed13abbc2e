package fr.cdg.rsu.domaine.themes;

import java.util.List;

/** Organisme qui a assuré une action de formation. */
public enum OrganismeFormation implements ListeDeCodes {

	CNFPT_COTISATION("CNFPT (formations couvertes par la cotisation)", "CNFPT", "CNFPT cotisation"),
	CNFPT_PAYANT("CNFPT (formations payantes, hors cotisation)", "CNFPT payant", "CNFPT hors cotisation"),
	CDG("Centre de gestion", "Centre de gestion de la FPT"), INTERNE("Formation en interne", "Interne", "En interne"),
	AUTRE("Autres organismes", "Autre organisme", "Autre");

	private final String libelle;

	private final List<String> alias;

	OrganismeFormation(String libelle, String... alias) {
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
