package fr.cdg.rsu.indicateurs;

import java.util.ArrayList;
import java.util.List;

import fr.cdg.rsu.domaine.DonneesEmployeur;
import fr.cdg.rsu.indicateurs.absenteisme.CalculAbsenteisme;
import fr.cdg.rsu.indicateurs.effectifs.CalculEffectifs;
import fr.cdg.rsu.indicateurs.egalite.CalculEgalite;
import fr.cdg.rsu.indicateurs.remunerations.CalculRemunerations;
import fr.cdg.rsu.indicateurs.secret.SecretStatistique;

/**
 * Point d'entrée du calcul : tous les indicateurs d'un employeur (effectifs, absentéisme, accidents, rémunérations,
 * égalité). Le secret statistique dépend de ce qui est publié : la campagne le pose sur ce que les documents
 * impriment ({@code GenerateurDocuments.publier}) ; {@link #calculer(DonneesEmployeur, int)} le pose comme si toutes
 * les lignes étaient publiées.
 */
public final class CalculIndicateurs {

	/** Seuil du secret statistique par défaut : une cellule de moins de 3 agents est masquée. */
	public static final int SEUIL_SECRET_PAR_DEFAUT = SecretStatistique.SEUIL_PAR_DEFAUT;

	/** Le plus petit seuil du secret accepté (en dessous, une cellule d'un seul agent serait publiée). */
	public static final int SEUIL_SECRET_MINIMUM = SecretStatistique.SEUIL_MINIMUM;

	private CalculIndicateurs() {
	}

	/** Toutes les lignes, sans secret. */
	public static ResultatEmployeur calculer(DonneesEmployeur donnees) {
		List<Indicateur> indicateurs = new ArrayList<>();
		List<Avertissement> avertissements = new ArrayList<>();
		// doublons et matricules inconnus : signalés une fois ici, écartés sans bruit par chaque thème
		avertissements.addAll(CoherenceMatricules.verifier(donnees));
		List<ResultatEmployeur> partiels = new ArrayList<>();
		partiels.add(CalculEffectifs.calculer(donnees));
		// un fichier non transmis ne donne pas des zéros : ses thèmes n'ont aucune ligne (« non transmis »)
		if (donnees.absencesTransmises()) {
			partiels.add(CalculAbsenteisme.calculer(donnees));
		}
		if (donnees.remunerationsTransmises()) {
			partiels.add(CalculRemunerations.calculer(donnees));
		}
		partiels.add(CalculEgalite.calculer(donnees));
		for (ResultatEmployeur partiel : partiels) {
			indicateurs.addAll(partiel.indicateurs());
			avertissements.addAll(partiel.avertissements());
		}
		return new ResultatEmployeur(donnees.siret(), donnees.annee(), indicateurs, avertissements);
	}

	/** Toutes les lignes, secret posé comme si toutes étaient publiées (le cas le plus exigeant). */
	public static ResultatEmployeur calculer(DonneesEmployeur donnees, int seuilSecret) {
		ResultatEmployeur r = calculer(donnees);
		return new ResultatEmployeur(r.siret(), r.annee(), SecretStatistique.appliquer(r.indicateurs(), seuilSecret),
				r.avertissements());
	}

}
