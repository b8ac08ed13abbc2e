package fr.cdg.rsu.indicateurs.themes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

import fr.cdg.rsu.domaine.Agent;
import fr.cdg.rsu.domaine.Population;
import fr.cdg.rsu.indicateurs.ventilation.Axe;
import fr.cdg.rsu.indicateurs.ventilation.ModaliteAxe;

/**
 * Les cases d'un thème et leurs cumuls, dans l'ordre d'écriture. Chaque agent tombe dans
 * exactement une modalité de chaque dimension ({@code non_renseigne} compris) : la somme
 * des modalités redonne l'ensemble, ce que le secret statistique suppose.
 *
 * @param <C> le cumul d'une case
 */
public final class Cases<C> {

	private final Map<Case, C> cumuls = new TreeMap<>();

	private final Supplier<C> nouveau;

	public Cases(Supplier<C> nouveau) {
		this.nouveau = nouveau;
	}

	/** Le cumul de la case, créé vide au premier usage. */
	public C de(Case c) {
		return cumuls.computeIfAbsent(c, k -> nouveau.get());
	}

	/** Les cases dans l'ordre d'écriture. */
	public Map<Case, C> toutes() {
		return cumuls;
	}

	/**
	 * Les cases d'un agent : pour chaque population qui le compte, l'ensemble puis chaque
	 * ventilation (une liste d'axes croisés, {@code [FILIERE, SEXE]} pour
	 * {@code filiere+sexe}) dans l'ordre donné.
	 */
	public static List<Case> de(Agent agent, int annee, List<Population> populations, List<List<Axe>> ventilations) {
		List<Case> r = new ArrayList<>();
		int age = agent.ageAu31Decembre(annee);
		for (Population p : populations) {
			if (!p.inclut(agent.statut())) {
				continue;
			}
			r.add(Case.ensemble(p));
			for (int v = 0; v < ventilations.size(); v++) {
				List<Axe> axes = ventilations.get(v);
				List<ModaliteAxe> parties = new ArrayList<>(axes.size());
				StringBuilder dimension = new StringBuilder();
				for (Axe axe : axes) {
					parties.add(axe.modalite(agent, age));
					dimension.append(dimension.isEmpty() ? "" : "+").append(axe.code());
				}
				r.add(new Case(p, v + 1, dimension.toString(), parties));
			}
		}
		return r;
	}

}
