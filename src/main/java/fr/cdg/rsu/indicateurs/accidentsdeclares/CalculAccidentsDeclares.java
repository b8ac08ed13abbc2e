package fr.cdg.rsu.indicateurs.accidentsdeclares;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import fr.cdg.rsu.domaine.Absence;
import fr.cdg.rsu.domaine.Agent;
import fr.cdg.rsu.domaine.DonneesEmployeur;
import fr.cdg.rsu.domaine.LignePaie;
import fr.cdg.rsu.domaine.Motif;
import fr.cdg.rsu.domaine.Population;
import fr.cdg.rsu.domaine.themes.Accident;
import fr.cdg.rsu.domaine.themes.FichierFacultatif;
import fr.cdg.rsu.indicateurs.Avertissement;
import fr.cdg.rsu.indicateurs.Indicateur;
import fr.cdg.rsu.indicateurs.ResultatEmployeur;
import fr.cdg.rsu.indicateurs.Theme;
import fr.cdg.rsu.indicateurs.themes.Case;
import fr.cdg.rsu.indicateurs.themes.Cases;
import fr.cdg.rsu.indicateurs.themes.Ecriture;
import fr.cdg.rsu.indicateurs.ventilation.Axe;

/**
 * Les accidents déclarés (fichier {@code accidents}) et leurs jours.
 *
 * <p>
 * <b>Jointure.</b> Un accident prend les périodes d'absence du même agent, de même motif
 * ({@code AT_SERVICE}, {@code AT_TRAJET}, {@code MP}) et de même date d'accident ; une
 * période sans {@code date_accident} prend la date de début de son arrêt (la première
 * période non prolongation, méthode § 5), ses prolongations la suivent. Ses jours sont
 * ceux de ces périodes dans l'année, chaque jour une fois (reliquats des accidents
 * antérieurs compris). Un accident sans arrêt compte, avec zéro jour.
 *
 * <p>
 * <b>Cases.</b> Par population (emplois permanents, tous) et par nature (groupe vide =
 * les trois natures, puis {@code AT_SERVICE}, {@code AT_TRAJET}, {@code MP}) : ensemble,
 * sexe, catégorie, filière, filière × sexe, cadre d'emplois, chaque case avec ses agents
 * (présents au 31/12, et partis dans l'année victimes d'un accident) ; puis les
 * caractéristiques de l'accident (activité, siège et nature des lésions, élément
 * matériel, type de maladie), dont la population est celle de l'ensemble : elles
 * décrivent l'accident, pas un sous-groupe d'agents, et « 1 accident du travail » parmi
 * 86 agents ne désigne personne (secret.md).
 */
public final class CalculAccidentsDeclares {

	private static final Theme THEME = Theme.ACCIDENTS_DECLARES;

	/** Le groupe vide (les trois natures), puis chacune. */
	static final List<@Nullable Motif> GROUPES = java.util.Arrays.asList(null, Motif.AT_SERVICE, Motif.AT_TRAJET,
			Motif.MP);

	private static final List<Population> POPULATIONS = List.of(Population.PERMANENTS, Population.TOUS);

	private static final List<List<Axe>> VENTILATIONS = List.of(List.of(Axe.SEXE), List.of(Axe.CATEGORIE),
			List.of(Axe.FILIERE), List.of(Axe.FILIERE, Axe.SEXE), List.of(Axe.CADRE_EMPLOIS));

	/**
	 * Les dimensions où l'indice de fréquence et le taux de gravité sont calculés, comme
	 * au thème accidents.
	 */
	private static final Set<String> DIMENSIONS_TAUX = Set.of(Indicateur.ENSEMBLE, "sexe", "categorie");

	private static final DateTimeFormatter JOUR = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private CalculAccidentsDeclares() {
	}

	/** Ce qu'un agent apporte à une case, par groupe. */
	static final class Cumul {

		final long[] accidents = new long[GROUPES.size()];

		final long[] sansArret = new long[GROUPES.size()];

		final long[] avecArret = new long[GROUPES.size()];

