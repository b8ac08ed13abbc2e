package fr.cdg.rsu.lecture;

/**
 * Une valeur de cellule qui ne se lit pas ; le message dit, en français, ce qui était
 * attendu.
 */
public class ValeurInvalideException extends Exception {

	public ValeurInvalideException(String message) {
		super(message);
	}

	/**
	 * Le motif, jamais nul : il devient la colonne {@code motif} de {@code rejets.csv}.
	 */
	@Override
	public String getMessage() {
		String m = super.getMessage();
		return m == null ? "" : m;
	}

}
