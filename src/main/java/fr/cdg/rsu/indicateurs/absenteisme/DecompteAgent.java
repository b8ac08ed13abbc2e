package fr.cdg.rsu.indicateurs.absenteisme;

import fr.cdg.rsu.domaine.Agent;
import fr.cdg.rsu.domaine.GroupeAbsence;
import fr.cdg.rsu.domaine.Motif;

/**
 * Ce qu'un agent apporte aux numérateurs de l'année, par motif (tableaux indexés par
 * {@link Motif#ordinal()}) : le résultat du décompte de ses périodes, chevauchements et
 * doublons déjà résolus. Construit par {@link Decompteur}, lu ensuite sans modification.
 */
final class DecompteAgent {

	private static final int NB_MOTIFS = Motif.values().length;

	final Agent agent;

	final int[] jours = new int[NB_MOTIFS];

	final int[] arrets = new int[NB_MOTIFS];

	/** Au moins un jour de carence sur une période du motif commencée dans l'année. */
	final boolean[] carence = new boolean[NB_MOTIFS];

	/**
	 * Accidents du travail survenus dans l'année ayant causé au moins un jour dans
	 * l'année.
	 */
	final int[] accidents = new int[NB_MOTIFS];

	DecompteAgent(Agent agent) {
		this.agent = agent;
	}

	int jours(Motif motif) {
		return jours[motif.ordinal()];
	}

	int arrets(Motif motif) {
		return arrets[motif.ordinal()];
	}

	int accidents(Motif motif) {
		return accidents[motif.ordinal()];
	}

	int jours(GroupeAbsence groupe) {
		int total = 0;
		for (Motif m : Motif.values()) {
			if (groupe.contient(m)) {
				total += jours[m.ordinal()];
			}
		}
		return total;
	}

	int arrets(GroupeAbsence groupe) {
		int total = 0;
		for (Motif m : Motif.values()) {
			if (groupe.contient(m)) {
				total += arrets[m.ordinal()];
			}
		}
		return total;
	}

	boolean carence(GroupeAbsence groupe) {
		for (Motif m : Motif.values()) {
			if (groupe.contient(m) && carence[m.ordinal()]) {
				return true;
			}
		}
		return false;
	}

	boolean aUneCarence() {
		for (boolean c : carence) {
			if (c) {
				return true;
			}
		}
		return false;
	}

	int joursTotal() {
		return jours(GroupeAbsence.GLOBAL);
	}

}
