package fr.cdg.rsu.lecture.dsn;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import fr.cdg.rsu.indicateurs.Avertissement;
import fr.cdg.rsu.lecture.LigneLue;
import fr.cdg.rsu.lecture.Rejet;
import org.jspecify.annotations.Nullable;

/**
 * Lit le lot des fichiers DSN d'un dossier d'entrée et rend, ligne à ligne comme le
 * chemin CSV, les employeurs, agents, absences et paies qu'ils décrivent, puis les
 * rejets. Deux passages sur chaque fichier : le premier relève les en-têtes de
 * déclaration (pour résoudre les « annule et remplace » d'un fichier à l'autre avant de
 * lire un seul individu), le second verse les individus des déclarations gardées dans
 * l'état de fusion de leur employeur, un groupe d'employeurs après l'autre. Aucun fichier
 * n'est tenu en mémoire ; l'état de fusion l'est, par agent, pour le groupe en cours.
 */
public final class LecteurDsn {

	private final Path racine;

	private final List<Path> fichiers;

	private final @Nullable Path grades;

	private final @Nullable Path collectivites;

	private final @Nullable Path agents;

	private final int annee;

	private final Journal journal = new Journal();

	private final Map<String, EtatEmployeur> employeurs = new TreeMap<>();

	private final Map<String, Production.Comptes> comptes = new LinkedHashMap<>();

	private Complements complements = Complements.vides();

	private final List<Declaration> toutes = new ArrayList<>();

	private @Nullable Iterator<EtatEmployeur> suivants;

	private final List<List<Declaration>> parFichier = new ArrayList<>();

	private Iterator<Composante> composantes = java.util.Collections.emptyIterator();

	/** Le premier fichier DSN de chaque employeur qui a une déclaration gardée. */
	private final Map<String, String> premierFichier = new TreeMap<>();

	private final Deque<LigneLue> prets = new ArrayDeque<>();

	private boolean lu;

	private boolean fini;

	/**
	 * @param fichiers les {@code *.dsn} du dossier, à toute profondeur
	 * @param grades, collectivites, agents les compléments à la racine, ou {@code null}
	 */
	public LecteurDsn(Path racine, List<Path> fichiers, @Nullable Path grades, @Nullable Path collectivites,
			@Nullable Path agents, int annee) {
		this.racine = racine;
		this.fichiers = List.copyOf(fichiers);
		this.grades = grades;
		this.collectivites = collectivites;
		this.agents = agents;
		this.annee = annee;
	}

	/**
	 * Lit tout (les deux passages) au premier appel, puis rend la ligne suivante, ou
	 * {@code null} à la fin.
	 */
	public @Nullable LigneLue suivante() {
		if (!lu) {
			lire();
		}
		while (prets.isEmpty()) {
			if (suivants == null || !suivants.hasNext()) {
				if (composantes.hasNext()) {
					fusionner(composantes.next());
					continue;
				}
				if (!fini) {
					fini = true;
					terminer();
				}
				return prets.pollFirst();
			}
			EtatEmployeur e = suivants.next();
			Production.Comptes c = new Production.Comptes();
			comptes.put(e.siret, c);
			prets.addAll(Production.produire(e, complements, journal, c));
			avertirEmployeur(e, c);
			vider();
			// l'état d'un employeur produit ne sert plus qu'au rapport : ses agents sont
			// libérés
			e.agents.clear();
		}
		return prets.pollFirst();
	}

	/**
	 * Premier passage et sélection ; rend les SIRET des employeurs qui ont au moins une
	 * déclaration gardée (pour les contrôles croisés avec les exports). Le second passage
	 * se fait ensuite, groupe par groupe, à la demande.
	 */
	public Set<String> lire() {
		if (lu) {
			return premierFichier.keySet();
		}
		lu = true;
		complements = Complements.lire(grades, collectivites, agents, journal);
		for (int i = 0; i < fichiers.size(); i++) {
			Journal.BilanFichier bilan = journal.fichiers.computeIfAbsent(nom(fichiers.get(i)),
					Journal.BilanFichier::new);
			List<Declaration> d = Recensement.recenser(fichiers.get(i), i, bilan, journal);
			parFichier.add(d);
			toutes.addAll(d);
		}
		Selection.selectionner(toutes, annee, journal);
		composantes = composantes().iterator();
		vider();
		return premierFichier.keySet();
	}

