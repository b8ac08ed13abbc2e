package fr.cdg.rsu.domaine.themes;

import java.util.List;

/**
 * Titre qui fait d'un agent un bénéficiaire de l'obligation d'emploi des travailleurs
 * handicapés.
 */
public enum TypeBoeth implements ListeDeCodes {

	RQTH("Reconnaissance de la qualité de travailleur handicapé", "Travailleur handicapé"),
	RENTE_AT_MP("Rente d'accident du travail ou de maladie professionnelle", "Rente AT MP", "Rente AT/MP"),
	INVALIDITE("Pension ou carte d'invalidité", "Pension d'invalidité", "Carte d'invalidité"),
	ATI("Allocation temporaire d'invalidité", "Allocation temporaire d'invalidite"), AUTRE("Autre titre", "Autre");

	private final String libelle;

	private final List<String> alias;

	TypeBoeth(String libelle, String... alias) {
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
