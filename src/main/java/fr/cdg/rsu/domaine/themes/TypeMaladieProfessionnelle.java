package fr.cdg.rsu.domaine.themes;

import java.util.List;

/**
 * Type de maladie professionnelle (ou à caractère professionnel, ou contractée en
 * service).
 */
public enum TypeMaladieProfessionnelle implements ListeDeCodes {

	TMS("Troubles musculo-squelettiques", "Troubles musculosquelettiques"),
	RPS("Liée aux risques psychosociaux", "Risques psychosociaux"), AUDITIF("Atteinte auditive", "Surdité", "Bruit"),
	AMIANTE("Liée à l'amiante", "Amiante"), AUTRE("Autre maladie professionnelle", "Autre");

	private final String libelle;

	private final List<String> alias;

	TypeMaladieProfessionnelle(String libelle, String... alias) {
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
