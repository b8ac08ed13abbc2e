package fr.cdg.rsu.domaine;

import java.util.List;
import java.util.Objects;

/**
 * Tout ce que le cœur de calcul sait d'un employeur pour une année : ses agents, leurs absences et leur paie,
 * lignes déjà validées (les rejets ont été écartés à la lecture).
 */
public record DonneesEmployeur(Collectivite collectivite, int annee, List<Agent> agents, List<Absence> absences,
		List<LignePaie> paies) {

	public DonneesEmployeur {
		Objects.requireNonNull(collectivite, "collectivite");
		agents = List.copyOf(agents);
		absences = List.copyOf(absences);
		paies = List.copyOf(paies);
	}

	public String siret() {
		return collectivite.siret();
	}

}
