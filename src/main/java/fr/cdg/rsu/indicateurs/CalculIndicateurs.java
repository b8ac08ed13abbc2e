package fr.cdg.rsu.indicateurs;

import java.util.ArrayList;
import java.util.List;

import fr.cdg.rsu.domaine.DonneesEmployeur;
import fr.cdg.rsu.indicateurs.absenteisme.CalculAbsenteisme;
import fr.cdg.rsu.indicateurs.effectifs.CalculEffectifs;
import fr.cdg.rsu.indicateurs.egalite.CalculEgalite;
import fr.cdg.rsu.indicateurs.remunerations.CalculRemunerations;
import fr.cdg.rsu.indicateurs.accidentsdeclares.CalculAccidentsDeclares;
import fr.cdg.rsu.indicateurs.carrieres.CalculCarrieres;
import fr.cdg.rsu.indicateurs.conditionstravail.CalculConditionsTravail;
import fr.cdg.rsu.indicateurs.contrats.CalculContrats;
import fr.cdg.rsu.indicateurs.decisionssante.CalculDecisionsSante;
import fr.cdg.rsu.indicateurs.employeur.CalculReponsesEmployeur;
import fr.cdg.rsu.indicateurs.formation.CalculFormation;
import fr.cdg.rsu.indicateurs.handicap.CalculHandicap;
import fr.cdg.rsu.indicateurs.secret.SecretStatistique;
import fr.cdg.rsu.indicateurs.signalements.CalculSignalements;

/**
 * Point d'entrée du calcul : tous les indicateurs d'un employeur (effectifs, absentéisme,
 * accidents, rémunérations, égalité, puis les thèmes des fichiers et colonnes
 * facultatifs). Le secret statistique dépend de ce qui est publié : la campagne le pose
 * sur ce que les documents impriment ({@code GenerateurDocuments.publier}) ;
 * {@link #calculer(DonneesEmployeur, int)} le pose comme si toutes les lignes étaient
 * publiées.
 */
public final class CalculIndicateurs {

	/**
	 * Seuil du secret statistique par défaut : une cellule de moins de 3 agents est
	 * masquée.
	 */
	public static final int SEUIL_SECRET_PAR_DEFAUT = SecretStatistique.SEUIL_PAR_DEFAUT;

	/**
	 * Le plus petit seuil du secret accepté (en dessous, une cellule d'un seul agent
	 * serait publiée).
	 */
	public static final int SEUIL_SECRET_MINIMUM = SecretStatistique.SEUIL_MINIMUM;

	private CalculIndicateurs() {
	}

	/** Toutes les lignes, sans secret. */
	public static ResultatEmployeur calculer(DonneesEmployeur donnees) {
		List<Indicateur> indicateurs = new ArrayList<>();
		List<Avertissement> avertissements = new ArrayList<>();
		// doublons et matricules inconnus : signalés une fois ici, écartés sans bruit par
		// chaque thème
		avertissements.addAll(CoherenceMatricules.verifier(donnees));
		List<ResultatEmployeur> partiels = new ArrayList<>();
		partiels.add(CalculEffectifs.calculer(donnees));
		// un fichier non transmis ne donne pas des zéros : ses thèmes n'ont aucune ligne
		// (« non transmis »)
		if (donnees.absencesTransmises()) {
			partiels.add(CalculAbsenteisme.calculer(donnees));
		}
		if (donnees.remunerationsTransmises()) {
			partiels.add(CalculRemunerations.calculer(donnees));
		}
		partiels.add(CalculEgalite.calculer(donnees));
		// les thèmes facultatifs : chacun n'écrit rien si son fichier ou sa colonne n'a
		// pas été transmis
		partiels.add(CalculAccidentsDeclares.calculer(donnees));
		partiels.add(CalculDecisionsSante.calculer(donnees));
		partiels.add(CalculSignalements.calculer(donnees));
		partiels.add(CalculFormation.calculer(donnees));
		partiels.add(CalculCarrieres.calculer(donnees));
		partiels.add(CalculHandicap.calculer(donnees));
		partiels.add(CalculConditionsTravail.calculer(donnees));
		partiels.add(CalculContrats.calculer(donnees));
		partiels.add(CalculReponsesEmployeur.calculer(donnees));
		for (ResultatEmployeur partiel : partiels) {
			indicateurs.addAll(partiel.indicateurs());
			avertissements.addAll(partiel.avertissements());
		}
		return new ResultatEmployeur(donnees.siret(), donnees.annee(), indicateurs, avertissements);
	}

	/**
	 * Toutes les lignes, secret posé comme si toutes étaient publiées (le cas le plus
	 * exigeant).
	 */
	public static ResultatEmployeur calculer(DonneesEmployeur donnees, int seuilSecret) {
		ResultatEmployeur r = calculer(donnees);
		return new ResultatEmployeur(r.siret(), r.annee(), SecretStatistique.appliquer(r.indicateurs(), seuilSecret),
				r.avertissements());
	}

}