	/**
	 * Les groupes d'employeurs qui partagent un fichier (un tiers déclarant en regroupe
	 * plusieurs), et leurs fichiers : un groupe est fusionné puis produit avant le
	 * suivant, si bien que la mémoire tenue est celle du plus gros groupe (d'ordinaire un
	 * employeur), pas celle du lot entier.
	 */
	private List<Composante> composantes() {
		Map<String, String> parent = new TreeMap<>();
		for (Declaration d : toutes) {
			if (d.sort == Declaration.Sort.GARDEE) {
				parent.putIfAbsent(d.siret(), d.siret());
				premierFichier.putIfAbsent(d.siret(), nom(fichiers.get(d.fichier)));
			}
		}
		for (List<Declaration> ds : parFichier) {
			String premier = null;
			for (Declaration d : ds) {
				if (d.sort != Declaration.Sort.GARDEE) {
					continue;
				}
				if (premier == null) {
					premier = d.siretRetenu();
				}
				else {
					unir(parent, premier, d.siretRetenu());
				}
			}
		}
		Map<String, Composante> parRacine = new LinkedHashMap<>();
		for (String siret : parent.keySet()) {
			parRacine
				.computeIfAbsent(racine(parent, siret),
						r -> new Composante(new java.util.HashSet<>(), new java.util.TreeSet<>()))
				.sirets()
				.add(siret);
		}
		for (int i = 0; i < parFichier.size(); i++) {
			for (Declaration d : parFichier.get(i)) {
				if (d.sort == Declaration.Sort.GARDEE) {
					Objects.requireNonNull(parRacine.get(racine(parent, d.siretRetenu()))).fichiers().add(i);
				}
			}
		}
		return new ArrayList<>(parRacine.values());
	}

	private record Composante(Set<String> sirets, java.util.SortedSet<Integer> fichiers) {
	}

	private static String racine(Map<String, String> parent, String s) {
		String p;
		while (!(p = Objects.requireNonNull(parent.get(s), s)).equals(s)) {
			s = p;
		}
		return s;
	}

	private static void unir(Map<String, String> parent, String a, String b) {
		String ra = racine(parent, a);
		String rb = racine(parent, b);
		if (!ra.equals(rb)) {
			parent.put(rb, ra);
		}
	}

	/** Second passage sur les fichiers d'un groupe d'employeurs. */
	private void fusionner(Composante c) {
		Map<String, EtatEmployeur> etats = new TreeMap<>();
		for (int i : c.fichiers()) {
			new Fusion(fichiers.get(i), i, Objects.requireNonNull(journal.fichiers.get(nom(fichiers.get(i)))), journal,
					parFichier.get(i), etats, annee, c.sirets())
				.fusionner();
		}
		employeurs.putAll(etats);
		vider();
		suivants = etats.values().iterator();
	}

	/** Les rejets relevés jusqu'ici partent avant les lignes qui suivent. */
	private void vider() {
		for (Rejet r : journal.rejets) {
			prets.add(new LigneLue.Rejetee(r));
		}
		journal.rejets.clear();
	}

	/**
	 * Le nom d'un fichier tel qu'il apparaît dans les rejets et le rapport : son chemin
	 * relatif au dossier.
	 */
	private String nom(Path fichier) {
		return racine.relativize(fichier).toString();
	}

