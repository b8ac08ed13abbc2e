package fr.cdg.rsu.domaine;

import java.util.List;
import java.util.Objects;

import fr.cdg.rsu.domaine.themes.DonneesComplementaires;

/**
 * Tout ce que le cœur de calcul sait d'un employeur pour une année : ses agents, leurs
 * absences et leur paie, lignes déjà validées (les rejets ont été écartés à la lecture).
 *
 * @param absencesTransmises faux si aucun fichier d'absences n'a été transmis : aucune
 * absence n'est alors une inconnue, pas un zéro (le calcul ne produit ni absentéisme ni
 * accidents)
 * @param remunerationsTransmises faux si aucun fichier de paie n'a été transmis
 * @param complements les fichiers facultatifs (prévention, accidents déclarés,
 * formation...) et les colonnes facultatives des agents, avec ce qui a été transmis
 */
public record DonneesEmployeur(Collectivite collectivite, int annee, List<Agent> agents, List<Absence> absences,
		List<LignePaie> paies, boolean absencesTransmises, boolean remunerationsTransmises,
		DonneesComplementaires complements) {

	/**
	 * Sans données facultatives : ce qu'étaient les données avant les fichiers
	 * facultatifs.
	 */
	public DonneesEmployeur(Collectivite collectivite, int annee, List<Agent> agents, List<Absence> absences,
			List<LignePaie> paies, boolean absencesTransmises, boolean remunerationsTransmises) {
		this(collectivite, annee, agents, absences, paies, absencesTransmises, remunerationsTransmises,
				DonneesComplementaires.AUCUNE);
	}

	/** Des données dont tous les fichiers ont été transmis. */
	public DonneesEmployeur(Collectivite collectivite, int annee, List<Agent> agents, List<Absence> absences,
			List<LignePaie> paies) {
		this(collectivite, annee, agents, absences, paies, true, true);
	}

	public DonneesEmployeur {
		Objects.requireNonNull(collectivite, "collectivite");
		agents = List.copyOf(agents);
		absences = List.copyOf(absences);
		paies = List.copyOf(paies);
		Objects.requireNonNull(complements, "complements");
	}

	public String siret() {
		return collectivite.siret();
	}

}
