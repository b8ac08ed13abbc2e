package fr.cdg.rsu.domaine.themes;

import java.util.List;

/** Événement de carrière de l'année (synthèse égalité). */
public enum TypeEvenementCarriere implements ListeDeCodes {

	PROMOTION_INTERNE("Promotion interne"),
	EXAMEN_PROFESSIONNEL("Réussite à un examen professionnel", "Examen professionnel"),
	CONCOURS("Nomination après concours", "Concours"), AVANCEMENT_GRADE("Avancement de grade"),
	TITULARISATION("Titularisation");

	private final String libelle;

	private final List<String> alias;

	TypeEvenementCarriere(String libelle, String... alias) {
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
