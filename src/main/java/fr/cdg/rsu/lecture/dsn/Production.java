package fr.cdg.rsu.lecture.dsn;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import fr.cdg.rsu.domaine.Absence;
import fr.cdg.rsu.domaine.Agent;
import fr.cdg.rsu.domaine.AnneeReference;
import fr.cdg.rsu.domaine.Categorie;
import fr.cdg.rsu.domaine.Collectivite;
import fr.cdg.rsu.domaine.Filiere;
import fr.cdg.rsu.domaine.LignePaie;
import fr.cdg.rsu.domaine.Motif;
import fr.cdg.rsu.domaine.Statut;
import fr.cdg.rsu.domaine.TypeCollectivite;
import fr.cdg.rsu.lecture.LigneLue;
import org.jspecify.annotations.Nullable;

/**
 * Tire d'un état d'employeur les lignes canoniques : l'employeur s'il n'est pas décrit
 * par {@code collectivites.csv}, ses agents, leurs absences et leurs paies (§3 à §6), et
 * les avertissements de ce qui reste inconnu ou estimé.
 */
final class Production {

	private static final BigDecimal DOUZE = BigDecimal.valueOf(12);

	private Production() {
	}

	/** Ce que l'employeur a produit, pour le rapport. */
	static final class Comptes {

		long agents;

		long elus;

		long absences;

		long paies;

		long carences;

		long chainesAccident;

		final Map<String, Long> gradesInconnus = new TreeMap<>();

		final Map<String, Long> statutsHorsListe = new TreeMap<>();

	}

	static List<LigneLue> produire(EtatEmployeur e, Complements complements, Journal journal, Comptes comptes) {
		List<LigneLue> lignes = new ArrayList<>();
		int annee = e.annee;
		LocalDate finAnnee = new AnneeReference(annee).dernierJour();
		EtatAgent premier = e.agents.values().stream().filter(a -> a.agent).findFirst().orElse(null);
		// sans agent (élus seuls, individus tous rejetés), l'employeur n'a rien à
		// calculer : pas de ligne à rejeter
		if (premier != null && !complements.siretsDecrits.contains(e.siret)) {
			String nom = e.emetteur == null || e.emetteur.isBlank() ? "Employeur " + e.siret : e.emetteur.strip();
			lignes.add(new LigneLue.Acceptee(premier.nomFichier, premier.ligne,
					new Collectivite(e.siret, nom, TypeCollectivite.AUTRE, null, null, null)));
			journal.avertir(e.siret, "DSN_EMPLOYEUR_HORS_COLLECTIVITES", "SIRET absent de collectivites.csv : nom "
					+ "pris de l'émetteur de la DSN (« " + nom + " », peut-être un tiers déclarant), type inconnu");
		}
		Set<String> matricules = new HashSet<>();
		for (EtatAgent a : e.agents.values()) {
			if (!a.agent) {
				if (a.elu) {
					comptes.elus++;
				}
				continue;
			}
			String matricule = a.matricule != null ? a.matricule : EtatEmployeur.matriculeCalcule(a.identite);
			if (!matricules.add(matricule)) {
				journal.rejets.add(new fr.cdg.rsu.lecture.Rejet(a.nomFichier, a.ligne, "S21.G00.30.019", matricule,
						"matricule déjà porté par un autre individu de cet employeur (NIR changé ?) : individu écarté",
						e.siret));
				Objects.requireNonNull(journal.fichiers.get(a.nomFichier), a.nomFichier).rejetees++;
				continue;
			}
			Agent agent = agent(e, a, matricule, complements, journal, comptes);
			lignes.add(new LigneLue.Acceptee(a.nomFichier, a.ligne, agent));
			comptes.agents++;
			for (Absence b : absences(e, a, matricule, journal, comptes, finAnnee)) {
				lignes.add(new LigneLue.Acceptee(fichierAbsence(a, b), b.ordre() & ((1L << 40) - 1), b));
				comptes.absences++;
			}
			BigDecimal etpr = a.moisRemuneres.divide(DOUZE, EtatEmployeur.PRECISION)
				.setScale(10, RoundingMode.HALF_EVEN);
			lignes.add(new LigneLue.Acceptee(a.nomFichier, a.ligne, new LignePaie(e.siret, matricule, a.traitement,
					a.primes, a.nbi, a.sft, a.heuresSupMontant, a.heuresSupNombre, etpr, null)));
			comptes.paies++;
		}
		return lignes;
	}

	private static String fichierAbsence(EtatAgent a, Absence b) {
		return a.origineAbsence.getOrDefault(b.ordre(), a.nomFichier);
	}

