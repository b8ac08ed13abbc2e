package fr.cdg.rsu.stockage;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import fr.cdg.rsu.domaine.Absence;
import fr.cdg.rsu.domaine.Agent;
import fr.cdg.rsu.domaine.Categorie;
import fr.cdg.rsu.domaine.Collectivite;
import fr.cdg.rsu.domaine.Filiere;
import fr.cdg.rsu.domaine.LignePaie;
import fr.cdg.rsu.domaine.Motif;
import fr.cdg.rsu.domaine.Sexe;
import fr.cdg.rsu.domaine.Statut;
import fr.cdg.rsu.domaine.TypeCollectivite;
import fr.cdg.rsu.domaine.themes.Accident;
import fr.cdg.rsu.domaine.themes.DecisionSante;
import fr.cdg.rsu.domaine.themes.EnregistrementFacultatif;
import fr.cdg.rsu.domaine.themes.EvenementCarriere;
import fr.cdg.rsu.domaine.themes.FichierFacultatif;
import fr.cdg.rsu.domaine.themes.Formation;
import fr.cdg.rsu.domaine.themes.ReponsesEmployeur;
import fr.cdg.rsu.domaine.themes.Signalement;
import fr.cdg.rsu.domaine.themes.SituationAgent;
import fr.cdg.rsu.lecture.LignesFacultatives;
import fr.cdg.rsu.indicateurs.Avertissement;
import fr.cdg.rsu.indicateurs.Indicateur;
import fr.cdg.rsu.indicateurs.comparaison.Comparaisons.ValeurStrate;
import fr.cdg.rsu.indicateurs.comparaison.IndicateurPhare;
import fr.cdg.rsu.lecture.CouvertureAnnee;
import fr.cdg.rsu.lecture.LecteurEntrees.StatistiquesFichier;
import fr.cdg.rsu.lecture.LigneLue;
import fr.cdg.rsu.lecture.Origine;
import fr.cdg.rsu.lecture.Rejet;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;

/** Accès aux tables de la campagne. */
public class DepotCampagne {

	private static final String[] TABLES = { "RSU_COLLECTIVITE", "RSU_AGENT", "RSU_ABSENCE", "RSU_PAIE", "RSU_REJET",
			"RSU_FICHIER", "RSU_AVERTISSEMENT", "RSU_INDICATEUR", "RSU_EMPLOYEUR_ETAPE", "RSU_EMPLOYEUR", "RSU_STRATE",
			"RSU_SIRET_LU", "RSU_ENTETE", "RSU_COMPLEMENT", "RSU_THEME_EMPLOYEUR" };

	/**
	 * La source d'un fichier facultatif dans RSU_SIRET_LU : {@code C:accidents}. Les
	 * colonnes facultatives des agents n'y sont pas : elles sont sur la ligne de l'agent,
	 * déjà comptée.
	 */
	public static String sourceFacultative(FichierFacultatif f) {
		return "C:" + f.nom();
	}

	private final JdbcTemplate jdbc;

