package fr.cdg.rsu.indicateurs.effectifs;

import java.math.BigDecimal;

/** Les comptes d'une cellule des effectifs, remplis en un passage sur les agents. */
final class CompteursEffectifs {

	/** Présents au 31/12 de l'année. */
	int effectif;

	/** Somme des âges révolus au 31/12 des présents. */
	long sommeAges;

	int arrivees;

	int departs;

	/** Présents au 31/12 de l'année précédente, reconstitués par les dates. */
	int precedent;

	/**
	 * Agents présents à l'une au moins des deux dates : ceux sur qui repose le taux de
	 * rotation.
	 */
	int presentsAUneDesDates;

	int emploiFonctionnel;

	int tempsComplet;

	int tempsNonComplet;

	int tempsPartiel;

	int tempsPartielDeDroit;

	int tempsPartielSurAutorisation;

	/** Agents ayant au moins une ligne de paie, sur qui reposent les ETPR. */
	int payes;

	BigDecimal etpr = BigDecimal.ZERO;

}
