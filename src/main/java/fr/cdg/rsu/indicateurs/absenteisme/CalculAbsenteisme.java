package fr.cdg.rsu.indicateurs.absenteisme;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import fr.cdg.rsu.domaine.Absence;
import fr.cdg.rsu.domaine.Agent;
import fr.cdg.rsu.domaine.DonneesEmployeur;
import fr.cdg.rsu.domaine.LignePaie;
import fr.cdg.rsu.domaine.Motif;
import fr.cdg.rsu.domaine.Population;
import fr.cdg.rsu.indicateurs.Avertissement;
import fr.cdg.rsu.indicateurs.Indicateur;
import fr.cdg.rsu.indicateurs.ResultatEmployeur;
import fr.cdg.rsu.indicateurs.Theme;

/**
 * Point d'entrée du calcul des thèmes {@code absenteisme} et {@code accidents} d'un
 * employeur (méthode, sections 3 à 5 ; clés : {@code docs/vocabulaire-indicateurs.md}).
 *
 * <p>
 * Coût linéaire : les absences sont regroupées par agent, chaque agent est décompté une
 * fois (tri de ses seules périodes), puis ajouté une fois à chacune de ses cellules (3
 * populations × 6 dimensions au plus).
 */
public final class CalculAbsenteisme {

	private static final BigDecimal CENT = BigDecimal.valueOf(100);

	private static final BigDecimal MILLE = BigDecimal.valueOf(1000);

	/** Règle des 365èmes : 365 même les années bissextiles. */
	private static final BigDecimal JOURS_ANNEE = BigDecimal.valueOf(365);

	/**
	 * Populations auxquelles chaque motif est aussi ventilé selon toutes les dimensions
	 * (au-delà d'ensemble).
	 */
	private static final List<Population> POPULATIONS_MOTIFS_DETAILLES = List.of(Population.PERMANENTS,
			Population.TOUS);

	private static final List<Population> POPULATIONS_ACCIDENTS = List.of(Population.PERMANENTS, Population.TOUS);

	private static final List<Dimension> DIMENSIONS_ACCIDENTS = List.of(Dimension.ENSEMBLE, Dimension.SEXE,
			Dimension.CATEGORIE);

	private static final Dimension[] DIMENSIONS = Dimension.values();

	private CalculAbsenteisme() {
	}

