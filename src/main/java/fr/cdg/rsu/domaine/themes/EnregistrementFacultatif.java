package fr.cdg.rsu.domaine.themes;

/**
 * Une ligne acceptée d'un fichier facultatif du RSU, ou les colonnes facultatives d'un
 * agent : ce qu'elles ont en commun est l'employeur qu'elles décrivent.
 */
public sealed interface EnregistrementFacultatif
		permits Accident, DecisionSante, Formation, EvenementCarriere, SituationAgent, ReponsesEmployeur, Signalement {

	String siret();

}
