package fr.cdg.rsu.lecture;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import fr.cdg.rsu.domaine.Agent;
import fr.cdg.rsu.lecture.dsn.LecteurDsn;
import org.jspecify.annotations.Nullable;

/**
 * Lit en flux, l'un après l'autre, tous les tableaux d'un inventaire, et rend chaque
 * ligne acceptée ou rejetée. Tient les comptes par fichier : lues = acceptées + rejetées
 * (les lignes vides sont sautées et comptées à part). Les DSN du dossier, s'il y en a,
 * sont lues après les tableaux.
 */
public final class LecteurEntrees implements AutoCloseable {

	private final List<FichierEntree> fichiers;

	private final int annee;

	private final Map<String, StatistiquesFichier> statistiques = new LinkedHashMap<>();

	private int rang = -1;

	private @Nullable SourceTabulaire source;

	private @Nullable ValidateurLigne validateur;

	private @Nullable StatistiquesFichier courant;

	private final @Nullable LecteurDsn dsn;

	/**
	 * SIRET des agents acceptés des exports, et leur premier fichier : un SIRET lu aussi
	 * en DSN est une erreur.
	 */
	private final Map<String, String> siretsExports = new java.util.HashMap<>();

	private boolean dsnCommencee;

	public LecteurEntrees(List<FichierEntree> fichiers, int annee) {
		this(fichiers, annee, null);
	}

	public LecteurEntrees(List<FichierEntree> fichiers, int annee, @Nullable LecteurDsn dsn) {
		this.fichiers = fichiers;
		this.annee = annee;
		this.dsn = dsn;
	}

	/** Les exports d'abord, puis les DSN. */
	public @Nullable LigneLue suivante() {
		LigneLue l = suivanteDesExports();
		if (l != null) {
			if (dsn != null && l instanceof LigneLue.Acceptee a && a.enregistrement() instanceof Agent g) {
				siretsExports.putIfAbsent(g.siret(), a.fichier());
			}
			return l;
		}
		if (dsn == null) {
			return null;
		}
		if (!dsnCommencee) {
			dsnCommencee = true;
			for (String siret : dsn.lire()) {
				String export = siretsExports.get(siret);
				if (export != null) {
					throw new EntreeInvalideException("L'employeur " + siret + " est lu deux fois : dans l'export "
							+ export + " et dans les DSN (" + dsn.fichierDe(siret) + "). Gardez une seule source.");
				}
			}
		}
		l = dsn.suivante();
		if (l == null) {
			for (LecteurDsn.ComptesFichier c : dsn.comptesFichiers()) {
				if (!statistiques.containsKey(c.fichier())) {
					StatistiquesFichier s = new StatistiquesFichier(c.fichier(), sorte(c.fichier()),
							"DSN : ISO-8859-1 (0x80-0x9F en Windows-1252)", "", List.of(), Map.of());
					s.lues = c.lues();
					s.rejetees = c.rejetees();
					s.vides = c.vides();
					statistiques.put(c.fichier(), s);
				}
			}
		}
		return l;
	}

	private static String sorte(String fichier) {
		String f = fichier.toLowerCase(java.util.Locale.ROOT);
		return f.endsWith(".dsn") ? "dsn" : f.endsWith("grades.csv") ? "grades" : "complement_agents";
	}

	/** La ligne suivante des exports CSV / XLSX, ou {@code null} quand ils sont lus. */
	private @Nullable LigneLue suivanteDesExports() {
		while (true) {
			if (source == null && !ouvrirSuivant()) {
				return null;
			}
			// ouvrirSuivant ouvre ensemble la source, ses comptes et son validateur
			var src = Objects.requireNonNull(source);
			StatistiquesFichier stats = Objects.requireNonNull(courant);
			var val = Objects.requireNonNull(validateur);
			LigneBrute ligne;
			try {
				ligne = src.suivante();
			}
			catch (IOException ex) {
				throw new EntreeInvalideException("Fichier " + fichiers.get(rang).nom() + " illisible après la ligne "
						+ stats.derniereLigne + " : " + ex.getMessage());
			}
			if (ligne == null) {
				fermerCourant();
				continue;
			}
			stats.derniereLigne = ligne.numero();
			if (ligne.estVide()) {
				stats.vides++;
				continue;
			}
			// l'ordre départage deux absences du même jour : rang du fichier, puis ligne
			// dans le fichier
			long ordre = ((long) rang << 40) | ligne.numero();
			LigneLue lue = val.valider(ligne, ordre);
			stats.lues++;
			if (lue instanceof LigneLue.Rejetee) {
				stats.rejetees++;
			}
			return lue;
		}
	}

	private boolean ouvrirSuivant() {
		rang++;
		if (rang >= fichiers.size()) {
			return false;
		}
		FichierEntree f = fichiers.get(rang);
		try {
			source = f.ouvrir();
		}
		catch (IOException ex) {
			throw new EntreeInvalideException("Fichier illisible : " + f.nom() + " (" + ex.getMessage() + ")");
		}
		Correspondance c = Correspondance.etablir(f.nom(), f.type(), source.entetes(), f.profil());
		validateur = new ValidateurLigne(f, c, source.estClasseur(), annee);
		courant = new StatistiquesFichier(f.nom(), f.type().nom(), source.detection(), f.profil().source(),
				c.colonnesInconnues(), c.libelles());
		statistiques.put(f.nom(), courant);
		return true;
	}

	private void fermerCourant() {
		try {
			if (source != null) {
				source.close();
			}
		}
		catch (IOException ex) {
			// la lecture est finie : une erreur à la fermeture ne change aucune ligne
		}
		source = null;
	}

	/** Les comptes par fichier lu jusqu'ici, dans l'ordre de lecture. */
	public Map<String, StatistiquesFichier> statistiques() {
		return statistiques;
	}

	@Override
	public void close() {
		fermerCourant();
	}

	/** Comptes et détection d'un fichier lu. */
	public static final class StatistiquesFichier {

		public final String fichier;

		/**
		 * {@code agents}, {@code absences}... pour un export ; {@code dsn},
		 * {@code grades}... pour la DSN.
		 */
		public final String sorte;

		public final String detection;

		public final String profil;

		public final List<String> colonnesInconnues;

		/**
		 * Les colonnes reconnues sous un autre en-tête que leur nom canonique, et leur
		 * nom pour le service RH ({@code sexe} → {@code Genre (sexe)}) :
		 * {@code rejets.csv} parle des colonnes du fichier.
		 */
		public final Map<String, String> libellesColonnes;

		public long lues;

		public long rejetees;

		public long vides;

		long derniereLigne = 1;

		StatistiquesFichier(String fichier, String sorte, String detection, String profil,
				List<String> colonnesInconnues, Map<String, String> libellesColonnes) {
			this.fichier = fichier;
			this.sorte = sorte;
			this.detection = detection;
			this.profil = profil;
			this.colonnesInconnues = colonnesInconnues;
			this.libellesColonnes = libellesColonnes;
		}

	}

}