		final long[] jours = new long[GROUPES.size()];

		BigDecimal heures = BigDecimal.ZERO;

		int agents;

	}

	/** Un accident et ce que les absences en disent. */
	record AccidentJoint(Accident accident, int joursAnnee, boolean sansArret) {
	}

	public static ResultatEmployeur calculer(DonneesEmployeur donnees) {
		if (!donnees.complements().transmis(FichierFacultatif.ACCIDENTS)) {
			return new ResultatEmployeur(donnees.siret(), donnees.annee(), List.of(), List.of());
		}
		int annee = donnees.annee();
		List<Avertissement> avertissements = new ArrayList<>();
		Map<String, List<AccidentJoint>> parAgent = joindre(donnees, avertissements);
		Map<String, BigDecimal> heures = new HashMap<>();
		for (LignePaie p : donnees.paies()) {
			heures.merge(p.matricule(), p.heuresPayeesOuDefaut(), BigDecimal::add);
		}

		Cases<Cumul> cases = new Cases<>(Cumul::new);
		// caractéristiques de l'accident : par population, la case et ses comptes par
		// groupe
		Map<Population, Cases<Cumul>> caracteristiques = new java.util.EnumMap<>(Population.class);
		for (Agent agent : donnees.agents()) {
			List<AccidentJoint> siens = parAgent.getOrDefault(agent.matricule(), List.of());
			boolean present = agent.estPresentAu31Decembre(annee);
			if (!present && siens.isEmpty()) {
				continue;
			}
			BigDecimal h = heures.get(agent.matricule());
			for (Case c : Cases.de(agent, annee, POPULATIONS, VENTILATIONS)) {
				Cumul cumul = cases.de(c);
				cumul.agents++;
				if (h != null) {
					cumul.heures = cumul.heures.add(h);
				}
				for (AccidentJoint a : siens) {
					ajouter(cumul, a, annee);
				}
			}
			for (Population p : POPULATIONS) {
				if (!p.inclut(agent.statut())) {
					continue;
				}
				Cases<Cumul> parCaracteristique = caracteristiques.computeIfAbsent(p, k -> new Cases<>(Cumul::new));
				for (AccidentJoint a : siens) {
					Accident acc = a.accident();
					List<Case> cs = new ArrayList<>();
					cs.add(Case.de(p, 1, "activite", acc.activite()));
					if (acc.nature() != Motif.MP) {
						cs.add(Case.de(p, 2, "siege_lesion", acc.siegeLesion()));
						cs.add(Case.de(p, 3, "nature_lesion", acc.natureLesion()));
						cs.add(Case.de(p, 4, "element_materiel", acc.elementMateriel()));
					}
					else {
						cs.add(Case.de(p, 5, "type_mp", acc.typeMp()));
					}
					for (Case c : cs) {
						ajouter(parCaracteristique.de(c), a, annee);
					}
				}
			}
		}

		Ecriture e = new Ecriture(THEME);
		boolean avecJours = donnees.absencesTransmises();
		boolean avecHeures = donnees.remunerationsTransmises();
		Map<Population, Integer> baseEnsemble = new java.util.EnumMap<>(Population.class);
		for (var entree : cases.toutes().entrySet()) {
			Case c = entree.getKey();
			Cumul cu = entree.getValue();
			if (c.dimension().equals(Indicateur.ENSEMBLE)) {
				baseEnsemble.put(c.population(), cu.agents);
			}
			for (int g = 0; g < GROUPES.size(); g++) {
				String groupe = GROUPES.get(g) == null ? "" : GROUPES.get(g).code();
				e.valeur("accidents_declares", c, groupe, cu.accidents[g], cu.agents);
				e.valeur("accidents_sans_arret", c, groupe, cu.sansArret[g], cu.agents);
				e.rapport("part_sans_arret", c, groupe, cu.sansArret[g], cu.accidents[g], Ecriture.CENT, cu.agents);
				if (avecJours) {
					e.valeur("jours", c, groupe, cu.jours[g], cu.agents);
					e.rapport("jours_par_accident", c, groupe, cu.jours[g], cu.accidents[g], BigDecimal.ONE, cu.agents);
				}
				if (avecHeures && DIMENSIONS_TAUX.contains(c.dimension())) {
					// accidents avec arrêt pour 1 000 équivalents temps plein (heures /
					// 1820), méthode § 5
					BigDecimal nb = BigDecimal.valueOf(cu.avecArret[g]);
					BigDecimal etp = cu.heures.divide(LignePaie.HEURES_TEMPS_PLEIN, Indicateur.PRECISION)
						.stripTrailingZeros();
					e.ligne(new Indicateur(THEME, "indice_frequence", c.codePopulation(), groupe, c.dimension(),
							c.modalite(), nb, etp,
							Indicateur.quotient(nb.multiply(Ecriture.MILLE).multiply(LignePaie.HEURES_TEMPS_PLEIN),
									cu.heures),
							cu.agents, false));
					if (avecJours) {
						e.rapport("taux_gravite", c, groupe, BigDecimal.valueOf(cu.jours[g]), cu.heures, Ecriture.MILLE,
								cu.agents);
					}
				}
			}
		}
		for (Population p : POPULATIONS) {
			Cases<Cumul> parCaracteristique = caracteristiques.get(p);
			if (parCaracteristique == null) {
				continue;
			}
			int base = baseEnsemble.getOrDefault(p, 0);
			for (var entree : parCaracteristique.toutes().entrySet()) {
				Case c = entree.getKey();
				Cumul cu = entree.getValue();
				boolean mp = c.dimension().equals("type_mp");
				boolean accidentSeul = !mp && !c.dimension().equals("activite");
				for (int g = 0; g < GROUPES.size(); g++) {
					Motif motif = GROUPES.get(g);
					if ((mp && motif != null && motif != Motif.MP) || (accidentSeul && motif == Motif.MP)) {
						continue;
					}
					String groupe = motif == null ? "" : motif.code();
					e.valeur("accidents_declares", c, groupe, cu.accidents[g], base);
					if (avecJours) {
						e.valeur("jours", c, groupe, cu.jours[g], base);
					}
				}
			}
		}
		return new ResultatEmployeur(donnees.siret(), annee, e.lignes(), avertissements);
	}

