package fr.cdg.rsu.generateur;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.cdg.rsu.domaine.Filiere;
import fr.cdg.rsu.domaine.Motif;
import fr.cdg.rsu.domaine.Sexe;
import fr.cdg.rsu.domaine.Statut;
import fr.cdg.rsu.domaine.themes.ActiviteAccident;
import fr.cdg.rsu.domaine.themes.AssuranceChomage;
import fr.cdg.rsu.domaine.themes.AuteurSignalement;
import fr.cdg.rsu.domaine.themes.ElementMateriel;
import fr.cdg.rsu.domaine.themes.MotifContrat;
import fr.cdg.rsu.domaine.themes.NatureLesion;
import fr.cdg.rsu.domaine.themes.OrganismeFormation;
import fr.cdg.rsu.domaine.themes.OrigineAcfi;
import fr.cdg.rsu.domaine.themes.RubriqueEmployeur;
import fr.cdg.rsu.domaine.themes.SiegeLesion;
import fr.cdg.rsu.domaine.themes.TypeBoeth;
import fr.cdg.rsu.domaine.themes.TypeDecisionSante;
import fr.cdg.rsu.domaine.themes.TypeEvenementCarriere;
import fr.cdg.rsu.domaine.themes.TypeFormation;
import fr.cdg.rsu.domaine.themes.TypeMaladieProfessionnelle;
import fr.cdg.rsu.domaine.themes.TypeSignalement;

/**
 * Génère les fichiers facultatifs d'un employeur à partir de ses agents et de ses
 * absences, pour qu'ils se tiennent : un accident par arrêt d'accident de service, de
 * trajet ou de maladie professionnelle (même agent, même nature, même date, reliquats des
 * années passées compris), plus quelques accidents sans arrêt ; des temps partiels
 * thérapeutiques et aménagements pour les agents en longue maladie ou accidentés ; des
 * formations et des événements de carrière dans la période d'emploi de chaque agent ; le
 * télétravail surtout dans la filière administrative ; un motif de contrat pour les seuls
 * contractuels non permanents. Déterministe : tout vient de la graine.
 */
public final class GenerateurThemes {

	private final int annee;

	private final LocalDate debut;

	private final LocalDate fin;

	public GenerateurThemes(int annee) {
		this.annee = annee;
		this.debut = LocalDate.of(annee, 1, 1);
		this.fin = LocalDate.of(annee, 12, 31);
	}

	public ThemesGeneres generer(LotEmployeur lot, long graine) {
		Tirage t = new Tirage(Tirage.deriver(graine, 14));
		String siret = lot.collectivite().siret();
		Map<String, AgentGenere> agents = new LinkedHashMap<>();
		lot.agents().forEach(a -> agents.put(a.matricule(), a));
		Map<NatureFacultative, List<Object[]>> lignes = new EnumMap<>(NatureFacultative.class);
		for (NatureFacultative n : NatureFacultative.values()) {
			lignes.put(n, new ArrayList<>());
		}
		lignes.get(NatureFacultative.EMPLOYEUR_RSU).add(employeur(t, siret, lot));
		Set<String> accidentes = accidents(t, siret, lot, agents, lignes.get(NatureFacultative.ACCIDENTS));
		decisions(t, siret, lot, agents, accidentes, lignes.get(NatureFacultative.DECISIONS_SANTE));
		signalements(t, siret, lot, lignes.get(NatureFacultative.SIGNALEMENTS));
		for (AgentGenere a : lot.agents()) {
			formations(new Tirage(Tirage.deriver(graine, 15, a.matricule().hashCode())), siret, a,
					lignes.get(NatureFacultative.FORMATIONS));
			carrieres(new Tirage(Tirage.deriver(graine, 16, a.matricule().hashCode())), siret, a,
					lignes.get(NatureFacultative.CARRIERES));
		}
		Map<String, Object[]> colonnes = new LinkedHashMap<>();
		for (AgentGenere a : lot.agents()) {
			colonnes.put(a.matricule(),
					colonnesAgent(new Tirage(Tirage.deriver(graine, 17, a.matricule().hashCode())), a));
		}
		return new ThemesGeneres(lignes, colonnes);
	}

