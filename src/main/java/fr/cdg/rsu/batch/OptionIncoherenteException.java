package fr.cdg.rsu.batch;

/**
 * Une option que les entrées lues contredisent ({@code --pdf-siret} d'un employeur absent
 * des entrées) : une erreur d'option (code 2), connue seulement après la lecture.
 */
public class OptionIncoherenteException extends RuntimeException {

	OptionIncoherenteException(String message) {
		super(message);
	}

}
