package fr.cdg.rsu.indicateurs.remunerations;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import fr.cdg.rsu.domaine.Agent;
import fr.cdg.rsu.domaine.DonneesEmployeur;
import fr.cdg.rsu.domaine.LignePaie;

/**
 * La paie de l'année agent par agent : un passage sur les lignes de paie, les lignes d'un
 * même matricule additionnées. Les lignes d'un matricule absent du fichier agents ne
 * peuvent être rattachées à aucune cellule (statut, sexe, catégorie inconnus) : elles
 * sont écartées (et signalées une fois pour tous les thèmes par
 * {@code CoherenceMatricules}, code {@code PAIE_AGENT_INCONNU}).
 *
 * <p>
 * Chaque cumul ne se prend qu'une fois ({@link #prendre(Agent)}) : si un matricule
 * figurait deux fois dans le fichier agents, sa paie ne serait pas comptée deux fois.
 */
public final class PaiesAgents {

	/**
	 * Cumul de chaque agent connu ayant au moins une ligne de paie, retiré quand il est
	 * pris.
	 */
	private final Map<String, CumulPaie> parMatricule;

	private PaiesAgents(Map<String, CumulPaie> parMatricule) {
		this.parMatricule = parMatricule;
	}

	public static PaiesAgents agreger(DonneesEmployeur donnees) {
		Set<String> matricules = new HashSet<>(donnees.agents().size() * 2);
		for (Agent agent : donnees.agents()) {
			matricules.add(agent.matricule());
		}
		Map<String, CumulPaie> parMatricule = new HashMap<>(donnees.agents().size() * 2);
		for (LignePaie ligne : donnees.paies()) {
			if (matricules.contains(ligne.matricule())) {
				parMatricule.computeIfAbsent(ligne.matricule(), m -> new CumulPaie()).ajouter(ligne);
			}
		}
		return new PaiesAgents(parMatricule);
	}

	/**
	 * La paie de l'année de l'agent, ou {@code null} s'il n'a pas de ligne (ou si elle a
	 * déjà été prise).
	 */
	public @Nullable CumulPaie prendre(Agent agent) {
		return parMatricule.remove(agent.matricule());
	}

}
