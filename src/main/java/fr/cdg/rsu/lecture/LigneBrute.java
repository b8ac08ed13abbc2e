package fr.cdg.rsu.lecture;

import java.util.List;

/**
 * Une ligne telle que lue, avant conversion.
 *
 * @param numero numéro de ligne dans le fichier (l'en-tête est la ligne 1), celui que
 * l'utilisateur voit dans son tableur
 */
public record LigneBrute(long numero, List<String> cellules) {

	public String cellule(int index) {
		return index >= 0 && index < cellules.size() ? cellules.get(index) : "";
	}

	public boolean estVide() {
		for (String c : cellules) {
			if (!c.isBlank()) {
				return false;
			}
		}
		return true;
	}

}
