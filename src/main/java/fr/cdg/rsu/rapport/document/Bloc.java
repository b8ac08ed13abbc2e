package fr.cdg.rsu.rapport.document;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** Un bloc d'une section, dans l'ordre du modèle. */
public sealed interface Bloc {

	/** Les valeurs du bloc (aucune pour un texte). */
	default List<Valeur> valeurs() {
		return List.of();
	}

	/**
	 * Vrai si le bloc contient au moins une valeur masquée (le rendu ajoute alors la note
	 * du secret).
	 */
	default boolean contientSecret() {
		return valeurs().stream().anyMatch(Valeur::estSecrete);
	}

	/** Vrai si le bloc contient une valeur indisponible. */
	default boolean contientNonDisponible() {
		return valeurs().stream().anyMatch(v -> v.etat() == Valeur.Etat.NON_DISPONIBLE);
	}

	/** Vrai si le bloc contient une cellule sans ligne (aucun agent dans la modalité). */
	default boolean contientAbsente() {
		return valeurs().stream().anyMatch(v -> v.etat() == Valeur.Etat.ABSENTE);
	}

	/** Un paragraphe de texte. */
	record Paragraphe(String texte) implements Bloc {
	}

	/** Un encadré : note de lecture ou précisions méthodologiques. */
	record Encadre(String titre, List<String> paragraphes, StyleEncadre style) implements Bloc {
		public Encadre {
			paragraphes = List.copyOf(paragraphes);
		}

	}

	enum StyleEncadre {

		LECTURE, METHODE

	}

	/** Une rangée de chiffres clés. */
	record ChiffresCles(@Nullable String titre, List<ChiffreCle> chiffres) implements Bloc {
		public ChiffresCles {
			chiffres = List.copyOf(chiffres);
		}

		@Override
		public List<Valeur> valeurs() {
			return chiffres.stream().map(ChiffreCle::valeur).toList();
		}

	}

	record ChiffreCle(String libelle, Valeur valeur, @Nullable String precision) {
	}

	/** Un tableau : une colonne de libellés puis les colonnes de valeurs. */
	record Tableau(@Nullable String titre, String enteteLignes, List<String> colonnes, List<LigneTableau> lignes,
			@Nullable String note) implements Bloc {
		public Tableau {
			colonnes = List.copyOf(colonnes);
			lignes = List.copyOf(lignes);
		}

		@Override
		public List<Valeur> valeurs() {
			return lignes.stream().flatMap(l -> l.cellules().stream()).toList();
		}

	}

	record LigneTableau(String libelle, List<Valeur> cellules, boolean total) {
		public LigneTableau {
			cellules = List.copyOf(cellules);
		}
	}

	/** Un graphique : des catégories et une ou plusieurs séries de valeurs. */
	record Graphique(@Nullable String titre, FormeGraphique forme, List<String> categories, List<Serie> series,
			String axeCategories, String axeValeurs, FormatNombre format, float hauteur,
			@Nullable String note) implements Bloc {
		public Graphique {
			categories = List.copyOf(categories);
			series = List.copyOf(series);
		}

		@Override
		public List<Valeur> valeurs() {
			return series.stream().flatMap(s -> s.valeurs().stream()).toList();
		}

		/**
		 * Un graphique ne dessine rien pour une case sans agent : pas de « – » à
		 * expliquer.
		 */
		@Override
		public boolean contientAbsente() {
			return false;
		}

		/**
		 * Vrai si aucune valeur n'est dessinable (le rendu affiche alors un message
		 * plutôt qu'un graphique vide).
		 */
		public boolean estVide() {
			return series.stream().flatMap(s -> s.valeurs().stream()).noneMatch(v -> v.nombre() != null);
		}
	}

	/** Une série, avec sa couleur. Les valeurs sont dans l'ordre des catégories. */
	record Serie(String nom, List<Valeur> valeurs, Couleur couleur) {
		public Serie {
			valeurs = List.copyOf(valeurs);
		}
	}

}
