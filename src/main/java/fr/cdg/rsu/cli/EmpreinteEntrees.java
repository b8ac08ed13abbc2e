package fr.cdg.rsu.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * L'empreinte d'une campagne : noms, tailles et dates de modification des fichiers
 * d'entrée (sur deux niveaux, comme la lecture), et les options qui changent les
 * résultats. Même empreinte = même campagne (reprise ou « déjà faite ») ; un fichier
 * corrigé change l'empreinte et commence une nouvelle campagne. Les contenus ne sont pas
 * relus : à l'échelle nationale, cela coûterait une lecture de plus de tous les fichiers.
 */
final class EmpreinteEntrees {

	private EmpreinteEntrees() {
	}

	static String calculer(Path entree, List<String> options) throws IOException {
		MessageDigest sha;
		try {
			sha = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
		// les DSN sont lues à toute profondeur ; les exports, sur deux niveaux
		try (Stream<Path> fichiers = Files.walk(entree)) {
			for (Path f : fichiers.filter(Files::isRegularFile)
				.filter(f -> entree.relativize(f).getNameCount() <= 2
						|| f.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".dsn"))
				.sorted()
				.toList()) {
				String ligne = entree.relativize(f) + "|" + Files.size(f) + "|"
						+ Files.getLastModifiedTime(f).toMillis() + "\n";
				sha.update(ligne.getBytes(StandardCharsets.UTF_8));
			}
		}
		for (String option : options) {
			sha.update((option + "\n").getBytes(StandardCharsets.UTF_8));
		}
		return HexFormat.of().formatHex(sha.digest()).substring(0, 32);
	}

}
