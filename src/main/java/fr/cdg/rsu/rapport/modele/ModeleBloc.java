package fr.cdg.rsu.rapport.modele;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

import fr.cdg.rsu.rapport.document.Bloc.StyleEncadre;
import fr.cdg.rsu.rapport.document.FormatNombre;
import fr.cdg.rsu.rapport.document.FormeGraphique;

/**
 * Un bloc de modèle ({@code type:} dans le YAML). Les clés d'indicateur se complètent du
 * bloc vers ses éléments.
 * <p>
 * Évolution prévue : une colonne de tableau pourra porter une comparaison (strate, année
 * précédente) ; l'axe {@link Axe.Liste} accueillera alors un élément d'un autre genre
 * sans changer les autres blocs.
 */
public sealed interface ModeleBloc {

	record Texte(String texte) implements ModeleBloc {
	}

	record Encadre(String titre, List<String> paragraphes, StyleEncadre style) implements ModeleBloc {
	}

	record Chiffres(@Nullable String titre, List<Element> elements) implements ModeleBloc {
	}

	/**
	 * @param sansLigneVide si renseigné, les lignes (hors total) dont aucune cellule n'a
	 * de ligne d'indicateur (un motif sans absence, que le calcul ne ventile pas) ne sont
	 * pas imprimées et cette phrase, où {@code ${liste}} devient leurs libellés, est
	 * ajoutée à la note ; elle remplace le tableau quand il n'en reste aucune
	 */
	record Tableau(@Nullable String titre, String enteteLignes, CleModele base, Axe lignes, Axe colonnes,
			@Nullable FormatNombre format, @Nullable String note,
			@Nullable String sansLigneVide) implements ModeleBloc {

		public Tableau(@Nullable String titre, String enteteLignes, CleModele base, Axe lignes, Axe colonnes,
				@Nullable FormatNombre format, @Nullable String note) {
			this(titre, enteteLignes, base, lignes, colonnes, format, note, null);
		}

	}

	/**
	 * Un graphique vectoriel : des séries de valeurs par catégorie.
	 *
	 * @param sansZero si renseigné, les catégories dont toutes les valeurs sont nulles
	 * (0) ne sont pas dessinées et cette phrase, où {@code ${liste}} devient la liste de
	 * leurs libellés, est ajoutée à la note du graphique
	 */
	record Graphique(@Nullable String titre, FormeGraphique forme, CleModele base, Axe categories, Axe series,
			@Nullable FormatNombre format, String axeCategories, String axeValeurs, float hauteur,
			@Nullable String note, @Nullable String sansZero) implements ModeleBloc {
	}

	/**
	 * Les modalités d'une dimension rangées par valeur (par exemple les cadres d'emplois
	 * les plus féminisés), en ne gardant que celles dont le dénominateur atteint
	 * {@code effectifMinimum} et qui ne sont pas secrètes.
	 *
	 * @param effectifNumerateur l'effectif imprimé (et comparé à {@code effectifMinimum})
	 * est le numérateur du rapport ({@code effectif: numerateur} : les agents d'un cadre
	 * d'emplois rangé par sa part de l'effectif), et non son dénominateur (par défaut :
	 * les agents d'un cadre rangé par son taux de féminisation)
	 */
	record Classement(@Nullable String titre, String enteteLignes, String enteteValeur, @Nullable String enteteEffectif,
			CleModele base, boolean decroissant, int nombre, int effectifMinimum, @Nullable FormatNombre format,
			String siVide, @Nullable BigDecimal valeurInferieureA, @Nullable BigDecimal valeurSuperieureA,
			boolean effectifNumerateur) implements ModeleBloc {
	}

	/**
	 * Des phrases qui énoncent des valeurs (« Pour 100 agents, on dénombre 188 arrêts.
	 * »), imprimées ensemble en un paragraphe ; une phrase dont la valeur est secrète ou
	 * indisponible n'est pas écrite.
	 *
	 * @param siNonTransmis la phrase qui remplace le bloc quand aucune de ses valeurs n'a
	 * de source transmise (le fichier facultatif manque) : une seule « non renseigné » au
	 * lieu d'une par phrase
	 */
	record Phrases(List<Phrase> phrases, @Nullable String siNonTransmis) implements ModeleBloc {
		public Phrases {
			phrases = List.copyOf(phrases);
		}
	}

	/**
	 * Une phrase. Sans {@code selon} : la valeur de la clé ({@code ${valeur}}). Avec
	 * {@code selon} (une dimension simple) : la modalité qui a la plus grande valeur
	 * ({@code ordre: decroissant}, par défaut) ou la plus petite ({@code ${modalite}}, sa
	 * forme de phrase dans {@code libelles.yaml}, {@code modalites_en_phrase}) et sa
	 * valeur ; des modalités à égalité (même valeur imprimée) sont toutes nommées, avec
	 * {@code texte_egalite} s'il est donné. Une série dont une cellule est secrète n'a
	 * pas de phrase (la plus grande valeur pourrait être masquée).
	 *
	 * @param siZero la phrase quand la valeur (la plus grande, avec {@code selon}) est
	 * nulle : « Aucun agent absent... »
	 * @param siUn la phrase quand la valeur vaut 1 (le singulier)
	 * @param siNonRenseigne la phrase quand la valeur n'a pas de ligne (une rubrique
	 * laissée vide, un fichier non transmis) : « non renseigné », jamais un « non » ou un
	 * zéro que personne n'a déclaré ; sans elle, pas de phrase
	 * @param comparee la clé d'une seconde valeur ({@code ${valeur_comparee}}, la clé de
	 * la phrase complétée par {@code comparee:}) : « 12,5 % des femmes… contre 14,8 % des
	 * hommes » ; la phrase n'est écrite que si les deux valeurs sont publiables (sans
	 * {@code selon})
	 */
	record Phrase(CleModele cle, @Nullable String selon, boolean decroissant, int effectifMinimum,
			@Nullable FormatNombre format, String texte, @Nullable String texteEgalite, @Nullable String siZero,
			@Nullable String siUn, @Nullable String siNonRenseigne, @Nullable CleModele comparee) {
	}

	/**
	 * Un élément nommé : une ligne, une colonne, une série, une catégorie ou un chiffre
	 * clé.
	 */
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
		 * Une entrée par modalité présente (avec {@code toutes: true}, chaque modalité du
		 * vocabulaire, présente ou non : une pyramide garde toutes ses tranches) dans les
		 * lignes pour une des dimensions de la clé ({@code selon: filiere}), dans l'ordre
		 * du vocabulaire, suivie d'un éventuel élément de total.
		 */
		record Selon(String dimension, @Nullable Element total, boolean toutes) implements Axe {

			public Selon(String dimension, @Nullable Element total) {
				this(dimension, total, false);
			}

		}

	}

}
