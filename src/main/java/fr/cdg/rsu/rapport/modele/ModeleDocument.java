package fr.cdg.rsu.rapport.modele;

import java.util.List;

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

	public record ModeleSection(String titre, boolean nouvellePage, List<ModeleBloc> blocs) {
		public ModeleSection {
			blocs = List.copyOf(blocs);
		}
	}

}
