package fr.cdg.rsu.lecture;

import org.jspecify.annotations.Nullable;

/**
 * Le sort d'une ligne lue : acceptée (un enregistrement du domaine) ou rejetée avec son
 * motif.
 */
public sealed interface LigneLue {

	String fichier();

	long ligne();

	/**
	 * @param enregistrement une {@link fr.cdg.rsu.domaine.Collectivite}, un
	 * {@link fr.cdg.rsu.domaine.Agent}, une {@link fr.cdg.rsu.domaine.Absence}, une
	 * {@link fr.cdg.rsu.domaine.LignePaie}, ou un enregistrement d'un fichier facultatif
	 * ({@code fr.cdg.rsu.domaine.themes} : réponses de l'employeur, accident, décision,
	 * signalement, formation, événement de carrière)
	 * @param complement pour un agent dont le fichier a des colonnes facultatives, sa
	 * {@link fr.cdg.rsu.domaine.themes.SituationAgent} ; sinon {@code null}. À part de
	 * l'agent : l'agent reste ce que lisent les quatre fichiers du contrat, le complément
	 * suit la même ligne (et le même sort en cas de doublon).
	 */
	record Acceptee(String fichier, long ligne, Object enregistrement,
			@Nullable Object complement) implements LigneLue {

		public Acceptee(String fichier, long ligne, Object enregistrement) {
			this(fichier, ligne, enregistrement, null);
		}

	}

	record Rejetee(Rejet rejet) implements LigneLue {

		@Override
		public String fichier() {
			return rejet.fichier();
		}

		@Override
		public long ligne() {
			return rejet.ligne();
		}

	}

}
