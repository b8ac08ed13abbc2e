package fr.cdg.rsu.lecture;

import java.io.IOException;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Un tableau lu ligne à ligne, en flux : un fichier CSV ou une feuille de classeur.
 * Jamais chargé en entier.
 */
public interface SourceTabulaire extends AutoCloseable {

	/** Les en-têtes de la première ligne non vide. */
	List<String> entetes();

	/** La ligne suivante, ou {@code null} à la fin. */
	@Nullable LigneBrute suivante() throws IOException;

	/**
	 * Vrai pour un classeur : une cellule numérique d'une colonne de dates est un numéro
	 * de série Excel.
	 */
	boolean estClasseur();

	/**
	 * Ce que la détection a retenu (encodage, séparateur, feuille), pour le rapport
	 * d'exécution.
	 */
	String detection();

	@Override
	void close() throws IOException;

}