	/**
	 * Indicateurs d'absentéisme et d'accidents de l'employeur pour l'année de
	 * {@code donnees}, et avertissements de qualité (chevauchements, doublons,
	 * prolongations orphelines, absences d'agents inconnus...).
	 */
	public static ResultatEmployeur calculer(DonneesEmployeur donnees) {
		int annee = donnees.annee();
		String siret = donnees.siret();
		List<Avertissement> avertissements = new ArrayList<>();

		Map<String, Agent> agents = indexerAgents(donnees.agents());
		Map<String, List<Absence>> absencesParAgent = regrouperAbsences(donnees.absences(), agents, siret,
				avertissements);
		Map<String, BigDecimal> heuresParAgent = heuresPayees(donnees.paies(), agents);

		Map<Population, @Nullable CelluleAbsences[][]> absences = new EnumMap<>(Population.class);
		Map<Population, @Nullable CelluleAccidents[][]> accidents = new EnumMap<>(Population.class);
		for (Population p : Population.values()) {
			absences.put(p, cellulesAbsences());
		}
		for (Population p : POPULATIONS_ACCIDENTS) {
			accidents.put(p, cellulesAccidents());
		}

		for (Agent agent : agents.values()) {
			List<Absence> periodes = absencesParAgent.getOrDefault(agent.matricule(), List.of());
			DecompteAgent decompte = Decompteur.decompter(agent, periodes, annee, avertissements);
			CelluleAbsences.ApportAgent apport = CelluleAbsences.ApportAgent.de(decompte);
			boolean present = agent.estPresentAu31Decembre(annee);
			BigDecimal heures = heuresParAgent.get(agent.matricule());
			int[] rangs = new int[DIMENSIONS.length];
			for (Dimension d : DIMENSIONS) {
				rangs[d.ordinal()] = d.rang(agent, annee);
			}
			for (Population p : Population.values()) {
				if (!p.inclut(agent.statut())) {
					continue;
				}
				@Nullable CelluleAbsences[][] cellules = Objects.requireNonNull(absences.get(p));
				for (Dimension d : DIMENSIONS) {
					@Nullable CelluleAbsences[] parModalite = cellules[d.ordinal()];
					int r = rangs[d.ordinal()];
					CelluleAbsences cellule = parModalite[r];
					if (cellule == null) {
						cellule = new CelluleAbsences();
						parModalite[r] = cellule;
					}
					cellule.ajouter(apport, present);
				}
				@Nullable CelluleAccidents @Nullable [][] cellulesAcc = accidents.get(p);
				if (cellulesAcc != null) {
					for (Dimension d : DIMENSIONS_ACCIDENTS) {
						@Nullable CelluleAccidents[] parModalite = cellulesAcc[d.ordinal()];
						int r = rangs[d.ordinal()];
						CelluleAccidents cellule = parModalite[r];
						if (cellule == null) {
							cellule = new CelluleAccidents();
							parModalite[r] = cellule;
						}
						cellule.ajouter(decompte, heures, present);
					}
				}
			}
		}

		List<Indicateur> indicateurs = new ArrayList<>();
		ecrireAbsenteisme(absences, indicateurs);
		ecrireAccidents(accidents, indicateurs);
		return new ResultatEmployeur(siret, annee, indicateurs, avertissements);
	}

	/**
	 * Une ligne par dimension, une case par modalité possible ; une case reste vide tant
	 * qu'aucun agent n'y tombe.
	 */
	private static @Nullable CelluleAbsences[][] cellulesAbsences() {
		@Nullable CelluleAbsences[][] cellules = new CelluleAbsences[DIMENSIONS.length][];
		for (Dimension d : DIMENSIONS) {
			cellules[d.ordinal()] = new CelluleAbsences[d.modalites().size()];
		}
		return cellules;
	}

	private static @Nullable CelluleAccidents[][] cellulesAccidents() {
		@Nullable CelluleAccidents[][] cellules = new CelluleAccidents[DIMENSIONS.length][];
		for (Dimension d : DIMENSIONS) {
			cellules[d.ordinal()] = new CelluleAccidents[d.modalites().size()];
		}
		return cellules;
	}

	private static Map<String, Agent> indexerAgents(List<Agent> liste) {
		Map<String, Agent> agents = new LinkedHashMap<>(liste.size() * 2);
		for (Agent a : liste) {
			// un matricule en double est signalé par CoherenceMatricules : la première
			// ligne est retenue
			agents.putIfAbsent(a.matricule(), a);
		}
		return agents;
	}

	/**
	 * Absences par matricule connu ; les autres, et la formation et le syndical, sont
	 * écartés et signalés.
	 */
	private static Map<String, List<Absence>> regrouperAbsences(List<Absence> absences, Map<String, Agent> agents,
			String siret, List<Avertissement> avertissements) {
		Map<String, List<Absence>> parAgent = new HashMap<>(agents.size() * 2);
		Map<Motif, Integer> horsIndicateurs = new EnumMap<>(Motif.class);
		for (Absence a : absences) {
			if (!agents.containsKey(a.matricule())) {
				// matricule inconnu : signalé par CoherenceMatricules
				continue;
			}
			else if (!a.motif().estAbsence()) {
				horsIndicateurs.merge(a.motif(), 1, Integer::sum);
			}
			else {
				parAgent.computeIfAbsent(a.matricule(), k -> new ArrayList<>()).add(a);
			}
		}
		horsIndicateurs.forEach((motif, nb) -> avertissements
			.add(new Avertissement(siret, TypeAvertissement.HORS_INDICATEURS.code(), "", nb + " période(s) "
					+ motif.code() + " (" + motif.libelle() + ") : lues, exclues de tous les indicateurs d'absence")));
		return parAgent;
	}

