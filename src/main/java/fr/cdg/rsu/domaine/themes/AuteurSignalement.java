package fr.cdg.rsu.domaine.themes;

import java.util.List;

/** Auteur d'un acte signalé : un usager ou un membre du personnel. */
public enum AuteurSignalement implements ListeDeCodes {

	USAGER("Usager", "Usagers", "Public", "Externe"), PERSONNEL("Personnel", "Agent", "Collègue", "Interne");

	private final String libelle;

	private final List<String> alias;

	AuteurSignalement(String libelle, String... alias) {
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
