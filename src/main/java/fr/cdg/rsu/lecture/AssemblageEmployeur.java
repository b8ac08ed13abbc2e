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
import fr.cdg.rsu.domaine.themes.Accident;
import fr.cdg.rsu.domaine.themes.DonneesComplementaires;
import fr.cdg.rsu.domaine.themes.ReponsesEmployeur;
import fr.cdg.rsu.domaine.themes.SituationAgent;

/**
 * Rassemble les lignes acceptées d'un employeur et applique les contrôles qui demandent
 * plusieurs lignes : un matricule en double (la première ligne l'emporte), une absence ou
 * une paie d'un matricule absent du fichier agents ; dans les fichiers facultatifs, une
 * ligne d'un agent inconnu, un employeur décrit deux fois dans {@code employeur-rsu}, un
 * accident déclaré deux fois. Ces lignes sont rejetées, jamais perdues.
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
	 * @param absencesTransmises faux si l'export de l'employeur n'a pas de fichier
	 * absences
	 * @param remunerationsTransmises faux s'il n'a pas de fichier remunerations
	 */
	public static Assemblage assembler(Collectivite collectivite, int annee, List<Origine<Agent>> agents,
			List<Origine<Absence>> absences, List<Origine<LignePaie>> paies, boolean absencesTransmises,
			boolean remunerationsTransmises) {
		return assembler(collectivite, annee, agents, absences, paies, absencesTransmises, remunerationsTransmises,
				LignesFacultatives.aucune());
	}

	/**
	 * @param facultatives les lignes des fichiers facultatifs et les colonnes
	 * facultatives des agents
	 */
	public static Assemblage assembler(Collectivite collectivite, int annee, List<Origine<Agent>> agents,
			List<Origine<Absence>> absences, List<Origine<LignePaie>> paies, boolean absencesTransmises,
			boolean remunerationsTransmises, LignesFacultatives facultatives) {
		List<Rejet> rejets = new ArrayList<>();
		Set<String> matricules = new HashSet<>();
		List<Agent> agentsRetenus = new ArrayList<>(agents.size());
		// la ligne retenue de chaque agent : sa situation (colonnes facultatives) est
		// celle de la même ligne
		Set<String> lignesRetenues = new HashSet<>();
		String siret = collectivite.siret();
		for (Origine<Agent> o : agents) {
			if (matricules.add(o.enregistrement().matricule())) {
				agentsRetenus.add(o.enregistrement());
				lignesRetenues.add(o.fichier() + "#" + o.ligne());
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
		DonneesComplementaires complements = complements(facultatives, matricules, lignesRetenues, siret, rejets);
		return new Assemblage(new DonneesEmployeur(collectivite, annee, agentsRetenus, absencesRetenues, paiesRetenues,
				absencesTransmises, remunerationsTransmises, complements), rejets);
	}

	private static DonneesComplementaires complements(LignesFacultatives f, Set<String> matricules,
			Set<String> lignesRetenues, String siret, List<Rejet> rejets) {
		if (f.transmis().isEmpty() && f.situations().isEmpty()) {
			return DonneesComplementaires.AUCUNE;
		}
		ReponsesEmployeur reponses = null;
		for (Origine<ReponsesEmployeur> o : f.reponses()) {
			if (reponses == null) {
				reponses = o.enregistrement();
			}
			else {
				rejets.add(new Rejet(o.fichier(), o.ligne(), "siret", siret,
						"employeur déjà décrit plus haut pour cette année (la première ligne est retenue)", siret));
			}
		}
		List<Accident> accidents = new ArrayList<>();
		Set<String> accidentsVus = new HashSet<>();
		for (Origine<Accident> o : connus(f.accidents(), a -> a.matricule(), matricules, siret, rejets)) {
			Accident a = o.enregistrement();
			// un accident est un agent, une nature et une date : deux lignes pour le même
			// doubleraient ses jours
			if (accidentsVus.add(a.matricule() + "|" + a.nature() + "|" + a.dateAccident())) {
				accidents.add(a);
			}
			else {
				rejets.add(new Rejet(o.fichier(), o.ligne(), "date_accident",
						a.dateAccident().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")),
						"accident déjà déclaré plus haut (même agent, même nature, même date) : la première ligne "
								+ "est retenue",
						siret));
			}
		}
		java.util.Map<String, SituationAgent> situations = new java.util.HashMap<>();
		for (Origine<SituationAgent> o : f.situations()) {
			// la situation d'une ligne d'agent rejetée comme doublon suit le sort de sa
			// ligne
			if (lignesRetenues.contains(o.fichier() + "#" + o.ligne())) {
				situations.put(o.enregistrement().matricule(), o.enregistrement());
			}
		}
		return new DonneesComplementaires(f.transmis(), reponses, accidents,
				valeurs(connus(f.decisions(), d -> d.matricule(), matricules, siret, rejets)),
				valeurs(f.signalements()),
				valeurs(connus(f.formations(), d -> d.matricule(), matricules, siret, rejets)),
				valeurs(connus(f.carrieres(), d -> d.matricule(), matricules, siret, rejets)), situations);
	}

	/** Les lignes dont l'agent est connu ; les autres sont rejetées. */
	private static <T> List<Origine<T>> connus(List<Origine<T>> lignes,
			java.util.function.Function<T, String> matricule, Set<String> matricules, String siret,
			List<Rejet> rejets) {
		List<Origine<T>> r = new ArrayList<>(lignes.size());
		for (Origine<T> o : lignes) {
			String m = matricule.apply(o.enregistrement());
			if (matricules.contains(m)) {
				r.add(o);
			}
			else {
				rejets.add(new Rejet(o.fichier(), o.ligne(), "matricule", m,
						"matricule absent du fichier agents de cet employeur", siret));
			}
		}
		return r;
	}

	private static <T> List<T> valeurs(List<Origine<T>> lignes) {
		return lignes.stream().map(Origine::enregistrement).toList();
	}

}