	private static Map<String, BigDecimal> heuresPayees(List<LignePaie> paies, Map<String, Agent> agents) {
		Map<String, BigDecimal> heures = new HashMap<>(agents.size() * 2);
		for (LignePaie l : paies) {
			// les lignes d'un matricule inconnu sont signalées par CoherenceMatricules
			if (agents.containsKey(l.matricule())) {
				heures.merge(l.matricule(), l.heuresPayeesOuDefaut(), BigDecimal::add);
			}
		}
		return heures;
	}

	private static void ecrireAbsenteisme(Map<Population, @Nullable CelluleAbsences[][]> cellules,
			List<Indicateur> sortie) {
		for (Population p : Population.values()) {
			@Nullable CelluleAbsences[][] parDimension = Objects.requireNonNull(cellules.get(p));
			for (Colonne colonne : Colonne.TOUTES) {
				for (Dimension d : DIMENSIONS) {
					if (colonne.estRegroupement() && d != Dimension.ENSEMBLE) {
						// CLM + CLD : l'indicateur CCFP de la fiche, à la seule dimension
						// ensemble
						continue;
					}
					if (!colonne.estGroupe() && d != Dimension.ENSEMBLE
							&& (!POPULATIONS_MOTIFS_DETAILLES.contains(p) || sansAbsence(parDimension, colonne))) {
						// un motif sans aucune absence dans la population : son détail ne
						// serait fait que de zéros
						continue;
					}
					@Nullable CelluleAbsences[] parModalite = parDimension[d.ordinal()];
					for (int r = 0; r < parModalite.length; r++) {
						CelluleAbsences cellule = parModalite[r];
						if (cellule == null && d != Dimension.ENSEMBLE) {
							continue;
						}
						ecrireCellule(p, colonne, d, d.modalites().get(r),
								cellule == null ? new CelluleAbsences() : cellule, sortie);
					}
				}
			}
		}
	}

	private static boolean sansAbsence(@Nullable CelluleAbsences[][] parDimension, Colonne colonne) {
		CelluleAbsences ensemble = parDimension[Dimension.ENSEMBLE.ordinal()][0];
		return ensemble == null || ensemble.absents[colonne.rang()] == 0;
	}

	private static void ecrireCellule(Population p, Colonne colonne, Dimension d, String modalite,
			CelluleAbsences cellule, List<Indicateur> sortie) {
		int c = colonne.rang();
		String pop = p.code();
		String groupe = colonne.code();
		String dim = d.code();
		BigDecimal eff = BigDecimal.valueOf(cellule.effectif);
		int absents = cellule.absents[c];
		BigDecimal jours = BigDecimal.valueOf(cellule.jours[c]);
		BigDecimal arrets = BigDecimal.valueOf(cellule.arrets[c]);
		BigDecimal nbAbsents = BigDecimal.valueOf(absents);
		Theme t = Theme.ABSENTEISME;
		// une décision par case (secret.md) : toutes les lignes de la cellule reposent
		// sur la même population
		int base = cellule.population;
		sortie.add(Indicateur.valeur(t, "effectif", pop, groupe, dim, modalite, eff, base));
		sortie.add(Indicateur.valeur(t, "jours", pop, groupe, dim, modalite, jours, base));
		sortie.add(Indicateur.valeur(t, "arrets", pop, groupe, dim, modalite, arrets, base));
		sortie.add(Indicateur.valeur(t, "agents_absents", pop, groupe, dim, modalite, nbAbsents, base));
		sortie.add(Indicateur.rapport(t, "taux_absenteisme", pop, groupe, dim, modalite, jours,
				eff.multiply(JOURS_ANNEE), CENT, base));
		sortie.add(Indicateur.rapport(t, "taux_exposition", pop, groupe, dim, modalite, nbAbsents, eff, CENT, base));
		sortie.add(Indicateur.rapport(t, "taux_frequence", pop, groupe, dim, modalite, arrets, eff, CENT, base));
		sortie.add(Indicateur.rapport(t, "gravite", pop, groupe, dim, modalite, jours, arrets, BigDecimal.ONE, base));
		sortie.add(Indicateur.rapport(t, "jours_moyens", pop, groupe, dim, modalite, jours, eff, BigDecimal.ONE, base));
		// « en moyenne 2,6 arrêts par agent absent » : deux comptes de santé de la case,
		// masqués avec elle
		sortie.add(Indicateur.rapport(t, "arrets_par_absent", pop, groupe, dim, modalite, arrets, nbAbsents,
				BigDecimal.ONE, base));
		if (colonne.estGroupe()) {
			sortie.add(Indicateur.rapport(t, "part_agents_carence", pop, groupe, dim, modalite,
					BigDecimal.valueOf(cellule.carence[c]), eff, CENT, base));
		}
	}

