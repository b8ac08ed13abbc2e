package fr.cdg.rsu.lecture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import fr.cdg.rsu.domaine.Collectivite;
import org.jspecify.annotations.Nullable;

/**
 * Fait l'inventaire d'un dossier d'entrée avant toute lecture : ses fichiers et ceux de
 * chaque sous-dossier (un export par employeur), le profil de correspondance de chacun,
 * et la vérification des en-têtes. Une colonne obligatoire manquante, un fichier
 * illisible ou un fichier agents vide arrêtent tout ici, avant la moindre sortie.
 */
public final class InventaireEntrees {

	private InventaireEntrees() {
	}

	/**
	 * Ce que l'inventaire a trouvé : les tableaux à lire, dans l'ordre de lecture, les
	 * fichiers ignorés, et les DSN avec leurs compléments.
	 */
	public record Inventaire(List<FichierEntree> fichiers, List<String> fichiersIgnores, DossierDsn dsn) {

		public Inventaire(List<FichierEntree> fichiers, List<String> fichiersIgnores) {
			this(fichiers, fichiersIgnores, DossierDsn.AUCUN);
		}

	}

	/**
	 * Les fichiers {@code *.dsn} du dossier, à toute profondeur (un seul lot : un «
	 * annule et remplace » peut être rangé ailleurs que la déclaration qu'il remplace),
	 * et les compléments de la racine.
	 *
	 * @param avertissements les fichiers CSV ou XLSX écartés parce qu'ils sont à côté de
	 * DSN
	 */
	public record DossierDsn(List<Path> fichiers, @Nullable Path grades, @Nullable Path collectivites,
			@Nullable Path agents, List<String> avertissements) {

		public static final DossierDsn AUCUN = new DossierDsn(List.of(), null, null, null, List.of());

		public boolean estVide() {
			return fichiers.isEmpty();
		}

	}

	/**
	 * Les compléments de la DSN, à la racine : jamais lus comme des exports quand il y a
	 * des DSN.
	 */
	static final String GRADES = "grades.csv";

	/**
	 * @param profilParDefaut profil donné en ligne de commande, pour les dossiers qui
	 * n'ont pas le leur
	 * @param siretParDefaut SIRET donné en ligne de commande (un seul employeur sans
	 * fichier collectivites)
	 */
	public static Inventaire inventorier(Path entree, @Nullable Path profilParDefaut, @Nullable String siretParDefaut) {
		if (!Files.isDirectory(entree)) {
			throw new EntreeInvalideException("Dossier d'entrée introuvable : " + entree);
		}
		ProfilMapping profilCommun = profilParDefaut == null ? ProfilMapping.VIDE : ProfilMapping.lire(profilParDefaut);
		List<Path> dsn = fichiersDsn(entree);
		Set<Path> dossiersDsn = new java.util.HashSet<>();
		dsn.forEach(f -> dossiersDsn.add(f.getParent()));
		List<String> avertissementsDsn = new ArrayList<>();
		List<FichierEntree> fichiers = new ArrayList<>();
		List<String> ignores = new ArrayList<>();
		List<Path> dossiers = new ArrayList<>();
		dossiers.add(entree);
		try (Stream<Path> s = Files.list(entree)) {
			s.filter(Files::isDirectory)
				.filter(p -> !p.getFileName().toString().startsWith("."))
				.sorted()
				.forEach(dossiers::add);
		}
		catch (IOException ex) {
			throw new EntreeInvalideException("Dossier d'entrée illisible : " + entree + " (" + ex.getMessage() + ")");
		}
		for (Path dossier : dossiers) {
			fichiers.addAll(dossier(entree, dossier, profilCommun, siretParDefaut, ignores,
					dsn.isEmpty() ? Set.of() : dossiersDsn, avertissementsDsn));
		}
		for (Path d : new java.util.TreeSet<>(dossiersDsn)) {
			// plus profond qu'un export, un dossier de DSN n'est pas parcouru ci-dessus :
			// ses CSV sont signalés ici
			if (!d.equals(entree) && !dossiers.contains(d)) {
				try (Stream<Path> s = Files.list(d)) {
					for (Path f : s.filter(Files::isRegularFile).sorted().toList()) {
						String ext = extension(f.getFileName().toString());
						if (ext.equals("csv") || ext.equals("xlsx")) {
							String relatif = entree.relativize(f).toString();
							ignores.add(relatif);
							avertissementsDsn.add(relatif + " : fichier " + ext.toUpperCase(Locale.ROOT)
									+ " à côté de fichiers DSN, ignoré (seuls collectivites.csv, grades.csv et "
									+ "agents.csv à la racine complètent les DSN)");
						}
					}
				}
				catch (IOException ex) {
					throw new EntreeInvalideException("Dossier illisible : " + d + " (" + ex.getMessage() + ")");
				}
			}
		}
		DossierDsn dossierDsn = DossierDsn.AUCUN;
		if (!dsn.isEmpty()) {
			Path collectivites = fichiers.stream()
				.filter(f -> f.type() == TypeFichier.COLLECTIVITES && entree.equals(f.chemin().getParent())
						&& !f.estClasseur())
				.map(FichierEntree::chemin)
				.findFirst()
				.orElse(null);
			dossierDsn = new DossierDsn(dsn, existant(entree.resolve(GRADES)), collectivites,
					existant(entree.resolve("agents.csv")), List.copyOf(avertissementsDsn));
		}
		if (dsn.isEmpty() && fichiers.stream().noneMatch(f -> f.type() == TypeFichier.AGENTS)) {
			throw new EntreeInvalideException("Aucun fichier agents (agents.csv, agents.xlsx ou feuille « agents » "
					+ "d'un classeur) dans " + entree + " ni dans ses sous-dossiers.");
		}
		for (FichierEntree f : fichiers) {
			verifierEntetes(f);
		}
		return new Inventaire(List.copyOf(fichiers), List.copyOf(ignores), dossierDsn);
	}

