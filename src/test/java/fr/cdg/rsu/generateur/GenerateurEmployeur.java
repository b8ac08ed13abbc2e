package fr.cdg.rsu.generateur;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;

import fr.cdg.rsu.domaine.Categorie;
import fr.cdg.rsu.domaine.Filiere;
import fr.cdg.rsu.domaine.Motif;
import fr.cdg.rsu.domaine.Sexe;
import fr.cdg.rsu.domaine.Statut;
import fr.cdg.rsu.domaine.TypeCollectivite;

/**
 * Génère un employeur complet (agents, absences sans chevauchement, paie) à partir d'un
 * {@link ProfilEmployeur}. Déterministe : tout tirage vient de la graine du profil.
 */
public final class GenerateurEmployeur {

	private final int annee;

	private final LocalDate debutAnnee;

	private final LocalDate finAnnee;

	public GenerateurEmployeur(int annee) {
		this.annee = annee;
		this.debutAnnee = LocalDate.of(annee, 1, 1);
		this.finAnnee = LocalDate.of(annee, 12, 31);
	}

	public LotEmployeur generer(ProfilEmployeur profil) {
		Tirage t = new Tirage(profil.graine());
		List<AgentGenere> agents = genererAgents(t, profil);
		List<AbsenceGeneree> absences = new ArrayList<>();
		List<PaieGeneree> paies = new ArrayList<>();
		long masse = 0;
		for (AgentGenere a : agents) {
			absences.addAll(genererAbsences(new Tirage(Tirage.deriver(profil.graine(), 1, a.matricule().hashCode())), a,
					profil.intensiteAbsences()));
			List<PaieGeneree> lignes = genererPaie(
					new Tirage(Tirage.deriver(profil.graine(), 2, a.matricule().hashCode())), a, profil);
			for (PaieGeneree p : lignes) {
				masse += p.traitementBrut()
					.add(p.primes())
					.add(p.nbi())
					.add(p.sft())
					.add(p.heuresSupMontant())
					.longValue();
			}
			paies.addAll(lignes);
		}
		BigDecimal budget = null;
		BigDecimal charges = null;
		if (profil.budget()) {
			// charges patronales ~ 45 % du brut, le 012 pèse 40 à 60 % du fonctionnement
			long c = Math.round(masse * (1.42 + 0.08 * t.uniforme()));
			charges = BigDecimal.valueOf(c * 100L, 2);
			budget = BigDecimal.valueOf(Math.round(c / (0.40 + 0.2 * t.uniforme())) * 100L, 2);
		}
		CollectiviteGeneree coll = new CollectiviteGeneree(profil.siret(), profil.nom(), profil.type(),
				profil.departement(), budget, charges);
		return new LotEmployeur(coll, agents, absences, paies);
	}

	// -----------------------------------------------------------------------------------------------
	// agents

