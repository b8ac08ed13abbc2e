package fr.cdg.rsu.domaine.themes;

import java.util.List;
import java.util.Locale;

/**
 * Les colonnes du fichier {@code employeur-rsu} (une ligne par employeur et par année),
 * chacune avec sa nature et la partie du RSU qu'elle renseigne. Une rubrique laissée vide
 * n'est pas un « non » : elle n'est pas renseignée.
 */
public enum RubriqueEmployeur {

	NB_ASSISTANTS_PREVENTION(Nature.NOMBRE, Partie.PREVENTION, "Assistants de prévention"),
	NB_CONSEILLERS_PREVENTION(Nature.NOMBRE, Partie.PREVENTION, "Conseillers de prévention"),
	ACFI_DESIGNE(Nature.OUI_NON, Partie.PREVENTION, "Agent chargé de la fonction d'inspection (ACFI) désigné"),
	ACFI_ORIGINE(Nature.CODE, Partie.PREVENTION, "Origine de l'ACFI"),
	NB_VISITES_ACFI(Nature.NOMBRE, Partie.PREVENTION, "Visites de l'ACFI dans l'année"),
	NB_MEDECINS_PREVENTION(Nature.NOMBRE, Partie.PREVENTION, "Médecins de prévention"),
	NB_INFIRMIERS_PREVENTION(Nature.NOMBRE, Partie.PREVENTION, "Infirmiers en santé au travail"),
	NB_AUTRES_PREVENTION(Nature.NOMBRE, Partie.PREVENTION, "Autres personnels de prévention"),
	DEPENSES_PREVENTION(Nature.MONTANT, Partie.DEPENSES, "Dépenses de prévention (€)"),
	DEPENSES_AMELIORATION_CONDITIONS_TRAVAIL(Nature.MONTANT, Partie.DEPENSES,
			"Dépenses d'amélioration des conditions de travail (€)"),
	DUERP(Nature.OUI_NON, Partie.DOCUMENTS, "Document unique d'évaluation des risques professionnels (DUERP)"),
	DUERP_DATE_MAJ(Nature.DATE, Partie.DOCUMENTS, "Date de la dernière mise à jour du DUERP"),
	PLAN_PREVENTION_RPS(Nature.OUI_NON, Partie.DOCUMENTS, "Plan de prévention des risques psychosociaux"),
	EVALUATION_RPS_PAR_SERVICE(Nature.OUI_NON, Partie.DOCUMENTS, "Évaluation des risques psychosociaux par service"),
	DIAGNOSTIC_RPS(Nature.OUI_NON, Partie.DOCUMENTS, "Diagnostic des risques psychosociaux"),
	DEMARCHE_TMS(Nature.OUI_NON, Partie.DOCUMENTS, "Démarche de prévention des troubles musculo-squelettiques"),
	DEMARCHE_CMR(Nature.OUI_NON, Partie.DOCUMENTS, "Démarche de prévention des risques cancérogènes (CMR)"),
	REGISTRE_SST(Nature.OUI_NON, Partie.DOCUMENTS, "Registre de santé et de sécurité au travail"),
	PROGRAMME_ANNUEL_PREVENTION(Nature.OUI_NON, Partie.DOCUMENTS, "Programme annuel de prévention"),
	RAPPORT_MEDECINE_PREVENTIVE(Nature.OUI_NON, Partie.DOCUMENTS, "Rapport d'activité de la médecine préventive"),
	DIAGNOSTIC_PENIBILITE(Nature.OUI_NON, Partie.DOCUMENTS, "Diagnostic de pénibilité annexé au DUERP"),
	FICHES_EXPOSITION_AMIANTE(Nature.OUI_NON, Partie.DOCUMENTS, "Fiches d'exposition à l'amiante"),
	PLAN_PREVENTION_ENTREPRISES_EXTERIEURES(Nature.OUI_NON, Partie.DOCUMENTS,
			"Plan de prévention des entreprises extérieures"),
	CONTRAT_ASSURANCE_RISQUES_STATUTAIRES(Nature.OUI_NON, Partie.DOCUMENTS,
			"Contrat d'assurance des risques statutaires"),
	CST_PROPRE(Nature.OUI_NON, Partie.INSTANCES, "Comité social territorial propre à l'employeur"),
	NB_REUNIONS_CST(Nature.NOMBRE, Partie.INSTANCES, "Réunions du comité social territorial"),
	NB_REUNIONS_FSSSCT(Nature.NOMBRE, Partie.INSTANCES, "Réunions de la formation spécialisée (FSSSCT)"),
	NB_REUNIONS_CAP(Nature.NOMBRE, Partie.INSTANCES, "Réunions des commissions administratives paritaires"),
	NB_REUNIONS_CCP(Nature.NOMBRE, Partie.INSTANCES, "Réunions des commissions consultatives paritaires"),
	NB_SAISINES_DROIT_ALERTE_RETRAIT(Nature.NOMBRE, Partie.INSTANCES,
			"Saisines pour l'exercice du droit d'alerte ou de retrait"),
	NEGOCIATIONS_ENGAGEES(Nature.OUI_NON, Partie.DIALOGUE_SOCIAL, "Négociations engagées dans l'année"),
	NB_ACCORDS(Nature.NOMBRE, Partie.DIALOGUE_SOCIAL, "Accords collectifs conclus"),
	JOURS_GREVE(Nature.DECIMAL, Partie.DIALOGUE_SOCIAL, "Journées de grève"),
	HEURES_DECHARGE(Nature.DECIMAL, Partie.DIALOGUE_SOCIAL, "Heures de décharge d'activité de service"),
	TELETRAVAIL_DELIBERE(Nature.OUI_NON, Partie.ORGANISATION, "Télétravail organisé par délibération"),
	CHARTE_TEMPS(Nature.OUI_NON, Partie.ORGANISATION, "Charte du temps ou du droit à la déconnexion"),
	RIFSEEP_FONCTIONNAIRES(Nature.OUI_NON, Partie.ORGANISATION, "RIFSEEP mis en place pour les fonctionnaires"),
	RIFSEEP_CONTRACTUELS(Nature.OUI_NON, Partie.ORGANISATION, "RIFSEEP étendu aux contractuels"),
	MAINTIEN_PRIMES_MALADIE(Nature.OUI_NON, Partie.ORGANISATION, "Maintien des primes pendant les congés de maladie"),
	ASSURANCE_CHOMAGE(Nature.CODE, Partie.ORGANISATION, "Couverture du risque chômage"),
	ACTION_SOCIALE_MODE(Nature.CODES_MULTIPLES, Partie.ACTION_SOCIALE, "Mode de mise en œuvre de l'action sociale"),
	PSC_ACCORD_COLLECTIF(Nature.OUI_NON, Partie.ACTION_SOCIALE,
			"Accord collectif sur la protection sociale complémentaire"),
	PSC_SANTE_MONTANT_MOYEN(Nature.MONTANT, Partie.ACTION_SOCIALE,
			"Participation mensuelle moyenne en santé par bénéficiaire (€)"),
	PSC_SANTE_BENEFICIAIRES(Nature.NOMBRE, Partie.ACTION_SOCIALE, "Bénéficiaires de la participation en santé"),
	PSC_PREVOYANCE_MONTANT_MOYEN(Nature.MONTANT, Partie.ACTION_SOCIALE,
			"Participation mensuelle moyenne en prévoyance par bénéficiaire (€)"),
	PSC_PREVOYANCE_BENEFICIAIRES(Nature.NOMBRE, Partie.ACTION_SOCIALE,
			"Bénéficiaires de la participation en prévoyance");

