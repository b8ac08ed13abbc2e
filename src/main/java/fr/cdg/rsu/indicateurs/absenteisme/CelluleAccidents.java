package fr.cdg.rsu.indicateurs.absenteisme;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

import fr.cdg.rsu.domaine.Motif;

/**
 * Les sommes d'une cellule d'accidents (population × dimension × modalité) pour ses
 * quatre groupes : tous les accidents du travail et maladies professionnelles (groupe
 * vide), puis {@code AT_SERVICE}, {@code AT_TRAJET}, {@code MP}.
 */
final class CelluleAccidents {

	/**
	 * {@code null} = le groupe vide : les deux motifs d'accident et la maladie
	 * professionnelle.
	 */
	static final List<@Nullable Motif> GROUPES = Arrays.asList(null, Motif.AT_SERVICE, Motif.AT_TRAJET, Motif.MP);

	final long[] accidents = new long[GROUPES.size()];

	final long[] jours = new long[GROUPES.size()];

	/** Agents victimes d'au moins un accident de l'année compté. */
	final int[] victimes = new int[GROUPES.size()];

	/** Agents ayant au moins un jour d'absence du groupe. */
	final int[] absents = new int[GROUPES.size()];

	BigDecimal heuresPayees = BigDecimal.ZERO;

	/** Agents ayant au moins une ligne de paie : la population du dénominateur. */
	int agentsPayes;

	/**
	 * Agents que la cellule décrit (secret statistique) : les présents au 31/12 et les
	 * partis dans l'année qui ont au moins un jour d'absence, comme la cellule
	 * d'absentéisme de même clé, dont elle partage la décision.
	 */
	int population;

	void ajouter(DecompteAgent d, @Nullable BigDecimal heures, boolean presentAu31Decembre) {
		if (presentAu31Decembre || d.joursTotal() > 0) {
			population++;
		}
		if (heures != null) {
			heuresPayees = heuresPayees.add(heures);
			agentsPayes++;
		}
		for (int g = 0; g < GROUPES.size(); g++) {
			Motif motif = GROUPES.get(g);
			long acc = motif == null ? d.accidents(Motif.AT_SERVICE) + d.accidents(Motif.AT_TRAJET)
					: d.accidents(motif);
			long j = motif == null ? d.jours(Motif.AT_SERVICE) + d.jours(Motif.AT_TRAJET) + d.jours(Motif.MP)
					: d.jours(motif);
			accidents[g] += acc;
			jours[g] += j;
			if (acc > 0) {
				victimes[g]++;
			}
			if (j > 0) {
				absents[g]++;
			}
		}
	}

}
