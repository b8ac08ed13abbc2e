package fr.cdg.rsu.rapport.modele;

import java.util.List;

import fr.cdg.rsu.rapport.document.Apparence;

/**
 * Tous les modèles lus et validés : la charte, les libellés et les quatre documents.
 *
 * @param empreinte empreinte du contenu des fichiers lus : elle fait partie de l'identité
 * d'une campagne (un modèle modifié change les documents et ce qu'ils publient, donc la
 * campagne)
 */
public record JeuDeModeles(String origine, Apparence apparence, Libelles libelles, List<ModeleDocument> documents,
		String empreinte) {

	public JeuDeModeles {
		documents = List.copyOf(documents);
	}

}
