package fr.cdg.rsu.indicateurs.themes;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import fr.cdg.rsu.indicateurs.Indicateur;
import fr.cdg.rsu.indicateurs.Theme;

/**
 * Les lignes d'un thème, écrites case par case : comptes et rapports sur la clé de la
 * case.
 */
public final class Ecriture {

	public static final BigDecimal CENT = BigDecimal.valueOf(100);

	public static final BigDecimal MILLE = BigDecimal.valueOf(1000);

	private final Theme theme;

	private final List<Indicateur> lignes = new ArrayList<>();

	public Ecriture(Theme theme) {
		this.theme = theme;
	}

	/**
	 * Un compte ou une somme. @param base agents que la case décrit (secret statistique)
	 */
	public void valeur(String indicateur, Case c, String groupe, BigDecimal valeur, int base) {
		lignes.add(Indicateur.valeur(theme, indicateur, c.codePopulation(), groupe, c.dimension(), c.modalite(), valeur,
				base));
	}

	public void valeur(String indicateur, Case c, String groupe, long valeur, int base) {
		valeur(indicateur, c, groupe, BigDecimal.valueOf(valeur), base);
	}

	/**
	 * Un rapport {@code numerateur × facteur / denominateur}, valeur vide si le
	 * dénominateur est nul.
	 */
	public void rapport(String indicateur, Case c, String groupe, BigDecimal numerateur, BigDecimal denominateur,
			BigDecimal facteur, int base) {
		lignes.add(Indicateur.rapport(theme, indicateur, c.codePopulation(), groupe, c.dimension(), c.modalite(),
				numerateur, denominateur, facteur, base));
	}

	public void rapport(String indicateur, Case c, String groupe, long numerateur, long denominateur,
			BigDecimal facteur, int base) {
		rapport(indicateur, c, groupe, BigDecimal.valueOf(numerateur), BigDecimal.valueOf(denominateur), facteur, base);
	}

	/** Une ligne déjà construite (dénominateur et valeur calculés autrement). */
	public void ligne(Indicateur i) {
		lignes.add(i);
	}

	public Theme theme() {
		return theme;
	}

	public List<Indicateur> lignes() {
		return lignes;
	}

}
