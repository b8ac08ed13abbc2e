package fr.cdg.rsu.lecture;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import fr.cdg.rsu.domaine.Absence;
import fr.cdg.rsu.domaine.Agent;
import fr.cdg.rsu.domaine.Collectivite;
import fr.cdg.rsu.domaine.DonneesEmployeur;
import fr.cdg.rsu.domaine.LignePaie;

/**
 * Rassemble les lignes acceptées d'un employeur et applique les contrôles qui demandent plusieurs lignes : un
 * matricule en double (la première ligne l'emporte), une absence ou une paie d'un matricule absent du fichier agents.
 * Ces lignes sont rejetées, jamais perdues.
 */
public final class AssemblageEmployeur {

	private AssemblageEmployeur() {
	}

	/** Les données prêtes pour le calcul, et les lignes écartées. */
	public record Assemblage(DonneesEmployeur donnees, List<Rejet> rejets) {
	}

	public static Assemblage assembler(Collectivite collectivite, int annee, List<Origine<Agent>> agents,
			List<Origine<Absence>> absences, List<Origine<LignePaie>> paies) {
		return assembler(collectivite, annee, agents, absences, paies, true, true);
	}

	/**
	 * @param absencesTransmises faux si l'export de l'employeur n'a pas de fichier absences
	 * @param remunerationsTransmises faux s'il n'a pas de fichier remunerations
	 */
	public static Assemblage assembler(Collectivite collectivite, int annee, List<Origine<Agent>> agents,
			List<Origine<Absence>> absences, List<Origine<LignePaie>> paies, boolean absencesTransmises,
			boolean remunerationsTransmises) {
		List<Rejet> rejets = new ArrayList<>();
		Set<String> matricules = new HashSet<>();
		List<Agent> agentsRetenus = new ArrayList<>(agents.size());
		String siret = collectivite.siret();
		for (Origine<Agent> o : agents) {
			if (matricules.add(o.enregistrement().matricule())) {
				agentsRetenus.add(o.enregistrement());
			}
			else {
				rejets.add(new Rejet(o.fichier(), o.ligne(), "matricule", o.enregistrement().matricule(),
						"matricule en double pour cet employeur (la première ligne est retenue)", siret));
			}
		}
		List<Absence> absencesRetenues = new ArrayList<>(absences.size());
		for (Origine<Absence> o : absences) {
			if (matricules.contains(o.enregistrement().matricule())) {
				absencesRetenues.add(o.enregistrement());
			}
			else {
				rejets.add(new Rejet(o.fichier(), o.ligne(), "matricule", o.enregistrement().matricule(),
						"matricule absent du fichier agents de cet employeur", siret));
			}
		}
		List<LignePaie> paiesRetenues = new ArrayList<>(paies.size());
		for (Origine<LignePaie> o : paies) {
			if (matricules.contains(o.enregistrement().matricule())) {
				paiesRetenues.add(o.enregistrement());
			}
			else {
				rejets.add(new Rejet(o.fichier(), o.ligne(), "matricule", o.enregistrement().matricule(),
						"matricule absent du fichier agents de cet employeur", siret));
			}
		}
		return new Assemblage(new DonneesEmployeur(collectivite, annee, agentsRetenus, absencesRetenues, paiesRetenues,
				absencesTransmises, remunerationsTransmises), rejets);
	}

}