	private void avertirEmployeur(EtatEmployeur e, Production.Comptes c) {
		for (var g : c.gradesInconnus.entrySet()) {
			journal.avertir(e.siret, "DSN_GRADE_INCONNU", "grade " + g.getKey() + " absent de grades.csv : "
					+ g.getValue() + " agent(s) sans catégorie, filière ni cadre d'emplois");
		}
		for (var s : c.statutsHorsListe.entrySet()) {
			journal.avertir(e.siret, "DSN_STATUT_HORS_LISTE", "statut d'emploi (S21.G00.40.026) " + s.getKey() + " : "
					+ s.getValue() + " agent(s) lus comme contractuels (règle du code 02)");
		}
		for (var m : e.motifsReserves.entrySet()) {
			journal.avertir(e.siret, "DSN_MOTIF_ARRET_RESERVE", "motif d'arrêt " + m.getKey() + " (code réservé) : "
					+ m.getValue() + " occurrence(s) non comptées comme absences");
		}
		if (c.carences > 0) {
			journal.avertir(e.siret, "DSN_CARENCE_ESTIMEE", c.carences + " arrêt(s) de maladie ordinaire : un jour de "
					+ "carence estimé pour chacun (la DSN ne le déclare pas ; ALD, grossesse... invisibles)");
		}
		if (c.chainesAccident > 0) {
			journal.avertir(e.siret, "DSN_ACCIDENT_SANS_DATE", c.chainesAccident + " arrêt(s) pour accident ou "
					+ "maladie professionnelle sans date d'accident (interdite en DSN mensuelle) : chacun compte pour "
					+ "un accident daté de son premier jour");
		}
		if (e.primesEstimees > 0) {
			journal.avertir(e.siret, "DSN_PRIMES_ESTIMEES", e.primesEstimees + " mois-agent(s) sans bloc 52 : primes "
					+ "estimées par le brut (51/001) moins le traitement, les heures supplémentaires et la NBI");
		}
		if (e.nbiEstimees > 0) {
			journal.avertir(e.siret, "DSN_NBI_POINTS", e.nbiEstimees + " mois-agent(s) sans cotisation 81/304 : NBI "
					+ "estimée par les points (S21.G00.40.059) × " + EtatEmployeur.VALEUR_POINT_MENSUELLE + " €");
		}
		List<String> manquants = moisManquants(e);
		if (!manquants.isEmpty()) {
			journal.avertir(e.siret, "DSN_MOIS_MANQUANTS",
					"mois de " + annee + " sans DSN : " + String.join(", ", manquants));
		}
	}

	private List<String> moisManquants(EtatEmployeur e) {
		List<String> manquants = new ArrayList<>();
		for (int m = 1; m <= 12; m++) {
			if (!e.mois.contains(m)) {
				manquants.add(String.format("%02d/%d", m, annee));
			}
		}
		return manquants;
	}

	private void terminer() {
		for (var corr : complements.corrections.values()) {
			if (!complements.corrigees.contains(corr)) {
				journal.avertir(corr.siret(), "DSN_CORRECTION_INTROUVABLE", corr.fichier() + " ligne " + corr.ligne()
						+ " : matricule " + corr.matricule() + " introuvable dans les DSN, correction sans effet");
			}
		}
		for (Rejet r : journal.rejets) {
			prets.add(new LigneLue.Rejetee(r));
		}
		journal.rejets.clear();
	}

	/**
	 * Les avertissements de la lecture (complets une fois {@link #suivante()} arrivée à
	 * {@code null}).
	 */
	public List<Avertissement> avertissements() {
		return List.copyOf(journal.avertissements);
	}

	/** Comptes d'un fichier lu : lignes lues, rejetées, vides. */
	public record ComptesFichier(String fichier, long lues, long rejetees, long vides) {
	}

	public List<ComptesFichier> comptesFichiers() {
		List<ComptesFichier> l = new ArrayList<>();
		for (Journal.BilanFichier b : journal.fichiers.values()) {
			l.add(new ComptesFichier(b.nom, b.lues, b.rejetees, b.vides));
		}
		return l;
	}

