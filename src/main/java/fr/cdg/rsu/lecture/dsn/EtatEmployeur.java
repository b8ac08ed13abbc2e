package fr.cdg.rsu.lecture.dsn;

import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import fr.cdg.rsu.domaine.AnneeReference;
import fr.cdg.rsu.domaine.Sexe;
import org.jspecify.annotations.Nullable;

/**
 * L'état de fusion d'un employeur (un SIRET) : ses individus et ce que chaque déclaration
 * gardée y verse. La mémoire tenue est celle-ci, par agent, jamais celle des fichiers.
 */
final class EtatEmployeur {

	/**
	 * Valeur du point d'indice majoré, par mois, depuis le 1er juillet 2023 (§6, repli de
	 * la NBI).
	 */
	static final BigDecimal VALEUR_POINT_MENSUELLE = new BigDecimal("4.92278");

	static final MathContext PRECISION = MathContext.DECIMAL128;

	private static final BigDecimal SIX_SEPTIEMES = BigDecimal.valueOf(6).divide(BigDecimal.valueOf(7), PRECISION);

	private static final BigDecimal TRENTE_DEUX_TRENTE_CINQUIEMES = BigDecimal.valueOf(32)
		.divide(BigDecimal.valueOf(35), PRECISION);

	private static final BigDecimal CENT = BigDecimal.valueOf(100);

	final String siret;

	final int annee;

	@Nullable String emetteur;

	long cleEmetteur = -1;

	/** Mois de l'année présents (1-12). */
	final Set<Integer> mois = new TreeSet<>();

	boolean janvierSuivantUtilise;

	long individus;

	long individusRejetes;

	final Map<String, EtatAgent> agents = new LinkedHashMap<>();

	/** Codes rencontrés, pour le rapport : bloc 65, motifs d'arrêt réservés. */
	final Map<String, Long> codesSuspension = new TreeMap<>();

	final Map<String, Long> motifsReserves = new TreeMap<>();

	/** Mois-agents dont les primes, la NBI ont été estimées. */
	long primesEstimees;

	long nbiEstimees;

	/**
	 * Les fichiers d'où vient l'employeur, pour le message d'un SIRET aussi lu en CSV.
	 */
	final Set<String> fichiers = new HashSet<>();

	EtatEmployeur(String siret, int annee) {
		this.siret = siret;
		this.annee = annee;
	}

	/** Verse une occurrence d'individu, déjà validée, d'une déclaration gardée. */
	void verser(Individu ind, String identite, Sexe sexe, LocalDate naissance, Declaration d, String nomFichier,
			int rangFichier) {
		EtatAgent a = agents.computeIfAbsent(identite, EtatAgent::new);
		long base = (long) d.rang << 32;
		long cleIndividu = base | ind.ligne;
		boolean annee = !d.janvierSuivant;
		LocalDate finAnnee = new AnneeReference(this.annee).dernierJour();
		LocalDate debutMois = d.mois().withDayOfMonth(1);
		LocalDate finMois = debutMois.withDayOfMonth(debutMois.lengthOfMonth());

		Set<String> mandats = new HashSet<>();
		for (Individu.Contrat c : ind.contrats) {
			if (c.estMandatElu()) {
				mandats.add(c.numeroOuVide());
				if (annee) {
					a.elu = true;
				}
			}
		}
		if (annee && cleIndividu > a.cleIdentite) {
			a.cleIdentite = cleIndividu;
			a.matricule = ind.matricule == null || ind.matricule.isBlank() ? null : ind.matricule.strip();
			a.sexe = sexe;
			a.naissance = naissance;
			a.fichier = rangFichier;
			a.nomFichier = nomFichier;
			a.ligne = ind.ligne;
		}
		BigDecimal facteurMois = BigDecimal.ZERO;
		BigDecimal nbiPoints = BigDecimal.ZERO;
		for (Individu.Contrat c : ind.contrats) {
			if (c.estMandatElu()) {
				continue;
			}
			String numero = c.numeroOuVide();
			long cle = base | c.ligne;
			if (annee) {
				a.agent = true;
				a.contratsAnnee.add(numero);
				if (cle > a.cleContrat) {
					a.cleContrat = cle;
					a.dernierContrat = c;
				}
				if (c.debut != null && (a.entree == null || c.debut.isBefore(a.entree))) {
					a.entree = c.debut;
				}
			}
			LocalDate finDansLeMois = null;
			for (Individu.Fin f : c.fins) {
				if (f.date == null || (!annee && f.date.isAfter(finAnnee))) {
					continue;
				}
				long cleFin = base | f.ligne;
				EtatAgent.FinConnue connue = a.fins.computeIfAbsent(numero, k -> new EtatAgent.FinConnue());
				if (cleFin > connue.cle) {
					boolean annulation = "099".equals(f.motif);
					if (annulation && !connue.annulee && connue.date != null) {
						connue.dateAnnulee = connue.date;
					}
					connue.cle = cleFin;
					connue.annulee = annulation;
					connue.date = f.date;
				}
				if (!"099".equals(f.motif)) {
					finDansLeMois = f.date;
				}
			}
			for (Individu.Arret r : c.arrets) {
				verserArret(a, r, c, numero, base, d, nomFichier, rangFichier, finAnnee);
			}
			for (Individu.Suspension s : c.suspensions) {
				verserSuspension(a, s, numero, base, d, nomFichier, rangFichier, finAnnee);
			}
			if (annee) {
				BigDecimal f = fraction(c, finDansLeMois, debutMois, finMois);
				facteurMois = facteurMois.add(f, PRECISION);
				if (c.pointsNbi != null && c.pointsNbi.signum() > 0) {
					nbiPoints = nbiPoints.add(c.pointsNbi.multiply(VALEUR_POINT_MENSUELLE).multiply(f, PRECISION),
							PRECISION);
				}
			}
		}
		if (annee) {
			a.moisRemuneres = a.moisRemuneres.add(facteurMois, PRECISION);
		}
		verserPaie(a, ind, mandats, d, annee, nbiPoints);
	}

