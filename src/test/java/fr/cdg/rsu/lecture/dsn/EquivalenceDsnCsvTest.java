package fr.cdg.rsu.lecture.dsn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import fr.cdg.rsu.domaine.Absence;
import fr.cdg.rsu.domaine.Agent;
import fr.cdg.rsu.domaine.Collectivite;
import fr.cdg.rsu.domaine.DonneesEmployeur;
import fr.cdg.rsu.domaine.LignePaie;
import fr.cdg.rsu.domaine.Motif;
import fr.cdg.rsu.generateur.EcrivainDsn;
import fr.cdg.rsu.generateur.GenerateurLots;
import fr.cdg.rsu.indicateurs.CalculIndicateurs;
import fr.cdg.rsu.indicateurs.Indicateur;
import fr.cdg.rsu.lecture.InventaireEntrees;
import fr.cdg.rsu.lecture.LecteurEntrees;
import fr.cdg.rsu.lecture.LigneLue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Les mêmes employeurs générés écrits une fois en exports CSV, une fois en DSN mensuelles
 * (avec le scénario : un mois annulé et remplacé, un arrêt annulé, un rappel en janvier
 * suivant, un grade inconnu), lus chacun par son chemin complet (inventaire, lecteur). Ce
 * que la DSN ne porte pas est ramené, côté CSV, aux règles documentées de la lecture DSN
 * ; tout le reste doit être identique, lignes et indicateurs, au dernier chiffre.
 */
class EquivalenceDsnCsvTest {

	static final int ANNEE = 2024;

	@TempDir
	static Path racine;

	static Map<String, Lu> csv;

	static Map<String, Lu> dsn;

	static LecteurEntrees.StatistiquesFichier[] statistiquesDsn;

	/** Les lignes acceptées d'un employeur. */
	record Lu(List<Collectivite> collectivites, List<Agent> agents, List<Absence> absences, List<LignePaie> paies) {

		static Lu vide() {
			return new Lu(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
		}

	}

	@BeforeAll
	static void generer() throws IOException {
		for (String format : List.of("csv", "dsn")) {
			new GenerateurLots()
				.generer(new GenerateurLots.Demande(ANNEE, 18, 8, 700, 0, format, racine.resolve(format), "25"));
		}
		csv = lire(racine.resolve("csv"));
		dsn = lire(racine.resolve("dsn"));
	}

	private static Map<String, Lu> lire(Path dossier) {
		Map<String, Lu> parSiret = new TreeMap<>();
		var inventaire = InventaireEntrees.inventorier(dossier, null, null);
		LecteurDsn lecteurDsn = inventaire.dsn().estVide() ? null : new LecteurDsn(dossier, inventaire.dsn().fichiers(),
				inventaire.dsn().grades(), inventaire.dsn().collectivites(), inventaire.dsn().agents(), ANNEE);
		try (LecteurEntrees lecteur = new LecteurEntrees(inventaire.fichiers(), ANNEE, lecteurDsn)) {
			LigneLue l;
			while ((l = lecteur.suivante()) != null) {
				if (l instanceof LigneLue.Rejetee r) {
					throw new AssertionError("rejet inattendu : " + r.rejet());
				}
				Object e = ((LigneLue.Acceptee) l).enregistrement();
				switch (e) {
					case Collectivite c -> parSiret.computeIfAbsent(c.siret(), s -> Lu.vide()).collectivites().add(c);
					case Agent a -> parSiret.computeIfAbsent(a.siret(), s -> Lu.vide()).agents().add(a);
					case Absence a -> parSiret.computeIfAbsent(a.siret(), s -> Lu.vide()).absences().add(a);
					case LignePaie p -> parSiret.computeIfAbsent(p.siret(), s -> Lu.vide()).paies().add(p);
					default -> throw new IllegalStateException();
				}
			}
		}
		return parSiret;
	}