	/** La partie DSN du rapport d'exécution (§7), prête à sérialiser en JSON. */
	public Map<String, Object> rapport() {
		Map<String, Object> r = new LinkedHashMap<>();
		List<Map<String, Object>> fs = new ArrayList<>();
		// une fois : rang de chaque fichier et déclarations de chaque rang (des milliers
		// de fichiers au département,
		// chercher le rang et parcourir toutes les déclarations pour chacun était
		// quadratique)
		Map<String, Integer> rangs = new java.util.HashMap<>();
		for (int i = 0; i < fichiers.size(); i++) {
			rangs.putIfAbsent(nom(fichiers.get(i)), i);
		}
		Map<Integer, List<Declaration>> parFichier = new java.util.HashMap<>();
		for (Declaration d : toutes) {
			parFichier.computeIfAbsent(d.fichier, k -> new ArrayList<>()).add(d);
		}
		for (Journal.BilanFichier b : journal.fichiers.values()) {
			Map<String, Object> f = new LinkedHashMap<>();
			f.put("fichier", b.nom);
			f.put("lignes_lues", b.lues);
			f.put("lignes_rejetees", b.rejetees);
			f.put("lignes_vides", b.vides);
			f.put("lignes_trop_longues", b.longues);
			f.put("rubriques_inconnues_sautees", b.rubriquesInconnues);
			f.put("controles_s90", b.controlesS90);
			List<Map<String, Object>> ds = new ArrayList<>();
			for (Declaration d : parFichier.getOrDefault(rangs.getOrDefault(b.nom, -1), List.of())) {
				Map<String, Object> m = new LinkedHashMap<>();
				m.put("identifiant", d.identifiant());
				m.put("siret", d.siret());
				m.put("mois_principal", d.moisPrincipal == null ? null : DatesDsn.mois(d.moisPrincipal));
				m.put("ligne", d.premiereLigne);
				m.put("sort", switch (d.sort) {
					case GARDEE -> d.janvierSuivant ? "lue (janvier suivant)" : "lue";
					case REMPLACEE -> "remplacee";
					case SUPPLANTEE -> "supplantee";
					case SAUTEE -> "sautee";
				});
				if (d.raison != null) {
					m.put("raison", d.raison);
				}
				ds.add(m);
			}
			f.put("declarations", ds);
			fs.add(f);
		}
		r.put("fichiers", fs);
		List<Map<String, Object>> es = new ArrayList<>();
		for (EtatEmployeur e : employeurs.values()) {
			Production.Comptes c = comptes.getOrDefault(e.siret, new Production.Comptes());
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("siret", e.siret);
			m.put("mois_presents", e.mois.stream().map(x -> String.format("%02d/%d", x, annee)).toList());
			m.put("mois_manquants", moisManquants(e));
			m.put("janvier_suivant_utilise", e.janvierSuivantUtilise);
			if (!complements.siretsDecrits.contains(e.siret)) {
				m.put("emetteur", e.emetteur);
			}
			m.put("individus_lus", e.individus);
			m.put("individus_rejetes", e.individusRejetes);
			m.put("agents", c.agents);
			m.put("elus_ecartes", c.elus);
			m.put("absences", c.absences);
			m.put("remunerations", c.paies);
			m.put("grades_inconnus", c.gradesInconnus);
			m.put("statuts_hors_liste", c.statutsHorsListe);
			m.put("motifs_arret_reserves", e.motifsReserves);
			m.put("codes_suspension", e.codesSuspension);
			Map<String, Object> est = new LinkedHashMap<>();
			est.put("jours_carence_arrets", c.carences);
			est.put("primes_mois_agents", e.primesEstimees);
			est.put("nbi_points_mois_agents", e.nbiEstimees);
			est.put("accidents_sans_date", c.chainesAccident);
			m.put("estimations", est);
			es.add(m);
		}
		r.put("employeurs", es);
		return r;
	}

	/**
	 * Le premier fichier DSN d'un employeur, pour nommer les deux sources d'un SIRET lu
	 * deux fois.
	 */
	public @Nullable String fichierDe(String siret) {
		return premierFichier.get(siret);
	}

}
