package fr.cdg.rsu.rapport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Une copie des modèles livrés ({@code report-templates/}) dans un dossier de test, que
 * l'on modifie comme le ferait un CDG, un remplacement exact à la fois.
 */
final class ModelesEnCopie {

	static final Path LIVRES = Path.of("report-templates");

	private ModelesEnCopie() {
	}

	/** Copie chaque modèle livré dans {@code dossier}. */
	static void copier(Path dossier) throws IOException {
		try (Stream<Path> fichiers = Files.list(LIVRES)) {
			for (Path p : fichiers.toList()) {
				Files.copy(p, dossier.resolve(p.getFileName()));
			}
		}
	}

	/** Remplace la première occurrence de {@code avant}, qui doit s'y trouver. */
	static void remplacer(Path dossier, String fichier, String avant, String apres) throws IOException {
		Path p = dossier.resolve(fichier);
		String s = Files.readString(p, StandardCharsets.UTF_8);
		assertThat(s).as("le texte à remplacer dans " + fichier).contains(avant);
		Files.writeString(p, s.replaceFirst(Pattern.quote(avant), Matcher.quoteReplacement(apres)),
				StandardCharsets.UTF_8);
	}

}
