package fr.cdg.rsu.rapport.modele;

import java.util.List;

import org.jspecify.annotations.Nullable;

import fr.cdg.rsu.rapport.document.Bloc.StyleEncadre;
import fr.cdg.rsu.rapport.document.FormatNombre;
import fr.cdg.rsu.rapport.document.FormeGraphique;

/**
 * Un bloc de modèle ({@code type:} dans le YAML). Les clés d'indicateur se complètent du bloc vers ses éléments.
 * <p>
 * Évolution prévue : une colonne de tableau pourra porter une comparaison (strate, année précédente) ; l'axe
 * {@link Axe.Liste} accueillera alors un élément d'un autre genre sans changer les autres blocs.
 */
public sealed interface ModeleBloc {

	record Texte(String texte) implements ModeleBloc {
	}

	record Encadre(String titre, List<String> paragraphes, StyleEncadre style) implements ModeleBloc {
	}

	record Chiffres(@Nullable String titre, List<Element> elements) implements ModeleBloc {
	}

	record Tableau(@Nullable String titre, String enteteLignes, CleModele base, Axe lignes, Axe colonnes,
			@Nullable FormatNombre format, @Nullable String note) implements ModeleBloc {
	}

	record Graphique(@Nullable String titre, FormeGraphique forme, CleModele base, Axe categories, Axe series,
			@Nullable FormatNombre format, String axeCategories, String axeValeurs, float hauteur,
			@Nullable String note) implements ModeleBloc {
	}

	/**
	 * Les modalités d'une dimension rangées par valeur (par exemple les cadres d'emplois les plus féminisés), en ne
	 * gardant que celles dont le dénominateur atteint {@code effectifMinimum} et qui ne sont pas secrètes.
	 */
	record Classement(@Nullable String titre, String enteteLignes, String enteteValeur, String enteteEffectif,
			CleModele base, boolean decroissant, int nombre, int effectifMinimum, @Nullable FormatNombre format,
			String siVide) implements ModeleBloc {
	}

	/** Un élément nommé : une ligne, une colonne, une série, une catégorie ou un chiffre clé. */
	record Element(String libelle, CleModele cle, @Nullable FormatNombre format, @Nullable String precision) {
	}

	/** Un axe de tableau ou de graphique. */
	sealed interface Axe {

		/** Des éléments énumérés dans le modèle. */
		record Liste(List<Element> elements) implements Axe {
			public Liste {
				elements = List.copyOf(elements);
			}
		}

		/**
		 * Une entrée par modalité présente dans les lignes pour une des dimensions de la clé ({@code selon: filiere}),
		 * dans l'ordre du vocabulaire, suivie d'un éventuel élément de total.
		 */
		record Selon(String dimension, @Nullable Element total) implements Axe {
		}

	}

}
