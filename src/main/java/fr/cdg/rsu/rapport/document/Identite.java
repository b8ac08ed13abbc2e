package fr.cdg.rsu.rapport.document;

import java.time.LocalDate;

/**
 * Ce qui figure sur chaque page : l'employeur, l'année des données et la date de
 * publication ; et ce que les notes disent des données : la strate de comparaison et le
 * seuil du secret statistique appliqué aux lignes.
 *
 * @param strate la strate de comparaison de l'employeur, vide si elle n'est pas connue
 * @param seuilSecret le seuil du secret statistique avec lequel les lignes ont été
 * calculées (option {@code --seuil-secret}) : une cellule de moins de {@code seuilSecret}
 * agents est masquée ; les notes, légendes et précisions qui énoncent la règle l'écrivent
 * ({@code ${seuil}} des modèles)
 */
public record Identite(String nomCollectivite, String siret, int annee, LocalDate datePublication, String strate,
		int seuilSecret) {

	/** Sans strate de comparaison connue. */
	public Identite(String nomCollectivite, String siret, int annee, LocalDate datePublication, int seuilSecret) {
		this(nomCollectivite, siret, annee, datePublication, "", seuilSecret);
	}

}
