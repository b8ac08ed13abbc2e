package fr.cdg.rsu.indicateurs.ventilation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import fr.cdg.rsu.domaine.Population;
import fr.cdg.rsu.indicateurs.Indicateur;
import fr.cdg.rsu.indicateurs.Theme;

/**
 * Les lignes du format long d'un thème, écrites dans l'ordre où le calcul les produit.
 */
public final class Lignes {

	public static final BigDecimal CENT = BigDecimal.valueOf(100);

	/** Groupe vide : hors absentéisme. */
	private static final String SANS_GROUPE = "";

	private final Theme theme;

	private final List<Indicateur> lignes = new ArrayList<>();

	public Lignes(Theme theme) {
		this.theme = theme;
	}

	/** Un compte d'agents : la cellule repose sur ces agents-là. */
	public void compte(String indicateur, Population population, Ventilation ventilation, Modalite modalite,
			int agents) {
		valeur(indicateur, population, ventilation, modalite, BigDecimal.valueOf(agents), agents);
	}

	public void valeur(String indicateur, Population population, Ventilation ventilation, Modalite modalite,
			BigDecimal valeur, int baseAgents) {
		lignes.add(Indicateur.valeur(theme, indicateur, population.code(), SANS_GROUPE, ventilation.code(),
				modalite.code(), valeur, baseAgents));
	}

	public void rapport(String indicateur, Population population, Ventilation ventilation, Modalite modalite,
			BigDecimal numerateur, BigDecimal denominateur, BigDecimal facteur, int baseAgents) {
		lignes.add(Indicateur.rapport(theme, indicateur, population.code(), SANS_GROUPE, ventilation.code(),
				modalite.code(), numerateur, denominateur, facteur, baseAgents));
	}

	public void ajouter(Indicateur ligne) {
		lignes.add(ligne);
	}

	public Theme theme() {
		return theme;
	}

	public List<Indicateur> lignes() {
		return List.copyOf(lignes);
	}

}