	private static Agent agent(EtatEmployeur e, EtatAgent a, String matricule, Complements complements, Journal journal,
			Comptes comptes) {
		// un agent (a.agent) a au moins un contrat de l'année, et son sexe et sa
		// naissance ont été validés à la fusion
		Individu.Contrat c = Objects.requireNonNull(a.dernierContrat, "agent sans contrat");
		Statut statut = statut(c, comptes);
		String code = c.grade != null && !c.grade.isBlank() ? c.grade
				: c.gradeAutre != null && !c.gradeAutre.isBlank() ? c.gradeAutre : null;
		Complements.Grade grade = code == null ? null : complements.grades.get(Complements.cleGrade(code));
		Categorie categorie = grade == null ? null : grade.categorie();
		Filiere filiere = grade == null ? null : grade.filiere();
		String cadre = grade == null ? null : grade.cadreEmplois();
		if (grade == null) {
			comptes.gradesInconnus.merge(code == null ? "(aucun)" : code.strip(), 1L, Long::sum);
		}
		boolean fonctionnel = false;
		Complements.Correction corr = complements.correction(e.siret, matricule);
		if (corr != null) {
			complements.corrigees.add(corr);
			statut = corr.statut() != null ? corr.statut() : statut;
			categorie = corr.categorie() != null ? corr.categorie() : categorie;
			filiere = corr.filiere() != null ? corr.filiere() : filiere;
			cadre = corr.cadreEmplois() != null ? corr.cadreEmplois() : cadre;
			fonctionnel = corr.emploiFonctionnel() != null && corr.emploiFonctionnel();
		}
		boolean tempsPartiel = c.estTempsPartiel();
		BigDecimal quotite = Agent.TEMPS_PLEIN;
		if (tempsPartiel) {
			// « 80.00 » se lit 80, pas 8E+1
			quotite = Objects.requireNonNull(c.tauxTempsPartiel).stripTrailingZeros();
			quotite = quotite.scale() < 0 ? quotite.setScale(0) : quotite;
		}
		boolean deDroit = "41".equals(c.modaliteTemps) || "42".equals(c.modaliteTemps);
		return new Agent(e.siret, matricule, Objects.requireNonNull(a.sexe), Objects.requireNonNull(a.naissance),
				statut, categorie, filiere, cadre, fonctionnel, "02".equals(c.uniteTravail), quotite, deDroit, a.entree,
				sortie(e, a, journal));
	}

	/**
	 * §4.1 : le statut d'emploi, et pour un contractuel, le caractère permanent par
	 * heuristique.
	 */
	static Statut statut(Individu.Contrat c, @Nullable Comptes comptes) {
		String s = c.statutEmploi == null ? "" : c.statutEmploi;
		switch (s) {
			case "01":
				return Statut.TITULAIRE;
			case "08":
				return Statut.STAGIAIRE;
			case "02":
				break;
			default:
				if (comptes != null) {
					comptes.statutsHorsListe.merge(s.isEmpty() ? "(aucun)" : s, 1L, Long::sum);
				}
		}
		boolean nonPermanent = "02".equals(c.motifRecours) || "03".equals(c.motifRecours) || "81".equals(c.dispositif)
				|| "41".equals(c.dispositif) || "21".equals(c.dispositif) || "29".equals(c.nature)
				|| "89".equals(c.nature);
		return nonPermanent ? Statut.CONTRACTUEL_NON_PERMANENT : Statut.CONTRACTUEL_PERMANENT;
	}

	/**
	 * La dernière fin de contrat quand tous les contrats de l'année en ont une ; vide si
	 * un contrat reste ouvert.
	 */
	private static @Nullable LocalDate sortie(EtatEmployeur e, EtatAgent a, Journal journal) {
		LocalDate derniere = null;
		for (String numero : a.contratsAnnee) {
			EtatAgent.FinConnue f = a.fins.get(numero);
			if (f != null && f.annulee && f.dateAnnulee != null && !f.dateAnnulee.equals(f.date)) {
				journal.avertir(e.siret, "DSN_FIN_ANNULEE", "contrat " + numero + " : fin du " + f.dateAnnulee
						+ " annulée par un bloc 62 (099) daté du " + f.date);
			}
			if (f == null || f.annulee || f.date == null) {
				return null;
			}
			if (derniere == null || f.date.isAfter(derniere)) {
				derniere = f.date;
			}
		}
		return derniere;
	}

