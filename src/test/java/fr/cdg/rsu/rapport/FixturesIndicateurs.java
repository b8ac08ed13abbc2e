package fr.cdg.rsu.rapport;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

import fr.cdg.rsu.domaine.Collectivite;
import fr.cdg.rsu.domaine.TypeCollectivite;
import fr.cdg.rsu.indicateurs.Indicateur;
import fr.cdg.rsu.indicateurs.Theme;
import fr.cdg.rsu.indicateurs.secret.SecretStatistique;

/**
 * Des lignes d'indicateurs réalistes, conformes au contrat
 * {@code docs/vocabulaire-indicateurs.md}, pour deux employeurs fictifs : une commune
 * d'environ 100 agents et une commune de 8 agents (beaucoup de cellules secrètes). Les
 * lignes sont agrégées depuis des agents fictifs tirés au sort (graine fixe), le secret
 * posé par {@link SecretStatistique} au seuil 3 comme si toutes étaient publiées. Ce
 * n'est pas le calcul officiel : seulement des lignes cohérentes pour les documents.
 */
final class FixturesIndicateurs {

	static final Collectivite GRANDE = new Collectivite("21250356900017", "Commune de Valmont-sur-Doubs",
			TypeCollectivite.COMMUNE, "25", new BigDecimal("5718000"), new BigDecimal("3776618"));

	static final Collectivite PETITE = new Collectivite("21250123400019", "Commune de Saint-Éloi-les-Bois",
			TypeCollectivite.COMMUNE, "25", new BigDecimal("612000"), new BigDecimal("287400"));

	static final String[] MOTIFS = { "MO", "AT_SERVICE", "AT_TRAJET", "CLM", "CLD", "CGM", "DOS", "MP", "MATERNITE",
			"PATERNITE", "ADOPTION", "AUTRE" };

	static final Map<String, List<String>> GROUPES = Map.of("compressible", List.of("MO", "AT_SERVICE", "AT_TRAJET"),
			"medical", List.of("MO", "AT_SERVICE", "AT_TRAJET", "CLM", "CLD", "CGM", "DOS", "MP"), "global",
			List.of(MOTIFS));

	/**
	 * Un agent fictif ; {@code statut} T (fonctionnaire), C (contractuel permanent), N
	 * (non permanent).
	 */
	record Agent(String statut, String sexe, int age, String categorie, String filiere, String cadre, boolean present,
			boolean presentPrecedent, boolean arrive, boolean parti, double etpr, boolean nonComplet, String partiel,
			boolean fonctionnel, Map<String, int[]> absences, boolean carence, int accidentsService,
			int accidentsTrajet, double traitement, double primes, double nbi, double sft, double hsMontant,
			double hsNombre) {

		boolean permanent() {
			return !statut.equals("N");
		}

		int jours(Collection<String> motifs) {
			return motifs.stream().mapToInt(m -> absences.getOrDefault(m, new int[2])[0]).sum();
		}

		int arrets(Collection<String> motifs) {
			return motifs.stream().mapToInt(m -> absences.getOrDefault(m, new int[2])[1]).sum();
		}

		double remuneration() {
			return traitement + primes + nbi + sft + hsMontant;
		}

	}

	static List<Indicateur> grande() {
		return SecretStatistique.appliquer(lignes(agents(112, 0.76, 0.12, new Random(20241231L)), GRANDE), 3);
	}

	static List<Indicateur> petite() {
		return SecretStatistique.appliquer(lignes(agents(9, 0.6, 0.25, new Random(7L)), PETITE), 3);
	}

	// ---------------------------------------------------------------------------------------------------------

	private static final String[][] FILIERES = { { "technique", "0.50" }, { "administrative", "0.22" },
			{ "animation", "0.12" }, { "medico-sociale", "0.08" }, { "culturelle", "0.04" },
			{ "police-municipale", "0.02" }, { "sportive", "0.02" } };