	@Test
	void leScenarioEstBienDansLesDsnEcrites() throws IOException {
		Path premier;
		try (Stream<Path> s = Files.list(racine.resolve("dsn"))) {
			premier = s.filter(Files::isDirectory).sorted().findFirst().orElseThrow();
		}
		try (Stream<Path> s = Files.list(premier)) {
			// 12 mois, janvier suivant, et l'annule et remplace de mars
			assertThat(s.count()).isEqualTo(14);
		}
		String mars = Files.readString(premier.resolve("DSN_" + premier.getFileName() + "_202403_AR.dsn"),
				java.nio.charset.StandardCharsets.ISO_8859_1);
		assertThat(mars).contains("S20.G00.05.002,'03'").contains("S20.G00.05.006,'050420241'");
		assertThat(Files.readString(premier.resolve("DSN_" + premier.getFileName() + "_202404.dsn"),
				java.nio.charset.StandardCharsets.ISO_8859_1))
			.contains("S21.G00.60.001,'99'");
		// ce que l'équivalence doit couvrir est bien dans les données
		Set<Motif> motifs = new HashSet<>();
		dsn.values().forEach(l -> l.absences().forEach(a -> motifs.add(a.motif())));
		assertThat(motifs).contains(Motif.MO, Motif.CLM, Motif.CLD, Motif.DOS);
		assertThat(dsn.values().stream().flatMap(l -> l.absences().stream()))
			.anySatisfy(a -> assertThat(a.dateDebut().getYear()).isLessThan(ANNEE))
			.anySatisfy(a -> assertThat(a.dateFin() == null || a.dateFin().getYear() > ANNEE).isTrue())
			.anySatisfy(a -> assertThat(a.dateDebut().getMonthValue())
				.isNotEqualTo(a.dateFin() == null ? 0 : a.dateFin().getMonthValue()));
		assertThat(dsn.values().stream().flatMap(l -> l.agents().stream()))
			.anySatisfy(a -> assertThat(a.dateSortie()).isNotNull());
	}

	@Test
	void lesMemesEmployeursDonnentLesMemesLignesEtLesMemesIndicateurs() {
		assertThat(dsn.keySet()).isEqualTo(csv.keySet()).hasSizeGreaterThan(5);
		int agentsSansGrade = 0;
		int etprEcarts = 0;
		for (String siret : csv.keySet()) {
			Lu c = csv.get(siret);
			Lu d = dsn.get(siret);
			assertThat(d.collectivites()).as(siret).isEqualTo(c.collectivites());

			List<Agent> agentsDsn = trier(d.agents());
			Map<String, Agent> parMatricule = new HashMap<>();
			agentsDsn.forEach(a -> parMatricule.put(a.matricule(), a));
			List<Agent> agentsAttendus = new ArrayList<>();
			for (Agent a : trier(c.agents())) {
				Agent lu = parMatricule.get(a.matricule());
				boolean gradeInconnu = lu != null && lu.categorie() == null && a.categorie() != null;
				if (gradeInconnu) {
					agentsSansGrade++;
				}
				agentsAttendus.add(commeLaDsn(a, gradeInconnu));
			}
			assertThat(agentsDsn.stream().map(Agent::toString).toList()).as(siret)
				.containsExactlyElementsOf(agentsAttendus.stream().map(Agent::toString).toList());

			Map<String, Agent> agents = new HashMap<>();
			agentsAttendus.forEach(a -> agents.put(a.matricule(), a));
			List<Absence> absencesAttendues = absencesCommeLaDsn(c.absences(), agents);
			assertThat(texte(d.absences())).as(siret).isEqualTo(texte(absencesAttendues));

			Map<String, LignePaie> paiesDsn = new TreeMap<>();
			d.paies().forEach(p -> paiesDsn.put(p.matricule(), commeRelue(p)));
			List<LignePaie> paiesAttendues = new ArrayList<>();
			for (LignePaie p : sommer(c.paies())) {
				LignePaie lu = paiesDsn.get(p.matricule());
				assertThat(lu).as(p.matricule()).isNotNull();
				// l'ETPR de la DSN vient des dates et quotités, mois par mois ; celui du
				// générateur, des jours de
				// l'année, arrondi à 4 décimales : l'écart reste sous le centième
				assertThat(lu.etpr().subtract(p.etpr()).abs())
					.as(p.matricule() + " etpr " + lu.etpr() + " / " + p.etpr())
					.isLessThanOrEqualTo(new BigDecimal("0.01"));
				if (lu.etpr().compareTo(p.etpr()) != 0) {
					etprEcarts++;
				}
				paiesAttendues.add(commeRelue(new LignePaie(p.siret(), p.matricule(), p.traitementBrut(), p.primes(),
						p.nbi(), p.sft(), p.heuresSupMontant(), p.heuresSupNombre(), lu.etpr(), null)));
			}
			assertThat(texte(new ArrayList<>(paiesDsn.values()))).as(siret).isEqualTo(texte(paiesAttendues));

			Collectivite coll = c.collectivites().get(0);
			List<Indicateur> indicateursCsv = CalculIndicateurs
				.calculer(new DonneesEmployeur(coll, ANNEE, agentsAttendus, absencesAttendues, paiesAttendues), 3)
				.indicateurs();
			List<Indicateur> indicateursDsn = CalculIndicateurs
				.calculer(new DonneesEmployeur(d.collectivites().get(0), ANNEE, agentsDsn, renumeroter(d.absences()),
						new ArrayList<>(paiesDsn.values())), 3)
				.indicateurs();
			assertThat(indicateursDsn).as(siret).hasSizeGreaterThan(100);
			// en texte, l'échec nomme les seules cellules qui diffèrent
			assertThat(indicateursDsn.stream().map(Indicateur::toString).toList()).as(siret)
				.containsExactlyElementsOf(indicateursCsv.stream().map(Indicateur::toString).toList());
		}
		// le grade G9999 du scénario, et lui seul, a fait perdre sa catégorie à un agent
		assertThat(agentsSansGrade).isEqualTo(1);
		assertThat(etprEcarts).isPositive();
	}

