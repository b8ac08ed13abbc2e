package fr.cdg.rsu.rapport.modele;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

import org.jspecify.annotations.Nullable;

/**
 * Aides de lecture d'un fichier YAML de modèle : chaque erreur nomme le fichier et le
 * chemin de la clé ({@link ModeleInvalideException}). Base des lecteurs de la charte, des
 * libellés et des documents.
 */
class LecteurYaml {

	final String fichier;

	LecteurYaml(String fichier) {
		this.fichier = fichier;
	}

	ModeleInvalideException erreur(String cle, String motif) {
		return new ModeleInvalideException(fichier, cle, motif);
	}

	@SuppressWarnings("unchecked")
	Map<String, Object> carte(@Nullable Object o, String chemin) {
		if (!(o instanceof Map<?, ?> m)) {
			throw erreur(chemin, "une table de propriétés est attendue");
		}
		for (Object k : m.keySet()) {
			if (!(k instanceof String)) {
				throw erreur(chemin + "." + k, "nom de propriété attendu");
			}
		}
		return (Map<String, Object>) m;
	}

	List<?> liste(@Nullable Object o, String chemin) {
		if (!(o instanceof List<?> l)) {
			throw erreur(chemin, "une liste est attendue");
		}
		return l;
	}

	void verifierCles(Map<String, Object> m, String chemin, Set<String> permises) {
		for (String k : m.keySet()) {
			if (!permises.contains(k)) {
				throw erreur(chemin + "." + k, "propriété inconnue (attendues : "
						+ String.join(", ", permises.stream().sorted().toList()) + ")");
			}
		}
	}

	@Nullable String texteFacultatif(Map<String, Object> m, String cle, String chemin) {
		return texteFacultatif(m, cle, chemin, Set.of());
	}

	/** Un texte qui peut aussi employer les variables {@code locales} du bloc. */
	@Nullable String texteFacultatif(Map<String, Object> m, String cle, String chemin, Set<String> locales) {
		Object o = m.get(cle);
		if (o == null) {
			return null;
		}
		if (!(o instanceof String || o instanceof Number || o instanceof Boolean)) {
			throw erreur(chemin + "." + cle, "texte attendu");
		}
		String s = String.valueOf(o);
		verifierVariables(s, chemin + "." + cle, locales);
		return s;
	}

	@Nullable BigDecimal nombreFacultatif(Map<String, Object> m, String cle, String chemin) {
		Object o = m.get(cle);
		if (o == null) {
			return null;
		}
		if (!(o instanceof Number n)) {
			throw erreur(chemin + "." + cle, "nombre attendu");
		}
		return new BigDecimal(n.toString());
	}

	String texte(Map<String, Object> m, String cle, String chemin) {
		String s = texteFacultatif(m, cle, chemin);
		if (s == null || s.isBlank()) {
			throw erreur(chemin + "." + cle, "texte obligatoire");
		}
		return s;
	}

	List<String> textes(Map<String, Object> m, String cle, String chemin) {
		Object o = m.get(cle);
		if (o == null) {
			return List.of();
		}
		List<String> r = new ArrayList<>();
		List<?> l = liste(o, chemin + "." + cle);
		for (int i = 0; i < l.size(); i++) {
			String c = chemin + "." + cle + "[" + i + "]";
			if (!(l.get(i) instanceof String s)) {
				throw erreur(c, "texte attendu");
			}
			verifierVariables(s, c);
			r.add(s);
		}
		return r;
	}

	int entier(Map<String, Object> m, String cle, String chemin, int defaut) {
		Object o = m.get(cle);
		if (o == null) {
			return defaut;
		}
		if (!(o instanceof Integer i) || i < 0) {
			throw erreur(chemin + "." + cle, "entier positif attendu");
		}
		return i;
	}

	boolean booleen(Map<String, Object> m, String cle, String chemin, boolean defaut) {
		Object o = m.get(cle);
		if (o == null) {
			return defaut;
		}
		if (!(o instanceof Boolean b)) {
			throw erreur(chemin + "." + cle, "true ou false attendu");
		}
		return b;
	}

	void verifierVariables(String texte, String chemin) {
		verifierVariables(texte, chemin, Set.of());
	}

	/**
	 * Comme {@link #verifierVariables(String, String)}, avec des variables propres au
	 * bloc ({@code ${valeur}}).
	 */
	void verifierVariables(String texte, String chemin, Set<String> locales) {
		Matcher mt = ChargeurModeles.VARIABLE.matcher(texte);
		while (mt.find()) {
			if (!ChargeurModeles.VARIABLES.contains(mt.group(1)) && !locales.contains(mt.group(1))) {
				java.util.Set<String> connues = new java.util.TreeSet<>(ChargeurModeles.VARIABLES);
				connues.addAll(locales);
				throw erreur(chemin,
						"variable inconnue ${" + mt.group(1) + "} (connues : " + String.join(", ", connues) + ")");
			}
		}
		if (mt.replaceAll("").contains("${")) {
			throw erreur(chemin, "variable non fermée");
		}
	}

}