	private static String cadre(String filiere, String cat, Random r) {
		return switch (filiere + "/" + cat) {
			case "technique/C" ->
				r.nextDouble() < 0.8 ? "Adjoints techniques territoriaux" : "Agents de maîtrise territoriaux";
			case "technique/B" -> "Techniciens territoriaux";
			case "technique/A" -> "Ingénieurs territoriaux";
			case "administrative/C" -> "Adjoints administratifs territoriaux";
			case "administrative/B" -> "Rédacteurs territoriaux";
			case "administrative/A" -> "Attachés territoriaux";
			case "animation/C" -> "Adjoints territoriaux d'animation";
			case "animation/B", "animation/A" -> "Animateurs territoriaux";
			case "medico-sociale/C" -> "Agents spécialisés principaux des écoles maternelles";
			case "medico-sociale/B", "medico-sociale/A" -> "Éducateurs territoriaux de jeunes enfants";
			case "culturelle/C" -> "Adjoints territoriaux du patrimoine";
			case "culturelle/B", "culturelle/A" -> "Assistants territoriaux de conservation";
			case "police-municipale/C" -> "Agents de police municipale";
			case "sportive/C" -> "Opérateurs territoriaux des APS";
			default -> "Éducateurs territoriaux des APS";
		};
	}

	static List<Agent> agents(int nombre, double partFonctionnaires, double partContractuels, Random r) {
		List<Agent> agents = new ArrayList<>();
		for (int i = 0; i < nombre; i++) {
			double u = r.nextDouble();
			String statut = u < partFonctionnaires ? "T" : u < partFonctionnaires + partContractuels ? "C" : "N";
			String filiere = "non_renseigne";
			String cat = "non_renseigne";
			String cadre = "non_renseigne";
			if (!statut.equals("N")) {
				double f = r.nextDouble();
				double cumul = 0;
				filiere = FILIERES[0][0];
				for (String[] fl : FILIERES) {
					cumul += Double.parseDouble(fl[1]);
					if (f < cumul) {
						filiere = fl[0];
						break;
					}
				}
				double c = r.nextDouble();
				cat = c < 0.07 ? "A" : c < 0.22 ? "B" : "C";
				cadre = cadre(filiere, cat, r);
			}
			boolean femme = filiere.equals("technique") ? r.nextDouble() < 0.3
					: filiere.equals("police-municipale") ? r.nextDouble() < 0.2 : r.nextDouble() < 0.82;
			String sexe = femme ? "F" : "H";
			int age = statut.equals("N") ? 18 + r.nextInt(30)
					: 23 + (int) Math.round(Math.abs(r.nextGaussian()) * 0 + r.nextInt(40));
			boolean present = statut.equals("N") ? r.nextDouble() < 0.6 : r.nextDouble() < 0.95;
			boolean arrive = r.nextDouble() < (statut.equals("C") ? 0.25 : 0.05);
			boolean parti = !present;
			boolean presentPrecedent = !arrive;
			double quotite = r.nextDouble() < 0.15 ? 0.8 : 1.0;
			boolean nonComplet = r.nextDouble() < 0.1;
			double etpr = (statut.equals("N") ? 0.1 + r.nextDouble() * 0.4 : (present && !arrive ? 1.0 : 0.5)) * quotite
					* (nonComplet ? 0.7 : 1.0);
			String partiel = quotite < 1 ? (r.nextBoolean() ? "droit" : "autorisation") : "";
			boolean fonctionnel = statut.equals("T") && cat.equals("A") && r.nextDouble() < 0.3;
			Map<String, int[]> abs = new LinkedHashMap<>();
			if (r.nextDouble() < 0.45) {
				int arrets = 1 + r.nextInt(3);
				abs.put("MO", new int[] { arrets * (3 + r.nextInt(20)), arrets });
			}
			if (r.nextDouble() < 0.05) {
				abs.put("AT_SERVICE", new int[] { 10 + r.nextInt(110), 1 });
			}
			if (r.nextDouble() < 0.02) {
				abs.put("AT_TRAJET", new int[] { 5 + r.nextInt(30), 1 });
			}
			if (r.nextDouble() < 0.04) {
				abs.put("CLM", new int[] { 120 + r.nextInt(245), 1 + r.nextInt(2) });
			}
			if (r.nextDouble() < 0.02) {
				abs.put("CLD", new int[] { 365, 3 });
			}
			if (r.nextDouble() < 0.015) {
				abs.put("MP", new int[] { 365, 1 });
			}
			if (femme && age < 40 && r.nextDouble() < 0.12) {
				abs.put("MATERNITE", new int[] { 112, 1 });
			}
			if (!femme && age < 45 && r.nextDouble() < 0.08) {
				abs.put("PATERNITE", new int[] { 25, 1 });
			}
			if (r.nextDouble() < 0.2) {
				int arrets = 1 + r.nextInt(2);
				abs.put("AUTRE", new int[] { arrets * (1 + r.nextInt(3)), arrets });
			}
			boolean carence = abs.containsKey("MO") && r.nextDouble() < 0.85;
			int accService = abs.containsKey("AT_SERVICE") ? 1 : 0;
			int accTrajet = abs.containsKey("AT_TRAJET") ? 1 : 0;
			double base = switch (cat) {
				case "A" -> 41000;
				case "B" -> 29500;
				default -> 22800;
			};
			double traitement = 0, primes = 0, nbi = 0, sft = 0, hsm = 0, hsn = 0;
			if (!statut.equals("N")) {
				traitement = Math.round(base * (0.85 + r.nextDouble() * 0.35) * etpr);
				primes = Math.round(traitement * (statut.equals("T") ? 0.14 + r.nextDouble() * 0.12 : 0.05));
				nbi = r.nextDouble() < 0.15 ? Math.round(600 + r.nextDouble() * 700) : 0;
				sft = r.nextDouble() < 0.25 ? Math.round(800 + r.nextDouble() * 1500) : 0;
				if (filiere.equals("technique") && r.nextDouble() < 0.35) {
					hsn = 10 + r.nextInt(140);
					hsm = Math.round(hsn * 19.4);
				}
			}
			agents.add(new Agent(statut, sexe, age, cat, filiere, cadre, present, presentPrecedent, arrive, parti, etpr,
					nonComplet, partiel, fonctionnel, abs, carence, accService, accTrajet, traitement, primes, nbi, sft,
					hsm, hsn));
		}
		return agents;
	}

