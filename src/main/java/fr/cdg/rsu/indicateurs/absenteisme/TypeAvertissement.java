package fr.cdg.rsu.indicateurs.absenteisme;

/**
 * Codes stables des avertissements de qualité émis par le calcul de l'absentéisme : ils
 * sont lus par le rapport d'exécution et par les gestionnaires, ne jamais les renommer.
 */
public enum TypeAvertissement {

	/**
	 * Deux périodes d'un agent se recouvrent dans l'année : les jours communs vont à
	 * celle qui a commencé d'abord.
	 */
	CHEVAUCHEMENT,
	/** Ligne identique à une autre (hors rang) : comptée une seule fois. */
	DOUBLON,
	/**
	 * Plus de jours d'absence que l'année n'en compte (jamais sur des données cohérentes
	 * : les chevauchements sont retirés). Une année bissextile entière d'absence, 366
	 * jours, n'en est pas un (code gardé tel quel : stable).
	 */
	PLUS_DE_365_JOURS,
	/**
	 * Prolongation sans arrêt antérieur du même agent et du même motif : comptée comme un
	 * arrêt.
	 */
	PROLONGATION_SANS_ARRET,
	/** Absence d'un matricule absent du fichier agents : ignorée. */
	ABSENCE_AGENT_INCONNU,
	/**
	 * Ligne de paie d'un matricule absent du fichier agents : ses heures ne comptent pas.
	 */
	PAIE_AGENT_INCONNU,
	/**
	 * Matricule présent deux fois dans le fichier agents : la première ligne est retenue.
	 */
	AGENT_EN_DOUBLE,
	/**
	 * Périodes de formation ou de motif syndical : lues, exclues de tous les indicateurs
	 * (information).
	 */
	HORS_INDICATEURS;

	public String code() {
		return name();
	}

}
