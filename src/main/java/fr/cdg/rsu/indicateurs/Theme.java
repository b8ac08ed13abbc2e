package fr.cdg.rsu.indicateurs;

/**
 * Thème d'un indicateur, colonne {@code theme} du format long. Les cinq premiers viennent
 * des quatre fichiers du contrat ; les suivants des fichiers et colonnes facultatifs
 * ({@code input-themes.md}) : un thème dont rien n'a été transmis n'a aucune ligne (« non
 * renseigné »), jamais des zéros.
 */
public enum Theme {

	EFFECTIFS, ABSENTEISME, ACCIDENTS, REMUNERATIONS, EGALITE,
	/**
	 * Accidents de service, de trajet et maladies professionnelles du fichier
	 * {@code accidents}, avec leurs jours.
	 */
	ACCIDENTS_DECLARES,
	/** Inaptitudes, aménagements, reclassements (fichier {@code decisions-sante}). */
	DECISIONS_SANTE,
	/**
	 * Violences, harcèlements, discriminations signalés (fichier {@code signalements}).
	 */
	SIGNALEMENTS,
	/** Formation des agents (fichier {@code formations}). */
	FORMATION,
	/** Promotions, concours, avancements, titularisations (fichier {@code carrieres}). */
	CARRIERES,
	/**
	 * Bénéficiaires de l'obligation d'emploi (colonnes {@code boeth}, {@code boeth_type}
	 * des agents).
	 */
	HANDICAP,
	/**
	 * Télétravail, visites au médecin de prévention sur demande, conseil en évolution
	 * professionnelle.
	 */
	CONDITIONS_TRAVAIL,
	/** CDI des contractuels, motifs des contrats non permanents. */
	CONTRATS,
	/**
	 * Réponses de l'employeur (fichier {@code employeur-rsu}) : prévention, instances,
	 * dialogue social, PSC.
	 */
	EMPLOYEUR;

	public String code() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

	public static Theme depuisCode(String code) {
		return valueOf(code.toUpperCase(java.util.Locale.ROOT));
	}

}