	// ---------------------------------------------------------------------------------------------------------

	private static final Map<String, Predicate<Agent>> POPULATIONS = new LinkedHashMap<>();
	static {
		POPULATIONS.put("fonctionnaires", a -> a.statut().equals("T"));
		POPULATIONS.put("contractuels_permanents", a -> a.statut().equals("C"));
		POPULATIONS.put("permanents", Agent::permanent);
		POPULATIONS.put("non_permanents", a -> a.statut().equals("N"));
		POPULATIONS.put("tous", a -> true);
	}

	private static String tranche(int age) {
		if (age < 20) {
			return "<20";
		}
		if (age >= 65) {
			return "65+";
		}
		int b = (age / 5) * 5;
		return b + "-" + (b + 4);
	}

	private static String modalite(Agent a, String dimension) {
		if (dimension.equals("ensemble")) {
			return "ensemble";
		}
		return java.util.Arrays.stream(dimension.split("\\+")).map(d -> switch (d) {
			case "sexe" -> a.sexe();
			case "tranche_age" -> tranche(a.age());
			case "tranche_age_3" -> a.age() < 30 ? "<30" : a.age() < 50 ? "30-49" : "50+";
			case "categorie" -> a.categorie();
			case "filiere" -> a.filiere();
			case "cadre_emplois" -> a.cadre();
			default -> throw new IllegalArgumentException(d);
		}).collect(Collectors.joining("+"));
	}

	/**
	 * Les agents d'une population groupés par modalité ; {@code ensemble} toujours
	 * présent.
	 */
	private static Map<String, List<Agent>> cellules(List<Agent> agents, String dimension) {
		Map<String, List<Agent>> m = new LinkedHashMap<>();
		m.put("ensemble", new ArrayList<>());
		if (dimension.equals("ensemble")) {
			m.get("ensemble").addAll(agents);
			return m;
		}
		m.clear();
		for (Agent a : agents) {
			m.computeIfAbsent(modalite(a, dimension), k -> new ArrayList<>()).add(a);
		}
		return m;
	}

	private static final class Sortie {

		final List<Indicateur> lignes = new ArrayList<>();

		void valeur(Theme t, String ind, String pop, String groupe, String dim, String mod, double v, int base) {
			lignes.add(Indicateur.valeur(t, ind, pop, groupe, dim, mod, bd(v), base));
		}

		void rapport(Theme t, String ind, String pop, String groupe, String dim, String mod, double num, double den,
				int facteur, int base) {
			lignes.add(Indicateur.rapport(t, ind, pop, groupe, dim, mod, bd(num), bd(den), BigDecimal.valueOf(facteur),
					base));
		}

		private static BigDecimal bd(double v) {
			return new BigDecimal(Double.toString(v)).stripTrailingZeros();
		}

	}

