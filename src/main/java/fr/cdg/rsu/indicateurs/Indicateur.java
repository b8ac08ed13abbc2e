package fr.cdg.rsu.indicateurs;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Une ligne du format long de {@code indicateurs.csv} (voir
 * {@code docs/format-sortie.md}) : la valeur d'un indicateur pour une population, un
 * groupe d'absences et une modalité d'une dimension.
 *
 * <p>
 * Les valeurs sont exactes : les comptes et sommes en {@link BigDecimal} sans arrondi,
 * les rapports en 16 chiffres significatifs ({@link #PRECISION}, la précision d'un
 * double, bien au-delà des deux décimales publiées : 34 chiffres coûtaient deux fois plus
 * cher au calcul et à l'écriture pour rien). L'arrondi d'affichage n'a lieu qu'à
 * l'affichage.
 *
 * @param population code de population ({@code permanents}...) ou chaîne vide
 * @param groupe groupe d'absences ou code motif, ou chaîne vide hors absentéisme
 * @param numerateur numérateur d'un rapport, ou {@code null} si ce n'est pas un rapport
 * @param denominateur dénominateur d'un rapport, ou {@code null} si ce n'est pas un
 * rapport
 * @param valeur valeur, ou {@code null} quand le dénominateur est nul (jamais NaN ni
 * infini)
 * @param baseAgents nombre d'agents sur lequel repose la cellule (secret statistique,
 * {@code effectif_minimum} des modèles) ; écrit dans le seul tableau complet, non
 * diffusable (colonne {@code base_agents}), jamais publié
 * @param secret vrai quand la cellule doit être masquée dans les documents publiés
 */
public record Indicateur(Theme theme, String indicateur, String population, String groupe, String dimension,
		String modalite, @Nullable BigDecimal numerateur, @Nullable BigDecimal denominateur,
		@Nullable BigDecimal valeur, int baseAgents, boolean secret) {

	/** Précision des rapports : 16 chiffres significatifs, arrondi au plus proche. */
	public static final MathContext PRECISION = MathContext.DECIMAL64;

	public static final String ENSEMBLE = "ensemble";

	public Indicateur {
		Objects.requireNonNull(theme, "theme");
		Objects.requireNonNull(indicateur, "indicateur");
		Objects.requireNonNull(population, "population");
		Objects.requireNonNull(groupe, "groupe");
		Objects.requireNonNull(dimension, "dimension");
		Objects.requireNonNull(modalite, "modalite");
	}

	/** Un compte ou une somme (pas un rapport). */
	public static Indicateur valeur(Theme theme, String indicateur, String population, String groupe, String dimension,
			String modalite, BigDecimal valeur, int baseAgents) {
		return new Indicateur(theme, indicateur, population, groupe, dimension, modalite, null, null, valeur,
				baseAgents, false);
	}

	/**
	 * Un rapport {@code numerateur × facteur / denominateur} ; valeur vide si le
	 * dénominateur est nul.
	 * @param facteur 100 pour un pourcentage, 1 pour une moyenne
	 */
	public static Indicateur rapport(Theme theme, String indicateur, String population, String groupe, String dimension,
			String modalite, BigDecimal numerateur, BigDecimal denominateur, BigDecimal facteur, int baseAgents) {
		return new Indicateur(theme, indicateur, population, groupe, dimension, modalite, numerateur, denominateur,
				quotient(numerateur.multiply(facteur), denominateur), baseAgents, false);
	}

	/** {@code a / b} en pleine précision, ou {@code null} si {@code b} est nul. */
	public static @Nullable BigDecimal quotient(BigDecimal a, BigDecimal b) {
		if (b.signum() == 0) {
			return null;
		}
		return a.divide(b, PRECISION).stripTrailingZeros();
	}

	public Indicateur avecSecret(boolean masque) {
		return new Indicateur(theme, indicateur, population, groupe, dimension, modalite, numerateur, denominateur,
				valeur, baseAgents, masque);
	}

	/** Clé qui identifie la ligne dans le tableau d'un employeur. */
	public Cle cle() {
		return new Cle(theme, indicateur, population, groupe, dimension, modalite);
	}

	/** Identité d'une ligne du format long, sans l'employeur ni l'année. */
	public record Cle(Theme theme, String indicateur, String population, String groupe, String dimension,
			String modalite) {
	}

}
