package fr.cdg.rsu.indicateurs.absenteisme;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import fr.cdg.rsu.domaine.GroupeAbsence;
import fr.cdg.rsu.domaine.Motif;

/**
 * Une valeur de la colonne {@code groupe} de l'absentéisme : un des trois groupes emboîtés, ou un motif seul.
 *
 * @param groupe le groupe, ou {@code null} pour un motif
 * @param motif le motif, ou {@code null} pour un groupe
 */
record Colonne(int rang, String code, @Nullable GroupeAbsence groupe, @Nullable Motif motif) {

	/** Les trois groupes puis les douze motifs d'absence, dans l'ordre d'écriture. */
	static final List<Colonne> TOUTES = construire();

	static final int NB = TOUTES.size();

	boolean estGroupe() {
		return groupe != null;
	}

	/** Vrai si les jours de ce motif comptent dans cette colonne. */
	boolean contient(Motif m) {
		return groupe != null ? groupe.contient(m) : m == motif;
	}

	private static List<Colonne> construire() {
		List<Colonne> colonnes = new ArrayList<>();
		for (GroupeAbsence g : GroupeAbsence.values()) {
			colonnes.add(new Colonne(colonnes.size(), g.code(), g, null));
		}
		for (Motif m : Motif.values()) {
			if (m.estAbsence()) {
				colonnes.add(new Colonne(colonnes.size(), m.code(), null, m));
			}
		}
		return List.copyOf(colonnes);
	}

}