	static List<Indicateur> lignes(List<Agent> agents, Collectivite c) {
		Sortie s = new Sortie();
		effectifs(agents, s);
		absenteisme(agents, s);
		accidents(agents, s);
		remunerations(agents, s, c);
		egalite(agents, s);
		return List.copyOf(s.lignes);
	}

	private static void effectifs(List<Agent> agents, Sortie s) {
		Theme t = Theme.EFFECTIFS;
		List<String> dims = List.of("ensemble", "sexe", "categorie", "filiere", "cadre_emplois", "tranche_age",
				"tranche_age_3", "categorie+sexe", "filiere+sexe", "tranche_age+sexe", "cadre_emplois+sexe");
		POPULATIONS.forEach((pop, p) -> {
			List<Agent> employes = agents.stream().filter(p).toList();
			List<Agent> presents = employes.stream().filter(Agent::present).toList();
			for (String dim : dims) {
				for (var e : cellules(presents, dim).entrySet()) {
					int n = e.getValue().size();
					s.valeur(t, "effectif", pop, "", dim, e.getKey(), n, n);
					if (!dim.equals("ensemble")) {
						s.rapport(t, "part", pop, "", dim, e.getKey(), n, presents.size(), 100, presents.size());
					}
				}
			}
			for (String dim : List.of("ensemble", "sexe", "categorie")) {
				for (var e : cellules(employes, dim).entrySet()) {
					s.valeur(t, "etpr", pop, "", dim, e.getKey(), arrondi(somme(e.getValue(), Agent::etpr)),
							e.getValue().size());
				}
			}
			for (String dim : List.of("ensemble", "sexe")) {
				for (var e : cellules(presents, dim).entrySet()) {
					List<Agent> l = e.getValue();
					s.rapport(t, "age_moyen", pop, "", dim, e.getKey(), somme(l, a -> a.age()), l.size(), 1, l.size());
					s.valeur(t, "temps_complet", pop, "", dim, e.getKey(), compte(l, a -> !a.nonComplet()),
							compte(l, a -> !a.nonComplet()));
					s.valeur(t, "temps_non_complet", pop, "", dim, e.getKey(), compte(l, Agent::nonComplet),
							compte(l, Agent::nonComplet));
					int tp = compte(l, a -> !a.partiel().isEmpty());
					s.valeur(t, "temps_partiel", pop, "", dim, e.getKey(), tp, tp);
					int d = compte(l, a -> a.partiel().equals("droit"));
					s.valeur(t, "temps_partiel_de_droit", pop, "", dim, e.getKey(), d, d);
					int au = compte(l, a -> a.partiel().equals("autorisation"));
					s.valeur(t, "temps_partiel_sur_autorisation", pop, "", dim, e.getKey(), au, au);
					if (pop.equals("permanents")) {
						int f = compte(l, Agent::fonctionnel);
						s.valeur(t, "emploi_fonctionnel", pop, "", dim, e.getKey(), f, f);
					}
				}
			}
			if (List.of("fonctionnaires", "contractuels_permanents", "permanents").contains(pop)) {
				for (String dim : List.of("ensemble", "sexe")) {
					for (var e : cellules(employes, dim).entrySet()) {
						int ar = compte(e.getValue(), Agent::arrive);
						int de = compte(e.getValue(), Agent::parti);
						s.valeur(t, "arrivees", pop, "", dim, e.getKey(), ar, ar);
						s.valeur(t, "departs", pop, "", dim, e.getKey(), de, de);
					}
				}
				int prec = compte(employes, Agent::presentPrecedent);
				int fin = presents.size();
				int ar = compte(employes, Agent::arrive);
				int de = compte(employes, Agent::parti);
				s.valeur(t, "effectif_precedent", pop, "", "ensemble", "ensemble", prec, prec);
				s.rapport(t, "variation_effectif", pop, "", "ensemble", "ensemble", fin - prec, prec, 100, prec);
				s.rapport(t, "taux_rotation", pop, "", "ensemble", "ensemble", (ar + de) / 2.0, (prec + fin) / 2.0, 100,
						(prec + fin) / 2);
			}
		});
	}