	private void verserArret(EtatAgent a, Individu.Arret r, Individu.Contrat c, String numero, long base, Declaration d,
			String nomFichier, int rangFichier, LocalDate finAnnee) {
		if (r.motif == null || r.dernierJourTravaille == null) {
			return;
		}
		if (d.janvierSuivant && r.dernierJourTravaille.plusDays(1).isAfter(finAnnee)) {
			return;
		}
		long cle = base | r.ligne;
		String motif = r.motif.strip();
		if (motif.equals("99")) {
			a.annulations.merge(numero + "|" + r.dernierJourTravaille, cle, Math::max);
			return;
		}
		if (motif.compareTo("20") >= 0 && motif.compareTo("24") <= 0 && motif.length() == 2) {
			motifsReserves.merge(motif, 1L, Long::sum);
		}
		String cleArret = numero + "|" + r.dernierJourTravaille + "|" + motif;
		EtatAgent.ArretConnu connu = a.arrets.get(cleArret);
		if (connu == null) {
			connu = new EtatAgent.ArretConnu();
			connu.cle = -1;
			connu.seulementJanvierSuivant = true;
			a.arrets.put(cleArret, connu);
		}
		if (!d.janvierSuivant) {
			connu.seulementJanvierSuivant = false;
		}
		if (cle > connu.cle) {
			connu.cle = cle;
			connu.contrat = numero;
			connu.motif = motif;
			connu.dernierJourTravaille = r.dernierJourTravaille;
			connu.finPrevisionnelle = r.finPrevisionnelle;
			connu.reprise = r.reprise;
			connu.statutEmploi = c.statutEmploi;
			connu.fichier = nomFichier;
			connu.ligne = r.ligne;
			connu.ordre = ((long) rangFichier << 40) | r.ligne;
		}
	}

	private void verserSuspension(EtatAgent a, Individu.Suspension s, String numero, long base, Declaration d,
			String nomFichier, int rangFichier, LocalDate finAnnee) {
		if (s.code == null || s.debut == null) {
			return;
		}
		if (d.janvierSuivant && s.debut.isAfter(finAnnee)) {
			return;
		}
		long cle = base | s.ligne;
		String code = s.code.strip();
		if (!d.janvierSuivant) {
			codesSuspension.merge(code, 1L, Long::sum);
		}
		if (code.equals("998")) {
			a.annulationsSuspensions.merge(numero + "|" + s.debut, cle, Math::max);
			return;
		}
		String cleSuspension = numero + "|" + code + "|" + s.debut;
		EtatAgent.SuspensionConnue connue = a.suspensions.get(cleSuspension);
		if (connue == null) {
			connue = new EtatAgent.SuspensionConnue();
			connue.cle = -1;
			connue.seulementJanvierSuivant = true;
			a.suspensions.put(cleSuspension, connue);
		}
		if (!d.janvierSuivant) {
			connue.seulementJanvierSuivant = false;
		}
		if (cle > connue.cle) {
			connue.cle = cle;
			connue.contrat = numero;
			connue.code = code;
			connue.debut = s.debut;
			connue.fin = s.fin;
			connue.fichier = nomFichier;
			connue.ligne = s.ligne;
			connue.ordre = ((long) rangFichier << 40) | s.ligne;
		}
	}

