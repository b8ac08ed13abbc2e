package fr.cdg.rsu.sortie;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Écrit un fichier sous un nom temporaire du même dossier, puis le renomme d'un coup : un
 * processus interrompu ne laisse jamais un fichier à moitié écrit sous son nom définitif.
 */
public final class EcritureAtomique {

	/**
	 * Suffixe des fichiers en cours d'écriture ; un reste de processus tué est effacé à
	 * la reprise.
	 */
	public static final String SUFFIXE_TEMPORAIRE = ".en-cours";

	private EcritureAtomique() {
	}

	@FunctionalInterface
	public interface Contenu {

		void ecrire(OutputStream sortie) throws IOException;

	}

	public static void ecrire(Path cible, Contenu contenu) throws IOException {
		Files.createDirectories(cible.getParent());
		// nom unique : deux écritures du même fichier ne partagent jamais leur fichier
		// temporaire
		Path temporaire = cible
			.resolveSibling("." + cible.getFileName() + "." + java.util.UUID.randomUUID() + SUFFIXE_TEMPORAIRE);
		try {
			try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(temporaire,
					java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE), 1 << 16)) {
				contenu.ecrire(out);
			}
			try {
				Files.move(temporaire, cible, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			}
			catch (AtomicMoveNotSupportedException ex) {
				Files.move(temporaire, cible, StandardCopyOption.REPLACE_EXISTING);
			}
		}
		finally {
			Files.deleteIfExists(temporaire);
		}
	}

}
