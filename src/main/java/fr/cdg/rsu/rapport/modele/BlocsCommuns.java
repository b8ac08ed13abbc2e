package fr.cdg.rsu.rapport.modele;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Les blocs et les phrases écrits une fois dans {@code blocs-communs.yaml} et inclus par
 * plusieurs documents ({@code inclure: <nom>}). Lus et validés avant les documents ; un
 * bloc commun n'en inclut pas d'autre, une boucle d'inclusions est donc impossible.
 *
 * @param blocs les blocs, par nom : chacun complet (clés vérifiées contre le vocabulaire)
 * @param phrases les phrases, par nom : une phrase ou une suite de phrases, que leur bloc
 * d'accueil complète (format du bloc quand la phrase n'en a pas)
 */
record BlocsCommuns(Map<String, ModeleBloc> blocs, Map<String, List<ModeleBloc.Phrase>> phrases) {

	static final BlocsCommuns AUCUN = new BlocsCommuns(Map.of(), Map.of());

	BlocsCommuns {
		blocs = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(blocs));
		Map<String, List<ModeleBloc.Phrase>> p = new LinkedHashMap<>();
		phrases.forEach((nom, l) -> p.put(nom, List.copyOf(l)));
		phrases = java.util.Collections.unmodifiableMap(p);
	}

	@Nullable ModeleBloc bloc(String nom) {
		return blocs.get(nom);
	}

	@Nullable List<ModeleBloc.Phrase> phrases(String nom) {
		return phrases.get(nom);
	}

}
