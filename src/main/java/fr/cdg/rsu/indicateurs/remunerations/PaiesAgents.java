package fr.cdg.rsu.indicateurs.remunerations;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import fr.cdg.rsu.domaine.Agent;
import fr.cdg.rsu.domaine.DonneesEmployeur;
import fr.cdg.rsu.domaine.LignePaie;
import fr.cdg.rsu.indicateurs.Avertissement;

/**
 * La paie de l'année agent par agent : un passage sur les lignes de paie, les lignes d'un même matricule
 * additionnées. Les lignes d'un matricule absent du fichier agents ne peuvent être rattachées à aucune cellule
 * (statut, sexe, catégorie inconnus) : elles sont écartées et signalées, une fois par matricule.
 *
 * <p>
 * Chaque cumul ne se prend qu'une fois ({@link #prendre(Agent)}) : si un matricule figurait deux fois dans le
 * fichier agents, sa paie ne serait pas comptée deux fois.
 */
public final class PaiesAgents {

	public static final String MATRICULE_INCONNU = "PAIE_MATRICULE_INCONNU";

	/** Cumul de chaque agent connu ayant au moins une ligne de paie, retiré quand il est pris. */
	private final Map<String, CumulPaie> parMatricule;

	private final List<Avertissement> avertissements;

	private PaiesAgents(Map<String, CumulPaie> parMatricule, List<Avertissement> avertissements) {
		this.parMatricule = parMatricule;
		this.avertissements = List.copyOf(avertissements);
	}

	public static PaiesAgents agreger(DonneesEmployeur donnees) {
		Set<String> matricules = new HashSet<>(donnees.agents().size() * 2);
		for (Agent agent : donnees.agents()) {
			matricules.add(agent.matricule());
		}
		Map<String, CumulPaie> parMatricule = new HashMap<>(donnees.agents().size() * 2);
		Map<String, Integer> lignesInconnues = new LinkedHashMap<>();
		for (LignePaie ligne : donnees.paies()) {
			if (!matricules.contains(ligne.matricule())) {
				lignesInconnues.merge(ligne.matricule(), 1, Integer::sum);
				continue;
			}
			parMatricule.computeIfAbsent(ligne.matricule(), m -> new CumulPaie()).ajouter(ligne);
		}
		List<Avertissement> avertissements = new ArrayList<>(lignesInconnues.size());
		lignesInconnues.forEach((matricule, lignes) -> avertissements.add(new Avertissement(donnees.siret(),
				MATRICULE_INCONNU, matricule, lignes + " ligne(s) de paie d'un matricule absent du fichier agents, "
						+ "écartée(s) des rémunérations et des ETPR")));
		return new PaiesAgents(parMatricule, avertissements);
	}

	/** La paie de l'année de l'agent, ou {@code null} s'il n'a pas de ligne (ou si elle a déjà été prise). */
	public @Nullable CumulPaie prendre(Agent agent) {
		return parMatricule.remove(agent.matricule());
	}

	/** Un {@value #MATRICULE_INCONNU} par matricule inconnu du fichier agents. */
	public List<Avertissement> avertissements() {
		return avertissements;
	}

}
