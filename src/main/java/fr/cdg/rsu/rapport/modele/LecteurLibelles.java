package fr.cdg.rsu.rapport.modele;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import fr.cdg.rsu.indicateurs.Theme;

/**
 * Lit {@code libelles.yaml} : le libellé de chaque code (thème, indicateur, population,
 * groupe, dimension, modalité), chaque code vérifié contre le vocabulaire des
 * indicateurs.
 */
final class LecteurLibelles {

	private LecteurLibelles() {
	}

	static Libelles lire(Map<String, Object> m) {
		LecteurYaml l = new LecteurYaml(ChargeurModeles.LIBELLES);
		Set<String> categories = Set.of(Libelles.THEMES, Libelles.INDICATEURS, Libelles.POPULATIONS, Libelles.GROUPES,
				Libelles.DIMENSIONS, Libelles.MODALITES, Libelles.MODALITES_EN_PHRASE);
		l.verifierCles(m, "(racine)", categories);
		Map<String, Map<String, String>> r = new LinkedHashMap<>();
		for (String cat : categories) {
			Map<String, String> codes = new LinkedHashMap<>();
			if (m.containsKey(cat)) {
				Map<String, Object> c = l.carte(m.get(cat), cat);
				for (String code : c.keySet()) {
					verifierCodeLibelle(l, cat, code);
					codes.put(code, l.texte(c, code, cat));
				}
			}
			r.put(cat, codes);
		}
		return new Libelles(r);
	}

	private static void verifierCodeLibelle(LecteurYaml l, String categorie, String code) {
		boolean connu = switch (categorie) {
			case Libelles.THEMES -> Set.of(Theme.values()).stream().anyMatch(t -> t.code().equals(code));
			case Libelles.INDICATEURS -> Vocabulaire.INDICATEURS.values().stream().anyMatch(s -> s.contains(code));
			case Libelles.POPULATIONS -> Vocabulaire.POPULATIONS.contains(code);
			case Libelles.GROUPES -> Vocabulaire.GROUPES.contains(code);
			case Libelles.DIMENSIONS -> "ensemble".equals(code) || Vocabulaire.DIMENSIONS_SIMPLES.contains(code);
			default -> true; // modalités : les cadres d'emplois sont libres
		};
		if (!connu) {
			throw l.erreur(categorie + "." + code, "code inconnu du vocabulaire des indicateurs");
		}
	}

}
