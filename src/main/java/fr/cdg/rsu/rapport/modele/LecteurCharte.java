package fr.cdg.rsu.rapport.modele;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import fr.cdg.rsu.rapport.document.Apparence;
import fr.cdg.rsu.rapport.document.Couleur;

/**
 * Lit {@code charte.yaml} : couleurs, logo, éditeur et phrases des cellules non publiées.
 */
final class LecteurCharte extends LecteurYaml {

	private final ChargeurModeles.Source source;

	LecteurCharte(String fichier, ChargeurModeles.Source source) {
		super(fichier);
		this.source = source;
	}

	Apparence lire(Map<String, Object> m) {
		verifierCles(m, "(racine)", Set.of("editeur", "logo", "couleurs", "textes"));
		Map<String, Object> c = carte(m.get("couleurs"), "couleurs");
		verifierCles(c, "couleurs",
				Set.of("principale", "accent", "texte", "fond_section", "femmes", "hommes", "series"));
		Map<String, Object> t = carte(m.get("textes"), "textes");
		verifierCles(t, "textes", Set.of("secret", "non_disponible", "absente", "tout_secret", "non_transmis"));
		List<Couleur> series = new ArrayList<>();
		List<?> l = liste(c.get("series"), "couleurs.series");
		for (int i = 0; i < l.size(); i++) {
			series.add(couleur(l.get(i), "couleurs.series[" + i + "]"));
		}
		if (series.isEmpty()) {
			throw erreur("couleurs.series", "au moins une couleur");
		}
		byte[] logo = null;
		String nomLogo = texteFacultatif(m, "logo", "(racine)");
		if (nomLogo != null && !nomLogo.isBlank()) {
			if (nomLogo.contains("..") || nomLogo.startsWith("/")) {
				throw erreur("logo", "nom de fichier simple attendu, dans le dossier des modèles");
			}
			logo = source.lire(nomLogo);
			if (logo == null) {
				throw erreur("logo", "fichier introuvable : " + nomLogo);
			}
		}
		return new Apparence(couleur(c.get("principale"), "couleurs.principale"),
				couleur(c.get("accent"), "couleurs.accent"), couleur(c.get("texte"), "couleurs.texte"),
				couleur(c.get("fond_section"), "couleurs.fond_section"), couleur(c.get("femmes"), "couleurs.femmes"),
				couleur(c.get("hommes"), "couleurs.hommes"), series, logo, texte(m, "editeur", "(racine)"),
				texte(t, "secret", "textes"), texte(t, "non_disponible", "textes"), texte(t, "absente", "textes"),
				t.containsKey("tout_secret") ? texte(t, "tout_secret", "textes")
						: ChargeurModeles.TOUT_SECRET_PAR_DEFAUT,
				t.containsKey("non_transmis") ? texte(t, "non_transmis", "textes")
						: ChargeurModeles.NON_TRANSMIS_PAR_DEFAUT);
	}

	private Couleur couleur(@Nullable Object o, String chemin) {
		if (!(o instanceof String s)) {
			throw erreur(chemin, "couleur \"#RRGGBB\" attendue");
		}
		try {
			return Couleur.depuisHex(s);
		}
		catch (IllegalArgumentException e) {
			throw erreur(chemin, java.util.Objects.requireNonNullElse(e.getMessage(), "couleur invalide"));
		}
	}

}