	private static List<Agent> trier(List<Agent> agents) {
		List<Agent> l = new ArrayList<>(agents);
		l.sort(Comparator.comparing(Agent::matricule));
		return l;
	}

	/** Ce que la DSN peut dire d'un agent du CSV (règles de docs/lecture-dsn.md). */
	static Agent commeLaDsn(Agent a, boolean gradeInconnu) {
		LocalDate finAnnee = LocalDate.of(ANNEE, 12, 31);
		// une entrée inconnue est écrite par le générateur au 1er janvier dix ans plus
		// tôt
		LocalDate entree = a.dateEntree() != null ? a.dateEntree() : LocalDate.of(ANNEE - 10, 1, 1);
		// un départ après l'année n'est pas encore déclaré
		LocalDate sortie = a.dateSortie() != null && a.dateSortie().isAfter(finAnnee) ? null : a.dateSortie();
		boolean tempsPartiel = a.quotite().compareTo(Agent.TEMPS_PLEIN) < 0;
		return new Agent(a.siret(), a.matricule(), a.sexe(), a.dateNaissance(), a.statut(),
				gradeInconnu ? null : a.categorie(), gradeInconnu ? null : a.filiere(),
				gradeInconnu ? null : a.cadreEmplois(), a.emploiFonctionnel(), a.tempsNonComplet(), a.quotite(),
				tempsPartiel && a.tempsPartielDeDroit(), entree, sortie);
	}

	/**
	 * Les absences du CSV telles que la DSN les porte : une prolongation accolée allonge
	 * l'arrêt (une seule ligne), le code 13 se lit CLM ou CGM selon le statut, un arrêt
	 * ouvert a la fin prévisionnelle écrite par le générateur, puis prolongation, carence
	 * et date d'accident par les règles de la lecture DSN.
	 */
	static List<Absence> absencesCommeLaDsn(List<Absence> absences, Map<String, Agent> agents) {
		Map<String, List<Absence>> parAgent = new TreeMap<>();
		for (Absence a : absences) {
			if (a.motif().estAbsence()) {
				parAgent.computeIfAbsent(a.matricule(), k -> new ArrayList<>()).add(a);
			}
		}
		List<Absence> resultat = new ArrayList<>();
		for (var e : parAgent.entrySet()) {
			List<Absence> l = new ArrayList<>(e.getValue());
			l.sort(Comparator.comparing(Absence::dateDebut));
			Map<Motif, Absence[]> derniere = new HashMap<>();
			List<Absence[]> chaines = new ArrayList<>();
			for (Absence a : l) {
				Absence[] ch = derniere.get(a.motif());
				if (a.prolongation() && ch != null && ch[0].dateFin() != null
						&& ch[0].dateFin().plusDays(1).equals(a.dateDebut())) {
					ch[0] = new Absence(a.siret(), a.matricule(), a.motif(), ch[0].dateDebut(), a.dateFin(), false, 0,
							null, 0);
					continue;
				}
				Absence[] nouvelle = { a };
				chaines.add(nouvelle);
				derniere.put(a.motif(), nouvelle);
			}
			Agent agent = agents.get(e.getKey());
			List<Absence> periodes = new ArrayList<>();
			for (Absence[] ch : chaines) {
				Absence a = ch[0];
				Motif m = a.motif();
				if (m == Motif.CLM || m == Motif.CGM) {
					m = agent.statut().estFonctionnaire() ? Motif.CLM : Motif.CGM;
				}
				LocalDate fin = a.dateFin();
				if (fin == null && m != Motif.DOS && m != Motif.AUTRE) {
					fin = LocalDate.of(ANNEE + 1, 3, 31);
				}
				periodes.add(new Absence(a.siret(), a.matricule(), m, a.dateDebut(), fin, false, 0, null, 0));
			}
			Set<String> fins = new HashSet<>();
			periodes.forEach(p -> {
				if (p.dateFin() != null) {
					fins.add(p.motif() + "|" + p.dateFin());
				}
			});
			for (Absence p : periodes) {
				boolean separe = p.motif() == Motif.CLM || p.motif() == Motif.CLD || p.motif() == Motif.CGM;
				boolean prolongation = !separe && fins.contains(p.motif() + "|" + p.dateDebut().minusDays(1));
				int carence = p.motif() == Motif.MO && !prolongation && p.dateDebut().getYear() == ANNEE ? 1 : 0;
				resultat.add(new Absence(p.siret(), p.matricule(), p.motif(), p.dateDebut(), p.dateFin(), prolongation,
						carence, null, 0));
			}
		}
		return renumeroter(resultat);
	}

