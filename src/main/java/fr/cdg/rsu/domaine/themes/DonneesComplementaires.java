package fr.cdg.rsu.domaine.themes;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Les données facultatives d'un employeur pour une année, lignes déjà validées, et ce qui
 * a été transmis. Un fichier transmis sans ligne pour l'employeur est un thème déclaré
 * vide (« aucun accident ») ; un fichier non transmis est un thème inconnu (« non
 * renseigné ») : {@link #transmis(FichierFacultatif)} les distingue, comme
 * {@code DonneesEmployeur#absencesTransmises()} pour les absences.
 *
 * @param fichiers les fichiers facultatifs transmis par l'export de l'employeur
 * @param reponses la ligne de l'employeur dans {@code employeur-rsu}, ou {@code null}
 * s'il n'en a pas
 * @param situations ce que les colonnes facultatives des agents disent de chacun, par
 * matricule (agents retenus)
 */
public record DonneesComplementaires(Set<FichierFacultatif> fichiers, @Nullable ReponsesEmployeur reponses,
		List<Accident> accidents, List<DecisionSante> decisionsSante, List<Signalement> signalements,
		List<Formation> formations, List<EvenementCarriere> carrieres, Map<String, SituationAgent> situations) {

	/** Rien de facultatif n'a été transmis : les campagnes d'avant ces fichiers. */
	public static final DonneesComplementaires AUCUNE = new DonneesComplementaires(Set.of(), null, List.of(), List.of(),
			List.of(), List.of(), List.of(), Map.of());

	public DonneesComplementaires {
		fichiers = fichiers.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(fichiers));
		accidents = List.copyOf(accidents);
		decisionsSante = List.copyOf(decisionsSante);
		signalements = List.copyOf(signalements);
		formations = List.copyOf(formations);
		carrieres = List.copyOf(carrieres);
		situations = Map.copyOf(situations);
	}

	public boolean transmis(FichierFacultatif fichier) {
		return fichiers.contains(fichier);
	}

	/**
	 * Vrai si au moins un agent de l'employeur vient d'un fichier qui a cette colonne.
	 */
	public boolean colonneTransmise(ColonneAgent colonne) {
		for (SituationAgent s : situations.values()) {
			if (s.transmise(colonne)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * La situation d'un agent, ou {@code null} si son fichier n'avait aucune colonne
	 * facultative.
	 */
	public @Nullable SituationAgent situation(String matricule) {
		return situations.get(matricule);
	}

}