	private static @Nullable Path existant(Path p) {
		return Files.isRegularFile(p) ? p : null;
	}

	/**
	 * Les {@code *.dsn} (casse indifférente) à toute profondeur, hors dossiers cachés,
	 * dans l'ordre des chemins.
	 */
	private static List<Path> fichiersDsn(Path entree) {
		try (Stream<Path> s = Files.walk(entree)) {
			return s.filter(Files::isRegularFile)
				.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".dsn"))
				.filter(p -> {
					for (Path partie : entree.relativize(p)) {
						if (partie.toString().startsWith(".")) {
							return false;
						}
					}
					return true;
				})
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new EntreeInvalideException("Dossier d'entrée illisible : " + entree + " (" + ex.getMessage() + ")");
		}
	}

	private static List<FichierEntree> dossier(Path racine, Path dossier, ProfilMapping profilCommun,
			@Nullable String siretCommun, List<String> ignores, Set<Path> dossiersDsn, List<String> avertissementsDsn) {
		boolean avecDsn = !dossiersDsn.isEmpty();
		boolean racineAvecDsn = avecDsn && dossier.equals(racine);
		List<Path> contenu;
		try (Stream<Path> s = Files.list(dossier)) {
			contenu = s.filter(Files::isRegularFile).sorted().toList();
		}
		catch (IOException ex) {
			throw new EntreeInvalideException("Dossier illisible : " + dossier + " (" + ex.getMessage() + ")");
		}
		ProfilMapping profil = profilCommun;
		for (String nom : ProfilMapping.NOMS_FICHIER) {
			Path p = dossier.resolve(nom);
			if (Files.isRegularFile(p)) {
				profil = ProfilMapping.lire(p);
			}
		}
		Map<TypeFichier, FichierEntree> parType = new EnumMap<>(TypeFichier.class);
		for (Path p : contenu) {
			String nomFichier = p.getFileName().toString();
			String extension = extension(nomFichier);
			String base = nomFichier.substring(0, nomFichier.length() - extension.length()).replaceAll("\\.$", "");
			String relatif = racine.relativize(p).toString();
			if (ProfilMapping.NOMS_FICHIER.contains(nomFichier) || nomFichier.startsWith(".")) {
				continue;
			}
			if (extension.equals("dsn")) {
				continue;
			}
			if (racineAvecDsn && (nomFichier.equalsIgnoreCase(GRADES) || nomFichier.equalsIgnoreCase("agents.csv"))) {
				// compléments de la DSN (grades, corrections d'agents) : lus par la
				// lecture DSN
				continue;
			}
			boolean collectivitesRacine = dossier.equals(racine) && nomFichier.equalsIgnoreCase("collectivites.csv");
			if ((dossiersDsn.contains(dossier) || racineAvecDsn) && !collectivitesRacine
					&& (extension.equals("csv") || extension.equals("xlsx"))) {
				ignores.add(relatif);
				avertissementsDsn.add(relatif + " : fichier " + extension.toUpperCase(Locale.ROOT) + " à côté de "
						+ "fichiers DSN, ignoré (seuls collectivites.csv, grades.csv et agents.csv à la racine "
						+ "complètent les DSN)");
				continue;
			}
			if (!extension.equals("csv") && !extension.equals("xlsx")) {
				ignores.add(relatif);
				continue;
			}
			var type = TypeFichier.depuisNom(base);
			if (type.isPresent()) {
				ajouter(parType, new FichierEntree(p, relatif, type.get(), null, profil, null));
			}
			else if (extension.equals("xlsx")) {
				List<String> feuilles = feuilles(p, relatif);
				boolean utile = false;
				for (String feuille : feuilles) {
					var t = TypeFichier.depuisNom(feuille);
					if (t.isPresent()) {
						ajouter(parType, new FichierEntree(p, relatif + "#" + feuille, t.get(), feuille, profil, null));
						utile = true;
					}
				}
				if (!utile) {
					ignores.add(relatif);
				}
			}
			else {
				ignores.add(relatif);
			}
		}
		String siretDuDossier = siretCommun;
		FichierEntree collectivites = parType.get(TypeFichier.COLLECTIVITES);
		if (collectivites != null) {
			Set<String> sirets = siretsDeclares(collectivites);
			if (sirets.size() == 1) {
				siretDuDossier = sirets.iterator().next();
			}
		}
		List<FichierEntree> resultat = new ArrayList<>();
		for (FichierEntree f : parType.values()) {
			resultat.add(new FichierEntree(f.chemin(), f.nom(), f.type(), f.feuille(), f.profil(), siretDuDossier));
		}
		return resultat;
	}

	private static void ajouter(Map<TypeFichier, FichierEntree> parType, FichierEntree f) {
		FichierEntree deja = parType.putIfAbsent(f.type(), f);
		if (deja != null) {
			throw new EntreeInvalideException("Deux fichiers " + f.type().nom() + " dans le même dossier : "
					+ deja.nom() + " et " + f.nom() + ". Gardez-en un seul.");
		}
	}

	private static String extension(String nom) {
		int point = nom.lastIndexOf('.');
		return point < 0 ? "" : nom.substring(point + 1).toLowerCase(Locale.ROOT);
	}

	private static List<String> feuilles(Path classeur, String relatif) {
		try {
			return SourceXlsx.feuilles(classeur);
		}
		catch (IOException ex) {
			throw new EntreeInvalideException("Classeur illisible : " + relatif + " (" + ex.getMessage() + ")");
		}
	}

	/**
	 * Les SIRET valides d'un fichier collectivites, pour savoir si le dossier n'a qu'un
	 * employeur.
	 */
	private static Set<String> siretsDeclares(FichierEntree f) {
		Set<String> sirets = new LinkedHashSet<>();
		try (SourceTabulaire source = f.ouvrir()) {
			Correspondance c = Correspondance.etablir(f.nom(), f.type(), source.entetes(), f.profil());
			LigneBrute ligne;
			while ((ligne = source.suivante()) != null && sirets.size() < 2) {
				String siret = ligne.cellule(c.index("siret")).replaceAll("[\\s\\u00A0\\u202F.]", "");
				if (Collectivite.estSiretValide(siret)) {
					sirets.add(siret);
				}
			}
		}
		catch (IOException ex) {
			throw new EntreeInvalideException("Fichier illisible : " + f.nom() + " (" + ex.getMessage() + ")");
		}
		return sirets;
	}

	/**
	 * Ouvre chaque tableau, vérifie ses colonnes obligatoires, et qu'un fichier agents a
	 * au moins une ligne.
	 */
	private static void verifierEntetes(FichierEntree f) {
		try (SourceTabulaire source = f.ouvrir()) {
			if (source.entetes().isEmpty()) {
				throw new EntreeInvalideException("Fichier " + f.nom() + " vide : la ligne d'en-tête est obligatoire.");
			}
			Correspondance.etablir(f.nom(), f.type(), source.entetes(), f.profil());
			if (f.type() == TypeFichier.AGENTS) {
				LigneBrute ligne;
				boolean vide = true;
				while (vide && (ligne = source.suivante()) != null) {
					vide = ligne.estVide();
				}
				if (vide) {
					throw new EntreeInvalideException(
							"Fichier " + f.nom() + " : aucun agent (le fichier n'a que l'en-tête).");
				}
			}
		}
		catch (IOException ex) {
			throw new EntreeInvalideException("Fichier illisible : " + f.nom() + " (" + ex.getMessage() + ")");
		}
	}

}
