package fr.cdg.rsu.generateur;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import fr.cdg.rsu.domaine.Motif;
import fr.cdg.rsu.domaine.Sexe;
import fr.cdg.rsu.domaine.Statut;
import org.jspecify.annotations.Nullable;

/**
 * Écrit les employeurs générés en DSN mensuelles (norme NEODeS, P25V01) : pour chaque
 * employeur, un sous-dossier avec ses douze déclarations de l'année et celle de janvier
 * suivant, et à la racine les compléments que la lecture DSN attend
 * ({@code collectivites.csv}, {@code grades.csv}, {@code agents.csv} pour les emplois
 * fonctionnels).
 *
 * <p>
 * Les mêmes employeurs écrits en CSV et en DSN doivent donner les mêmes indicateurs, hors
 * estimations documentées : les arrêts sont redéclarés chaque mois qu'ils touchent, une
 * prolongation allonge la date de fin prévisionnelle de l'arrêt (prolongation « native
 * »), la reprise est déclarée le mois qui suit la fin, la paie annuelle est répartie sur
 * les mois de présence. Avec le scénario, le premier employeur porte en plus ce que la
 * lecture doit savoir défaire sans rien changer aux données : un mois annulé et remplacé
 * (l'original faux), un arrêt déclaré puis annulé (motif 99), un rappel de décembre payé
 * en janvier suivant ; et un grade absent de {@code grades.csv} (écart documenté :
 * l'agent perd sa catégorie).
 */
public final class EcrivainDsn implements Ecrivain {

	/** Le grade du scénario que {@code grades.csv} ne connaît pas. */
	public static final String GRADE_INCONNU = "G9999";

	private static final String HEURES_REFERENCE = "151.67";

	private final Path dossier;

	private final int annee;

	private final boolean scenario;

	private final CsvWriter collectivites;

	private final CsvWriter complementAgents;

	private final Dialecte dialecte = Dialecte.canonique(false);

	/**
	 * Code de grade de chaque (catégorie, filière, cadre d'emplois), dans l'ordre
	 * d'apparition.
	 */
	private final Map<String, String[]> grades = new LinkedHashMap<>();

	private int employeurs;

	private long lignes;

	private long fichiers;

	public EcrivainDsn(Path dossier, int annee, boolean scenario) throws IOException {
		this.dossier = dossier;
		this.annee = annee;
		this.scenario = scenario;
		Files.createDirectories(dossier);
		collectivites = csv(dossier.resolve("collectivites.csv"));
		collectivites.writeRecord(dialecte.entete(Nature.COLLECTIVITES).toArray(String[]::new));
		complementAgents = csv(dossier.resolve("agents.csv"));
		complementAgents.writeRecord("siret", "matricule", "emploi_fonctionnel");
	}