	private static void absenteisme(List<Agent> agents, Sortie s) {
		List<String> dims = List.of("ensemble", "sexe", "tranche_age", "tranche_age_3", "categorie", "filiere");
		POPULATIONS.forEach((pop, p) -> {
			List<Agent> employes = agents.stream().filter(p).toList();
			for (String groupe : List.of("compressible", "medical", "global")) {
				for (String dim : dims) {
					cellulesAbsence(employes, dim, groupe, GROUPES.get(groupe), pop, s, true);
				}
			}
			for (String motif : MOTIFS) {
				List<String> dm = pop.equals("permanents") || pop.equals("tous") ? dims : List.of("ensemble");
				for (String dim : dm) {
					cellulesAbsence(employes, dim, motif, List.of(motif), pop, s, false);
				}
			}
		});
	}

	private static void cellulesAbsence(List<Agent> employes, String dim, String groupe, List<String> motifs,
			String pop, Sortie s, boolean carence) {
		Theme t = Theme.ABSENTEISME;
		for (var e : cellules(employes, dim).entrySet()) {
			List<Agent> l = e.getValue();
			String m = e.getKey();
			int effectif = compte(l, Agent::present);
			int jours = l.stream().mapToInt(a -> a.jours(motifs)).sum();
			int arrets = l.stream().mapToInt(a -> a.arrets(motifs)).sum();
			int absents = compte(l, a -> a.jours(motifs) > 0);
			s.valeur(t, "effectif", pop, groupe, dim, m, effectif, effectif);
			s.valeur(t, "jours", pop, groupe, dim, m, jours, absents);
			s.valeur(t, "arrets", pop, groupe, dim, m, arrets, absents);
			s.valeur(t, "agents_absents", pop, groupe, dim, m, absents, absents);
			s.rapport(t, "taux_absenteisme", pop, groupe, dim, m, jours, effectif * 365.0, 100, effectif);
			s.rapport(t, "taux_exposition", pop, groupe, dim, m, absents, effectif, 100, effectif);
			s.rapport(t, "taux_frequence", pop, groupe, dim, m, arrets, effectif, 100, effectif);
			s.rapport(t, "gravite", pop, groupe, dim, m, jours, arrets, 1, absents);
			s.rapport(t, "jours_moyens", pop, groupe, dim, m, jours, effectif, 1, effectif);
			if (carence) {
				s.rapport(t, "part_agents_carence", pop, groupe, dim, m, compte(l, Agent::carence), effectif, 100,
						effectif);
			}
		}
	}

	private static void accidents(List<Agent> agents, Sortie s) {
		Theme t = Theme.ACCIDENTS;
		for (String pop : List.of("permanents", "tous")) {
			List<Agent> employes = agents.stream().filter(POPULATIONS.get(pop)).toList();
			for (String groupe : List.of("", "AT_SERVICE", "AT_TRAJET", "MP")) {
				List<String> motifs = groupe.isEmpty() ? List.of("AT_SERVICE", "AT_TRAJET", "MP") : List.of(groupe);
				for (String dim : List.of("ensemble", "sexe", "categorie")) {
					for (var e : cellules(employes, dim).entrySet()) {
						List<Agent> l = e.getValue();
						double heures = somme(l, Agent::etpr) * 1820;
						int concernes = compte(l, a -> a.jours(motifs) > 0);
						int jours = l.stream().mapToInt(a -> a.jours(motifs)).sum();
						if (!groupe.equals("MP")) {
							int acc = l.stream()
								.mapToInt(a -> (groupe.equals("AT_TRAJET") ? 0 : a.accidentsService())
										+ (groupe.equals("AT_SERVICE") ? 0 : a.accidentsTrajet()))
								.sum();
							s.valeur(t, "accidents", pop, groupe, dim, e.getKey(), acc, concernes);
							s.rapport(t, "indice_frequence", pop, groupe, dim, e.getKey(), acc, heures / 1820, 1000,
									l.size());
						}
						s.valeur(t, "jours", pop, groupe, dim, e.getKey(), jours, concernes);
						s.rapport(t, "taux_gravite", pop, groupe, dim, e.getKey(), jours, heures, 1000, l.size());
					}
				}
			}
		}
	}