	/**
	 * Fraction du mois rémunérée par un contrat : (40.013 / 40.012) × part payée du temps
	 * partiel × jours du mois entre le début du contrat et sa fin / jours du mois (§6).
	 */
	static BigDecimal fraction(Individu.Contrat c, @Nullable LocalDate fin, LocalDate debutMois, LocalDate finMois) {
		LocalDate debut = c.debut == null || c.debut.isBefore(debutMois) ? debutMois : c.debut;
		LocalDate dernier = fin == null || fin.isAfter(finMois) ? finMois : fin;
		if (dernier.isBefore(debut)) {
			return BigDecimal.ZERO;
		}
		long jours = ChronoUnit.DAYS.between(debut, dernier) + 1;
		BigDecimal quotite = BigDecimal.ONE;
		if (c.quotiteContrat != null && c.quotiteReference != null && c.quotiteReference.signum() > 0) {
			quotite = c.quotiteContrat.divide(c.quotiteReference, PRECISION);
		}
		BigDecimal part = BigDecimal.ONE;
		if (c.estTempsPartiel()) {
			BigDecimal tauxLu = java.util.Objects.requireNonNull(c.tauxTempsPartiel); // estTempsPartiel
																						// l'exige
			int taux = tauxLu.compareTo(BigDecimal.valueOf(80)) == 0 ? 80
					: tauxLu.compareTo(BigDecimal.valueOf(90)) == 0 ? 90 : -1;
			part = taux == 80 ? SIX_SEPTIEMES
					: taux == 90 ? TRENTE_DEUX_TRENTE_CINQUIEMES : c.tauxTempsPartiel.divide(CENT, PRECISION);
		}
		return quotite.multiply(part, PRECISION)
			.multiply(BigDecimal.valueOf(jours), PRECISION)
			.divide(BigDecimal.valueOf(finMois.getDayOfMonth()), PRECISION);
	}

	/**
	 * Les éléments de paie d'un mois-agent (§6) : seuls ceux dont la période est dans
	 * l'année comptent.
	 */
	private void verserPaie(EtatAgent a, Individu ind, Set<String> mandats, Declaration d, boolean annee,
			BigDecimal nbiPoints) {
		BigDecimal brut = BigDecimal.ZERO;
		BigDecimal base = BigDecimal.ZERO;
		BigDecimal hs = BigDecimal.ZERO;
		boolean brutVu = false;
		boolean bloc52 = false;
		boolean nbiDeclaree = false;
		BigDecimal nbiMois = BigDecimal.ZERO;
		for (Individu.Versement v : ind.versements) {
			for (Individu.Remuneration r : v.remunerations) {
				if (r.montant == null || r.type == null || mandats.contains(contrat(r.contrat))
						|| !dansAnnee(r.debutPeriode, d)) {
					continue;
				}
				switch (r.type.strip()) {
					case "001" -> {
						brut = brut.add(r.montant);
						brutVu = true;
					}
					case "010" -> {
						a.traitement = a.traitement.add(r.montant);
						base = base.add(r.montant);
					}
					case "017", "018" -> {
						a.heuresSupMontant = a.heuresSupMontant.add(r.montant);
						hs = hs.add(r.montant);
						if (r.nombreHeures != null) {
							a.heuresSupNombre = a.heuresSupNombre.add(r.nombreHeures);
						}
					}
					default -> {
						// les autres types (002 brut chômage, 003 brut plafonné...) ne
						// servent pas au RSU
					}
				}
			}
			for (Individu.Prime p : v.primes) {
				if (mandats.contains(contrat(p.contrat))) {
					continue;
				}
				bloc52 = true;
				if (p.montant == null || p.type == null || !dansAnnee(p.debutRattachement, d)) {
					continue;
				}
				if (p.type.strip().equals("049")) {
					a.sft = a.sft.add(p.montant);
				}
				else {
					a.primes = a.primes.add(p.montant);
				}
			}
			for (Individu.Base b : v.bases) {
				for (Individu.Cotisation c : b.cotisations) {
					if ("304".equals(c.code)) {
						nbiDeclaree = true;
						if (c.montant != null && dansAnnee(b.debutPeriode, d)) {
							nbiMois = nbiMois.add(c.montant);
						}
					}
				}
			}
		}
		if (!nbiDeclaree && annee && nbiPoints.signum() > 0) {
			nbiMois = nbiPoints.setScale(2, java.math.RoundingMode.HALF_EVEN);
			nbiEstimees++;
		}
		a.nbi = a.nbi.add(nbiMois);
		if (!bloc52 && brutVu) {
			a.primes = a.primes.add(brut.subtract(base).subtract(hs).subtract(nbiMois));
			primesEstimees++;
		}
	}

	private static String contrat(@Nullable String numero) {
		return numero == null ? "\u0000" : numero.strip();
	}

	/**
	 * La période d'un élément est dans l'année ; sans date, celle du mois principal de sa
	 * déclaration.
	 */
	private boolean dansAnnee(@Nullable LocalDate periode, Declaration d) {
		LocalDate p = periode != null ? periode : d.mois();
		return p.getYear() == annee;
	}

	/**
	 * {@code N} + 12 chiffres hexadécimaux du SHA-256 de l'identité : stable d'un mois et
	 * d'une campagne à l'autre.
	 */
	static String matriculeCalcule(String identite) {
		try {
			byte[] h = MessageDigest.getInstance("SHA-256").digest(identite.getBytes(StandardCharsets.US_ASCII));
			return "N" + HexFormat.of().formatHex(h).substring(0, 12).toUpperCase(Locale.ROOT);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Pour les comptes du rapport. */
	Map<String, Long> compter() {
		Map<String, Long> c = new HashMap<>();
		long agentsRetenus = agents.values().stream().filter(x -> x.agent).count();
		c.put("agents", agentsRetenus);
		c.put("elus_ecartes", agents.values().stream().filter(x -> !x.agent && x.elu).count());
		return c;
	}

}
