package fr.cdg.rsu.lecture;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Lit en flux, l'un après l'autre, tous les tableaux d'un inventaire, et rend chaque ligne acceptée ou rejetée. Tient
 * les comptes par fichier : lues = acceptées + rejetées (les lignes vides sont sautées et comptées à part).
 */
public final class LecteurEntrees implements AutoCloseable {

	private final List<FichierEntree> fichiers;

	private final int annee;

	private final Map<String, StatistiquesFichier> statistiques = new LinkedHashMap<>();

	private int rang = -1;

	private @Nullable SourceTabulaire source;

	private @Nullable ValidateurLigne validateur;

	private @Nullable StatistiquesFichier courant;

	public LecteurEntrees(List<FichierEntree> fichiers, int annee) {
		this.fichiers = fichiers;
		this.annee = annee;
	}

	/** La ligne suivante de la campagne, ou {@code null} quand tout est lu. */
	public @Nullable LigneLue suivante() {
		while (true) {
			if (source == null && !ouvrirSuivant()) {
				return null;
			}
			LigneBrute ligne;
			try {
				ligne = source.suivante();
			}
			catch (IOException ex) {
				throw new EntreeInvalideException("Fichier " + fichiers.get(rang).nom() + " illisible après la ligne "
						+ courant.derniereLigne + " : " + ex.getMessage());
			}
			if (ligne == null) {
				fermerCourant();
				continue;
			}
			courant.derniereLigne = ligne.numero();
			if (ligne.estVide()) {
				courant.vides++;
				continue;
			}
			// l'ordre départage deux absences du même jour : rang du fichier, puis ligne dans le fichier
			long ordre = ((long) rang << 40) | ligne.numero();
			LigneLue lue = validateur.valider(ligne, ordre);
			courant.lues++;
			if (lue instanceof LigneLue.Rejetee) {
				courant.rejetees++;
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
		courant = new StatistiquesFichier(f.nom(), f.type(), source.detection(), f.profil().source(),
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

		public final TypeFichier type;

		public final String detection;

		public final String profil;

		public final List<String> colonnesInconnues;

		/**
		 * Les colonnes reconnues sous un autre en-tête que leur nom canonique, et leur nom pour le service RH
		 * ({@code sexe} → {@code Genre (sexe)}) : {@code rejets.csv} parle des colonnes du fichier.
		 */
		public final Map<String, String> libellesColonnes;

		public long lues;

		public long rejetees;

		public long vides;

		long derniereLigne = 1;

		StatistiquesFichier(String fichier, TypeFichier type, String detection, String profil,
				List<String> colonnesInconnues, Map<String, String> libellesColonnes) {
			this.fichier = fichier;
			this.type = type;
			this.detection = detection;
			this.profil = profil;
			this.colonnesInconnues = colonnesInconnues;
			this.libellesColonnes = libellesColonnes;
		}

	}

}
