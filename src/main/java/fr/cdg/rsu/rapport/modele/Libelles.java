package fr.cdg.rsu.rapport.modele;

import java.util.Map;

/**
 * Les libellés français des codes ({@code libelles.yaml}) : thèmes, indicateurs,
 * populations, groupes, dimensions et modalités. Un code sans libellé s'affiche tel quel
 * (les cadres d'emplois sont déjà des libellés).
 */
public record Libelles(Map<String, Map<String, String>> parCategorie) {

	public static final String THEMES = "themes";

	public static final String INDICATEURS = "indicateurs";

	public static final String POPULATIONS = "populations";

	public static final String GROUPES = "groupes";

	public static final String DIMENSIONS = "dimensions";

	public static final String MODALITES = "modalites";

	/**
	 * La forme d'une modalité au milieu d'une phrase (« les 60 à 64 ans », « la filière
	 * technique ») ; sans elle, le libellé de {@link #MODALITES} avec sa première lettre
	 * en minuscule.
	 */
	public static final String MODALITES_EN_PHRASE = "modalites_en_phrase";

	public Libelles {
		parCategorie = Map.copyOf(parCategorie);
	}

	public String libelle(String categorie, String code) {
		return parCategorie.getOrDefault(categorie, Map.of()).getOrDefault(code, code);
	}

	/**
	 * Libellé d'une modalité, éventuellement composée ({@code A+F} devient « Catégorie A
	 * – Femmes »).
	 */
	public String modalite(String dimension, String modalite) {
		if (modalite.isEmpty()) {
			return "";
		}
		StringBuilder sb = new StringBuilder();
		for (String p : Vocabulaire.decouper(dimension, modalite)) {
			if (!sb.isEmpty()) {
				sb.append(" – ");
			}
			sb.append(libelle(MODALITES, p));
		}
		return sb.toString();
	}

	/** La modalité d'une dimension simple écrite pour le milieu d'une phrase. */
	public String enPhrase(String modalite) {
		String forme = parCategorie.getOrDefault(MODALITES_EN_PHRASE, Map.of()).get(modalite);
		if (forme != null) {
			return forme;
		}
		String l = libelle(MODALITES, modalite);
		// « Catégorie A » devient « catégorie A » ; un sigle (« NBI », « ATSEM ») reste
		// tel quel
		if (l.length() > 1 && Character.isUpperCase(l.charAt(0)) && !Character.isUpperCase(l.charAt(1))) {
			return Character.toLowerCase(l.charAt(0)) + l.substring(1);
		}
		return l;
	}

	public String dimension(String dimension) {
		String[] parties = dimension.split("\\+", -1);
		StringBuilder sb = new StringBuilder();
		for (String p : parties) {
			if (!sb.isEmpty()) {
				sb.append(" × ");
			}
			sb.append(libelle(DIMENSIONS, p));
		}
		return sb.toString();
	}

}