	private List<AgentGenere> genererAgents(Tirage t, ProfilEmployeur profil) {
		int n = Math.max(1, profil.effectif());
		List<AgentGenere> agents = new ArrayList<>(n);
		int numero = t.entre(1, 400);
		double[] poidsStatuts = Referentiels.poidsStatuts(profil.type());
		double[] poidsFilieres = Referentiels.poidsFilieres(profil.type());
		int fonctionnelsVoulus = n >= 250 ? 3 : n >= 120 ? 2 : n >= 30 ? 1 : 0;
		int fonctionnels = 0;
		for (int i = 0; i < n; i++) {
			numero += t.chance(0.85) ? 1 : t.entre(2, 6);
			String matricule = String.format("A%05d", numero);
			Statut statut = Referentiels.STATUTS[t.indicePondere(poidsStatuts)];
			Filiere filiere = Referentiels.FILIERES[t.indicePondere(poidsFilieres)];
			if (statut == Statut.CONTRACTUEL_NON_PERMANENT && t.chance(0.5)) {
				// saisonniers et occasionnels : surtout techniques et animation
				filiere = t.chance(0.55) ? Filiere.TECHNIQUE : Filiere.ANIMATION;
			}
			Categorie categorie = Referentiels.CATEGORIES[t.indicePondere(Referentiels.poidsCategories(filiere))];
			if (statut == Statut.CONTRACTUEL_NON_PERMANENT && categorie != Categorie.C && t.chance(0.6)) {
				categorie = Categorie.C;
				if (filiere == Filiere.MEDICO_TECHNIQUE) {
					categorie = Categorie.B;
				}
			}
			boolean emploiFonctionnel = false;
			int age;
			if (fonctionnels < fonctionnelsVoulus && i % Math.max(1, n / (fonctionnelsVoulus + 1)) == 0 && i > 0) {
				// un DGS (et des DGA) : attaché titulaire confirmé
				statut = Statut.TITULAIRE;
				filiere = Filiere.ADMINISTRATIVE;
				categorie = Categorie.A;
				emploiFonctionnel = true;
				fonctionnels++;
				age = t.entre(42, 62);
			}
			else if (statut == Statut.CONTRACTUEL_NON_PERMANENT) {
				age = clamp((int) Math.round(t.normale(31, 12)), 20, 67);
			}
			else if (statut == Statut.STAGIAIRE) {
				age = clamp((int) Math.round(t.normale(35, 9)), 20, 60);
			}
			else if (statut == Statut.CONTRACTUEL_PERMANENT) {
				age = clamp((int) Math.round(t.normale(39, 11)), 20, 67);
			}
			else {
				age = clamp((int) Math.round(t.normale(48, 9.5)), 21, 67);
			}
			Sexe sexe = t.chance(Referentiels.partFemmes(filiere)) ? Sexe.F : Sexe.H;
			LocalDate naissance = t.jourEntre(LocalDate.of(annee - age, 1, 1), LocalDate.of(annee - age, 12, 31));
			String cadre = Referentiels.cadreEmplois(t, filiere, categorie);
			boolean permanent = statut.estPermanent();
			if (!permanent && t.chance(0.4)) {
				cadre = null;
			}

			// temps de travail
			double pTnc = 0.08;
			if (n < 10) {
				pTnc = 0.35;
			}
			if (profil.type() == TypeCollectivite.CCAS) {
				pTnc += 0.15;
			}
			if (filiere == Filiere.ANIMATION || filiere == Filiere.MEDICO_SOCIALE) {
				pTnc *= 1.5;
			}
			if (emploiFonctionnel || profil.type() == TypeCollectivite.SDIS) {
				pTnc = 0;
			}
			boolean tnc = t.chance(pTnc);
			double ratioTnc = tnc ? t.parmi(new Double[] { 17.5, 20.0, 24.0, 28.0, 30.0, 32.0 }) / 35.0 : 1.0;
			int quotite = 100;
			Boolean deDroit = null;
			if (permanent && !emploiFonctionnel && t.chance(sexe == Sexe.F ? 0.13 : 0.03)) {
				quotite = t.parmi(new Integer[] { 50, 60, 70, 80, 90 }, new double[] { 12, 5, 5, 60, 18 });
				deDroit = t.chance(0.45);
			}

			// dates d'entrée et de sortie
			LocalDate entree;
			LocalDate sortie = null;
			if (!permanent) {
				int duree;
				LocalDate debut;
				if (t.chance(0.3)) {
					debut = t.jourEntre(LocalDate.of(annee, 6, 15), LocalDate.of(annee, 7, 15));
					duree = t.entre(20, 75);
				}
				else {
					duree = (int) Math.min(365, Math.max(7, t.lognormale(75, 0.9)));
					debut = t.jourEntre(debutAnnee.minusDays(duree / 2), LocalDate.of(annee, 12, 15));
				}
				entree = debut;
				sortie = debut.plusDays(duree - 1);
				if (sortie.isBefore(debutAnnee)) {
					sortie = debutAnnee.plusDays(t.entre(0, 30));
				}
				if (sortie.isAfter(finAnnee) && t.chance(0.5)) {
					sortie = null; // contrat en cours, fin non saisie
				}
			}
			else {
				if (statut == Statut.STAGIAIRE) {
					entree = t.jourEntre(debutAnnee.minusMonths(11), LocalDate.of(annee, 12, 1));
				}
				else if (t.chance(0.07)) {
					entree = t.jourEntre(debutAnnee, LocalDate.of(annee, 12, 1));
				}
				else {
					int anciennete = t.entre(1, Math.max(1, Math.min(40, age - 20)));
					entree = t.jourEntre(LocalDate.of(annee - anciennete, 1, 1),
							LocalDate.of(annee - anciennete, 12, 31));
				}
				double pSortie = age >= 62 ? 0.3 : 0.045;
				if (t.chance(pSortie)) {
					LocalDate min = entree.isAfter(debutAnnee) ? entree.plusDays(30) : debutAnnee;
					if (!min.isAfter(LocalDate.of(annee, 12, 30))) {
						sortie = t.jourEntre(min, LocalDate.of(annee, 12, 30));
					}
				}
			}
			if (permanent && t.chance(0.03)) {
				entree = null; // date d'entrée non renseignée dans l'export
			}
			int im = Referentiels.indiceMajore(t, categorie, age, !statut.estFonctionnaire());
			if (emploiFonctionnel) {
				im = Math.max(im, 750);
			}
			if (!permanent && t.chance(0.15)) {
				// vacataire sans grade : catégorie et filière facultatives hors emploi
				// permanent
				categorie = null;
				filiere = null;
				cadre = null;
			}
			agents.add(new AgentGenere(profil.siret(), matricule, sexe, naissance, statut, categorie, filiere, cadre,
					emploiFonctionnel, tnc, quotite, deDroit, entree, sortie, ratioTnc, im));
		}
		return agents;
	}

