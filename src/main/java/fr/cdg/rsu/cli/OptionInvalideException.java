package fr.cdg.rsu.cli;

/** Une option de ligne de commande absente ou invalide ; le message dit quoi faire. */
class OptionInvalideException extends Exception {

	OptionInvalideException(String message) {
		super(message);
	}

}
