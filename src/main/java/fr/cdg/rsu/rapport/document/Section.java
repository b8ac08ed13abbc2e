package fr.cdg.rsu.rapport.document;

import java.util.List;

/** Une section titrée du document. */
public record Section(String titre, List<Bloc> blocs, boolean nouvellePage) {

	public Section {
		blocs = List.copyOf(blocs);
	}

}