	private static int clamp(int v, int min, int max) {
		return Math.max(min, Math.min(max, v));
	}

	// --------------------------------------------------------------------------------------------
	// absences

	/**
	 * Périodes déjà occupées d'un agent : aucune absence générée ne chevauche une autre.
	 */
	private static final class Planning {

		private final List<long[]> occupe = new ArrayList<>();

		boolean libre(LocalDate debut, @Nullable LocalDate fin) {
			long d = debut.toEpochDay();
			long f = fin == null ? Long.MAX_VALUE : fin.toEpochDay();
			for (long[] o : occupe) {
				if (d <= o[1] && o[0] <= f) {
					return false;
				}
			}
			return true;
		}

		void prendre(LocalDate debut, @Nullable LocalDate fin) {
			occupe.add(new long[] { debut.toEpochDay(), fin == null ? Long.MAX_VALUE : fin.toEpochDay() });
		}

	}

	private List<AbsenceGeneree> genererAbsences(Tirage t, AgentGenere a, double intensite) {
		List<AbsenceGeneree> res = new ArrayList<>();
		LocalDate debutEmploi = a.dateEntree() == null ? LocalDate.of(annee - 10, 1, 1) : a.dateEntree();
		LocalDate finEmploi = a.dateSortie() == null ? LocalDate.of(annee + 3, 12, 31) : a.dateSortie();
		LocalDate wDebut = max(debutEmploi, debutAnnee);
		LocalDate wFin = min(finEmploi, finAnnee);
		if (wFin.isBefore(wDebut)) {
			return res;
		}
		double presence = (ChronoUnit.DAYS.between(wDebut, wFin) + 1) / 366.0;
		Planning planning = new Planning();
		boolean fonctionnaire = a.statut().estFonctionnaire();
		boolean permanent = a.statut().estPermanent();
		int age = annee - a.dateNaissance().getYear();

		// 1. longues maladies (souvent commencées l'année précédente : reliquats)
		double pLongue = fonctionnaire ? 0.05 : permanent ? 0.015 : 0.003;
		if (age >= 50) {
			pLongue *= 1.6;
		}
		if (t.chance(pLongue * intensite)) {
			Motif motif;
			if (fonctionnaire) {
				motif = t.parmi(new Motif[] { Motif.CLM, Motif.CLD, Motif.MP, Motif.DOS },
						new double[] { 50, 28, 14, 8 });
			}
			else {
				motif = t.parmi(new Motif[] { Motif.CGM, Motif.MP }, new double[] { 75, 25 });
			}
			chaineLongue(t, a, motif, planning, res, debutEmploi, finEmploi);
		}

		// 2. accident du travail commencé l'année précédente (reliquat)
		if (t.chance(0.01 * intensite * (a.filiere() == Filiere.TECHNIQUE ? 1.6 : 1))) {
			LocalDate accident = t.jourEntre(max(debutEmploi, LocalDate.of(annee - 1, 6, 1)),
					LocalDate.of(annee - 1, 12, 20));
			LocalDate debut = accident.plusDays(t.entre(0, 1));
			LocalDate fin = debut.plusDays(t.entre(30, 300));
			if (!fin.isBefore(debutAnnee) && !fin.isAfter(finEmploi) && planning.libre(debut, fin)) {
				planning.prendre(debut, fin);
				res.add(abs(a, Motif.AT_SERVICE, debut, fin, false, 0, accident));
			}
		}

		// 3. maternité / paternité / adoption
		if (a.sexe() == Sexe.F && age >= 23 && age <= 43 && t.chance(0.055 * presence)) {
			LocalDate debut = t.jourEntre(wDebut.minusDays(80), wFin);
			LocalDate fin = debut.plusDays(111);
			if (!debut.minusDays(14).isBefore(debutEmploi) && !fin.isAfter(finEmploi)
					&& planning.libre(debut.minusDays(14), fin)) {
				boolean pathologique = t.chance(0.3);
				if (pathologique) {
					LocalDate dp = debut.minusDays(14);
					if (!dp.isAfter(finAnnee) && !debut.minusDays(1).isBefore(debutAnnee)) {
						res.add(abs(a, Motif.MATERNITE, dp, debut.minusDays(1), false, 0, null));
						planning.prendre(dp, debut.minusDays(1));
					}
				}
				if (!fin.isBefore(debutAnnee) && !debut.isAfter(finAnnee)) {
					res.add(abs(a, Motif.MATERNITE, debut, fin, pathologique, 0, null));
					planning.prendre(debut, fin);
				}
			}
		}
		if (a.sexe() == Sexe.H && age >= 25 && age <= 47 && t.chance(0.035 * presence)) {
			LocalDate debut = t.jourEntre(wDebut, wFin.minusDays(24));
			LocalDate fin = debut.plusDays(t.chance(0.8) ? 24 : t.entre(3, 10));
			if (!fin.isAfter(finEmploi) && planning.libre(debut, fin)) {
				planning.prendre(debut, fin);
				res.add(abs(a, Motif.PATERNITE, debut, fin, false, 0, null));
			}
		}
		if (age >= 28 && age <= 50 && t.chance(0.0008)) {
			LocalDate debut = t.jourEntre(wDebut, wFin.minusDays(30));
			LocalDate fin = debut.plusDays(t.entre(30, 111));
			if (!fin.isAfter(finEmploi) && planning.libre(debut, fin)) {
				planning.prendre(debut, fin);
				res.add(abs(a, Motif.ADOPTION, debut, fin, false, 0, null));
			}
		}

		// 4. accidents de l'année, maladies professionnelles déclarées dans l'année
		double pAt = 0.022 * (a.filiere() == Filiere.TECHNIQUE || a.filiere() == Filiere.INCENDIE_SECOURS ? 1.8 : 0.7);
		if (t.chance(pAt * intensite * presence)) {
			Motif motif = t.chance(0.85) ? Motif.AT_SERVICE : Motif.AT_TRAJET;
			LocalDate accident = t.jourEntre(wDebut, wFin);
			LocalDate debut = accident.plusDays(t.chance(0.7) ? 0 : 1);
			int duree = (int) Math.min(300, Math.max(1, t.lognormale(18, 1.2)));
			LocalDate fin = debut.plusDays(duree - 1);
			if (!fin.isAfter(finEmploi) && planning.libre(debut, fin)) {
				planning.prendre(debut, fin);
				res.add(abs(a, motif, debut, fin, false, 0, accident));
				LocalDate p = fin.plusDays(1);
				while (t.chance(0.35) && !p.isAfter(finAnnee)) {
					LocalDate pf = p.plusDays(t.entre(7, 45));
					if (pf.isAfter(finEmploi) || !planning.libre(p, pf)) {
						break;
					}
					planning.prendre(p, pf);
					res.add(abs(a, motif, p, pf, true, 0, accident));
					p = pf.plusDays(1);
				}
			}
		}

		// 5. maladie ordinaire : beaucoup d'arrêts courts
		double lambdaMo = (permanent ? 1.05 : 0.45) * intensite * presence * (age >= 50 ? 1.15 : age < 30 ? 0.85 : 1);
		if (t.chance(0.2)) {
			lambdaMo = 0; // une part des agents n'est jamais arrêtée
		}
		else {
			lambdaMo *= 1.25;
		}
		int nbMo = t.poisson(lambdaMo);
		for (int k = 0; k < nbMo; k++) {
			int duree = dureeMo(t);
			for (int essai = 0; essai < 6; essai++) {
				LocalDate debut = t.jourEntre(wDebut, wFin);
				boolean ouverte = debut.plusDays(duree - 1).isAfter(finAnnee) && t.chance(0.5)
						&& a.dateSortie() == null;
				LocalDate fin = ouverte ? null : debut.plusDays(duree - 1);
				if (fin != null && fin.isAfter(finEmploi)) {
					continue;
				}
				if (!planning.libre(debut, fin)) {
					continue;
				}
				planning.prendre(debut, fin);
				int carence = t.chance(0.9) ? 1 : 0;
				res.add(abs(a, Motif.MO, debut, fin, false, carence, null));
				// prolongations
				LocalDate p = fin == null ? null : fin.plusDays(1);
				double pProlong = duree >= 7 ? 0.3 : 0.08;
				while (p != null && t.chance(pProlong) && !p.isAfter(finAnnee)) {
					LocalDate pf = p.plusDays(t.entre(2, 20));
					if (pf.isAfter(finEmploi) || !planning.libre(p, pf)) {
						break;
					}
					planning.prendre(p, pf);
					res.add(abs(a, Motif.MO, p, pf, true, 0, null));
					p = pf.plusDays(1);
					pProlong *= 0.5;
				}
				break;
			}
		}

		// 6. autorisations spéciales d'absence, formation, syndical
		courtes(t, a, Motif.AUTRE, t.poisson(0.28 * intensite * presence), 1, 3, planning, res, wDebut, wFin);
		courtes(t, a, Motif.FORMATION, t.poisson((permanent ? 0.3 : 0.05) * presence), 1, 5, planning, res, wDebut,
				wFin);
		if (permanent && t.chance(0.03)) {
			courtes(t, a, Motif.SYNDICAL, t.entre(1, 4), 1, 2, planning, res, wDebut, wFin);
		}

		res.sort(Comparator.comparing(AbsenceGeneree::dateDebut));
		return res;
	}

