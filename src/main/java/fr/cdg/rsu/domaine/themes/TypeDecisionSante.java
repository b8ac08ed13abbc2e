package fr.cdg.rsu.domaine.themes;

import java.util.List;

/**
 * Décision de l'année liée à la santé d'un agent (inaptitudes, aménagements,
 * reclassements).
 */
public enum TypeDecisionSante implements ListeDeCodes {

	TEMPS_PARTIEL_THERAPEUTIQUE("Temps partiel thérapeutique", "TPT", "Temps partiel pour raison thérapeutique"),
	AMENAGEMENT_POSTE("Aménagement de poste de travail", "Aménagement du poste"),
	AMENAGEMENT_HORAIRES("Aménagement d'horaires", "Aménagement horaire"),
	INAPTITUDE_DEFINITIVE("Inaptitude définitive", "Inaptitude définitive à toutes fonctions"),
	DEMANDE_RECLASSEMENT("Demande de reclassement", "Demande de reclassement pour inaptitude"),
	RECLASSEMENT("Reclassement", "Reclassement pour inaptitude"),
	PERIODE_PREPARATION_RECLASSEMENT("Période de préparation au reclassement", "PPR"),
	DISPONIBILITE_OFFICE("Mise en disponibilité d'office pour raison de santé", "Disponibilité d'office"),
	RETRAITE_INVALIDITE("Retraite pour invalidité", "Mise à la retraite pour invalidité"),
	LICENCIEMENT_INAPTITUDE("Licenciement pour inaptitude physique", "Licenciement pour inaptitude");

	private final String libelle;

	private final List<String> alias;

	TypeDecisionSante(String libelle, String... alias) {
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
