package fr.cdg.rsu.rapport.pdf;

import java.util.ArrayList;
import java.util.List;

import fr.cdg.rsu.rapport.document.Bloc;
import fr.cdg.rsu.rapport.document.Valeur;

/**
 * Le texte de remplacement d'un graphique : ce qu'un lecteur d'écran lit à la place du
 * dessin. Il énonce toutes les données dessinées, telles que le document les écrit («
 * Taux d'absentéisme par motif : maladie ordinaire 4,84 %, … »), série par série s'il y
 * en a plusieurs ; une valeur masquée est dite secrète, jamais devinée.
 */
final class TexteDeRemplacement {

	private TexteDeRemplacement() {
	}

	static String de(Bloc.Graphique g) {
		StringBuilder sb = new StringBuilder();
		// le titre dit déjà ce qui est mesuré, et chaque valeur porte son unité : l'axe
		// ne sert qu'à défaut de titre
		sb.append(g.titre() != null ? g.titre() : g.axeValeurs());
		boolean plusieurs = g.series().size() > 1;
		for (Bloc.Serie s : g.series()) {
			List<String> points = new ArrayList<>();
			for (int c = 0; c < g.categories().size(); c++) {
				Valeur v = s.valeurs().get(c);
				String texte = switch (v.etat()) {
					case NORMALE -> v.texte();
					case SECRETE -> "secret statistique";
					case NON_DISPONIBLE -> "non disponible";
					case NON_TRANSMISE -> "non transmis";
					case ABSENTE -> null;
				};
				if (texte != null) {
					points.add(g.categories().get(c) + " " + texte);
				}
			}
			sb.append(plusieurs ? ". " + s.nom() + " : " : " : ").append(String.join(", ", points));
		}
		return sb.append('.').toString();
	}

}