	private static int dureeMo(Tirage t) {
		int tranche = t.indicePondere(38, 34, 19, 7, 2);
		return switch (tranche) {
			case 0 -> t.entre(1, 3);
			case 1 -> t.entre(4, 10);
			case 2 -> t.entre(11, 30);
			case 3 -> t.entre(31, 90);
			default -> t.entre(91, 180);
		};
	}

	private void courtes(Tirage t, AgentGenere a, Motif motif, int nombre, int min, int max, Planning planning,
			List<AbsenceGeneree> res, LocalDate wDebut, LocalDate wFin) {
		for (int k = 0; k < nombre; k++) {
			LocalDate debut = t.jourEntre(wDebut, wFin);
			LocalDate fin = min(debut.plusDays(t.entre(min, max) - 1), wFin);
			if (planning.libre(debut, fin)) {
				planning.prendre(debut, fin);
				res.add(abs(a, motif, debut, fin, false, 0, null));
			}
		}
	}

	/**
	 * CLM, CLD, MP, DOS, CGM : périodes successives de 1 à 6 mois, souvent commencées
	 * avant l'année.
	 */
	private void chaineLongue(Tirage t, AgentGenere a, Motif motif, Planning planning, List<AbsenceGeneree> res,
			LocalDate debutEmploi, LocalDate finEmploi) {
		LocalDate debut;
		if (t.chance(0.6)) {
			debut = t.jourEntre(LocalDate.of(annee - 2, 1, 1), LocalDate.of(annee - 1, 12, 31));
		}
		else {
			debut = t.jourEntre(debutAnnee, LocalDate.of(annee, 11, 30));
		}
		if (debut.isBefore(debutEmploi)) {
			debut = debutEmploi;
		}
		LocalDate accident = motif == Motif.MP ? debut.minusDays(t.entre(0, 60)) : null;
		int totalJours = (int) Math.round(t.lognormale(motif == Motif.CLD ? 700 : 330, 0.6));
		LocalDate limite = min(debut.plusDays(totalJours), finEmploi);
		boolean premiere = true;
		while (!debut.isAfter(limite)) {
			int mois = motif == Motif.MP ? t.entre(1, 3) : t.entre(3, 6);
			LocalDate fin = debut.plusMonths(mois).minusDays(1);
			boolean derniere = !fin.isBefore(limite);
			boolean ouverte = derniere && fin.isAfter(finAnnee) && a.dateSortie() == null && t.chance(0.5);
			if (derniere && !ouverte) {
				fin = limite;
			}
			if (ouverte ? debut.isAfter(finAnnee) : fin.isBefore(debutAnnee)) {
				// période entièrement hors année : pas dans l'export de l'année
			}
			else if (!debut.isAfter(finAnnee)) {
				if (!planning.libre(debut, ouverte ? null : fin)) {
					return;
				}
				planning.prendre(debut, ouverte ? null : fin);
				boolean prolongation = !premiere && t.chance(0.3);
				res.add(abs(a, motif, debut, ouverte ? null : fin, prolongation, 0, accident));
			}
			premiere = false;
			if (ouverte || debut.isAfter(finAnnee)) {
				return;
			}
			debut = fin.plusDays(1);
		}
	}