	/**
	 * Même ordre des deux côtés : agent, motif, début (l'ordre de lecture ne départage
	 * que des doublons).
	 */
	static List<Absence> renumeroter(List<Absence> absences) {
		List<Absence> l = new ArrayList<>(absences);
		l.sort(Comparator.comparing(Absence::matricule)
			.thenComparing(Absence::motif)
			.thenComparing(Absence::dateDebut)
			.thenComparing(a -> String.valueOf(a.dateFin())));
		List<Absence> r = new ArrayList<>();
		for (Absence a : l) {
			r.add(new Absence(a.siret(), a.matricule(), a.motif(), a.dateDebut(), a.dateFin(), a.prolongation(),
					a.joursCarence(), a.dateAccident(), r.size()));
		}
		return r;
	}

	/**
	 * Une ligne de paie par agent, comme la DSN (les lignes mensuelles du CSV
	 * s'additionnent).
	 */
	static List<LignePaie> sommer(List<LignePaie> paies) {
		Map<String, LignePaie> s = new LinkedHashMap<>();
		for (LignePaie p : paies) {
			s.merge(p.matricule(), p,
					(x, y) -> new LignePaie(x.siret(), x.matricule(), x.traitementBrut().add(y.traitementBrut()),
							x.primes().add(y.primes()), x.nbi().add(y.nbi()), x.sft().add(y.sft()),
							x.heuresSupMontant().add(y.heuresSupMontant()),
							x.heuresSupNombre().add(y.heuresSupNombre()), x.etpr().add(y.etpr()), null));
		}
		return new ArrayList<>(new TreeMap<>(s).values());
	}

	/**
	 * Les montants comme le dépôt de la campagne les relit (sans zéros de fin,
	 * {@code DepotCampagne.montant}) : 117.00 et 117 sont la même somme, mais pas le même
	 * texte d'indicateur.
	 */
	static LignePaie commeRelue(LignePaie p) {
		return new LignePaie(p.siret(), p.matricule(), r(p.traitementBrut()), r(p.primes()), r(p.nbi()), r(p.sft()),
				r(p.heuresSupMontant()), r(p.heuresSupNombre()), r(p.etpr()), null);
	}

	private static BigDecimal r(BigDecimal v) {
		return v.signum() == 0 ? BigDecimal.ZERO : v.stripTrailingZeros();
	}

	private static List<String> texte(List<?> lignes) {
		List<String> t = new ArrayList<>();
		for (Object o : lignes) {
			if (o instanceof Absence a) {
				t.add(a.matricule() + ";" + a.motif() + ";" + a.dateDebut() + ";" + a.dateFin() + ";" + a.prolongation()
						+ ";" + a.joursCarence() + ";" + a.dateAccident());
			}
			else if (o instanceof LignePaie p) {
				t.add(p.matricule() + ";" + n(p.traitementBrut()) + ";" + n(p.primes()) + ";" + n(p.nbi()) + ";"
						+ n(p.sft()) + ";" + n(p.heuresSupMontant()) + ";" + n(p.heuresSupNombre()) + ";"
						+ n(p.etpr()));
			}
		}
		t.sort(null);
		return t;
	}

	private static String n(BigDecimal v) {
		return v.signum() == 0 ? "0" : v.stripTrailingZeros().toPlainString();
	}

	static {
		// le scénario écrit ce grade, absent de grades.csv
		assertThat(EcrivainDsn.GRADE_INCONNU).isEqualTo("G9999");
	}

}
