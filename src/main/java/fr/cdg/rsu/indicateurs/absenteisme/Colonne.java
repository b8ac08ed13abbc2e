package fr.cdg.rsu.indicateurs.absenteisme;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import fr.cdg.rsu.domaine.GroupeAbsence;
import fr.cdg.rsu.domaine.Motif;

/**
 * Une valeur de la colonne {@code groupe} de l'absentéisme : un des trois groupes
 * emboîtés, un motif seul, ou un regroupement de motifs ({@code CLM_CLD}, l'indicateur
 * CCFP « congés de longue maladie et de longue durée »).
 *
 * @param groupe le groupe, ou {@code null} pour un motif ou un regroupement
 * @param motifs le motif seul ou les motifs regroupés, vide pour un groupe
 */
record Colonne(int rang, String code, @Nullable GroupeAbsence groupe, Set<Motif> motifs) {

	/** Le regroupement CLM + CLD des indicateurs CCFP (jours par agent permanent). */
	static final String CLM_CLD = "CLM_CLD";

	/**
	 * Les trois groupes, les douze motifs d'absence puis le regroupement CLM + CLD, dans
	 * l'ordre d'écriture.
	 */
	static final List<Colonne> TOUTES = construire();

	static final int NB = TOUTES.size();

	Colonne {
		motifs = Set.copyOf(motifs);
	}

	boolean estGroupe() {
		return groupe != null;
	}

	/**
	 * Vrai pour un regroupement de plusieurs motifs : écrit à la seule dimension
	 * {@code ensemble}.
	 */
	boolean estRegroupement() {
		return motifs.size() > 1;
	}

	/** Vrai si les jours de ce motif comptent dans cette colonne. */
	boolean contient(Motif m) {
		return groupe != null ? groupe.contient(m) : motifs.contains(m);
	}

	private static List<Colonne> construire() {
		List<Colonne> colonnes = new ArrayList<>();
		for (GroupeAbsence g : GroupeAbsence.values()) {
			colonnes.add(new Colonne(colonnes.size(), g.code(), g, Set.of()));
		}
		for (Motif m : Motif.values()) {
			if (m.estAbsence()) {
				colonnes.add(new Colonne(colonnes.size(), m.code(), null, Set.of(m)));
			}
		}
		colonnes.add(new Colonne(colonnes.size(), CLM_CLD, null, EnumSet.of(Motif.CLM, Motif.CLD)));
		return List.copyOf(colonnes);
	}

}