	private static AbsenceGeneree abs(AgentGenere a, Motif motif, LocalDate debut, @Nullable LocalDate fin,
			boolean prolongation, int carence, @Nullable LocalDate accident) {
		return new AbsenceGeneree(a.siret(), a.matricule(), motif, debut, fin, prolongation, carence, accident);
	}

	private static LocalDate max(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}

	private static LocalDate min(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}

	// ------------------------------------------------------------------------------------------------
	// paie

	private List<PaieGeneree> genererPaie(Tirage t, AgentGenere a, ProfilEmployeur profil) {
		LocalDate debut = a.dateEntree() == null ? debutAnnee : max(a.dateEntree(), debutAnnee);
		LocalDate fin = a.dateSortie() == null ? finAnnee : min(a.dateSortie(), finAnnee);
		if (fin.isBefore(debut)) {
			return List.of();
		}
		int joursAnnee = debutAnnee.lengthOfYear();
		double presence = (ChronoUnit.DAYS.between(debut, fin) + 1) / (double) joursAnnee;
		double remunerationTp = switch (a.quotite()) {
			case 80 -> 6.0 / 7;
			case 90 -> 32.0 / 35;
			default -> a.quotite() / 100.0;
		};
		double etpr = Math.min(1.0, presence * remunerationTp * a.ratioTnc());
		double traitementPlein = a.indiceMajore() * Referentiels.POINT_ANNUEL;
		long traitement = cents(traitementPlein * etpr);
		Categorie cat = a.categorie() == null ? Categorie.C : a.categorie();
		long primes = cents(traitement / 100.0 * Referentiels.tauxPrimes(t, a.statut(), cat));
		if (a.emploiFonctionnel()) {
			primes += cents(etpr * t.entre(4000, 9000));
		}
		long nbi = 0;
		if (a.statut().estFonctionnaire() && t.chance(a.emploiFonctionnel() ? 0.8 : 0.13)) {
			int points = a.emploiFonctionnel() ? t.parmi(new Integer[] { 25, 35, 50 })
					: t.parmi(new Integer[] { 10, 10, 15, 15, 20, 25, 30 });
			nbi = cents(points * Referentiels.POINT_ANNUEL * etpr);
		}
		long sft = 0;
		int age = annee - a.dateNaissance().getYear();
		if (age >= 27 && age <= 58 && t.chance(0.32)) {
			int enfants = t.indicePondere(35, 45, 20) + 1;
			double mensuel = switch (enfants) {
				case 1 -> 2.29;
				case 2 -> Math.min(111.47, Math.max(73.79, 10.67 + 0.03 * traitementPlein / 12));
				default -> Math.min(281.85, Math.max(183.56, 15.24 + 0.08 * traitementPlein / 12));
			};
			sft = cents(mensuel * 12 * presence);
		}
		long hsMontant = 0;
		long hsNombre = 0; // centièmes d'heure
		double pHs = switch (cat) {
			case C -> a.filiere() == Filiere.TECHNIQUE || a.filiere() == Filiere.ANIMATION
					|| a.filiere() == Filiere.POLICE_MUNICIPALE ? 0.3 : 0.15;
			case B -> 0.06;
			case A -> 0;
		};
		if (a.tempsNonComplet()) {
			pHs = 0.3; // heures complémentaires
		}
		if (t.chance(pHs * presence)) {
			double heures = Math.max(1, Math.round(t.lognormale(25, 0.9) * 2) / 2.0);
			double taux = traitementPlein / 1820 * (a.tempsNonComplet() ? 1.1 : 1.25);
			hsNombre = Math.round(heures * 100);
			hsMontant = cents(heures * taux);
		}
		long etprDixMillemes = Math.max(1, Math.round(etpr * 10_000));
		Long heuresPayees = profil.heuresPayees() ? Math.round(etprDixMillemes * 1820 / 100.0) : null;

		if (!profil.paieMensuelle()) {
			return List
				.of(paie(a, traitement, primes, nbi, sft, hsMontant, hsNombre, etprDixMillemes, heuresPayees, null));
		}
		// une ligne par mois de présence, dont la somme redonne exactement l'annuel
		int m1 = debut.getMonthValue();
		int m2 = fin.getMonthValue();
		int nbMois = m2 - m1 + 1;
		int moisHs = t.entre(m1, m2);
		List<PaieGeneree> lignes = new ArrayList<>(nbMois);
		for (int m = m1; m <= m2; m++) {
			int k = m - m1;
			lignes.add(paie(a, part(traitement, k, nbMois), part(primes, k, nbMois), part(nbi, k, nbMois),
					part(sft, k, nbMois), m == moisHs ? hsMontant : 0, m == moisHs ? hsNombre : 0,
					part(etprDixMillemes, k, nbMois), heuresPayees == null ? null : part(heuresPayees, k, nbMois),
					String.format("%d-%02d", annee, m)));
		}
		return lignes;
	}

