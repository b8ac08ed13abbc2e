package fr.cdg.rsu.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.DefaultApplicationArguments;

/**
 * Ce qui se vérifie avant de démarrer Spring : les options et le dossier de sortie. Une
 * option fausse ou une sortie inutilisable s'arrête ici, en une phrase, sans rien créer :
 * ni {@code <sortie>/.base-rsu/}, ni {@code rsu.log} (le journal s'ouvre dans la sortie
 * dès le démarrage de Spring, et une sortie qui est un fichier y donnait cent lignes de
 * trace).
 */
public final class Demarrage {

	/**
	 * Propriété (ou option {@code --rsu.horloge=2026-12-02T23:50}) qui fixe l'heure du
	 * lancement, pour les tests.
	 */
	public static final String HORLOGE = "rsu.horloge";

	private Demarrage() {
	}

	/**
	 * @return le code de sortie si la commande s'arrête ici (aide, option invalide,
	 * sortie inutilisable), vide si la campagne peut démarrer
	 */
	public static OptionalInt verifier(String[] arguments, PrintStream console, PrintStream erreurs) {
		// le découpage de Spring Boot lui-même : les options lues ici sont celles que
		// LigneDeCommande relira
		DefaultApplicationArguments lus = new DefaultApplicationArguments(arguments);
		Map<String, List<String>> options = options(lus);
		List<String> autres = lus.getNonOptionArgs();
		if (options.isEmpty() && autres.isEmpty()) {
			console.print(Options.AIDE);
			return OptionalInt.of(CodeSortie.OPTION_INVALIDE.code());
		}
		Options o;
		try {
			o = Options.lire(options, autres, horloge(premiere(options.get(HORLOGE))));
		}
		catch (OptionInvalideException ex) {
			erreurs.println("Erreur : " + ex.getMessage() + "\nVoir ./rsu --aide. Rien n'a été écrit.");
			return OptionalInt.of(CodeSortie.OPTION_INVALIDE.code());
		}
		if (o.aide()) {
			console.print(Options.AIDE);
			return OptionalInt.of(CodeSortie.SUCCES.code());
		}
		String probleme = problemeDeSortie(o.sortie());
		if (probleme != null) {
			erreurs.println("Erreur : " + probleme + " Rien n'a été écrit.");
			return OptionalInt.of(CodeSortie.OPTION_INVALIDE.code());
		}
		return OptionalInt.empty();
	}

	/** Les options nommées des arguments, dans leur ordre, avec leurs valeurs. */
	static Map<String, List<String>> options(ApplicationArguments arguments) {
		Map<String, List<String>> options = new LinkedHashMap<>();
		for (String nom : arguments.getOptionNames()) {
			options.put(nom, arguments.getOptionValues(nom));
		}
		return options;
	}

	/**
	 * Ce qui empêche d'écrire dans le dossier de sortie (qu'on crée s'il n'existe pas),
	 * ou {@code null}.
	 */
	static @Nullable String problemeDeSortie(Path sortie) {
		if (Files.exists(sortie) && !Files.isDirectory(sortie)) {
			return "le dossier de sortie " + sortie + " est un fichier : donnez à --sortie un dossier (il est créé "
					+ "s'il n'existe pas).";
		}
		try {
			Files.createDirectories(sortie);
		}
		catch (IOException | SecurityException ex) {
			return "impossible de créer le dossier de sortie " + sortie + " (" + raison(ex)
					+ ") : choisissez avec --sortie un dossier où vous pouvez écrire.";
		}
		Path essai = sortie.resolve(".essai-ecriture-rsu");
		try {
			Files.deleteIfExists(essai);
			Files.createFile(essai);
			Files.delete(essai);
		}
		catch (IOException | SecurityException ex) {
			return "impossible d'écrire dans le dossier de sortie " + sortie + " (" + raison(ex)
					+ ") : choisissez avec --sortie un dossier où vous pouvez écrire.";
		}
		return null;
	}

	private static String raison(Exception ex) {
		return switch (ex) {
			case java.nio.file.AccessDeniedException a -> "droits insuffisants";
			case java.nio.file.NoSuchFileException n ->
				"chemin impossible : un dossier parent n'existe pas ou " + "n'accepte pas de sous-dossier";
			case java.nio.file.FileAlreadyExistsException f -> f.getFile() + " existe et n'est pas un dossier";
			case java.nio.file.FileSystemException f when f.getReason() != null -> f.getReason();
			default -> ex.getMessage() != null ? ex.getMessage() : ex.getClass().getSimpleName();
		};
	}

	/**
	 * L'horloge du lancement : le système, ou l'instant fixé par {@value #HORLOGE} (date
	 * et heure locales ISO), pour vérifier qu'une campagne reprise le lendemain reste la
	 * même.
	 */
	public static Clock horloge(@Nullable String valeur) {
		if (valeur == null || valeur.isBlank()) {
			String propriete = System.getProperty(HORLOGE);
			if (propriete == null || propriete.isBlank()) {
				return Clock.systemDefaultZone();
			}
			valeur = propriete;
		}
		try {
			ZoneId zone = ZoneId.systemDefault();
			return Clock.fixed(LocalDateTime.parse(valeur.strip()).atZone(zone).toInstant(), zone);
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException(HORLOGE + "=" + valeur + " : attendu AAAA-MM-JJTHH:MM", ex);
		}
	}

	private static @Nullable String premiere(@Nullable List<String> valeurs) {
		return valeurs == null || valeurs.isEmpty() ? null : valeurs.get(valeurs.size() - 1);
	}

}
