package fr.cdg.rsu.lecture;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import fr.cdg.rsu.domaine.themes.Accident;
import fr.cdg.rsu.domaine.themes.DecisionSante;
import fr.cdg.rsu.domaine.themes.EnregistrementFacultatif;
import fr.cdg.rsu.domaine.themes.EvenementCarriere;
import fr.cdg.rsu.domaine.themes.FichierFacultatif;
import fr.cdg.rsu.domaine.themes.Formation;
import fr.cdg.rsu.domaine.themes.ReponsesEmployeur;
import fr.cdg.rsu.domaine.themes.Signalement;
import fr.cdg.rsu.domaine.themes.SituationAgent;

/**
 * Les lignes acceptées à la lecture des fichiers facultatifs d'un employeur, et les
 * colonnes facultatives de ses agents, avec leur origine : l'assemblage les rejette
 * encore si d'autres lignes les contredisent (agent inconnu, employeur décrit deux fois).
 *
 * @param transmis les fichiers facultatifs que l'export de l'employeur contient
 * @param situations une par ligne d'agent dont le fichier a des colonnes facultatives, à
 * la même origine que l'agent
 */
public record LignesFacultatives(Set<FichierFacultatif> transmis, List<Origine<ReponsesEmployeur>> reponses,
		List<Origine<Accident>> accidents, List<Origine<DecisionSante>> decisions,
		List<Origine<Signalement>> signalements, List<Origine<Formation>> formations,
		List<Origine<EvenementCarriere>> carrieres, List<Origine<SituationAgent>> situations) {

	/** Rien de transmis. */
	public static LignesFacultatives aucune() {
		return new LignesFacultatives(Set.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
				List.of());
	}

	/** Des listes vides à remplir, pour la relecture de la base. */
	public static LignesFacultatives vides() {
		return new LignesFacultatives(new java.util.HashSet<>(), new ArrayList<>(), new ArrayList<>(),
				new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
	}

	/** Les mêmes lignes, avec les fichiers transmis de l'export de l'employeur. */
	public LignesFacultatives avecTransmis(Set<FichierFacultatif> fichiers) {
		return new LignesFacultatives(fichiers, reponses, accidents, decisions, signalements, formations, carrieres,
				situations);
	}

	/**
	 * Range une ligne lue (ou relue de la base) dans sa liste ; les listes doivent être
	 * modifiables ({@link #vides()}).
	 */
	public void ajouter(EnregistrementFacultatif e, String fichier, long ligne) {
		switch (e) {
			case ReponsesEmployeur r -> reponses.add(new Origine<>(r, fichier, ligne));
			case Accident a -> accidents.add(new Origine<>(a, fichier, ligne));
			case DecisionSante d -> decisions.add(new Origine<>(d, fichier, ligne));
			case Signalement s -> signalements.add(new Origine<>(s, fichier, ligne));
			case Formation fo -> formations.add(new Origine<>(fo, fichier, ligne));
			case EvenementCarriere c -> carrieres.add(new Origine<>(c, fichier, ligne));
			case SituationAgent s -> situations.add(new Origine<>(s, fichier, ligne));
		}
	}

}
