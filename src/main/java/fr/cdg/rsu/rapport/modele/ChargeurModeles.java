package fr.cdg.rsu.rapport.modele;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

import fr.cdg.rsu.rapport.document.Apparence;

/**
 * Lit et valide les modèles de {@code report-templates/} : d'un dossier (paramètre
 * {@code --modeles}) ou de la copie empaquetée dans le jar (classpath
 * {@code report-templates/}). Toute clé inconnue (propriété, type de bloc, indicateur,
 * population, groupe, dimension, modalité, format, variable de texte) est une erreur qui
 * nomme le fichier et la clé. Ici : trouver les fichiers et en faire l'empreinte ; la
 * lecture est à {@link LecteurYaml} (aides), {@link LecteurCharte},
 * {@link LecteurLibelles} et {@link LecteurDocument} (documents et
 * {@link #BLOCS_COMMUNS}, lu avant eux).
 */
public final class ChargeurModeles {

	public static final String CHARTE = "charte.yaml";

	public static final String LIBELLES = "libelles.yaml";

	/**
	 * Les blocs et phrases communs à plusieurs documents ({@code inclure: <nom>}) ;
	 * facultatif : sans lui, aucun document ne peut rien inclure.
	 */
	public static final String BLOCS_COMMUNS = "blocs-communs.yaml";

	/**
	 * La phrase d'un tableau tout en secret, pour une charte qui n'a pas la sienne
	 * ({@code textes.tout_secret}).
	 */
	static final String TOUT_SECRET_PAR_DEFAUT = "détail non publié, pour qu'aucun agent ne puisse être reconnu (secret"
			+ " statistique : moins de ${seuil} agents, ou de quoi retrouver une telle cellule).";

	/**
	 * La phrase d'un tableau dont le fichier source manque, pour une charte qui n'a pas
	 * la sienne.
	 */
	static final String NON_TRANSMIS_PAR_DEFAUT = "non transmis : l'employeur n'a pas fourni le fichier d'où viennent ces "
			+ "chiffres ; ce n'est pas un zéro.";

	/** Les modèles des documents PDF, dans l'ordre de production. */
	public static final List<String> DOCUMENTS = List.of("synthese-absenteisme.yaml", "synthese-remunerations.yaml",
			"synthese-egalite.yaml", "synthese-sante-securite.yaml", "synthese-rps.yaml", "fiche-synthetique.yaml");

	/** Le dossier des modèles dans le jar. */
	public static final String RESSOURCE = "report-templates/";

	/**
	 * Les variables autorisées dans les textes : {@code ${annee}}... ; {@code ${seuil}}
	 * est le seuil du secret statistique appliqué aux lignes (option
	 * {@code --seuil-secret}), pour les notes qui énoncent la règle.
	 */
	public static final Set<String> VARIABLES = Set.of("annee", "annee_precedente", "collectivite", "siret", "strate",
			"date_publication", "date_reference", "seuil");

	static final Pattern VARIABLE = Pattern.compile("\\$\\{([^}]*)}");

	static final Set<String> CHAMPS_CLE = Set.of("theme", "indicateur", "population", "groupe", "dimension",
			"modalite");

	private ChargeurModeles() {
	}

	/**
	 * Le dossier donné s'il existe, sinon {@code ./report-templates} s'il existe, sinon
	 * la copie du jar.
	 * @param dossier dossier passé par {@code --modeles}, ou {@code null}
	 * @throws ModeleInvalideException si un dossier est donné mais n'existe pas, ou si un
	 * modèle est invalide
	 */
	public static JeuDeModeles charger(@Nullable Path dossier) {
		if (dossier != null) {
			if (!Files.isDirectory(dossier)) {
				throw new ModeleInvalideException(dossier.toString(), "--modeles", "dossier des modèles introuvable");
			}
			return depuisDossier(dossier);
		}
		Path local = Path.of("report-templates");
		if (Files.isDirectory(local)) {
			return depuisDossier(local);
		}
		return depuisClasspath();
	}

	public static JeuDeModeles depuisDossier(Path dossier) {
		return lire(dossier.toAbsolutePath().toString(), nom -> {
			Path p = dossier.resolve(nom);
			if (!Files.isRegularFile(p)) {
				return null;
			}
			try {
				return Files.readAllBytes(p);
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		});
	}

	public static JeuDeModeles depuisClasspath() {
		return lire("classpath:" + RESSOURCE, nom -> {
			try (InputStream in = ChargeurModeles.class.getClassLoader().getResourceAsStream(RESSOURCE + nom)) {
				return in == null ? null : in.readAllBytes();
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		});
	}

	interface Source {

		byte @Nullable [] lire(String nom);

	}

	static JeuDeModeles lire(String origine, Source lecture) {
		MessageDigest sha;
		try {
			sha = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
		// chaque fichier lu entre dans l'empreinte, dans l'ordre de lecture (toujours le
		// même)
		Source source = nom -> {
			byte[] contenu = lecture.lire(nom);
			sha.update((nom + "|" + (contenu == null ? -1 : contenu.length) + "\n").getBytes(StandardCharsets.UTF_8));
			if (contenu != null) {
				sha.update(contenu);
			}
			return contenu;
		};
		Map<String, Object> charte = racine(CHARTE, source);
		Map<String, Object> libelles = racine(LIBELLES, source);
		Apparence apparence = new LecteurCharte(CHARTE, source).lire(charte);
		Libelles lib = LecteurLibelles.lire(libelles);
		byte[] communs = source.lire(BLOCS_COMMUNS);
		BlocsCommuns blocsCommuns = communs == null ? BlocsCommuns.AUCUN
				: LecteurDocument.communs(BLOCS_COMMUNS, racine(BLOCS_COMMUNS, communs));
		List<ModeleDocument> documents = new ArrayList<>();
		for (String nom : DOCUMENTS) {
			documents.add(new LecteurDocument(nom, blocsCommuns).lire(racine(nom, source)));
		}
		return new JeuDeModeles(origine, apparence, lib, documents,
				HexFormat.of().formatHex(sha.digest()).substring(0, 32));
	}

	private static Map<String, Object> racine(String nom, Source source) {
		byte[] contenu = source.lire(nom);
		if (contenu == null) {
			throw new ModeleInvalideException(nom, "(fichier)", "fichier de modèle absent");
		}
		return racine(nom, contenu);
	}

	private static Map<String, Object> racine(String nom, byte[] contenu) {
		Object o;
		try {
			o = new Yaml(new SafeConstructor(new LoaderOptions())).load(new String(contenu, StandardCharsets.UTF_8));
		}
		catch (YAMLException e) {
			throw new ModeleInvalideException(nom, "(syntaxe)", "YAML illisible : " + e.getMessage());
		}
		return new LecteurYaml(nom).carte(o, "(racine)");
	}

}