	private static void ecrireAccidents(Map<Population, @Nullable CelluleAccidents[][]> cellules,
			List<Indicateur> sortie) {
		for (Population p : POPULATIONS_ACCIDENTS) {
			@Nullable CelluleAccidents[][] parDimension = Objects.requireNonNull(cellules.get(p));
			for (int g = 0; g < CelluleAccidents.GROUPES.size(); g++) {
				Motif motif = CelluleAccidents.GROUPES.get(g);
				for (Dimension d : DIMENSIONS_ACCIDENTS) {
					@Nullable CelluleAccidents[] parModalite = parDimension[d.ordinal()];
					for (int r = 0; r < parModalite.length; r++) {
						CelluleAccidents cellule = parModalite[r];
						if (cellule == null && d != Dimension.ENSEMBLE) {
							continue;
						}
						ecrireCelluleAccidents(p, g, motif, d, d.modalites().get(r),
								cellule == null ? new CelluleAccidents() : cellule, sortie);
					}
				}
			}
		}
	}

	private static void ecrireCelluleAccidents(Population p, int g, @Nullable Motif motif, Dimension d, String modalite,
			CelluleAccidents cellule, List<Indicateur> sortie) {
		Theme t = Theme.ACCIDENTS;
		String pop = p.code();
		String groupe = motif == null ? "" : motif.code();
		String dim = d.code();
		BigDecimal jours = BigDecimal.valueOf(cellule.jours[g]);
		BigDecimal heures = cellule.heuresPayees;
		// la maladie professionnelle n'est pas un accident : ni compte d'accidents, ni
		// indice de fréquence
		boolean avecAccidents = motif != Motif.MP;
		if (avecAccidents) {
			BigDecimal nb = BigDecimal.valueOf(cellule.accidents[g]);
			sortie.add(Indicateur.valeur(t, "accidents", pop, groupe, dim, modalite, nb, cellule.population));
			// dénominateur en ETP (heures / 1820), valeur calculée sur les heures pour ne
			// pas cumuler deux arrondis
			BigDecimal etp = heures.divide(LignePaie.HEURES_TEMPS_PLEIN, Indicateur.PRECISION).stripTrailingZeros();
			sortie.add(new Indicateur(t, "indice_frequence", pop, groupe, dim, modalite, nb, etp,
					Indicateur.quotient(nb.multiply(MILLE).multiply(LignePaie.HEURES_TEMPS_PLEIN), heures),
					cellule.population, false));
		}
		sortie.add(Indicateur.valeur(t, "jours", pop, groupe, dim, modalite, jours, cellule.population));
		sortie.add(Indicateur.rapport(t, "taux_gravite", pop, groupe, dim, modalite, jours, heures, MILLE,
				cellule.population));
	}

}
