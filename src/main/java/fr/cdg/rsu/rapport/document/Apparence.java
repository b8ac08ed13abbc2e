package fr.cdg.rsu.rapport.document;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * La charte d'un document : couleurs, logo et textes communs (notes du secret et des
 * valeurs indisponibles).
 *
 * @param logo le contenu d'une image PNG ou JPEG, ou {@code null}
 * @param toutSecret la phrase qui remplace un tableau dont toutes les valeurs sont
 * secrètes
 * @param nonTransmis la phrase qui remplace un tableau ou un graphique dont le fichier
 * source n'a pas été transmis
 */
@SuppressWarnings("ArrayRecordComponent") // lue une fois de la charte, jamais comparée
											// (l'empreinte des modèles
// porte sur le contenu des fichiers, pas sur cet objet)
public record Apparence(Couleur principale, Couleur accent, Couleur texte, Couleur fondSection, Couleur femmes,
		Couleur hommes, List<Couleur> series, byte @Nullable [] logo, String editeur, String noteSecret,
		String noteNonDisponible, String noteAbsente, String toutSecret, String nonTransmis) {

	public Apparence {
		series = List.copyOf(series);
		if (series.isEmpty()) {
			throw new IllegalArgumentException("au moins une couleur de série");
		}
	}

	public Couleur serie(int rang) {
		return series.get(rang % series.size());
	}

}
