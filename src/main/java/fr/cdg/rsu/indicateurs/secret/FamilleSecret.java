package fr.cdg.rsu.indicateurs.secret;

import java.util.Set;

import fr.cdg.rsu.indicateurs.Theme;

/**
 * Ce que protège le secret pour un indicateur ({@code shared/spec/secret.md}, « What is protected, and when ») :
 * la seule table qui range chaque indicateur dans sa famille.
 */
public enum FamilleSecret {

	/**
	 * La composition du personnel (effectifs, parts, féminisation, ETPR, mouvements, temps de travail) : le CST la
	 * connaît, elle n'est jamais masquée.
	 */
	STRUCTURE,

	/** L'âge moyen : une moyenne sur un ou deux agents est leur âge. */
	AGE,

	/** Santé : tout l'absentéisme et les accidents (jours, arrêts, agents absents, taux, gravité, carence). */
	SANTE,

	/** Paie : sommes, moyennes et parts des rémunérations, comptées sur les agents payés de la cellule. */
	REMUNERATION,

	/**
	 * L'écart de rémunération femmes / hommes : il publie les deux moyennes (numérateur et dénominateur), il est
	 * protégé dès que l'un des deux sexes compte trop peu d'agents payés.
	 */
	ECART_REMUNERATION;

	/** Les indicateurs du thème rémunérations qui décrivent la structure et non la paie. */
	private static final Set<String> STRUCTURE_DANS_LA_PAIE = Set.of("etpr");

	public static FamilleSecret de(Theme theme, String indicateur) {
		return switch (theme) {
			case EFFECTIFS -> indicateur.equals("age_moyen") ? AGE : STRUCTURE;
			// l'effectif d'une cellule d'absentéisme est celui du thème effectifs : de la structure
			case ABSENTEISME -> indicateur.equals("effectif") ? STRUCTURE : SANTE;
			case ACCIDENTS -> SANTE;
			case REMUNERATIONS -> STRUCTURE_DANS_LA_PAIE.contains(indicateur) ? STRUCTURE : REMUNERATION;
			case EGALITE -> indicateur.equals("ecart_remuneration") ? ECART_REMUNERATION : STRUCTURE;
		};
	}

	public boolean protegee() {
		return this != STRUCTURE;
	}

}
