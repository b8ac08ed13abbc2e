package fr.cdg.rsu.domaine.themes;

import java.util.List;

/** Qui assure la fonction d'inspection (ACFI) de l'employeur. */
public enum OrigineAcfi implements ListeDeCodes {

	CDG("Centre de gestion (convention)", "Centre de gestion"), INTERNE("Agent de l'employeur", "Interne"),
	AUTRE("Autre", "Autre organisme");

	private final String libelle;

	private final List<String> alias;

	OrigineAcfi(String libelle, String... alias) {
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
