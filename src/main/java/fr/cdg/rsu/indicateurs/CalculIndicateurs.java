package fr.cdg.rsu.indicateurs;

import java.util.ArrayList;
import java.util.List;

import fr.cdg.rsu.domaine.DonneesEmployeur;
import fr.cdg.rsu.indicateurs.absenteisme.CalculAbsenteisme;

/**
 * Point d'entrée du calcul : tous les indicateurs d'un employeur, secret statistique appliqué.
 */
public final class CalculIndicateurs {

	/** Seuil du secret statistique par défaut : une cellule de moins de 3 agents est masquée. */
	public static final int SEUIL_SECRET_PAR_DEFAUT = 3;

	private CalculIndicateurs() {
	}

	public static ResultatEmployeur calculer(DonneesEmployeur donnees, int seuilSecret) {
		List<Indicateur> indicateurs = new ArrayList<>();
		List<Avertissement> avertissements = new ArrayList<>();
		for (ResultatEmployeur partiel : List.of(CalculAbsenteisme.calculer(donnees))) {
			indicateurs.addAll(partiel.indicateurs());
			avertissements.addAll(partiel.avertissements());
		}
		return new ResultatEmployeur(donnees.siret(), donnees.annee(), indicateurs, avertissements);
	}

}
