package fr.cdg.rsu.generateur;

import java.util.List;

/** Tout ce qu'un employeur exporte : sa ligne, ses agents, ses absences et sa paie. */
public record LotEmployeur(CollectiviteGeneree collectivite, List<AgentGenere> agents, List<AbsenceGeneree> absences,
		List<PaieGeneree> paies) {
}