	/** k-ième part sur n d'un entier ; la dernière part prend le reste. */
	private static long part(long total, int k, int n) {
		long base = total / n;
		return k == n - 1 ? total - base * (n - 1) : base;
	}

	private static long cents(double euros) {
		return Math.round(euros * 100);
	}

	private static PaieGeneree paie(AgentGenere a, long traitement, long primes, long nbi, long sft, long hsMontant,
			long hsNombre, long etprDixMillemes, @Nullable Long heuresPayeesCentiemes, @Nullable String periode) {
		return new PaieGeneree(a.siret(), a.matricule(), BigDecimal.valueOf(traitement, 2),
				BigDecimal.valueOf(primes, 2), BigDecimal.valueOf(nbi, 2), BigDecimal.valueOf(sft, 2),
				BigDecimal.valueOf(hsMontant, 2), BigDecimal.valueOf(hsNombre, 2),
				BigDecimal.valueOf(etprDixMillemes, 4)
					.stripTrailingZeros()
					.setScale(Math.max(1, BigDecimal.valueOf(etprDixMillemes, 4).stripTrailingZeros().scale()),
							RoundingMode.UNNECESSARY),
				heuresPayeesCentiemes == null ? null : BigDecimal.valueOf(heuresPayeesCentiemes, 2), periode);
	}

}