	private static void remunerations(List<Agent> agents, Sortie s, Collectivite c) {
		Theme t = Theme.REMUNERATIONS;
		List<String> dims = List.of("ensemble", "categorie", "sexe", "filiere", "categorie+sexe", "filiere+categorie",
				"filiere+categorie+sexe");
		for (String pop : List.of("fonctionnaires", "contractuels_permanents", "permanents")) {
			List<Agent> payes = agents.stream().filter(POPULATIONS.get(pop)).toList();
			for (String dim : dims) {
				for (var e : cellules(payes, dim).entrySet()) {
					List<Agent> l = e.getValue();
					String m = e.getKey();
					int n = l.size();
					double rab = somme(l, Agent::remuneration);
					double etpr = arrondi(somme(l, Agent::etpr));
					s.valeur(t, "traitement_brut", pop, "", dim, m, somme(l, Agent::traitement), n);
					s.valeur(t, "primes", pop, "", dim, m, somme(l, Agent::primes), n);
					s.valeur(t, "nbi", pop, "", dim, m, somme(l, Agent::nbi), n);
					s.valeur(t, "sft", pop, "", dim, m, somme(l, Agent::sft), n);
					s.valeur(t, "heures_sup_montant", pop, "", dim, m, somme(l, Agent::hsMontant), n);
					s.valeur(t, "heures_sup_nombre", pop, "", dim, m, somme(l, Agent::hsNombre), n);
					s.valeur(t, "remuneration_annuelle_brute", pop, "", dim, m, rab, n);
					s.valeur(t, "etpr", pop, "", dim, m, etpr, n);
					s.rapport(t, "remuneration_moyenne_etpr", pop, "", dim, m, rab, etpr, 1, n);
					s.rapport(t, "part_primes", pop, "", dim, m, somme(l, Agent::primes), rab, 100, n);
				}
			}
			for (String dim : List.of("ensemble", "sexe", "filiere", "cadre_emplois")) {
				for (var e : cellules(payes, dim).entrySet()) {
					List<Agent> hs = e.getValue().stream().filter(a -> a.hsNombre() > 0).toList();
					s.rapport(t, "heures_sup_par_agent", pop, "", dim, e.getKey(), somme(hs, Agent::hsNombre),
							hs.size(), 1, hs.size());
				}
			}
		}
		s.lignes.add(Indicateur.rapport(t, "part_charges_personnel", "", "", "ensemble", "ensemble",
				c.chargesPersonnel(), c.budgetFonctionnement(), BigDecimal.valueOf(100), agents.size()));
	}

	private static void egalite(List<Agent> agents, Sortie s) {
		Theme t = Theme.EGALITE;
		for (String pop : List.of("permanents", "tous")) {
			List<Agent> presents = agents.stream().filter(POPULATIONS.get(pop)).filter(Agent::present).toList();
			for (String dim : List.of("ensemble", "categorie", "filiere", "cadre_emplois")) {
				for (var e : cellules(presents, dim).entrySet()) {
					List<Agent> l = e.getValue();
					s.rapport(t, "taux_feminisation", pop, "", dim, e.getKey(), compte(l, a -> a.sexe().equals("F")),
							l.size(), 100, l.size());
				}
			}
		}
		for (String pop : List.of("fonctionnaires", "contractuels_permanents", "permanents")) {
			List<Agent> payes = agents.stream().filter(POPULATIONS.get(pop)).toList();
			for (String dim : List.of("ensemble", "categorie", "filiere")) {
				for (var e : cellules(payes, dim).entrySet()) {
					List<Agent> f = e.getValue().stream().filter(a -> a.sexe().equals("F")).toList();
					List<Agent> h = e.getValue().stream().filter(a -> a.sexe().equals("H")).toList();
					double etf = somme(f, Agent::etpr);
					double eth = somme(h, Agent::etpr);
					if (etf == 0 || eth == 0) {
						s.lignes.add(new Indicateur(t, "ecart_remuneration", pop, "", dim, e.getKey(), null, null, null,
								Math.min(f.size(), h.size()), Math.min(f.size(), h.size()) < 3));
						continue;
					}
					double mf = somme(f, Agent::remuneration) / etf;
					double mh = somme(h, Agent::remuneration) / eth;
					s.rapport(t, "ecart_remuneration", pop, "", dim, e.getKey(), mh - mf, mh, 100,
							Math.min(f.size(), h.size()));
				}
			}
		}
	}

	private static int compte(List<Agent> l, Predicate<Agent> p) {
		return (int) l.stream().filter(p).count();
	}

	private static double somme(List<Agent> l, ToDoubleFunction<Agent> f) {
		return l.stream().mapToDouble(f).sum();
	}

	private static double arrondi(double v) {
		return Math.round(v * 100) / 100.0;
	}

	private FixturesIndicateurs() {
	}

}
