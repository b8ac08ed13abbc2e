package fr.cdg.rsu.rapport.modele;

import java.util.List;

import fr.cdg.rsu.rapport.document.Apparence;

/** Tous les modèles lus et validés : la charte, les libellés et les quatre documents. */
public record JeuDeModeles(String origine, Apparence apparence, Libelles libelles, List<ModeleDocument> documents) {

	public JeuDeModeles {
		documents = List.copyOf(documents);
	}

}
