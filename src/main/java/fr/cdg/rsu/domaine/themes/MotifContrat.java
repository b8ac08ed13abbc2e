package fr.cdg.rsu.domaine.themes;

import java.util.List;

/** Motif du recrutement d'un contractuel sur emploi non permanent. */
public enum MotifContrat implements ListeDeCodes {

	REMPLACEMENT("Remplacement d'un agent absent", "Remplacement"),
	ACCROISSEMENT("Accroissement temporaire d'activité", "Accroissement temporaire"),
	SAISONNIER("Accroissement saisonnier d'activité", "Saisonnier"), PROJET("Contrat de projet", "Projet"),
	APPRENTI("Apprentissage", "Apprenti", "Apprentie"),
	CONTRAT_AIDE("Contrat aidé", "PEC", "Parcours emploi compétences"), AUTRE("Autre motif", "Autre");

	private final String libelle;

	private final List<String> alias;

	MotifContrat(String libelle, String... alias) {
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
