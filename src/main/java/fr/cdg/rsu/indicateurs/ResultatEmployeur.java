package fr.cdg.rsu.indicateurs;

import java.util.List;

/**
 * Les indicateurs d'un employeur pour une année, et les avertissements relevés en les
 * calculant.
 */
public record ResultatEmployeur(String siret, int annee, List<Indicateur> indicateurs,
		List<Avertissement> avertissements) {

	public ResultatEmployeur {
		indicateurs = List.copyOf(indicateurs);
		avertissements = List.copyOf(avertissements);
	}

}
