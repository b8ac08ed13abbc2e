package fr.cdg.rsu.indicateurs.absenteisme;

/**
 * Codes stables des avertissements de qualité émis par le calcul de l'absentéisme : ils sont lus par le rapport
 * d'exécution et par les gestionnaires, ne jamais les renommer.
 */
public enum TypeAvertissement {

	/** Deux périodes d'un agent se recouvrent dans l'année : les jours communs vont à celle qui a commencé d'abord. */
	CHEVAUCHEMENT,
	/** Ligne identique à une autre (hors rang) : comptée une seule fois. */
	DOUBLON,
	/** Plus de 365 jours d'absence dans l'année (année bissextile) : le taux de l'agent dépasse 100 %. */
	PLUS_DE_365_JOURS,
	/** Prolongation sans arrêt antérieur du même agent et du même motif : comptée comme un arrêt. */
	PROLONGATION_SANS_ARRET,
	/** Absence d'un matricule absent du fichier agents : ignorée. */
	ABSENCE_AGENT_INCONNU,
	/** Ligne de paie d'un matricule absent du fichier agents : ses heures ne comptent pas. */
	PAIE_AGENT_INCONNU,
	/** Matricule présent deux fois dans le fichier agents : la première ligne est retenue. */
	AGENT_EN_DOUBLE,
	/** Périodes de formation ou de motif syndical : lues, exclues de tous les indicateurs (information). */
	HORS_INDICATEURS;

	public String code() {
		return name();
	}

}
