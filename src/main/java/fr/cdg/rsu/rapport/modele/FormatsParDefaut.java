package fr.cdg.rsu.rapport.modele;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import fr.cdg.rsu.indicateurs.Catalogue;
import fr.cdg.rsu.indicateurs.Theme;
import fr.cdg.rsu.rapport.document.FormatNombre;

/**
 * Le format d'affichage d'un indicateur quand le modèle n'en donne pas (tableaux et
 * classeur) : celui du catalogue des indicateurs ({@link Catalogue.Affichage}, même nom
 * que le {@link FormatNombre}).
 */
public final class FormatsParDefaut {

	private FormatsParDefaut() {
	}

	/**
	 * Le format par défaut d'un indicateur : celui du catalogue.
	 * @param theme le thème, s'il est connu (un graphique peut le laisser à ses séries) :
	 * sans lui, l'indicateur de ce nom, qui a le même affichage dans tous ses thèmes
	 */
	public static FormatNombre pour(@Nullable Theme theme, String indicateur) {
		Optional<Catalogue.Entree> entree = theme != null ? Catalogue.trouver(theme, indicateur)
				: premier(Catalogue.duNom(indicateur));
		return entree.map(e -> FormatNombre.valueOf(e.affichage().name())).orElse(FormatNombre.ENTIER);
	}

	private static Optional<Catalogue.Entree> premier(List<Catalogue.Entree> entrees) {
		return entrees.isEmpty() ? Optional.empty() : Optional.of(entrees.get(0));
	}

}
