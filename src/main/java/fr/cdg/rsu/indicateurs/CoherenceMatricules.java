package fr.cdg.rsu.indicateurs;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.cdg.rsu.domaine.Absence;
import fr.cdg.rsu.domaine.Agent;
import fr.cdg.rsu.domaine.DonneesEmployeur;
import fr.cdg.rsu.domaine.LignePaie;
import fr.cdg.rsu.indicateurs.absenteisme.TypeAvertissement;

/**
 * La cohérence des matricules d'un employeur, vérifiée en un seul endroit et signalée une
 * seule fois, quel que soit le nombre de thèmes qui en dépendent : un matricule présent
 * deux fois dans le fichier agents (la première ligne est retenue partout), des absences
 * ou des lignes de paie d'un matricule absent du fichier agents (écartées de tous les
 * thèmes : on ne connaît ni le statut, ni le sexe, ni la catégorie de l'agent). Les
 * calculs, eux, écartent ces lignes sans rien dire.
 */
public final class CoherenceMatricules {

	private CoherenceMatricules() {
	}

	/**
	 * Un {@code AGENT_EN_DOUBLE} par ligne agents en trop, un
	 * {@code ABSENCE_AGENT_INCONNU} et un {@code PAIE_AGENT_INCONNU} par matricule
	 * inconnu (avec son nombre de lignes).
	 */
	public static List<Avertissement> verifier(DonneesEmployeur donnees) {
		String siret = donnees.siret();
		List<Avertissement> avertissements = new ArrayList<>();
		Set<String> matricules = new HashSet<>(donnees.agents().size() * 2);
		for (Agent a : donnees.agents()) {
			if (!matricules.add(a.matricule())) {
				avertissements.add(new Avertissement(siret, TypeAvertissement.AGENT_EN_DOUBLE.code(), a.matricule(),
						"Matricule présent plusieurs fois dans le fichier agents : la première ligne est retenue"));
			}
		}
		Map<String, Integer> absencesInconnues = new LinkedHashMap<>();
		for (Absence b : donnees.absences()) {
			if (!matricules.contains(b.matricule())) {
				absencesInconnues.merge(b.matricule(), 1, Integer::sum);
			}
		}
		absencesInconnues.forEach((matricule, nb) -> avertissements
			.add(new Avertissement(siret, TypeAvertissement.ABSENCE_AGENT_INCONNU.code(), matricule,
					nb + " période(s) d'absence d'un matricule absent du fichier agents : non comptée(s)")));
		Map<String, Integer> paiesInconnues = new LinkedHashMap<>();
		for (LignePaie p : donnees.paies()) {
			if (!matricules.contains(p.matricule())) {
				paiesInconnues.merge(p.matricule(), 1, Integer::sum);
			}
		}
		paiesInconnues.forEach((matricule, nb) -> avertissements.add(new Avertissement(siret,
				TypeAvertissement.PAIE_AGENT_INCONNU.code(), matricule,
				nb + " ligne(s) de paie d'un matricule absent du fichier agents : écartée(s) des rémunérations, des "
						+ "ETPR et des heures payées")));
		return avertissements;
	}

}