	/**
	 * §5 : arrêts (bloc 60) et suspensions (bloc 65) en périodes d'absence, puis
	 * prolongations et carence.
	 */
	private static List<Absence> absences(EtatEmployeur e, EtatAgent a, String matricule, Journal journal,
			Comptes comptes, LocalDate finAnnee) {
		record Periode(Motif motif, LocalDate debut, @Nullable LocalDate fin, long ordre, String fichier) {
		}
		List<Periode> periodes = new ArrayList<>();
		for (EtatAgent.ArretConnu r : a.arrets.values()) {
			Long annulation = a.annulations.get(r.contrat + "|" + r.dernierJourTravaille);
			if (annulation != null && annulation > r.cle) {
				continue;
			}
			if (r.seulementJanvierSuivant && !a.contratsAnnee.contains(r.contrat)) {
				continue;
			}
			Motif motif = motifArret(r.motif, r.statutEmploi);
			if (motif == null) {
				continue;
			}
			LocalDate debut = r.dernierJourTravaille.plusDays(1);
			LocalDate fin = r.reprise != null ? r.reprise.minusDays(1) : r.finPrevisionnelle;
			if (fin == null) {
				rejeter(journal, r.fichier, r.ligne, "S21.G00.60.003", "",
						"arrêt sans date de fin prévisionnelle ni " + "date de reprise : arrêt écarté", e.siret);
				continue;
			}
			if (fin.isBefore(debut)) {
				rejeter(journal, r.fichier, r.ligne, "S21.G00.60.010", String.valueOf(r.reprise),
						"reprise le lendemain du dernier jour travaillé : aucun jour d'arrêt, arrêt écarté", e.siret);
				continue;
			}
			periodes.add(new Periode(motif, debut, fin, r.ordre, r.fichier));
		}
		for (EtatAgent.SuspensionConnue s : a.suspensions.values()) {
			Long annulation = a.annulationsSuspensions.get(s.contrat + "|" + s.debut);
			if (annulation != null && annulation > s.cle) {
				continue;
			}
			if (s.seulementJanvierSuivant && !a.contratsAnnee.contains(s.contrat)) {
				continue;
			}
			Motif motif = switch (s.code) {
				case "676" -> Motif.DOS;
				case "636", "637" -> Motif.AUTRE;
				default -> null;
			};
			if (motif == null) {
				continue;
			}
			if (s.fin != null && s.fin.isBefore(s.debut)) {
				rejeter(journal, s.fichier, s.ligne, "S21.G00.65.003", String.valueOf(s.fin),
						"fin de suspension avant son début : suspension écartée", e.siret);
				continue;
			}
			periodes.add(new Periode(motif, s.debut, s.fin, s.ordre, s.fichier));
		}
		periodes
			.sort(Comparator.comparing(Periode::motif).thenComparing(Periode::debut).thenComparingLong(Periode::ordre));
		Set<String> fins = new HashSet<>();
		for (Periode p : periodes) {
			if (p.fin() != null) {
				fins.add(p.motif() + "|" + p.fin());
			}
		}
		List<Absence> absences = new ArrayList<>();
		for (Periode p : periodes) {
			boolean renouvellementSepare = p.motif() == Motif.CLM || p.motif() == Motif.CLD || p.motif() == Motif.CGM;
			boolean prolongation = !renouvellementSepare && fins.contains(p.motif() + "|" + p.debut().minusDays(1));
			int carence = 0;
			if (p.motif() == Motif.MO && !prolongation && p.debut().getYear() == e.annee) {
				carence = 1;
				comptes.carences++;
			}
			if ((p.motif() == Motif.AT_SERVICE || p.motif() == Motif.AT_TRAJET || p.motif() == Motif.MP)
					&& !prolongation) {
				comptes.chainesAccident++;
			}
			a.origineAbsence.put(p.ordre(), p.fichier());
			absences.add(new Absence(e.siret, matricule, p.motif(), p.debut(), p.fin(), prolongation, carence, null,
					p.ordre()));
		}
		return absences;
	}

	private static void rejeter(Journal journal, String fichier, long ligne, String rubrique, String valeur,
			String motif, String siret) {
		journal.rejets.add(new fr.cdg.rsu.lecture.Rejet(fichier, ligne, rubrique, valeur, motif, siret));
		Journal.BilanFichier b = journal.fichiers.get(fichier);
		if (b != null) {
			b.rejetees++;
		}
	}

	/**
	 * §5.1 : le motif d'arrêt de la DSN en motif canonique, ou {@code null} quand ce
	 * n'est pas une absence.
	 */
	static @Nullable Motif motifArret(String code, @Nullable String statutEmploi) {
		return switch (code) {
			case "01" -> Motif.MO;
			case "13" -> "01".equals(statutEmploi) || "08".equals(statutEmploi) ? Motif.CLM : Motif.CGM;
			case "12" -> Motif.CLD;
			case "06", "14" -> Motif.AT_SERVICE;
			case "04" -> Motif.AT_TRAJET;
			case "05", "10" -> Motif.MP;
			case "02" -> Motif.MATERNITE;
			case "03" -> Motif.PATERNITE;
			case "09" -> Motif.ADOPTION;
			case "07", "11", "19" -> Motif.AUTRE;
			default -> null;
		};
	}

}
