package fr.cdg.rsu.indicateurs;

import java.util.List;

import fr.cdg.rsu.domaine.DonneesEmployeur;

/**
 * Point d'entrée du calcul : tous les indicateurs d'un employeur, secret statistique appliqué.
 */
public final class CalculIndicateurs {

	/** Seuil du secret statistique par défaut : une cellule de moins de 3 agents est masquée. */
	public static final int SEUIL_SECRET_PAR_DEFAUT = 3;

	private CalculIndicateurs() {
	}

	public static ResultatEmployeur calculer(DonneesEmployeur donnees, int seuilSecret) {
		// branché sur les calculateurs au fil de leur arrivée
		return new ResultatEmployeur(donnees.siret(), donnees.annee(), List.of(), List.of());
	}

}