	/** Ce qu'une colonne contient, donc comment la lire. */
	public enum Nature {

		/** Un compte entier positif ou nul. */
		NOMBRE,
		/** Un nombre positif ou nul, décimales permises (jours de grève, heures). */
		DECIMAL,
		/** Des euros, positifs ou nuls. */
		MONTANT,
		/** O/N, oui/non, 1/0. */
		OUI_NON,
		/** Une date. */
		DATE,
		/** Un code d'une liste fermée. */
		CODE,
		/** Plusieurs codes d'une liste fermée, séparés par {@code |}. */
		CODES_MULTIPLES

	}

	/** La partie des documents que la rubrique renseigne. */
	public enum Partie {

		PREVENTION, DEPENSES, DOCUMENTS, INSTANCES, DIALOGUE_SOCIAL, ORGANISATION, ACTION_SOCIALE

	}

	private final Nature nature;

	private final Partie partie;

	private final String libelle;

	RubriqueEmployeur(Nature nature, Partie partie, String libelle) {
		this.nature = nature;
		this.partie = partie;
		this.libelle = libelle;
	}

	/** Le nom de la colonne du fichier : {@code nb_assistants_prevention}. */
	public String colonne() {
		return name().toLowerCase(Locale.ROOT);
	}

	public Nature nature() {
		return nature;
	}

	public Partie partie() {
		return partie;
	}

	public String libelle() {
		return libelle;
	}

	/**
	 * Les codes permis d'une rubrique {@link Nature#CODE} ou
	 * {@link Nature#CODES_MULTIPLES}.
	 */
	public List<? extends ListeDeCodes> codes() {
		return switch (this) {
			case ACFI_ORIGINE -> List.of(OrigineAcfi.values());
			case ASSURANCE_CHOMAGE -> List.of(AssuranceChomage.values());
			case ACTION_SOCIALE_MODE -> List.of(ModeActionSociale.values());
			default -> List.of();
		};
	}

}
