package fr.cdg.rsu.rapport.document;

import java.time.LocalDate;

/** Ce qui figure sur chaque page : l'employeur, l'année des données et la date de publication. */
public record Identite(String nomCollectivite, String siret, int annee, LocalDate datePublication, String strate) {

	/** Sans strate de comparaison connue. */
	public Identite(String nomCollectivite, String siret, int annee, LocalDate datePublication) {
		this(nomCollectivite, siret, annee, datePublication, "");
	}

}