	// ----------------------------------------------------------------------------------------
	// employeur

	private Object[] employeur(Tirage t, String siret, LotEmployeur lot) {
		int effectif = lot.agents().size();
		Map<RubriqueEmployeur, Object> r = new EnumMap<>(RubriqueEmployeur.class);
		r.put(RubriqueEmployeur.NB_ASSISTANTS_PREVENTION, Math.max(1, effectif / 60));
		r.put(RubriqueEmployeur.NB_CONSEILLERS_PREVENTION, effectif >= 200 ? 1 : 0);
		r.put(RubriqueEmployeur.ACFI_DESIGNE, true);
		r.put(RubriqueEmployeur.ACFI_ORIGINE, effectif >= 350 ? OrigineAcfi.INTERNE : OrigineAcfi.CDG);
		r.put(RubriqueEmployeur.NB_VISITES_ACFI, t.entre(0, 2));
		r.put(RubriqueEmployeur.NB_MEDECINS_PREVENTION, 1);
		r.put(RubriqueEmployeur.NB_INFIRMIERS_PREVENTION, effectif >= 200 ? 1 : 0);
		r.put(RubriqueEmployeur.NB_AUTRES_PREVENTION, 0);
		r.put(RubriqueEmployeur.DEPENSES_PREVENTION, euros(effectif * (20 + 40 * t.uniforme())));
		r.put(RubriqueEmployeur.DEPENSES_AMELIORATION_CONDITIONS_TRAVAIL, euros(effectif * (10 + 30 * t.uniforme())));
		r.put(RubriqueEmployeur.DUERP, true);
		r.put(RubriqueEmployeur.DUERP_DATE_MAJ, t.jourEntre(debut.minusYears(1), fin.minusMonths(2)));
		for (RubriqueEmployeur doc : List.of(RubriqueEmployeur.PLAN_PREVENTION_RPS,
				RubriqueEmployeur.EVALUATION_RPS_PAR_SERVICE, RubriqueEmployeur.DIAGNOSTIC_RPS,
				RubriqueEmployeur.DEMARCHE_TMS, RubriqueEmployeur.DEMARCHE_CMR, RubriqueEmployeur.REGISTRE_SST,
				RubriqueEmployeur.PROGRAMME_ANNUEL_PREVENTION, RubriqueEmployeur.RAPPORT_MEDECINE_PREVENTIVE,
				RubriqueEmployeur.DIAGNOSTIC_PENIBILITE, RubriqueEmployeur.FICHES_EXPOSITION_AMIANTE,
				RubriqueEmployeur.PLAN_PREVENTION_ENTREPRISES_EXTERIEURES,
				RubriqueEmployeur.CONTRAT_ASSURANCE_RISQUES_STATUTAIRES)) {
			r.put(doc, t.chance(0.6));
		}
		boolean cst = effectif >= 50;
		r.put(RubriqueEmployeur.CST_PROPRE, cst);
		if (cst) {
			r.put(RubriqueEmployeur.NB_REUNIONS_CST, t.entre(3, 6));
			r.put(RubriqueEmployeur.NB_REUNIONS_FSSSCT, t.entre(2, 4));
		}
		// les CAP et CCP d'un employeur de moins de 350 agents siègent au centre de
		// gestion : colonnes laissées vides,
		// « non renseigné » ; au-delà, ses propres commissions (sans tirage : les autres
		// colonnes ne changent pas)
		if (effectif >= 350) {
			r.put(RubriqueEmployeur.NB_REUNIONS_CAP, 2 + effectif / 300);
			r.put(RubriqueEmployeur.NB_REUNIONS_CCP, 1 + effectif / 600);
		}
		r.put(RubriqueEmployeur.NB_SAISINES_DROIT_ALERTE_RETRAIT, t.entre(0, 1));
		r.put(RubriqueEmployeur.NEGOCIATIONS_ENGAGEES, t.chance(0.5));
		r.put(RubriqueEmployeur.NB_ACCORDS, t.entre(0, 1));
		r.put(RubriqueEmployeur.JOURS_GREVE,
				BigDecimal.valueOf(t.entre(0, 2 * Math.max(1, effectif / 20)), 1).multiply(BigDecimal.valueOf(5)));
		r.put(RubriqueEmployeur.HEURES_DECHARGE, BigDecimal.valueOf(effectif >= 100 ? t.entre(50, 400) : 0));
		r.put(RubriqueEmployeur.TELETRAVAIL_DELIBERE, true);
		r.put(RubriqueEmployeur.CHARTE_TEMPS, t.chance(0.3));
		r.put(RubriqueEmployeur.RIFSEEP_FONCTIONNAIRES, true);
		r.put(RubriqueEmployeur.RIFSEEP_CONTRACTUELS, t.chance(0.7));
		r.put(RubriqueEmployeur.MAINTIEN_PRIMES_MALADIE, t.chance(0.6));
		r.put(RubriqueEmployeur.ASSURANCE_CHOMAGE,
				effectif >= 350 ? AssuranceChomage.AUTO : AssuranceChomage.CONVENTION);
		// plusieurs modes, séparés par « | » comme le dit le contrat
		r.put(RubriqueEmployeur.ACTION_SOCIALE_MODE,
				effectif >= 350 ? "ASSOCIATION_NATIONALE|DIRECTE" : effectif >= 60 ? "ASSOCIATION_NATIONALE" : "CDG");
		r.put(RubriqueEmployeur.PSC_ACCORD_COLLECTIF, effectif >= 60);
		r.put(RubriqueEmployeur.PSC_SANTE_MONTANT_MOYEN, euros(15 + 10 * t.uniforme()));
		r.put(RubriqueEmployeur.PSC_SANTE_BENEFICIAIRES, (int) Math.round(effectif * (0.3 + 0.3 * t.uniforme())));
		r.put(RubriqueEmployeur.PSC_PREVOYANCE_MONTANT_MOYEN, euros(7 + 8 * t.uniforme()));
		r.put(RubriqueEmployeur.PSC_PREVOYANCE_BENEFICIAIRES, (int) Math.round(effectif * (0.4 + 0.3 * t.uniforme())));
		Object[] ligne = new Object[NatureFacultative.EMPLOYEUR_RSU.colonnes().size()];
		ligne[0] = siret;
		ligne[1] = annee;
		for (RubriqueEmployeur rubrique : RubriqueEmployeur.values()) {
			ligne[2 + rubrique.ordinal()] = r.get(rubrique);
		}
		return ligne;
	}

