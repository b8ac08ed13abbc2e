package fr.cdg.rsu.domaine.themes;

import java.util.List;

/** Type d'une action de formation. */
public enum TypeFormation implements ListeDeCodes {

	PREVENTION("Prévention, santé et sécurité au travail", "Santé sécurité", "Prévention des risques"),
	HABILITATION("Habilitations et formations obligatoires", "Habilitation", "Formation obligatoire"),
	INTEGRATION("Intégration et professionnalisation", "Formation d'intégration", "Professionnalisation"),
	PERFECTIONNEMENT("Perfectionnement", "Formation de perfectionnement"),
	PREPARATION_CONCOURS("Préparation aux concours et examens", "Préparation concours"),
	AUTRE("Autre formation", "Autre");

	private final String libelle;

	private final List<String> alias;

	TypeFormation(String libelle, String... alias) {
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