	private static void ajouter(Cumul cumul, AccidentJoint a, int annee) {
		Motif nature = a.accident().nature();
		boolean deLAnnee = a.accident().estDeLAnnee(annee);
		for (int g = 0; g < GROUPES.size(); g++) {
			Motif groupe = GROUPES.get(g);
			if (groupe != null && groupe != nature) {
				continue;
			}
			if (deLAnnee) {
				cumul.accidents[g]++;
				if (a.sansArret()) {
					cumul.sansArret[g]++;
				}
				else {
					cumul.avecArret[g]++;
				}
			}
			cumul.jours[g] += a.joursAnnee();
		}
	}

	/**
	 * Joint chaque accident à ses périodes d'absence et compte ses jours de l'année.
	 * Signale les accidents dont la déclaration contredit les absences, et les absences
	 * d'accident ou de maladie professionnelle sans déclaration.
	 */
	static Map<String, List<AccidentJoint>> joindre(DonneesEmployeur donnees, List<Avertissement> avertissements) {
		int annee = donnees.annee();
		String siret = donnees.siret();
		int debutAnnee = (int) LocalDate.of(annee, 1, 1).toEpochDay();
		int finAnnee = (int) LocalDate.of(annee, 12, 31).toEpochDay();
		// agent → (nature|date) → jours de l'année (indexés depuis le 1er janvier), et si
		// une période existe
		Map<String, Map<String, BitSet>> periodes = new HashMap<>();
		if (donnees.absencesTransmises()) {
			Map<String, List<Absence>> parAgent = new HashMap<>();
			for (Absence a : donnees.absences()) {
				if (a.motif() == Motif.AT_SERVICE || a.motif() == Motif.AT_TRAJET || a.motif() == Motif.MP) {
					parAgent.computeIfAbsent(a.matricule(), k -> new ArrayList<>()).add(a);
				}
			}
			for (var e : parAgent.entrySet()) {
				List<Absence> triees = new ArrayList<>(e.getValue());
				triees.sort(Comparator.comparing(Absence::dateDebut).thenComparingLong(Absence::ordre));
				Map<Motif, LocalDate> debutArret = new java.util.EnumMap<>(Motif.class);
				Map<String, BitSet> siennes = periodes.computeIfAbsent(e.getKey(), k -> new HashMap<>());
				for (Absence a : triees) {
					// sans date d'accident, l'arrêt est daté de sa première période ; ses
					// prolongations le suivent
					if (!a.prolongation() || !debutArret.containsKey(a.motif())) {
						debutArret.put(a.motif(), a.dateDebut());
					}
					LocalDate date = a.dateAccident() != null ? a.dateAccident() : debutArret.get(a.motif());
					BitSet jours = siennes.computeIfAbsent(a.motif() + "|" + date, k -> new BitSet());
					int debut = Math.max((int) a.dateDebut().toEpochDay(), debutAnnee);
					int fin = a.dateFin() == null ? finAnnee : Math.min((int) a.dateFin().toEpochDay(), finAnnee);
					if (fin >= debut) {
						jours.set(debut - debutAnnee, fin - debutAnnee + 1);
					}
				}
			}
		}
		Map<String, List<AccidentJoint>> r = new HashMap<>();
		Set<String> joints = new HashSet<>();
		for (Accident acc : donnees.complements().accidents()) {
			String cle = acc.nature() + "|" + acc.dateAccident();
			BitSet jours = periodes.getOrDefault(acc.matricule(), Map.of()).get(cle);
			boolean absences = jours != null;
			if (absences) {
				joints.add(acc.matricule() + "|" + cle);
			}
			String quoi = acc.nature().code() + " du " + JOUR.format(acc.dateAccident());
			if (Boolean.FALSE.equals(acc.avecArret()) && absences) {
				avertissements.add(new Avertissement(siret, "ACCIDENT_ARRET_INCOHERENT", acc.matricule(),
						"Accident " + quoi
								+ " déclaré sans arrêt, mais des absences de même nature et même date existent : "
								+ "compté avec arrêt, avec leurs jours"));
			}
			if (Boolean.TRUE.equals(acc.avecArret()) && !absences && donnees.absencesTransmises()
					&& acc.estDeLAnnee(annee)) {
				avertissements.add(new Avertissement(siret, "ACCIDENT_SANS_ABSENCE", acc.matricule(),
						"Accident " + quoi
								+ " déclaré avec arrêt, sans absence de même nature et même date : compté avec arrêt, "
								+ "0 jour"));
			}
			// sans arrêt : déclaré sans, ou non renseigné et sans aucune absence quand
			// les absences sont connues ;
			// sans fichier absences, un « non renseigné » n'est pas un « sans arrêt »
			boolean sansArret = !absences && (Boolean.FALSE.equals(acc.avecArret())
					|| (acc.avecArret() == null && donnees.absencesTransmises()));
			r.computeIfAbsent(acc.matricule(), k -> new ArrayList<>())
				.add(new AccidentJoint(acc, jours == null ? 0 : jours.cardinality(), sansArret));
		}
		periodes.forEach((matricule, siennes) -> siennes.forEach((cle, jours) -> {
			if (!joints.contains(matricule + "|" + cle) && !jours.isEmpty()) {
				String[] p = cle.split("\\|");
				avertissements.add(new Avertissement(siret, "ABSENCE_SANS_ACCIDENT_DECLARE", matricule,
						"Absences " + p[0] + " (accident du " + JOUR.format(LocalDate.parse(p[1]))
								+ ") sans accident déclaré dans "
								+ "le fichier accidents : leurs jours ne comptent pas dans les accidents déclarés"));
			}
		}));
		return r;
	}

}
