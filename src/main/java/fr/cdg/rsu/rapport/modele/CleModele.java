package fr.cdg.rsu.rapport.modele;

import org.jspecify.annotations.Nullable;

import fr.cdg.rsu.indicateurs.Theme;

/**
 * Une clé partielle de ligne d'indicateur, telle qu'écrite dans un modèle : chaque champ
 * non renseigné est hérité du niveau englobant (bloc, puis ligne, puis colonne).
 */
public record CleModele(@Nullable Theme theme, @Nullable String indicateur, @Nullable String population,
		@Nullable String groupe, @Nullable String dimension, @Nullable String modalite) {

	public static final CleModele VIDE = new CleModele(null, null, null, null, null, null);

	/** Cette clé complétée (et remplacée) par les champs renseignés de {@code autre}. */
	public CleModele avec(CleModele autre) {
		return new CleModele(autre.theme != null ? autre.theme : theme,
				autre.indicateur != null ? autre.indicateur : indicateur,
				autre.population != null ? autre.population : population, autre.groupe != null ? autre.groupe : groupe,
				autre.dimension != null ? autre.dimension : dimension,
				autre.modalite != null ? autre.modalite : modalite);
	}

	public String dimensionOuEnsemble() {
		return dimension != null ? dimension : "ensemble";
	}

	// Les champs d'une clé complète : le chargement des modèles refuse une clé de
	// tableau, de graphique ou de
	// classement à laquelle il en manque un (ChargeurModeles), l'assemblage les exige
	// donc.

	public Theme themeExige() {
		return exige(theme, "thème");
	}

	public String indicateurExige() {
		return exige(indicateur, "indicateur");
	}

	public String populationExigee() {
		return exige(population, "population");
	}

	public String dimensionExigee() {
		return exige(dimension, "dimension");
	}

	private static <T> T exige(@Nullable T champ, String nom) {
		if (champ == null) {
			throw new IllegalStateException("clé de modèle sans " + nom + " (le chargement des modèles l'exige)");
		}
		return champ;
	}

}