	private static CsvWriter csv(Path f) throws IOException {
		Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(f), StandardCharsets.UTF_8));
		return CsvWriter.builder().fieldSeparator(';').lineDelimiter(LineDelimiter.LF).build(w);
	}

	@Override
	public void ecrire(Nature nature, Object[] ligne) {
		throw new UnsupportedOperationException("la DSN s'écrit par employeur : ecrire(LotEmployeur)");
	}

	/** Lignes DSN et fichiers écrits. */
	public long lignes() {
		return lignes;
	}

	public long fichiers() {
		return fichiers;
	}

	@Override
	public void ecrire(LotEmployeur lot) throws IOException {
		boolean premier = employeurs++ == 0;
		boolean scenarioIci = scenario && premier;
		// un employeur sur trois intègre ses primes au brut sans bloc 52 (la norme le
		// permet) : lecture par estimation
		boolean primesGlobalisees = employeurs % 3 == 0;
		CollectiviteGeneree c = lot.collectivite();
		collectivites.writeRecord(dialecte.formater(Nature.COLLECTIVITES, Lignes.ligne(c)));
		Map<String, List<AbsenceGeneree>> absences = new HashMap<>();
		for (AbsenceGeneree a : lot.absences()) {
			absences.computeIfAbsent(a.matricule(), k -> new ArrayList<>()).add(a);
		}
		Map<String, List<PaieGeneree>> paies = new HashMap<>();
		for (PaieGeneree p : lot.paies()) {
			paies.computeIfAbsent(p.matricule(), k -> new ArrayList<>()).add(p);
		}
		List<AgentDsn> agents = new ArrayList<>();
		int rang = 0;
		for (AgentGenere a : lot.agents()) {
			AgentDsn d = new AgentDsn(a, rang++, annee);
			d.chaines = chaines(absences.getOrDefault(a.matricule(), List.of()));
			d.repartirPaie(paies.getOrDefault(a.matricule(), List.of()));
			d.grade = a.categorie() == null ? null : grade(a);
			if (a.emploiFonctionnel()) {
				complementAgents.writeRecord(a.siret(), a.matricule(), "O");
			}
			agents.add(d);
		}
		Scenario s = scenarioIci ? Scenario.preparer(agents, annee) : null;
		Path sousDossier = dossier.resolve(c.siret());
		Files.createDirectories(sousDossier);
		for (int m = 1; m <= 13; m++) {
			LocalDate mois = LocalDate.of(annee, 1, 1).plusMonths(m - 1);
			String nom = "DSN_" + c.siret() + "_" + mois.getYear() + String.format("%02d", mois.getMonthValue());
			boolean remplace = s != null && m == 3;
			if (remplace) {
				// l'original de mars, faux (traitement majoré), puis son « annule et
				// remplace »
				declaration(sousDossier.resolve(nom + ".dsn"), c, agents, mois, primesGlobalisees, null, s, true);
				declaration(sousDossier.resolve(nom + "_AR.dsn"), c, agents, mois, primesGlobalisees,
						identifiant(mois, 1), s, false);
			}
			else {
				declaration(sousDossier.resolve(nom + ".dsn"), c, agents, mois, primesGlobalisees, null, s, false);
			}
		}
	}

	private String grade(AgentGenere a) {
		String cle = a.categorie() + "|" + a.filiere() + "|" + a.cadreEmplois();
		return grades.computeIfAbsent(cle, k -> new String[] { String.format("G%04d", grades.size() + 1),
				a.categorie().name(), a.filiere().code(), a.cadreEmplois() == null ? "" : a.cadreEmplois() })[0];
	}

	/**
	 * {@code .007} (constitution le 5 du mois suivant) + {@code .004} (numéro d'ordre).
	 */
	private static String identifiant(LocalDate mois, int ordre) {
		return date(mois.plusMonths(1).withDayOfMonth(5)) + ordre;
	}

	/**
	 * Une période d'arrêt ou de suspension telle que la DSN la déclare : une chaîne et
	 * ses prolongations.
	 */
	static final class Chaine {

		final Motif motif;

		final LocalDate debut;

		/**
		 * Fin de chaque période de la chaîne (la dernière peut être nulle : période
		 * ouverte).
		 */
		final List<@Nullable LocalDate> fins = new ArrayList<>();

		final List<LocalDate> debuts = new ArrayList<>();

		Chaine(AbsenceGeneree a) {
			this.motif = a.motif();
			this.debut = a.dateDebut();
			debuts.add(a.dateDebut());
			fins.add(a.dateFin());
		}

		@Nullable LocalDate fin() {
			return fins.get(fins.size() - 1);
		}

		/** La fin connue à la fin du mois : celle de la dernière période commencée. */
		@Nullable LocalDate finConnueLe(LocalDate jour) {
			LocalDate f = fins.get(0);
			for (int i = 0; i < debuts.size(); i++) {
				if (!debuts.get(i).isAfter(jour)) {
					f = fins.get(i);
				}
			}
			return f;
		}

	}

	/**
	 * Les périodes d'un agent en chaînes : une prolongation accolée à la période
	 * précédente du même motif l'allonge ; toute autre période commence une nouvelle
	 * chaîne (un nouvel arrêt, avec son propre DJT).
	 */
	static List<Chaine> chaines(List<AbsenceGeneree> periodes) {
		List<AbsenceGeneree> triees = new ArrayList<>(periodes);
		triees.sort(java.util.Comparator.comparing(AbsenceGeneree::dateDebut));
		List<Chaine> chaines = new ArrayList<>();
		Map<Motif, Chaine> derniere = new HashMap<>();
		for (AbsenceGeneree a : triees) {
			if (a.motif() == Motif.FORMATION || a.motif() == Motif.SYNDICAL) {
				continue;
			}
			Chaine c = derniere.get(a.motif());
			if (a.prolongation() && c != null && c.fin() != null && c.fin().plusDays(1).equals(a.dateDebut())) {
				c.debuts.add(a.dateDebut());
				c.fins.add(a.dateFin());
				continue;
			}
			c = new Chaine(a);
			chaines.add(c);
			derniere.put(a.motif(), c);
		}
		return chaines;
	}

	/** Ce que la DSN dit d'un agent, préparé une fois pour les treize mois. */
	static final class AgentDsn {

		final AgentGenere a;

		final String nir;

		final LocalDate entree;

		List<Chaine> chaines = List.of();

		@Nullable String grade;

		/**
		 * Paie de chaque mois de l'année (index 1-12), en centimes : traitement, primes,
		 * nbi, sft, hs, heures.
		 */
		final long[][] paie = new long[13][6];

		final int annee;

		AgentDsn(AgentGenere a, int rang, int annee) {
			this.a = a;
			this.annee = annee;
			LocalDate n = a.dateNaissance();
			this.nir = (a.sexe() == Sexe.H ? "1" : "2")
					+ String.format("%02d%02d%08d", n.getYear() % 100, n.getMonthValue(), rang + 1);
			this.entree = a.dateEntree() != null ? a.dateEntree() : LocalDate.of(annee - 10, 1, 1);
		}

		boolean presentEn(LocalDate mois) {
			LocalDate fin = mois.withDayOfMonth(mois.lengthOfMonth());
			return !entree.isAfter(fin) && (a.dateSortie() == null || !a.dateSortie().isBefore(mois));
		}

		/**
		 * Une ligne annuelle se répartit sur les mois de présence ; le dernier mois prend
		 * le reste.
		 */
		void repartirPaie(List<PaieGeneree> lignes) {
			List<Integer> mois = new ArrayList<>();
			for (int m = 1; m <= 12; m++) {
				if (presentEn(LocalDate.of(annee, m, 1))) {
					mois.add(m);
				}
			}
			for (PaieGeneree p : lignes) {
				long[] montants = { cents(p.traitementBrut()), cents(p.primes()), cents(p.nbi()), cents(p.sft()),
						cents(p.heuresSupMontant()), cents(p.heuresSupNombre()) };
				if (p.periode() != null) {
					int m = Integer.parseInt(p.periode().substring(5, 7));
					for (int k = 0; k < 6; k++) {
						paie[m][k] += montants[k];
					}
					continue;
				}
				List<Integer> cibles = mois.isEmpty() ? List.of(12) : mois;
				for (int k = 0; k < 6; k++) {
					long base = montants[k] / cibles.size();
					for (int i = 0; i < cibles.size(); i++) {
						paie[cibles.get(i)][k] += i == cibles.size() - 1 ? montants[k] - base * (cibles.size() - 1)
								: base;
					}
				}
			}
		}

	}

	private static long cents(BigDecimal v) {
		return v.movePointRight(2).longValueExact();
	}

	private static String montant(long cents) {
		return BigDecimal.valueOf(cents, 2).toPlainString();
	}

	/** Ce que le scénario ajoute au premier employeur, décidé une fois. */
	record Scenario(@Nullable AgentDsn faux, @Nullable AgentDsn annule, LocalDate djtAnnule, @Nullable AgentDsn rappel,
			long rappelCents, @Nullable AgentDsn gradeInconnu) {

		static Scenario preparer(List<AgentDsn> agents, int annee) {
			LocalDate mars = LocalDate.of(annee, 3, 1);
			LocalDate avril = LocalDate.of(annee, 4, 1);
			AgentDsn faux = agents.stream().filter(x -> x.presentEn(mars)).findFirst().orElse(null);
			LocalDate djt = LocalDate.of(annee, 3, 14);
			AgentDsn annule = agents.stream()
				.filter(x -> x.presentEn(mars) && x.presentEn(avril))
				.filter(x -> x.chaines.stream().noneMatch(c -> c.debut.minusDays(1).equals(djt)))
				.findFirst()
				.orElse(null);
			AgentDsn rappel = agents.stream()
				.filter(x -> x.presentEn(LocalDate.of(annee, 12, 1)) && x.presentEn(LocalDate.of(annee + 1, 1, 1))
						&& x.paie[12][0] >= 10_000)
				.findFirst()
				.orElse(null);
			AgentDsn inconnu = agents.stream().filter(x -> x.grade != null).findFirst().orElse(null);
			if (inconnu != null) {
				inconnu.grade = GRADE_INCONNU;
			}
			return new Scenario(faux, annule, djt, rappel, rappel == null ? 0 : rappel.paie[12][0] / 10, inconnu);
		}

	}

	/**
	 * Une déclaration mensuelle dans son fichier.
	 * @param cible identifiant de la déclaration remplacée, ou {@code null} pour une
	 * déclaration normale
	 * @param fausse l'original faux d'un mois remplacé
	 */
	private void declaration(Path fichier, CollectiviteGeneree c, List<AgentDsn> agents, LocalDate mois,
			boolean primesGlobalisees, @Nullable String cible, @Nullable Scenario s, boolean fausse)
			throws IOException {
		boolean suivant = mois.getYear() != annee;
		String siren = c.siret().substring(0, 9);
		String nic = c.siret().substring(9);
		LocalDate finMois = mois.withDayOfMonth(mois.lengthOfMonth());
		try (FichierDsn l = new FichierDsn(fichier)) {
			l.r("S10.G00.00.001", "RSU-SYNTHESES GENERATEUR");
			l.r("S10.G00.00.002", "CDG");
			l.r("S10.G00.00.003", "1");
			l.r("S10.G00.00.005", "02");
			l.r("S10.G00.00.006", "P25V01");
			l.r("S10.G00.00.008", "01");
			l.r("S10.G00.01.001", siren);
			l.r("S10.G00.01.002", nic);
			l.r("S10.G00.01.003", latin(c.nom()).toUpperCase(Locale.ROOT));
			l.r("S20.G00.05.001", "01");
			l.r("S20.G00.05.002", cible == null ? "01" : "03");
			l.r("S20.G00.05.003", "11");
			l.r("S20.G00.05.004", cible == null ? "1" : "2");
			l.r("S20.G00.05.005", date(mois));
			if (cible != null) {
				l.r("S20.G00.05.006", cible);
			}
			l.r("S20.G00.05.007", date(mois.plusMonths(1).withDayOfMonth(cible == null ? 5 : 6)));
			l.r("S21.G00.06.001", siren);
			l.r("S21.G00.11.001", nic);
			for (AgentDsn d : agents) {
				if (d.presentEn(mois)) {
					individu(l, d, mois, finMois, suivant, primesGlobalisees, s, fausse);
				}
			}
			l.r("S90.G00.90.001", String.valueOf(l.n + 2));
			l.r("S90.G00.90.002", "1");
			lignes += l.n;
			fichiers++;
		}
	}

	private void individu(FichierDsn l, AgentDsn d, LocalDate mois, LocalDate finMois, boolean suivant,
			boolean primesGlobalisees, @Nullable Scenario s, boolean fausse) throws IOException {
		AgentGenere a = d.a;
		l.r("S21.G00.30.001", d.nir);
		l.r("S21.G00.30.002", a.matricule().toUpperCase(Locale.ROOT));
		l.r("S21.G00.30.005", a.sexe() == Sexe.H ? "01" : "02");
		l.r("S21.G00.30.006", date(a.dateNaissance()));
		l.r("S21.G00.30.019", a.matricule());
		l.r("S21.G00.40.001", date(d.entree));
		if (d.grade != null) {
			l.r("S21.G00.40.005", d.grade);
		}
		l.r("S21.G00.40.007", a.statut().estFonctionnaire() ? "50" : "10");
		l.r("S21.G00.40.009", "00001");
		l.r("S21.G00.40.012", HEURES_REFERENCE);
		l.r("S21.G00.40.013",
				new BigDecimal(HEURES_REFERENCE).multiply(BigDecimal.valueOf(a.ratioTnc()))
					.setScale(2, java.math.RoundingMode.HALF_EVEN)
					.toPlainString());
		boolean tempsPartiel = a.quotite() < 100;
		l.r("S21.G00.40.014", !tempsPartiel ? "10" : Boolean.TRUE.equals(a.tempsPartielDeDroit()) ? "41" : "20");
		if (a.statut() == Statut.CONTRACTUEL_NON_PERMANENT) {
			l.r("S21.G00.40.021", "02");
		}
		l.r("S21.G00.40.026", switch (a.statut()) {
			case TITULAIRE -> "01";
			case STAGIAIRE -> "08";
			case CONTRACTUEL_PERMANENT, CONTRACTUEL_NON_PERMANENT -> "02";
		});
		l.r("S21.G00.40.053", a.tempsNonComplet() ? "02" : "01");
		if (tempsPartiel) {
			l.r("S21.G00.40.055", String.valueOf(a.quotite()));
		}
		LocalDate finAnnee = LocalDate.of(annee, 12, 31);
		for (Chaine ch : d.chaines) {
			LocalDate fin = ch.fin();
			boolean touche = !ch.debut.isAfter(finMois) && (fin == null || !fin.isBefore(mois));
			// la reprise se déclare aussi le mois qui suit la fin de l'arrêt
			boolean repriseDuMoisPasse = fin != null && fin.withDayOfMonth(1).equals(mois.minusMonths(1));
			if (!touche && !repriseDuMoisPasse || suivant && ch.debut.isAfter(finAnnee)) {
				continue;
			}
			arret(l, ch, a, finMois);
		}
		if (s != null && d == s.annule() && !suivant) {
			if (mois.getMonthValue() == 3) {
				// arrêt déclaré à tort en mars...
				l.r("S21.G00.60.001", "01");
				l.r("S21.G00.60.002", date(s.djtAnnule()));
				l.r("S21.G00.60.003", date(s.djtAnnule().plusDays(3)));
			}
			else if (mois.getMonthValue() == 4) {
				// ... et annulé en avril
				l.r("S21.G00.60.001", "99");
				l.r("S21.G00.60.002", date(s.djtAnnule()));
				l.r("S21.G00.60.003", date(s.djtAnnule().plusDays(3)));
			}
		}
		if (a.dateSortie() != null && !a.dateSortie().isBefore(mois) && !a.dateSortie().isAfter(finMois)) {
			l.r("S21.G00.62.001", date(a.dateSortie()));
			l.r("S21.G00.62.002", "031");
		}
		int m = suivant ? 12 : mois.getMonthValue();
		long[] p = d.paie[m].clone();
		if (s != null && d == s.rappel()) {
			// une part du traitement de décembre payée en rappel en janvier suivant
			// (période de décembre)
			if (!suivant && mois.getMonthValue() == 12) {
				p[0] -= s.rappelCents();
			}
		}
		if (fausse && s != null && d == s.faux()) {
			p[0] += 11_111;
		}
		versement(l, p, mois, suivant, primesGlobalisees);
		if (suivant && s != null && d == s.rappel()) {
			l.r("S21.G00.50.001", date(mois.withDayOfMonth(20)));
			l.r("S21.G00.50.002", montant(s.rappelCents()));
			remuneration(l, LocalDate.of(annee, 12, 1), "001", null, s.rappelCents());
			remuneration(l, LocalDate.of(annee, 12, 1), "010", null, s.rappelCents());
			// un bloc 52 vide de sens pour l'estimation : le rappel n'a pas de primes
			l.r("S21.G00.52.001", "050");
			l.r("S21.G00.52.002", "0.00");
			l.r("S21.G00.52.003", date(LocalDate.of(annee, 12, 1)));
			l.r("S21.G00.52.006", "00001");
		}
	}

	private void arret(FichierDsn l, Chaine ch, AgentGenere a, LocalDate finMois) throws IOException {
		LocalDate connue = ch.finConnueLe(finMois);
		boolean reprise = ch.fin() != null && ch.fin().isBefore(finMois) && connue != null && connue.equals(ch.fin());
		String code65 = switch (ch.motif) {
			case DOS -> "676";
			case AUTRE -> "637";
			default -> null;
		};
		if (code65 != null) {
			l.r("S21.G00.65.001", code65);
			l.r("S21.G00.65.002", date(ch.debut));
			if (connue != null) {
				l.r("S21.G00.65.003", date(connue));
			}
			return;
		}
		String code = switch (ch.motif) {
			case MO -> "01";
			case CLM, CGM -> "13";
			case CLD -> "12";
			case AT_SERVICE -> "06";
			case AT_TRAJET -> "04";
			case MP -> "05";
			case MATERNITE -> "02";
			case PATERNITE -> "03";
			case ADOPTION -> "09";
			default -> "07";
		};
		l.r("S21.G00.60.001", code);
		l.r("S21.G00.60.002", date(ch.debut.minusDays(1)));
		// un arrêt ouvert court au-delà de l'année : la DSN exige une fin prévisionnelle
		l.r("S21.G00.60.003", date(connue != null ? connue : LocalDate.of(annee + 1, 3, 31)));
		if (reprise) {
			l.r("S21.G00.60.010", date(ch.fin().plusDays(1)));
			l.r("S21.G00.60.011", "01");
		}
	}

	private void versement(FichierDsn l, long[] p, LocalDate mois, boolean suivant, boolean primesGlobalisees)
			throws IOException {
		long traitement = p[0];
		long primes = p[1];
		long nbi = p[2];
		long sft = p[3];
		long hs = p[4];
		boolean sans52 = primesGlobalisees && sft == 0;
		long brut = traitement + primes + nbi + sft + hs;
		l.r("S21.G00.50.001", date(mois.withDayOfMonth(Math.min(25, mois.lengthOfMonth()))));
		l.r("S21.G00.50.002", montant(brut * 78 / 100));
		remuneration(l, mois, "001", null, brut);
		remuneration(l, mois, "010", null, traitement);
		if (hs != 0 || p[5] != 0) {
			remuneration(l, mois, "017", p[5], hs);
		}
		if (!sans52) {
			l.r("S21.G00.52.001", "050");
			l.r("S21.G00.52.002", montant(primes));
			l.r("S21.G00.52.006", "00001");
			if (sft != 0) {
				l.r("S21.G00.52.001", "049");
				l.r("S21.G00.52.002", montant(sft));
				l.r("S21.G00.52.006", "00001");
			}
		}
		if (nbi != 0) {
			l.r("S21.G00.78.001", "03");
			l.r("S21.G00.78.002", date(mois));
			l.r("S21.G00.78.003", date(mois.withDayOfMonth(mois.lengthOfMonth())));
			l.r("S21.G00.78.004", montant(brut));
			l.r("S21.G00.81.001", "304");
			l.r("S21.G00.81.003", montant(nbi));
		}
	}

	private static void remuneration(FichierDsn l, LocalDate mois, String type, @Nullable Long heures, long montant)
			throws IOException {
		l.r("S21.G00.51.001", date(mois));
		l.r("S21.G00.51.002", date(mois.withDayOfMonth(mois.lengthOfMonth())));
		l.r("S21.G00.51.010", "00001");
		l.r("S21.G00.51.011", type);
		if (heures != null) {
			l.r("S21.G00.51.012", montant(heures));
		}
		l.r("S21.G00.51.013", montant(montant));
	}

	static String date(LocalDate d) {
		return String.format("%02d%02d%04d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
	}

	/**
	 * La DSN est en ISO-8859-1 : un caractère hors de ce jeu perd son accent plutôt que
	 * de faire un « ? ».
	 */
	private static String latin(String texte) {
		if (StandardCharsets.ISO_8859_1.newEncoder().canEncode(texte)) {
			return texte;
		}
		return Normalizer.normalize(texte, Normalizer.Form.NFD)
			.replaceAll("\\p{M}+", "")
			.replaceAll("[^\\x20-\\xFF]", " ");
	}

	/**
	 * Un fichier DSN en écriture : une rubrique par ligne, CR-LF, lignes comptées pour le
	 * S90.
	 */
	private static final class FichierDsn implements AutoCloseable {

		final Writer w;

		long n;

		FichierDsn(Path f) throws IOException {
			w = new BufferedWriter(
					new OutputStreamWriter(Files.newOutputStream(f),
							StandardCharsets.ISO_8859_1.newEncoder().onUnmappableCharacter(CodingErrorAction.REPLACE)),
					1 << 16);
		}

		void r(String rubrique, String valeur) throws IOException {
			w.write(rubrique);
			w.write(",'");
			w.write(valeur);
			w.write("'\r\n");
			n++;
		}

		@Override
		public void close() throws IOException {
			w.close();
		}

	}

	@Override
	public void close() throws IOException {
		collectivites.close();
		complementAgents.close();
		try (CsvWriter g = csv(dossier.resolve("grades.csv"))) {
			g.writeRecord("grade", "libelle", "categorie", "filiere", "cadre_emplois");
			for (String[] v : grades.values()) {
				g.writeRecord(v[0], v[3].isEmpty() ? v[0] : v[3], v[1], v[2], v[3]);
			}
		}
	}

}
