package fr.cdg.rsu.domaine.themes;

import java.util.List;

/** Voie par laquelle l'employeur sert l'action sociale à ses agents. */
public enum ModeActionSociale implements ListeDeCodes {

	DIRECTE("Prestations servies directement", "Directe", "En direct"),
	CDG("Par le centre de gestion", "Centre de gestion"),
	ASSOCIATION_NATIONALE("Par une association nationale (CNAS...)", "CNAS", "Association nationale"),
	ORGANISME_LOCAL("Par un organisme local (COS, amicale...)", "COS", "Amicale", "Comité des œuvres sociales");

	private final String libelle;

	private final List<String> alias;

	ModeActionSociale(String libelle, String... alias) {
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
