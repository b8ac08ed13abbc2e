package fr.cdg.rsu.indicateurs.absenteisme;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.jspecify.annotations.Nullable;

import fr.cdg.rsu.domaine.Absence;
import fr.cdg.rsu.domaine.Agent;
import fr.cdg.rsu.domaine.Categorie;
import fr.cdg.rsu.domaine.Collectivite;
import fr.cdg.rsu.domaine.DonneesEmployeur;
import fr.cdg.rsu.domaine.Filiere;
import fr.cdg.rsu.domaine.GroupeAbsence;
import fr.cdg.rsu.domaine.LignePaie;
import fr.cdg.rsu.domaine.Motif;
import fr.cdg.rsu.domaine.Population;
import fr.cdg.rsu.domaine.Sexe;
import fr.cdg.rsu.domaine.Statut;
import fr.cdg.rsu.domaine.TypeCollectivite;
import fr.cdg.rsu.indicateurs.Avertissement;
import fr.cdg.rsu.indicateurs.Indicateur;
import fr.cdg.rsu.indicateurs.ResultatEmployeur;
import fr.cdg.rsu.indicateurs.Theme;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Propriétés du calcul sur des employeurs aléatoires : agents de tous statuts (dont des
 * partis en cours d'année), périodes qui se chevauchent, à cheval sur les années,
 * ouvertes, prolongations, doublons, formation, matricules inconnus ; années 2022 et 2024
 * (bissextile).
 */
class CalculAbsenteismeProprietesTest {

	private static final String SIRET = "21250388500018";

	/**
	 * Les rapports ont 16 chiffres significatifs : l'identité ne tient qu'à ~1e-12 près
	 * sur des taux de quelques centaines.
	 */
	private static final BigDecimal TOLERANCE = new BigDecimal("1e-11");

	/**
	 * Un agent tiré au hasard ; la sortie est un décalage en jours depuis le 01/01 (null
	 * = toujours là).
	 */
	record AgentTire(Statut statut, Sexe sexe, int age, int categorie, int filiere, @Nullable Integer sortie) {
	}

	/**
	 * Une période tirée au hasard, rattachée à l'agent {@code agent} modulo le nombre
	 * d'agents (99 = inconnu).
	 */
	record PeriodeTiree(int agent, Motif motif, int debut, @Nullable Integer longueur, boolean prolongation,
			int carence, @Nullable Integer accident, boolean doublon) {
	}

	record Jeu(int annee, List<AgentTire> agents, List<PeriodeTiree> periodes) {

		DonneesEmployeur donnees() {
			List<Agent> agentsDuJeu = new ArrayList<>();
			List<LignePaie> paies = new ArrayList<>();
			LocalDate premierJanvier = LocalDate.of(annee, 1, 1);
			for (int i = 0; i < agents.size(); i++) {
				AgentTire a = agents.get(i);
				boolean permanent = a.statut().estPermanent();
				Categorie c = a.categorie() < 3 && permanent ? Categorie.values()[a.categorie()] : null;
				Filiere f = a.filiere() < Filiere.values().length && permanent ? Filiere.values()[a.filiere()] : null;
				agentsDuJeu.add(new Agent(SIRET, "A" + i, a.sexe(), LocalDate.of(annee - a.age(), 3, 1), a.statut(), c,
						f, null, false, false, BigDecimal.valueOf(100), false, null,
						a.sortie() == null ? null : premierJanvier.plusDays(a.sortie())));
				paies.add(new LignePaie(SIRET, "A" + i, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
						BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
						new BigDecimal("0.5").add(BigDecimal.valueOf(i % 3, 1)), null));
			}
			List<Absence> absences = new ArrayList<>();
			long ordre = 0;
			for (PeriodeTiree p : periodes) {
				String matricule = p.agent() == 99 ? "X" : "A" + (p.agent() % agents.size());
				LocalDate debut = premierJanvier.plusDays(p.debut());
				LocalDate fin = p.longueur() == null ? null : debut.plusDays(p.longueur() - 1);
				LocalDate accident = p.accident() == null ? null : debut.minusDays(p.accident());
				absences.add(new Absence(SIRET, matricule, p.motif(), debut, fin, p.prolongation(), p.carence(),
						accident, ++ordre));
				if (p.doublon()) {
					absences.add(new Absence(SIRET, matricule, p.motif(), debut, fin, p.prolongation(), p.carence(),
							accident, ++ordre));
				}
			}
			return new DonneesEmployeur(new Collectivite(SIRET, "Commune", TypeCollectivite.COMMUNE, null, null, null),
					annee, agentsDuJeu, absences, paies);
		}

	}

	@Provide
	Arbitrary<Jeu> jeux() {
		Arbitrary<AgentTire> agent = Combinators
			.combine(Arbitraries.of(Statut.class), Arbitraries.of(Sexe.class), Arbitraries.integers().between(17, 70),
					Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 10),
					Arbitraries.integers().between(-30, 400).injectNull(0.7))
			.as(AgentTire::new);
		Arbitrary<PeriodeTiree> periode = Combinators
			.combine(Arbitraries.integers().between(0, 9).map(i -> i == 9 ? 99 : i), Arbitraries.of(Motif.class),
					Arbitraries.integers().between(-200, 380), Arbitraries.integers().between(1, 150).injectNull(0.1),
					Arbitraries.of(true, false), Arbitraries.integers().between(0, 2).map(c -> c == 2 ? 0 : c),
					Arbitraries.integers().between(0, 400).injectNull(0.5), Arbitraries.integers().between(0, 9))
			.as((ag, motif, debut, longueur, prolongation, carence, accident, doublon) -> new PeriodeTiree(ag, motif,
					debut, longueur, prolongation, carence, accident, doublon == 0));
		return Combinators
			.combine(Arbitraries.of(2022, 2024), agent.list().ofMinSize(1).ofMaxSize(8), periode.list().ofMaxSize(25))
			.as(Jeu::new);
	}

	private static Map<Indicateur.Cle, Indicateur> parCle(ResultatEmployeur r) {
		Map<Indicateur.Cle, Indicateur> m = new HashMap<>();
		for (Indicateur i : r.indicateurs()) {
			m.put(i.cle(), i);
		}
		return m;
	}

	private static BigDecimal v(Map<Indicateur.Cle, Indicateur> m, String ind, String pop, String groupe, String dim,
			String modalite) {
		Indicateur i = m.get(new Indicateur.Cle(Theme.ABSENTEISME, ind, pop, groupe, dim, modalite));
		if (i == null) {
			throw new AssertionError("ligne absente " + ind + "/" + pop + "/" + groupe + "/" + dim + "/" + modalite);
		}
		return i.valeur() == null ? BigDecimal.ZERO : i.valeur();
	}

	@Property(tries = 200)
	void valeursJamaisNegatives(@ForAll("jeux") Jeu jeu) {
		ResultatEmployeur r = CalculAbsenteisme.calculer(jeu.donnees());
		for (Indicateur i : r.indicateurs()) {
			if (i.valeur() != null) {
				assertThat(i.valeur().signum()).as(i.toString()).isGreaterThanOrEqualTo(0);
			}
			if (i.denominateur() != null && i.denominateur().signum() == 0) {
				assertThat(i.valeur()).as(i.toString()).isNull();
			}
		}
	}

	@Property(tries = 200)
	void tauxEgalFrequenceFoisGraviteSur365(@ForAll("jeux") Jeu jeu) {
		ResultatEmployeur r = CalculAbsenteisme.calculer(jeu.donnees());
		Map<Indicateur.Cle, Indicateur> m = parCle(r);
		for (Indicateur taux : r.indicateurs()) {
			if (taux.theme() != Theme.ABSENTEISME || !taux.indicateur().equals("taux_absenteisme")) {
				continue;
			}
			Indicateur freq = m.get(new Indicateur.Cle(Theme.ABSENTEISME, "taux_frequence", taux.population(),
					taux.groupe(), taux.dimension(), taux.modalite()));
			Indicateur grav = m.get(new Indicateur.Cle(Theme.ABSENTEISME, "gravite", taux.population(), taux.groupe(),
					taux.dimension(), taux.modalite()));
			assertThat(freq).isNotNull();
			assertThat(grav).isNotNull();
			if (taux.valeur() != null && freq.valeur() != null && grav.valeur() != null) {
				BigDecimal produit = freq.valeur()
					.multiply(grav.valeur())
					.divide(BigDecimal.valueOf(365), MathContext.DECIMAL128);
				assertThat(produit.subtract(taux.valeur()).abs()).as(taux.toString()).isLessThan(TOLERANCE);
			}
		}
	}

	@Property(tries = 200)
	void groupesEmboites(@ForAll("jeux") Jeu jeu) {
		ResultatEmployeur r = CalculAbsenteisme.calculer(jeu.donnees());
		Map<Indicateur.Cle, Indicateur> m = parCle(r);
		for (Indicateur i : r.indicateurs()) {
			if (!i.groupe().equals("compressible")
					|| !List.of("jours", "arrets", "agents_absents").contains(i.indicateur())) {
				continue;
			}
			BigDecimal compressible = i.valeur();
			BigDecimal medical = v(m, i.indicateur(), i.population(), "medical", i.dimension(), i.modalite());
			BigDecimal global = v(m, i.indicateur(), i.population(), "global", i.dimension(), i.modalite());
			assertThat(compressible).isLessThanOrEqualTo(medical);
			assertThat(medical).isLessThanOrEqualTo(global);
		}
	}

	@Property(tries = 200)
	void sommeDesMotifsEgaleLeGroupe(@ForAll("jeux") Jeu jeu) {
		ResultatEmployeur r = CalculAbsenteisme.calculer(jeu.donnees());
		Map<Indicateur.Cle, Indicateur> m = parCle(r);
		for (Indicateur i : r.indicateurs()) {
			if (!i.groupe().equals("global") || !List.of("jours", "arrets").contains(i.indicateur())) {
				continue;
			}
			boolean motifsDetailles = i.dimension().equals("ensemble") || i.population().equals("permanents")
					|| i.population().equals("tous");
			if (!motifsDetailles) {
				continue;
			}
			for (GroupeAbsence g : GroupeAbsence.values()) {
				BigDecimal somme = BigDecimal.ZERO;
				for (Motif motif : Motif.values()) {
					if (g.contient(motif)) {
						// le détail d'un motif sans aucune absence dans la population
						// n'est pas écrit : il vaut 0
						boolean ecrit = m.containsKey(new Indicateur.Cle(Theme.ABSENTEISME, i.indicateur(),
								i.population(), motif.code(), i.dimension(), i.modalite()));
						if (!ecrit) {
							assertThat(v(m, "agents_absents", i.population(), motif.code(), "ensemble", "ensemble"))
								.isZero();
							continue;
						}
						somme = somme
							.add(v(m, i.indicateur(), i.population(), motif.code(), i.dimension(), i.modalite()));
					}
				}
				assertThat(somme).as(g + " " + i)
					.isEqualByComparingTo(v(m, i.indicateur(), i.population(), g.code(), i.dimension(), i.modalite()));
			}
		}
	}

	@Property(tries = 200)
	void sommeDesModalitesEgaleLEnsemble(@ForAll("jeux") Jeu jeu) {
		ResultatEmployeur r = CalculAbsenteisme.calculer(jeu.donnees());
		Map<String, BigDecimal> sommes = new HashMap<>();
		Map<String, BigDecimal> ensembles = new HashMap<>();
		for (Indicateur i : r.indicateurs()) {
			if (!i.indicateur().equals("jours") && !i.indicateur().equals("effectif")
					&& !i.indicateur().equals("accidents")) {
				continue;
			}
			String base = i.theme() + "/" + i.indicateur() + "/" + i.population() + "/" + i.groupe();
			if (i.dimension().equals("ensemble")) {
				ensembles.put(base, i.valeur());
			}
			else {
				sommes.merge(base + "/" + i.dimension(), i.valeur(), BigDecimal::add);
			}
		}
		assertThat(sommes).isNotEmpty();
		sommes.forEach((cle, somme) -> {
			String base = cle.substring(0, cle.lastIndexOf('/'));
			assertThat(somme).as(cle).isEqualByComparingTo(ensembles.get(base));
		});
	}

	@Property(tries = 200)
	void independantDeLOrdreDesLignes(@ForAll("jeux") Jeu jeu, @ForAll long graine) {
		DonneesEmployeur donnees = jeu.donnees();
		List<Absence> melangees = new ArrayList<>(donnees.absences());
		Collections.shuffle(melangees, new Random(graine));
		List<Agent> agentsMelanges = new ArrayList<>(donnees.agents());
		Collections.shuffle(agentsMelanges, new Random(graine + 1));
		ResultatEmployeur a = CalculAbsenteisme.calculer(donnees);
		ResultatEmployeur b = CalculAbsenteisme.calculer(new DonneesEmployeur(donnees.collectivite(), donnees.annee(),
				agentsMelanges, melangees, donnees.paies()));
		assertThat(b.indicateurs()).containsExactlyElementsOf(a.indicateurs());
		Comparator<Avertissement> ordre = Comparator.comparing(Avertissement::type)
			.thenComparing(Avertissement::matricule)
			.thenComparing(Avertissement::message);
		assertThat(b.avertissements().stream().sorted(ordre).toList())
			.containsExactlyElementsOf(a.avertissements().stream().sorted(ordre).toList());
	}

	/**
	 * Oracle jour par jour : les jours globaux d'un agent sont l'union de ses jours
	 * d'absence dans l'année.
	 */
	@Property(tries = 200)
	void joursGlobauxEgauxALUnionDesJoursDAbsence(@ForAll("jeux") Jeu jeu) {
		DonneesEmployeur donnees = jeu.donnees();
		int annee = donnees.annee();
		LocalDate premier = LocalDate.of(annee, 1, 1);
		LocalDate dernier = LocalDate.of(annee, 12, 31);
		long attendu = 0;
		for (Agent agent : donnees.agents()) {
			BitSet jours = new BitSet();
			for (Absence a : donnees.absences()) {
				if (!a.matricule().equals(agent.matricule()) || !a.motif().estAbsence()) {
					continue;
				}
				LocalDate fin = a.dateFin() == null || a.dateFin().isAfter(dernier) ? dernier : a.dateFin();
				for (LocalDate d = a.dateDebut().isBefore(premier) ? premier : a.dateDebut(); !d.isAfter(fin); d = d
					.plusDays(1)) {
					jours.set(d.getDayOfYear());
				}
			}
			attendu += jours.cardinality();
		}
		ResultatEmployeur r = CalculAbsenteisme.calculer(donnees);
		// le générateur doit produire des chevauchements assez souvent pour que l'oracle
		// ait du sens
		Statistics.label("chevauchement")
			.collect(r.avertissements().stream().anyMatch(a -> a.type().equals("CHEVAUCHEMENT")));
		Map<Indicateur.Cle, Indicateur> m = parCle(r);
		assertThat(v(m, "jours", Population.TOUS.code(), "global", "ensemble", "ensemble").longValueExact())
			.isEqualTo(attendu);
	}

}
