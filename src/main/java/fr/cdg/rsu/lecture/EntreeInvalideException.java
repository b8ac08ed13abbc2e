package fr.cdg.rsu.lecture;

/**
 * Une entrée inutilisable dans son ensemble (colonne obligatoire manquante, fichier
 * illisible, fichier agents vide...) : la campagne s'arrête avant toute sortie. Le
 * message, en français, nomme le fichier, la colonne et ce qui était attendu ; il est
 * montré tel quel à l'utilisateur, sans trace Java.
 */
public class EntreeInvalideException extends RuntimeException {

	public EntreeInvalideException(String message) {
		super(message);
	}

}