	private static BigDecimal euros(double montant) {
		return BigDecimal.valueOf(Math.round(montant * 100), 2);
	}

	// ----------------------------------------------------------------------------------------
	// accidents

	/**
	 * Un accident par arrêt d'accident ou de maladie professionnelle (la date de
	 * l'absence, sinon le début de son arrêt), puis des accidents sans arrêt ; rend les
	 * matricules accidentés (pour les aménagements de poste).
	 */
	private Set<String> accidents(Tirage t, String siret, LotEmployeur lot, Map<String, AgentGenere> agents,
			List<Object[]> sortie) {
		Set<String> vus = new HashSet<>();
		Set<String> accidentes = new HashSet<>();
		List<AbsenceGeneree> triees = new ArrayList<>(lot.absences());
		triees.sort(Comparator.comparing(AbsenceGeneree::matricule).thenComparing(AbsenceGeneree::dateDebut));
		Map<String, LocalDate> debutArret = new HashMap<>();
		for (AbsenceGeneree a : triees) {
			if (a.motif() != Motif.AT_SERVICE && a.motif() != Motif.AT_TRAJET && a.motif() != Motif.MP) {
				continue;
			}
			String cleArret = a.matricule() + "|" + a.motif();
			if (!a.prolongation() || !debutArret.containsKey(cleArret)) {
				debutArret.put(cleArret, a.dateDebut());
			}
			LocalDate date = a.dateAccident() != null ? a.dateAccident() : debutArret.get(cleArret);
			if (vus.add(a.matricule() + "|" + a.motif() + "|" + date)) {
				sortie.add(accident(t, siret, agents.get(a.matricule()), a.motif(), date, true));
				accidentes.add(a.matricule());
			}
		}
		// accidents bénins sans arrêt : un pour trois avec arrêt, au moins un chez un
		// employeur de 10 agents
		List<AgentGenere> presents = lot.agents()
			.stream()
			.filter(a -> a.dateSortie() == null || !a.dateSortie().isBefore(fin))
			.filter(a -> a.dateEntree() == null || a.dateEntree().isBefore(debut.plusMonths(6)))
			.toList();
		int sansArret = presents.isEmpty() ? 0 : Math.max(lot.agents().size() >= 10 ? 1 : 0, sortie.size() / 3);
		for (int k = 0; k < sansArret; k++) {
			AgentGenere a = t.parmi(presents.toArray(AgentGenere[]::new));
			Motif nature = t.chance(0.8) ? Motif.AT_SERVICE : Motif.AT_TRAJET;
			LocalDate date = t.jourEntre(debut.plusMonths(6), fin.minusDays(5));
			if (vus.add(a.matricule() + "|" + nature + "|" + date)) {
				sortie.add(accident(t, siret, a, nature, date, false));
			}
		}
		return accidentes;
	}