	public DepotCampagne(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Efface tout ce qu'une campagne a écrit : la lecture recommence de zéro. */
	public void vider(long campagne) {
		for (String table : TABLES) {
			jdbc.update("DELETE FROM " + table + " WHERE CAMPAGNE = ?", campagne);
		}
	}

	/**
	 * Enregistre un lot de lignes lues : les acceptées dans leur table, les rejetées dans
	 * RSU_REJET.
	 */
	public void enregistrer(long campagne, List<? extends LigneLue> lignes) {
		List<Object[]> collectivites = new ArrayList<>();
		List<Object[]> agents = new ArrayList<>();
		List<Object[]> absences = new ArrayList<>();
		List<Object[]> paies = new ArrayList<>();
		List<Object[]> complements = new ArrayList<>();
		Map<String, List<Object[]>> facultatives = new java.util.TreeMap<>();
		List<Rejet> rejets = new ArrayList<>();
		for (LigneLue lue : lignes) {
			switch (lue) {
				case LigneLue.Rejetee r -> rejets.add(r.rejet());
				case LigneLue.Acceptee a -> {
					if (a.complement() != null) {
						complements.add(complement(campagne, a.complement(), a.fichier(), a.ligne()));
					}
					String sorte = CodecComplements.sorte(a.enregistrement());
					if (sorte != null) {
						Object[] l = complement(campagne, a.enregistrement(), a.fichier(), a.ligne());
						complements.add(l);
						// pour RSU_SIRET_LU : la deuxième colonne est le SIRET
						facultatives.computeIfAbsent(sorte, k -> new ArrayList<>())
							.add(new Object[] { campagne, l[2] });
						continue;
					}
					switch (a.enregistrement()) {
						case Collectivite c -> collectivites
							.add(new Object[] { campagne, c.siret(), c.nom(), c.type().name(), c.departement(),
									c.budgetFonctionnement(), c.chargesPersonnel(), a.fichier(), a.ligne() });
						case Agent g -> agents.add(new Object[] { campagne, g.siret(), g.matricule(), g.sexe().name(),
								date(g.dateNaissance()), g.statut().name(),
								g.categorie() == null ? null : g.categorie().name(),
								g.filiere() == null ? null : g.filiere().name(), g.cadreEmplois(),
								g.emploiFonctionnel(), g.tempsNonComplet(), g.quotite(), g.tempsPartielDeDroit(),
								date(g.dateEntree()), date(g.dateSortie()), a.fichier(), a.ligne() });
						case Absence b -> absences.add(new Object[] { campagne, b.siret(), b.matricule(),
								b.motif().name(), date(b.dateDebut()), date(b.dateFin()), b.prolongation(),
								b.joursCarence(), date(b.dateAccident()), b.ordre(), a.fichier(), a.ligne() });
						case LignePaie p -> paies.add(new Object[] { campagne, p.siret(), p.matricule(),
								p.traitementBrut(), p.primes(), p.nbi(), p.sft(), p.heuresSupMontant(),
								p.heuresSupNombre(), p.etpr(), p.heuresPayees(), a.fichier(), a.ligne() });
						default ->
							throw new IllegalArgumentException("enregistrement inattendu : " + a.enregistrement());
					}
				}
			}
		}
		lot("INSERT INTO RSU_COLLECTIVITE VALUES (?,?,?,?,?,?,?,?,?)", collectivites,
				new int[] { Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.DECIMAL,
						Types.DECIMAL, Types.VARCHAR, Types.BIGINT });
		lot("INSERT INTO RSU_AGENT VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", agents,
				new int[] { Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.CHAR, Types.DATE, Types.VARCHAR,
						Types.CHAR, Types.VARCHAR, Types.VARCHAR, Types.BOOLEAN, Types.BOOLEAN, Types.DECIMAL,
						Types.BOOLEAN, Types.DATE, Types.DATE, Types.VARCHAR, Types.BIGINT });
		lot("INSERT INTO RSU_ABSENCE VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", absences,
				new int[] { Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.DATE, Types.DATE,
						Types.BOOLEAN, Types.INTEGER, Types.DATE, Types.BIGINT, Types.VARCHAR, Types.BIGINT });
		lot("INSERT INTO RSU_PAIE VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", paies,
				new int[] { Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.DECIMAL, Types.DECIMAL, Types.DECIMAL,
						Types.DECIMAL, Types.DECIMAL, Types.DECIMAL, Types.DECIMAL, Types.DECIMAL, Types.VARCHAR,
						Types.BIGINT });
		enregistrerRejets(campagne, rejets, false);
		List<Object[]> sirets = new ArrayList<>();
		sirets(campagne, "RSU_COLLECTIVITE", collectivites, sirets);
		sirets(campagne, "RSU_AGENT", agents, sirets);
		sirets(campagne, "RSU_ABSENCE", absences, sirets);
		sirets(campagne, "RSU_PAIE", paies, sirets);
		facultatives.forEach((sorte, l) -> sirets(campagne, "C:" + sorte, l, sirets));
		lot("INSERT INTO RSU_COMPLEMENT VALUES (?,?,?,?,?,?,?)", complements, new int[] { Types.BIGINT, Types.VARCHAR,
				Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.BIGINT });
		lot("INSERT INTO RSU_SIRET_LU VALUES (?,?,?,?)", sirets,
				new int[] { Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.BIGINT });
	}

	/**
	 * Une ligne de RSU_COMPLEMENT : campagne, sorte, SIRET, matricule, données JSON,
	 * fichier, ligne.
	 */
	private static Object[] complement(long campagne, Object enregistrement, String fichier, long ligne) {
		String sorte = CodecComplements.sorte(enregistrement);
		if (sorte == null) {
			throw new IllegalArgumentException("complément inattendu : " + enregistrement);
		}
		String donnees = CodecComplements.ecrire(enregistrement);
		if (donnees.length() > 4000) {
			// ne peut arriver : les textes d'une ligne sont des codes de listes fermées,
			// le matricule est borné
			throw new IllegalArgumentException("ligne " + ligne + " de " + fichier + " trop longue à enregistrer");
		}
		return new Object[] { campagne, sorte, CodecComplements.siret(enregistrement),
				CodecComplements.matricule(enregistrement), donnees, fichier, ligne };
	}

	/**
	 * Les SIRET d'un lot de lignes (deuxième colonne de chaque ligne) et leurs nombres de
	 * lignes, pour RSU_SIRET_LU.
	 */
	private static void sirets(long campagne, String table, List<Object[]> lignes, List<Object[]> sortie) {
		Map<Object, long[]> vus = new java.util.LinkedHashMap<>();
		for (Object[] ligne : lignes) {
			vus.computeIfAbsent(ligne[1], s -> new long[1])[0]++;
		}
		vus.forEach((siret, nombre) -> sortie.add(new Object[] { campagne, table, siret, nombre[0] }));
	}

	/**
	 * Lignes acceptées à la lecture, toutes tables confondues, des SIRET de l'intervalle
	 * couvert par le bloc.
	 */
	public Map<String, Long> lignesParSiret(long campagne, Collection<String> bloc) {
		if (bloc.isEmpty()) {
			return Map.of();
		}
		return sommesParSiret("SIRET BETWEEN ? AND ?", campagne, premier(bloc), dernier(bloc));
	}

	/** Lignes acceptées à la lecture, par SIRET, pour une table (RSU_AGENT...). */
	public Map<String, Long> lignesParSiret(long campagne, String table) {
		return sommesParSiret("SOURCE = ?", campagne, table);
	}

	private Map<String, Long> sommesParSiret(String condition, Object... arguments) {
		Map<String, Long> comptes = new HashMap<>();
		jdbc.query(
				"SELECT SIRET, SUM(LIGNES) FROM RSU_SIRET_LU WHERE CAMPAGNE = ? AND " + condition + " GROUP BY SIRET",
				rs -> {
					comptes.put(rs.getString(1), rs.getLong(2));
				}, arguments);
		return comptes;
	}

	private static String premier(Collection<String> sirets) {
		return sirets.stream().min(String::compareTo).orElseThrow();
	}

	private static String dernier(Collection<String> sirets) {
		return sirets.stream().max(String::compareTo).orElseThrow();
	}

	private List<String> siretsLus(long campagne, String table) {
		// SIRET jamais nul : seules les lignes acceptées, qui en ont un, sont notées dans
		// RSU_SIRET_LU
		return jdbc.query("SELECT DISTINCT SIRET FROM RSU_SIRET_LU WHERE CAMPAGNE = ? AND SOURCE = ? ORDER BY SIRET",
				(rs, i) -> rs.getString(1), campagne, table);
	}

	/**
	 * Ce que couvrent les données lues de la campagne, ou d'un employeur ({@code siret}
	 * non nul) : absences par année de début, dates d'entrée et de sortie des agents.
	 */
	public CouvertureAnnee couverture(long campagne, @Nullable String siret) {
		String employeur = siret == null ? "" : " AND SIRET = ?";
		Object[] arguments = siret == null ? new Object[] { campagne } : new Object[] { campagne, siret };
		Map<Integer, Long> parAnnee = new HashMap<>();
		LocalDate[] bornes = new LocalDate[2];
		jdbc.query("SELECT EXTRACT(YEAR FROM DATE_DEBUT), COUNT(*), MIN(DATE_DEBUT), MAX(DATE_DEBUT) FROM RSU_ABSENCE "
				+ "WHERE CAMPAGNE = ?" + employeur + " GROUP BY EXTRACT(YEAR FROM DATE_DEBUT)", rs -> {
					parAnnee.put(rs.getInt(1), rs.getLong(2));
					LocalDate min = rs.getDate(3).toLocalDate();
					LocalDate max = rs.getDate(4).toLocalDate();
					bornes[0] = bornes[0] == null || min.isBefore(bornes[0]) ? min : bornes[0];
					bornes[1] = bornes[1] == null || max.isAfter(bornes[1]) ? max : bornes[1];
				}, arguments);
		return jdbc.queryForObject(
				"SELECT COUNT(*), MIN(DATE_ENTREE), MAX(DATE_ENTREE), MAX(DATE_SORTIE) FROM RSU_AGENT "
						+ "WHERE CAMPAGNE = ?" + employeur,
				(rs, n) -> new CouvertureAnnee(parAnnee, bornes[0], bornes[1], rs.getLong(1), jour(rs.getDate(2)),
						jour(rs.getDate(3)), jour(rs.getDate(4))),
				arguments);
	}

	/**
	 * Les employeurs dont les absences ne couvrent pas l'année (même règle que pour la
	 * campagne).
	 */
	public List<String> employeursNonCouverts(long campagne, int annee) {
		Map<String, Map<Integer, Long>> parEmployeur = new HashMap<>();
		jdbc.query("SELECT SIRET, EXTRACT(YEAR FROM DATE_DEBUT), COUNT(*) FROM RSU_ABSENCE WHERE CAMPAGNE = ? "
				+ "GROUP BY SIRET, EXTRACT(YEAR FROM DATE_DEBUT)", rs -> {
					parEmployeur.computeIfAbsent(rs.getString(1), k -> new HashMap<>())
						.put(rs.getInt(2), rs.getLong(3));
				}, campagne);
		List<String> r = new ArrayList<>();
		parEmployeur.forEach((siret, debuts) -> {
			if (!CouvertureAnnee.couvre(debuts, annee)) {
				r.add(siret);
			}
		});
		r.sort(null);
		return r;
	}

	private static @Nullable LocalDate jour(@Nullable Date d) {
		return d == null ? null : d.toLocalDate();
	}

	/**
	 * @param auCalcul rejet décidé au calcul (la ligne avait été acceptée à la lecture)
	 */
	public void enregistrerRejets(long campagne, List<Rejet> rejets, boolean auCalcul) {
		List<Object[]> lignes = new ArrayList<>(rejets.size());
		for (Rejet r : rejets) {
			lignes.add(new Object[] { campagne, r.fichier(), r.ligne(), r.colonne(), r.valeur(), r.motif(), r.siret(),
					auCalcul });
		}
		lot("INSERT INTO RSU_REJET VALUES (?,?,?,?,?,?,?,?)", lignes, new int[] { Types.BIGINT, Types.VARCHAR,
				Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.BOOLEAN });
	}

	private void lot(String sql, List<Object[]> lignes, int[] types) {
		if (!lignes.isEmpty()) {
			jdbc.batchUpdate(sql, lignes, types);
		}
	}

	private static @Nullable Date date(@Nullable LocalDate d) {
		return d == null ? null : Date.valueOf(d);
	}

	public void enregistrerStatistiques(long campagne, Map<String, StatistiquesFichier> statistiques) {
		jdbc.update("DELETE FROM RSU_FICHIER WHERE CAMPAGNE = ?", campagne);
		jdbc.update("DELETE FROM RSU_ENTETE WHERE CAMPAGNE = ?", campagne);
		List<Object[]> libelles = new ArrayList<>();
		for (StatistiquesFichier s : statistiques.values()) {
			s.libellesColonnes.forEach((colonne, libelle) -> libelles
				.add(new Object[] { campagne, s.fichier, colonne, tronquer(libelle, 400) }));
		}
		lot("INSERT INTO RSU_ENTETE VALUES (?,?,?,?)", libelles,
				new int[] { Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR });
		// en lot : un dossier de DSN compte des milliers de fichiers (13 par employeur),
		// une requête chacun coûtait
		// une dizaine de secondes au département
		List<Object[]> lignes = new ArrayList<>(statistiques.size());
		int rang = 0;
		for (StatistiquesFichier s : statistiques.values()) {
			lignes.add(new Object[] { campagne, rang++, s.fichier, s.sorte, s.detection, s.profil,
					tronquer(String.join(" | ", s.colonnesInconnues), 4000), s.lues, s.rejetees, s.vides });
		}
		lot("INSERT INTO RSU_FICHIER VALUES (?,?,?,?,?,?,?,?,?,?)", lignes,
				new int[] { Types.BIGINT, Types.INTEGER, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
						Types.VARCHAR, Types.BIGINT, Types.BIGINT, Types.BIGINT });
	}

	/**
	 * Par fichier, le nom pour le service RH des colonnes lues sous un autre en-tête que
	 * leur nom canonique ({@code sexe} → {@code Genre (sexe)}).
	 */
	public Map<String, Map<String, String>> libellesDeColonnes(long campagne) {
		Map<String, Map<String, String>> parFichier = new HashMap<>();
		jdbc.query("SELECT FICHIER, COLONNE, LIBELLE FROM RSU_ENTETE WHERE CAMPAGNE = ?", rs -> {
			parFichier.computeIfAbsent(rs.getString(1), f -> new HashMap<>()).put(rs.getString(2), rs.getString(3));
		}, campagne);
		return parFichier;
	}

	/**
	 * Rejette les absences, paies et collectivités d'un SIRET qui n'a aucun agent accepté
	 * : sans agents, pas de calcul, et ces lignes ne doivent pas disparaître sans motif.
	 */
	public void rejeterLignesSansEmployeur(long campagne) {
		// en deux temps, sur les SIRET notés à la lecture : la sous-requête corrélée NOT
		// EXISTS parcourt toute la
		// table dans HSQLDB, et même un DISTINCT sur les lignes lues coûtait plusieurs
		// secondes par million de lignes
		java.util.Set<String> avecAgents = new java.util.HashSet<>(sirets(campagne));
		for (FichierFacultatif f : FichierFacultatif.values()) {
			for (String siret : siretsLus(campagne, sourceFacultative(f))) {
				if (!avecAgents.contains(siret)) {
					jdbc.update(
							"INSERT INTO RSU_REJET (CAMPAGNE, FICHIER, LIGNE, COLONNE, VALEUR, MOTIF, SIRET, AU_CALCUL) "
									+ "SELECT CAMPAGNE, FICHIER, LIGNE, 'siret', SIRET, "
									+ "'aucun agent de cet employeur (SIRET) dans le fichier agents', SIRET, TRUE FROM RSU_COMPLEMENT"
									+ " WHERE CAMPAGNE = ? AND SORTE = ? AND SIRET = ?",
							campagne, f.nom(), siret);
				}
			}
		}
		for (String table : List.of("RSU_ABSENCE", "RSU_PAIE", "RSU_COLLECTIVITE")) {
			List<String> orphelins = siretsLus(campagne, table).stream().filter(s -> !avecAgents.contains(s)).toList();
			for (String siret : orphelins) {
				jdbc.update(
						"INSERT INTO RSU_REJET (CAMPAGNE, FICHIER, LIGNE, COLONNE, VALEUR, MOTIF, SIRET, AU_CALCUL) "
								+ "SELECT CAMPAGNE, FICHIER, LIGNE, 'siret', SIRET, "
								+ "'aucun agent de cet employeur (SIRET) dans le fichier agents', SIRET, TRUE FROM "
								+ table + " WHERE CAMPAGNE = ? AND SIRET = ?",
						campagne, siret);
			}
		}
	}

	/**
	 * Les employeurs de la campagne : ceux qui ont au moins un agent accepté, dans
	 * l'ordre des SIRET.
	 */
	public List<String> sirets(long campagne) {
		return siretsLus(campagne, "RSU_AGENT");
	}

	/** Une collectivité et la ligne d'où elle vient. */
	public record CollectiviteLue(Collectivite collectivite, String fichier, long ligne) {
	}

	/**
	 * Les lignes acceptées d'un employeur : collectivités dans l'ordre des fichiers (la
	 * première est retenue), agents et paies dans l'ordre des fichiers, absences dans
	 * l'ordre de lecture.
	 */
	public record LignesEmployeur(List<CollectiviteLue> collectivites, List<Origine<Agent>> agents,
			List<Origine<Absence>> absences, List<Origine<LignePaie>> paies, LignesFacultatives facultatives) {

		public LignesEmployeur(List<CollectiviteLue> collectivites, List<Origine<Agent>> agents,
				List<Origine<Absence>> absences, List<Origine<LignePaie>> paies) {
			this(collectivites, agents, absences, paies, LignesFacultatives.aucune());
		}

		static LignesEmployeur vides() {
			return new LignesEmployeur(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
					LignesFacultatives.vides());
		}

	}

	/**
	 * Les lignes de plusieurs employeurs, une requête par table pour tout le bloc (par
	 * intervalle de SIRET, sur l'index (CAMPAGNE, SIRET)) : au national, quatre requêtes
	 * par employeur coûtaient plus que le calcul des petites communes. Un SIRET du bloc
	 * sans aucune ligne a des listes vides.
	 */
	public Map<String, LignesEmployeur> lignes(long campagne, Collection<String> bloc) {
		Map<String, LignesEmployeur> parSiret = new HashMap<>();
		if (bloc.isEmpty()) {
			return parSiret;
		}
		for (String siret : bloc) {
			parSiret.put(siret, LignesEmployeur.vides());
		}
		String premier = premier(bloc);
		String dernier = dernier(bloc);
		String intervalle = " WHERE CAMPAGNE = ? AND SIRET BETWEEN ? AND ? ORDER BY SIRET, ";
		jdbc.query("SELECT * FROM RSU_COLLECTIVITE" + intervalle + "FICHIER, LIGNE", rs -> {
			LignesEmployeur l = parSiret.get(rs.getString("SIRET"));
			if (l != null) {
				l.collectivites()
					.add(new CollectiviteLue(new Collectivite(rs.getString("SIRET"), rs.getString("NOM"),
							TypeCollectivite.valueOf(rs.getString("TYPE_COLLECTIVITE")), rs.getString("DEPARTEMENT"),
							rs.getBigDecimal("BUDGET_FONCTIONNEMENT"), rs.getBigDecimal("CHARGES_PERSONNEL")),
							rs.getString("FICHIER"), rs.getLong("LIGNE")));
			}
		}, campagne, premier, dernier);
		jdbc.query("SELECT * FROM RSU_AGENT" + intervalle + "FICHIER, LIGNE", rs -> {
			LignesEmployeur l = parSiret.get(rs.getString("SIRET"));
			if (l != null) {
				l.agents().add(new Origine<>(agent(rs), rs.getString("FICHIER"), rs.getLong("LIGNE")));
			}
		}, campagne, premier, dernier);
		jdbc.query("SELECT * FROM RSU_ABSENCE" + intervalle + "ORDRE", rs -> {
			LignesEmployeur l = parSiret.get(rs.getString("SIRET"));
			if (l != null) {
				l.absences()
					.add(new Origine<>(
							new Absence(rs.getString("SIRET"), rs.getString("MATRICULE"),
									Motif.valueOf(rs.getString("MOTIF")), jourExige(rs, "DATE_DEBUT"),
									localDate(rs, "DATE_FIN"), rs.getBoolean("PROLONGATION"),
									rs.getInt("JOURS_CARENCE"), localDate(rs, "DATE_ACCIDENT"), rs.getLong("ORDRE")),
							rs.getString("FICHIER"), rs.getLong("LIGNE")));
			}
		}, campagne, premier, dernier);
		jdbc.query("SELECT * FROM RSU_PAIE" + intervalle + "FICHIER, LIGNE", rs -> {
			LignesEmployeur l = parSiret.get(rs.getString("SIRET"));
			if (l != null) {
				l.paies()
					.add(new Origine<>(
							new LignePaie(rs.getString("SIRET"), rs.getString("MATRICULE"),
									montant(rs, "TRAITEMENT_BRUT"), montant(rs, "PRIMES"), montant(rs, "NBI"),
									montant(rs, "SFT"), montant(rs, "HEURES_SUP_MONTANT"),
									montant(rs, "HEURES_SUP_NOMBRE"), montant(rs, "ETPR"),
									rs.getBigDecimal("HEURES_PAYEES") == null ? null : montant(rs, "HEURES_PAYEES")),
							rs.getString("FICHIER"), rs.getLong("LIGNE")));
			}
		}, campagne, premier, dernier);
		jdbc.query("SELECT SORTE, SIRET, DONNEES, FICHIER, LIGNE FROM RSU_COMPLEMENT" + intervalle + "FICHIER, LIGNE",
				rs -> {
					LignesEmployeur l = parSiret.get(rs.getString("SIRET"));
					if (l != null) {
						ajouter(l.facultatives(), CodecComplements.lire(rs.getString("SORTE"), rs.getString("DONNEES")),
								rs.getString("FICHIER"), rs.getLong("LIGNE"));
					}
				}, campagne, premier, dernier);
		return parSiret;
	}

	private static void ajouter(LignesFacultatives f, Object e, String fichier, long ligne) {
		if (!(e instanceof EnregistrementFacultatif enregistrement)) {
			throw new IllegalArgumentException("complément inattendu : " + e);
		}
		f.ajouter(enregistrement, fichier, ligne);
	}

	/**
	 * Note, pour le rapport d'exécution, les thèmes facultatifs d'un employeur : transmis
	 * ou non, et leurs lignes retenues (écriture idempotente : une reprise peut la
	 * refaire).
	 * @param themes thème → nombre de lignes retenues, ou −1 si le thème n'est pas
	 * transmis
	 */
	public void enregistrerThemes(long campagne, String siret, Map<String, Long> themes) {
		jdbc.update("DELETE FROM RSU_THEME_EMPLOYEUR WHERE CAMPAGNE = ? AND SIRET = ?", campagne, siret);
		List<Object[]> lignes = new ArrayList<>();
		themes.forEach((theme, n) -> lignes.add(new Object[] { campagne, siret, theme, n >= 0, Math.max(0, n) }));
		lot("INSERT INTO RSU_THEME_EMPLOYEUR VALUES (?,?,?,?,?)", lignes,
				new int[] { Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.BOOLEAN, Types.BIGINT });
	}

	/** SIRET → thème → lignes retenues, ou −1 pour un thème non transmis. */
	public Map<String, Map<String, Long>> themes(long campagne) {
		Map<String, Map<String, Long>> r = new HashMap<>();
		jdbc.query("SELECT SIRET, THEME, TRANSMIS, LIGNES FROM RSU_THEME_EMPLOYEUR WHERE CAMPAGNE = ?", rs -> {
			r.computeIfAbsent(rs.getString(1), k -> new java.util.TreeMap<>())
				.put(rs.getString(2), rs.getBoolean(3) ? rs.getLong(4) : -1L);
		}, campagne);
		return r;
	}

	private static Agent agent(ResultSet rs) throws SQLException {
		String categorie = rs.getString("CATEGORIE");
		String filiere = rs.getString("FILIERE");
		return new Agent(rs.getString("SIRET"), rs.getString("MATRICULE"), Sexe.valueOf(rs.getString("SEXE")),
				jourExige(rs, "DATE_NAISSANCE"), Statut.valueOf(rs.getString("STATUT")),
				categorie == null ? null : Categorie.valueOf(categorie.strip()),
				filiere == null ? null : Filiere.valueOf(filiere), rs.getString("CADRE_EMPLOIS"),
				rs.getBoolean("EMPLOI_FONCTIONNEL"), rs.getBoolean("TEMPS_NON_COMPLET"), montant(rs, "QUOTITE"),
				rs.getBoolean("TEMPS_PARTIEL_DE_DROIT"), localDate(rs, "DATE_ENTREE"), localDate(rs, "DATE_SORTIE"));
	}

	/**
	 * Les montants relus perdent les zéros de l'échelle SQL : 12.5000 redevient 12.5,
	 * comme dans le fichier.
	 */
	private static BigDecimal montant(ResultSet rs, String colonne) throws SQLException {
		BigDecimal v = rs.getBigDecimal(colonne);
		return v.signum() == 0 ? BigDecimal.ZERO : v.stripTrailingZeros();
	}

	private static @Nullable LocalDate localDate(ResultSet rs, String colonne) throws SQLException {
		Date d = rs.getDate(colonne);
		return d == null ? null : d.toLocalDate();
	}

	/** Une date obligatoire à la lecture (NOT NULL dans le schéma). */
	private static LocalDate jourExige(ResultSet rs, String colonne) throws SQLException {
		LocalDate d = localDate(rs, colonne);
		if (d == null) {
			throw new IllegalStateException(colonne + " nulle en base");
		}
		return d;
	}

	public void enregistrerAvertissements(long campagne, List<Avertissement> avertissements) {
		List<Object[]> lignes = new ArrayList<>();
		for (Avertissement a : avertissements) {
			lignes.add(new Object[] { campagne, a.siret(), a.type(), a.matricule(), tronquer(a.message(), 2000) });
		}
		lot("INSERT INTO RSU_AVERTISSEMENT VALUES (?,?,?,?,?)", lignes,
				new int[] { Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR });
	}

	/**
	 * Remplace les indicateurs phares d'un employeur (écriture idempotente : une reprise
	 * peut la refaire). Seuls les phares servent ensuite (strates à la consolidation, N-1
	 * aux documents) ; toutes les lignes d'ensemble, ~700 par employeur, faisaient au
	 * national une table de 25 millions de lignes et le tiers du temps de calcul.
	 */
	public void enregistrerIndicateurs(long campagne, int annee, String siret, List<Indicateur> indicateurs) {
		jdbc.update("DELETE FROM RSU_INDICATEUR WHERE CAMPAGNE = ? AND SIRET = ?", campagne, siret);
		List<Object[]> lignes = new ArrayList<>();
		for (Indicateur i : indicateurs) {
			if (IndicateurPhare.phare(i)) {
				lignes.add(new Object[] { campagne, annee, siret, i.theme().code(), i.indicateur(), i.population(),
						i.groupe(), texte(i.numerateur()), texte(i.denominateur()), texte(i.valeur()), i.secret() });
			}
		}
		lot("INSERT INTO RSU_INDICATEUR VALUES (?,?,?,?,?,?,?,?,?,?,?)", lignes,
				new int[] { Types.BIGINT, Types.INTEGER, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
						Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.BOOLEAN });
	}

	private static @Nullable String texte(@Nullable BigDecimal v) {
		return v == null ? null : v.toPlainString();
	}

	private static String tronquer(String s, int n) {
		return s.length() <= n ? s : s.substring(0, n);
	}

	public void oublierEtape(long campagne, String siret, String etape) {
		jdbc.update("DELETE FROM RSU_EMPLOYEUR_ETAPE WHERE CAMPAGNE = ? AND SIRET = ? AND ETAPE = ?", campagne, siret,
				etape);
	}

	public void marquerEtape(long campagne, String siret, String etape, boolean reussi, @Nullable String message,
			long dureeMs) {
		oublierEtape(campagne, siret, etape);
		jdbc.update("INSERT INTO RSU_EMPLOYEUR_ETAPE VALUES (?,?,?,?,?,?)", campagne, siret, etape, reussi,
				message == null ? null : tronquer(message, 2000), dureeMs);
	}

	/**
	 * Les employeurs déjà traités par une étape (réussis ou en échec) : une reprise les
	 * saute.
	 */
	public Map<String, Boolean> etapesFaites(long campagne, String etape) {
		Map<String, Boolean> faits = new HashMap<>();
		jdbc.query("SELECT SIRET, REUSSI FROM RSU_EMPLOYEUR_ETAPE WHERE CAMPAGNE = ? AND ETAPE = ?", rs -> {
			faits.put(rs.getString(1), rs.getBoolean(2));
		}, campagne, etape);
		return faits;
	}

	/**
	 * Retient l'employeur tel que décrit au calcul, avec son effectif au 31/12 (tous
	 * statuts).
	 */
	public void enregistrerEmployeur(long campagne, Collectivite c, long effectif) {
		jdbc.update("DELETE FROM RSU_EMPLOYEUR WHERE CAMPAGNE = ? AND SIRET = ?", campagne, c.siret());
		jdbc.update("INSERT INTO RSU_EMPLOYEUR VALUES (?,?,?,?,?,?,?)", campagne, c.siret(), c.nom(), c.type().name(),
				c.departement(), effectif, null);
	}

	/** Un employeur de la campagne et sa strate (nulle avant la consolidation). */
	public record EmployeurRetenu(Collectivite collectivite, long effectif, @Nullable String strate) {
	}

	public List<EmployeurRetenu> employeurs(long campagne) {
		return jdbc.query("SELECT * FROM RSU_EMPLOYEUR WHERE CAMPAGNE = ? ORDER BY SIRET", (rs, i) -> employeur(rs),
				campagne);
	}

	public @Nullable EmployeurRetenu employeur(long campagne, String siret) {
		List<EmployeurRetenu> e = jdbc.query("SELECT * FROM RSU_EMPLOYEUR WHERE CAMPAGNE = ? AND SIRET = ?",
				(rs, i) -> employeur(rs), campagne, siret);
		return e.isEmpty() ? null : e.get(0);
	}

	private static EmployeurRetenu employeur(ResultSet rs) throws SQLException {
		return new EmployeurRetenu(new Collectivite(rs.getString("SIRET"), rs.getString("NOM"),
				TypeCollectivite.valueOf(rs.getString("TYPE_COLLECTIVITE")), rs.getString("DEPARTEMENT"), null, null),
				rs.getLong("EFFECTIF"), rs.getString("STRATE"));
	}

	/**
	 * Les indicateurs phares enregistrés de tous les employeurs, par SIRET
	 * ({@link #enregistrerIndicateurs}).
	 */
	public Map<String, List<Indicateur>> indicateursPhares(long campagne) {
		Map<String, List<Indicateur>> parSiret = new HashMap<>();
		jdbc.query("SELECT * FROM RSU_INDICATEUR WHERE CAMPAGNE = ?", rs -> {
			parSiret.computeIfAbsent(rs.getString("SIRET"), s -> new ArrayList<>()).add(indicateur(rs));
		}, campagne);
		return parSiret;
	}

	private static Indicateur indicateur(ResultSet rs) throws SQLException {
		return new Indicateur(fr.cdg.rsu.indicateurs.Theme.depuisCode(rs.getString("THEME")),
				rs.getString("INDICATEUR"), rs.getString("POPULATION"), rs.getString("GROUPE"), Indicateur.ENSEMBLE,
				Indicateur.ENSEMBLE, nombre(rs.getString("NUMERATEUR")), nombre(rs.getString("DENOMINATEUR")),
				nombre(rs.getString("VALEUR")), 0, rs.getBoolean("SECRET"));
	}

	private static @Nullable BigDecimal nombre(@Nullable String texte) {
		return texte == null ? null : new BigDecimal(texte);
	}

	/**
	 * Les indicateurs phares d'un employeur pour une autre année, pris de la dernière
	 * campagne de cette année dans la même base (vide si elle n'a pas été traitée ici).
	 */
	public List<Indicateur> indicateursPhares(int annee, String siret) {
		return jdbc.query(
				"SELECT * FROM RSU_INDICATEUR WHERE ANNEE = ? AND SIRET = ? AND CAMPAGNE = "
						+ "(SELECT MAX(CAMPAGNE) FROM RSU_INDICATEUR WHERE ANNEE = ? AND SIRET = ?)",
				(rs, i) -> indicateur(rs), annee, siret, annee, siret);
	}

	/**
	 * Enregistre les strates des employeurs et les valeurs de comparaison (remplace
	 * celles de la campagne).
	 */
	public void enregistrerComparaisons(long campagne, Map<String, String> strateParSiret, List<ValeurStrate> valeurs) {
		List<Object[]> strates = new ArrayList<>();
		strateParSiret.forEach((siret, strate) -> strates.add(new Object[] { strate, campagne, siret }));
		if (!strates.isEmpty()) {
			jdbc.batchUpdate("UPDATE RSU_EMPLOYEUR SET STRATE = ? WHERE CAMPAGNE = ? AND SIRET = ?", strates);
		}
		jdbc.update("DELETE FROM RSU_STRATE WHERE CAMPAGNE = ?", campagne);
		List<Object[]> lignes = new ArrayList<>();
		for (ValeurStrate v : valeurs) {
			lignes.add(new Object[] { campagne, v.strate(), v.indicateur().name(), v.employeurs(),
					v.numerateur().toPlainString(), v.denominateur().toPlainString(), texte(v.valeur()),
					texte(v.mediane()) });
		}
		if (!lignes.isEmpty()) {
			jdbc.batchUpdate("INSERT INTO RSU_STRATE VALUES (?,?,?,?,?,?,?,?)", lignes);
		}
	}

	/** Les valeurs de comparaison d'une strate. */
	public List<ValeurStrate> valeursStrate(long campagne, String strate) {
		return jdbc.query("SELECT * FROM RSU_STRATE WHERE CAMPAGNE = ? AND STRATE = ?",
				(rs, i) -> new ValeurStrate(rs.getString("STRATE"), IndicateurPhare.valueOf(rs.getString("INDICATEUR")),
						rs.getInt("EMPLOYEURS"), new BigDecimal(rs.getString("NUMERATEUR")),
						new BigDecimal(rs.getString("DENOMINATEUR")), nombre(rs.getString("VALEUR")),
						nombre(rs.getString("MEDIANE"))),
				campagne, strate);
	}

	/** Les lectures du bilan de la campagne (rejets, avertissements, comptes). */
	public DepotBilan bilan() {
		return new DepotBilan(jdbc, this);
	}

}
