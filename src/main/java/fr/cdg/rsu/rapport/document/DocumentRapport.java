package fr.cdg.rsu.rapport.document;

import java.util.List;

/**
 * Un document complet, prêt à exporter : tous les textes sont résolus et toutes les
 * valeurs mises en forme.
 *
 * @param fichier nom du fichier à écrire ({@code synthese-absenteisme.pdf})
 * @param sujet sujet des métadonnées PDF
 */
public record DocumentRapport(String fichier, String titre, String sousTitre, String sujet, Identite identite,
		Apparence apparence, List<Section> sections) {

	public DocumentRapport {
		sections = List.copyOf(sections);
	}

}