	private Object[] accident(Tirage t, String siret, AgentGenere a, Motif nature, LocalDate date, boolean arret) {
		ActiviteAccident activite = nature == Motif.AT_TRAJET ? ActiviteAccident.TRAJET : activite(t, a.filiere());
		boolean mp = nature == Motif.MP;
		return new Object[] { siret, a.matricule(), nature, date, arret, !t.chance(0.08), activite,
				mp ? null : t.parmi(SiegeLesion.values(), new double[] { 8, 4, 2, 4, 18, 14, 16, 16, 8, 4, 2, 4 }),
				mp ? null : t.parmi(NatureLesion.values(), new double[] { 14, 18, 16, 6, 22, 2, 3, 2, 6, 4, 7 }),
				mp ? null : t.parmi(ElementMateriel.values(), new double[] { 18, 10, 22, 8, 6, 4, 8, 12, 5, 2, 5 }),
				mp ? t.parmi(TypeMaladieProfessionnelle.values(), new double[] { 70, 15, 6, 2, 7 }) : null };
	}

	private static ActiviteAccident activite(Tirage t, @org.jspecify.annotations.Nullable Filiere f) {
		if (f == null) {
			return ActiviteAccident.AUTRE;
		}
		return switch (f) {
			case TECHNIQUE -> t.parmi(new ActiviteAccident[] { ActiviteAccident.ESPACES_VERTS, ActiviteAccident.VOIRIE,
					ActiviteAccident.BATIMENT, ActiviteAccident.RESTAURATION, ActiviteAccident.ENTRETIEN_LOCAUX },
					new double[] { 30, 20, 20, 10, 20 });
			case ADMINISTRATIVE -> ActiviteAccident.ADMINISTRATIF;
			case ANIMATION -> ActiviteAccident.ANIMATION;
			case CULTURELLE -> ActiviteAccident.CULTURE;
			case SPORTIVE -> ActiviteAccident.SPORT;
			case MEDICO_SOCIALE, SOCIALE -> t.chance(0.5) ? ActiviteAccident.ENTRETIEN_LOCAUX : ActiviteAccident.AUTRE;
			default -> ActiviteAccident.AUTRE;
		};
	}

	// ------------------------------------------------------------------------------------------
	// décisions

