package fr.cdg.rsu.rapport.modele;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Un modèle de document lu d'un fichier YAML.
 *
 * @param source nom du fichier de modèle (pour les messages)
 * @param fichier nom du fichier produit ({@code synthese-absenteisme.pdf})
 */
public record ModeleDocument(String source, String fichier, String titre, String sousTitre, String sujet,
		List<ModeleSection> sections) {

	public ModeleDocument {
		sections = List.copyOf(sections);
	}

	/**
	 * Une section : son titre et ses blocs.
	 *
	 * @param siSansComparaison la phrase qui remplace les blocs de la section quand
	 * aucune des cellules de comparaison qu'elle imprime (dimension {@code comparaison} :
	 * strate, médiane, année précédente) n'a de valeur (un employeur seul dans sa strate,
	 * année précédente non traitée) ; {@code null} : la section est imprimée telle quelle
	 */
	public record ModeleSection(String titre, boolean nouvellePage, List<ModeleBloc> blocs,
			@Nullable String siSansComparaison) {
		public ModeleSection {
			blocs = List.copyOf(blocs);
		}

		public ModeleSection(String titre, boolean nouvellePage, List<ModeleBloc> blocs) {
			this(titre, nouvellePage, blocs, null);
		}
	}

}
