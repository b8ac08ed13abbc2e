package fr.cdg.rsu.rapport.document;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * Une valeur prête à afficher. Une valeur secrète ou indisponible ne porte pas de nombre
 * : un graphique ne peut pas la dessiner.
 *
 * @param texte le texte affiché ({@code 14,02 %}, {@code s}, {@code n.d.} ou {@code –})
 * @param nombre la valeur dessinable, seulement pour l'état {@link Etat#NORMALE}
 */
public record Valeur(String texte, @Nullable Double nombre, Etat etat) {

	public static final String SECRET = "s";

	public static final String NON_DISPONIBLE = "n.d.";

	public static final String ABSENTE = "–";

	public static final String NON_TRANSMISE = "non transmis";

	public enum Etat {

		/** Valeur publiable. */
		NORMALE,
		/** Secret statistique : ni affichée ni dessinée. */
		SECRETE,
		/** Dénominateur nul. */
		NON_DISPONIBLE,
		/** Aucune ligne pour cette cellule (aucun agent dans la modalité). */
		ABSENTE,
		/**
		 * Le fichier d'où la valeur viendrait n'a pas été transmis : aucune ligne de tout
		 * le thème.
		 */
		NON_TRANSMISE

	}

	public static Valeur normale(BigDecimal valeur, FormatNombre format) {
		return new Valeur(FormatFrancais.formater(valeur, format), valeur.doubleValue(), Etat.NORMALE);
	}

	public static Valeur secrete() {
		return new Valeur(SECRET, null, Etat.SECRETE);
	}

	public static Valeur nonDisponible() {
		return new Valeur(NON_DISPONIBLE, null, Etat.NON_DISPONIBLE);
	}

	public static Valeur absente() {
		return new Valeur(ABSENTE, null, Etat.ABSENTE);
	}

	public static Valeur nonTransmise() {
		return new Valeur(NON_TRANSMISE, null, Etat.NON_TRANSMISE);
	}

	public boolean estSecrete() {
		return etat == Etat.SECRETE;
	}

}