	private void decisions(Tirage t, String siret, LotEmployeur lot, Map<String, AgentGenere> agents,
			Set<String> accidentes, List<Object[]> sortie) {
		Set<String> longueMaladie = new java.util.TreeSet<>();
		for (AbsenceGeneree a : lot.absences()) {
			if (a.motif() == Motif.CLM || a.motif() == Motif.CLD || a.motif() == Motif.MP) {
				longueMaladie.add(a.matricule());
			}
		}
		for (String m : longueMaladie) {
			AgentGenere a = agents.get(m);
			if (t.chance(0.5)) {
				sortie.add(new Object[] { siret, m, jourEmploye(t, a), TypeDecisionSante.TEMPS_PARTIEL_THERAPEUTIQUE,
						accidentes.contains(m) });
			}
			if (t.chance(0.12) && a.statut().estFonctionnaire()) {
				sortie.add(new Object[] { siret, m, jourEmploye(t, a), TypeDecisionSante.DEMANDE_RECLASSEMENT,
						accidentes.contains(m) });
			}
		}
		for (String m : new java.util.TreeSet<>(accidentes)) {
			if (t.chance(0.3)) {
				sortie.add(new Object[] { siret, m, jourEmploye(t, agents.get(m)),
						t.chance(0.7) ? TypeDecisionSante.AMENAGEMENT_POSTE : TypeDecisionSante.AMENAGEMENT_HORAIRES,
						true });
			}
		}
	}

	/** Un jour de l'année où l'agent est employé. */
	private LocalDate jourEmploye(Tirage t, AgentGenere a) {
		LocalDate d = a.dateEntree() == null || a.dateEntree().isBefore(debut) ? debut : a.dateEntree();
		LocalDate f = a.dateSortie() == null || a.dateSortie().isAfter(fin) ? fin : a.dateSortie();
		return t.jourEntre(d, f.isBefore(d) ? d : f);
	}

	// -------------------------------------------------------------------------------------
	// signalements

	private void signalements(Tirage t, String siret, LotEmployeur lot, List<Object[]> sortie) {
		int actes = Math.max(1, t.poisson(lot.agents().size() / 25.0));
		Map<List<Object>, int[]> comptes = new LinkedHashMap<>();
		for (int k = 0; k < actes; k++) {
			TypeSignalement type = t.parmi(TypeSignalement.values(), new double[] { 8, 1, 40, 6, 1, 2, 4, 20 });
			AuteurSignalement auteur = t.chance(0.7) ? AuteurSignalement.USAGER : AuteurSignalement.PERSONNEL;
			boolean arret = t.chance(type == TypeSignalement.VIOLENCE_PHYSIQUE ? 0.4 : 0.05);
			Sexe sexe = t.chance(0.15) ? null : t.chance(0.6) ? Sexe.F : Sexe.H;
			comptes.computeIfAbsent(java.util.Arrays.asList(type, auteur, arret, sexe), c -> new int[1])[0]++;
		}
		comptes.forEach(
				(cle, n) -> sortie.add(new Object[] { siret, cle.get(0), cle.get(1), cle.get(2), cle.get(3), n[0] }));
	}

	// ----------------------------------------------------------------------------------------
	// formations

	private void formations(Tirage t, String siret, AgentGenere a, List<Object[]> sortie) {
		boolean permanent = a.statut().estPermanent();
		if (!t.chance(permanent ? 0.62 : 0.2)) {
			return;
		}
		int actions = permanent ? t.entre(1, 3) : 1;
		for (int k = 0; k < actions; k++) {
			OrganismeFormation organisme = t.parmi(OrganismeFormation.values(), new double[] { 55, 8, 10, 15, 12 });
			TypeFormation type = t.parmi(TypeFormation.values(), a.statut() == Statut.STAGIAIRE
					? new double[] { 10, 10, 60, 15, 0, 5 } : new double[] { 18, 14, 6, 45, 7, 10 });
			BigDecimal jours = t.parmi(new BigDecimal[] { new BigDecimal("0.5"), BigDecimal.ONE, BigDecimal.TWO,
					BigDecimal.valueOf(3), BigDecimal.valueOf(5) }, new double[] { 15, 35, 25, 15, 10 });
			BigDecimal cout = organisme == OrganismeFormation.CNFPT_COTISATION
					|| organisme == OrganismeFormation.INTERNE ? null
							: euros(jours.doubleValue() * (120 + 180 * t.uniforme()));
			sortie.add(new Object[] { siret, a.matricule(), jourEmploye(t, a), jours, organisme, type, cout });
		}
	}

