package fr.cdg.rsu.lecture;

import org.jspecify.annotations.Nullable;

/**
 * Une ligne d'entrée écartée, avec de quoi la retrouver et la corriger : fichier, numéro
 * de ligne, colonne, valeur lue et motif en français. Écrite dans {@code rejets.csv}, qui
 * cite des matricules.
 *
 * @param colonne la colonne canonique ({@code sexe}) : {@code rejets.csv} l'écrit comme
 * l'en-tête du fichier la nomme ({@code Genre (sexe)}, voir
 * {@link Correspondance#libelles()})
 * @param siret employeur de la ligne quand il est connu
 */
public record Rejet(String fichier, long ligne, String colonne, String valeur, String motif, @Nullable String siret) {

	/** Une valeur longue est tronquée : le fichier des rejets doit rester lisible. */
	public Rejet {
		if (valeur.length() > 200) {
			valeur = valeur.substring(0, 200) + "…";
		}
	}

}