	// -----------------------------------------------------------------------------------------
	// carrières

	private void carrieres(Tirage t, String siret, AgentGenere a, List<Object[]> sortie) {
		if (a.statut() == Statut.TITULAIRE) {
			if (a.dateEntree() != null && a.dateEntree().getYear() == annee - 1 && t.chance(0.8)) {
				LocalDate titularisation = a.dateEntree().plusYears(1);
				if (!titularisation.isAfter(fin)
						&& (a.dateSortie() == null || !a.dateSortie().isBefore(titularisation))) {
					sortie.add(new Object[] { siret, a.matricule(), titularisation,
							TypeEvenementCarriere.TITULARISATION });
				}
			}
			double u = t.uniforme();
			TypeEvenementCarriere type = u < 0.08 ? TypeEvenementCarriere.AVANCEMENT_GRADE
					: u < 0.10 ? TypeEvenementCarriere.PROMOTION_INTERNE
							: u < 0.11 ? TypeEvenementCarriere.EXAMEN_PROFESSIONNEL : null;
			if (type != null) {
				sortie.add(new Object[] { siret, a.matricule(), jourEmploye(t, a), type });
			}
		}
		else if (a.statut() == Statut.STAGIAIRE && a.dateEntree() != null && a.dateEntree().getYear() == annee
				&& t.chance(0.5)) {
			sortie.add(new Object[] { siret, a.matricule(), a.dateEntree(), TypeEvenementCarriere.CONCOURS });
		}
	}

	// ---------------------------------------------------------------------------
	// colonnes des agents

	private Object[] colonnesAgent(Tirage t, AgentGenere a) {
		boolean permanent = a.statut().estPermanent();
		int age = annee - a.dateNaissance().getYear();
		boolean boeth = t.chance(permanent ? (age >= 50 ? 0.10 : 0.04) : 0.02);
		TypeBoeth type = boeth ? t.parmi(TypeBoeth.values(), new double[] { 75, 6, 8, 8, 3 }) : null;
		boolean present = a.dateSortie() == null || !a.dateSortie().isBefore(fin);
		boolean teletravail = present && permanent && a.filiere() == Filiere.ADMINISTRATIVE && t.chance(0.3);
		boolean demande = teletravail || (present && permanent && t.chance(0.05));
		int visites = t.chance(0.07) ? t.entre(1, 2) : 0;
		int cep = permanent && t.chance(0.03) ? 1 : 0;
		Boolean cdi = a.statut().estFonctionnaire() ? null
				: a.statut() == Statut.CONTRACTUEL_PERMANENT && t.chance(0.3);
		MotifContrat motif = null;
		if (a.statut() == Statut.CONTRACTUEL_NON_PERMANENT) {
			boolean ete = a.dateEntree() != null && a.dateEntree().getMonthValue() >= 6
					&& a.dateEntree().getMonthValue() <= 7;
			motif = ete ? MotifContrat.SAISONNIER
					: t.parmi(MotifContrat.values(), new double[] { 40, 30, 0, 5, 8, 10, 7 });
		}
		// les cellules vides disent « non » ou « 0 » : l'export n'écrit que les oui et
		// les comptes
		return new Object[] { boeth, type, teletravail, demande, visites == 0 ? null : visites, cep == 0 ? null : cep,
				cdi, motif };
	}

}
