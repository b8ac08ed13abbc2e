package fr.cdg.rsu.generateur;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.cdg.rsu.domaine.Categorie;
import fr.cdg.rsu.domaine.Filiere;
import fr.cdg.rsu.domaine.Motif;
import fr.cdg.rsu.domaine.Sexe;
import fr.cdg.rsu.domaine.Statut;
import fr.cdg.rsu.domaine.TypeCollectivite;

/**
 * Les jeux livrés avec le projet : {@code input-samples/} (quatre exports d'employeurs,
 * chacun dans son format, avec des lignes volontairement fausses documentées dans son
 * README) et {@code src/test/resources/equivalence/} (un même petit jeu écrit de trois
 * façons). Tout est régénéré à l'identique par {@link #regenerer(Path)}.
 */
public final class Echantillons {

	public static final int ANNEE = 2024;

	public static final String DOSSIER_ECHANTILLONS = "input-samples";

	public static final String DOSSIER_EQUIVALENCE = "src/test/resources/equivalence";

	static final String CLASSEUR_600 = "export-rh-2024.xlsx";

	static final String CLASSEUR_EQUIVALENCE = "equivalence.xlsx";

	/**
	 * Une ligne volontairement fausse (rejet attendu) ou douteuse (avertissement qualité
	 * attendu).
	 */
	record Anomalie(String dossier, String fichier, Nature nature, Object[] ligne, boolean rejet, String raison,
			Object[] autreLigne) {
	}

	/** Un export en cours de construction : ses lignes, modifiables avant écriture. */
	private static final class Export {

		final String dossier;

		final Map<Nature, List<Object[]>> lignes = new EnumMap<>(Nature.class);

		/**
		 * Les fichiers facultatifs, vides pour un export qui n'en a pas ({@link #themes}
		 * nul).
		 */
		final Map<NatureFacultative, List<Object[]>> facultatives = new EnumMap<>(NatureFacultative.class);

		final boolean themes;

		Export(String dossier, LotEmployeur lot) {
			this(dossier, lot, null);
		}

		/**
		 * @param themes les fichiers et colonnes facultatifs de l'export, ou {@code null}
		 * s'il n'en a pas
		 */
		Export(String dossier, LotEmployeur lot, @org.jspecify.annotations.Nullable ThemesGeneres themes) {
			this.dossier = dossier;
			this.themes = themes != null;
			for (Nature n : Nature.values()) {
				lignes.put(n, new ArrayList<>());
			}
			lignes.get(Nature.COLLECTIVITES).add(Lignes.ligne(lot.collectivite()));
			// les colonnes facultatives à la suite de celles du contrat, dans le même
			// tableau : les anomalies et les
			// numéros de série Excel repèrent les lignes par identité
			lot.agents()
				.forEach(a -> lignes.get(Nature.AGENTS)
					.add(themes == null ? Lignes.ligne(a)
							: concatener(Lignes.ligne(a), themes.colonnesAgents().get(a.matricule()))));
			if (themes != null) {
				themes.lignes().forEach((n, l) -> facultatives.put(n, new ArrayList<>(l)));
			}
			lot.absences().forEach(a -> lignes.get(Nature.ABSENCES).add(Lignes.ligne(a)));
			lot.paies().forEach(p -> lignes.get(Nature.REMUNERATIONS).add(Lignes.ligne(p)));
		}

		List<Object[]> de(Nature n) {
			return lignes.get(n);
		}

		void ecrire(Ecrivain e) throws IOException {
			for (Nature n : Nature.values()) {
				for (Object[] l : lignes.get(n)) {
					e.ecrire(n, l);
				}
			}
			for (var f : facultatives.entrySet()) {
				for (Object[] l : f.getValue()) {
					e.ecrire(f.getKey(), l);
				}
			}
		}

		private static Object[] concatener(Object[] a, Object[] b) {
			Object[] r = java.util.Arrays.copyOf(a, a.length + b.length);
			System.arraycopy(b, 0, r, a.length, b.length);
			return r;
		}

		/** Insère après la dernière ligne de l'agent (ou à la fin) et rend la ligne. */
		Object[] insererApresAgent(Nature n, String matricule, Object[] ligne) {
			List<Object[]> l = lignes.get(n);
			int pos = l.size();
			for (int i = 0; i < l.size(); i++) {
				if (matricule.equals(l.get(i)[1])) {
					pos = i + 1;
				}
			}
			l.add(pos, ligne);
			return ligne;
		}

	}

	private final List<Anomalie> anomalies = new ArrayList<>();

	/** Lignes du classeur dont une date est écrite en numéro de série Excel brut. */
	private final List<Object[]> series = new ArrayList<>();

	private final Map<String, Export> exports = new java.util.LinkedHashMap<>();

	private final GenerateurEmployeur generateur = new GenerateurEmployeur(ANNEE);

	public void regenerer(Path racine) throws IOException {
		ecrireEchantillons(racine.resolve(DOSSIER_ECHANTILLONS));
		ecrireEquivalence(racine.resolve(DOSSIER_EQUIVALENCE));
	}

	static ProfilEmployeur profil(int numero, String nom, TypeCollectivite type, int effectif, double intensite,
			boolean mensuel, boolean heuresPayees) {
		return new ProfilEmployeur(Tirage.deriver(ANNEE, 77, numero), Referentiels.siret(numero), nom, type, "25",
				effectif, intensite, mensuel, heuresPayees, true);
	}

	/**
	 * Génère l'employeur avec la première graine dérivée (0, 1, 2...) dont le lot montre
	 * tous les cas voulus : déterministe, et chaque échantillon contient bien ce que le
	 * README promet.
	 */
	LotEmployeur genererMontrant(ProfilEmployeur base, java.util.function.Predicate<LotEmployeur> voulu) {
		for (int k = 0; k < 500; k++) {
			ProfilEmployeur p = new ProfilEmployeur(Tirage.deriver(base.graine(), k), base.siret(), base.nom(),
					base.type(), base.departement(), base.effectif(), base.intensiteAbsences(), base.paieMensuelle(),
					base.heuresPayees(), base.budget());
			LotEmployeur lot = generateur.generer(p);
			if (voulu.test(lot)) {
				return lot;
			}
		}
		throw new IllegalStateException("aucune graine ne donne les cas voulus pour " + base.nom());
	}

	static boolean aMotifs(LotEmployeur lot, Motif... motifs) {
		java.util.Set<Motif> presents = java.util.EnumSet.noneOf(Motif.class);
		lot.absences().forEach(a -> presents.add(a.motif()));
		return presents.containsAll(List.of(motifs));
	}

	/**
	 * Périodes ouvertes, reliquats (début avant l'année), prolongations, arrivées,
	 * départs, temps partiel, TNC.
	 */
	static boolean aCasDeDates(LotEmployeur lot) {
		LocalDate debut = LocalDate.of(ANNEE, 1, 1);
		return lot.absences().stream().anyMatch(a -> a.dateFin() == null)
				&& lot.absences().stream().anyMatch(a -> a.dateDebut().isBefore(debut))
				&& lot.absences().stream().anyMatch(AbsenceGeneree::prolongation)
				&& lot.agents().stream().anyMatch(a -> a.dateEntree() != null && a.dateEntree().getYear() == ANNEE)
				&& lot.agents().stream().anyMatch(a -> a.dateSortie() != null && a.dateSortie().getYear() == ANNEE)
				&& lot.agents().stream().anyMatch(a -> a.quotite() < 100)
				&& lot.agents().stream().anyMatch(AgentGenere::tempsNonComplet);
	}

	// -----------------------------------------------------------------------------------
	// input-samples

	public void ecrireEchantillons(Path dossier) throws IOException {
		anomalies.clear();
		exports.clear();

		// 1. petite commune, contrat canonique, UTF-8 avec BOM
		Export c8 = new Export("commune-8-agents", genererMontrant(
				profil(1, "Commune de Valbrune", TypeCollectivite.COMMUNE, 8, 1.4, false, true),
				l -> aMotifs(l, Motif.MO, Motif.FORMATION) && l.absences().stream().anyMatch(a -> a.prolongation())));
		Object[] aDoubler = c8.de(Nature.ABSENCES)
			.stream()
			.filter(l -> l[2] == Motif.MO && Boolean.FALSE.equals(l[5]))
			.findFirst()
			.orElseThrow();
		Object[] doublon = aDoubler.clone();
		c8.de(Nature.ABSENCES).add(c8.de(Nature.ABSENCES).indexOf(aDoubler) + 1, doublon);
		anomalies.add(new Anomalie(c8.dossier, "absences.csv", Nature.ABSENCES, doublon, false,
				"doublon exact de la ligne %s : compté une fois, signalé dans le rapport qualité", aDoubler));
		exports.put(c8.dossier, c8);

		// 2. commune de 100 agents, export Excel français en Windows-1252
		LotEmployeur lot100 = genererMontrant(
				profil(2, "Commune de Montfleury", TypeCollectivite.COMMUNE, 100, 1.9, false, false),
				l -> aCasDeDates(l) && aMotifs(l, Motif.MO, Motif.CLM, Motif.CLD, Motif.MP, Motif.AT_SERVICE,
						Motif.MATERNITE, Motif.PATERNITE, Motif.AUTRE, Motif.FORMATION, Motif.SYNDICAL));
		Export c100 = new Export("commune-100-agents", lot100, themes(2, lot100));
		List<Object[]> agents100 = c100.de(Nature.AGENTS);
		String siret100 = (String) agents100.get(0)[0];
		Object[] naissanceInvalide = { siret100, "A09001", Sexe.F, "31/02/1980", Statut.TITULAIRE, Categorie.C,
				Filiere.TECHNIQUE, "Adjoints techniques territoriaux", false, TempsTravail.COMPLET, 100, null,
				LocalDate.of(2012, 9, 1), null };
		agents100.add(40, naissanceInvalide);
		anomalies.add(new Anomalie(c100.dossier, "agents.csv", Nature.AGENTS, naissanceInvalide, true,
				"date_naissance invalide : « 31/02/1980 » (le 31 février n'existe pas)", null));
		String matFinAvantDebut = (String) agents100.get(10)[1];
		Object[] finAvantDebut = c100.insererApresAgent(Nature.ABSENCES, matFinAvantDebut, new Object[] { siret100,
				matFinAvantDebut, Motif.MO, LocalDate.of(ANNEE, 6, 15), LocalDate.of(ANNEE, 6, 10), false, 1, null });
		anomalies.add(new Anomalie(c100.dossier, "absences.csv", Nature.ABSENCES, finAvantDebut, true,
				"date_fin (10/06/2024) avant date_debut (15/06/2024)", null));
		Object[] chevauchee = c100.de(Nature.ABSENCES)
			.stream()
			.filter(l -> l[2] == Motif.MO && Boolean.FALSE.equals(l[5]) && l[4] != null
					&& ((LocalDate) l[3]).getYear() == ANNEE
					&& ((LocalDate) l[4]).isAfter(((LocalDate) l[3]).plusDays(3)))
			.findFirst()
			.orElseThrow();
		LocalDate jour = ((LocalDate) chevauchee[3]).plusDays(1);
		Object[] chevauchante = { siret100, chevauchee[1], Motif.AUTRE, jour, jour, false, 0, null };
		c100.de(Nature.ABSENCES).add(c100.de(Nature.ABSENCES).indexOf(chevauchee) + 1, chevauchante);
		anomalies.add(new Anomalie(c100.dossier, "absences.csv", Nature.ABSENCES, chevauchante, false,
				"chevauche la ligne %s (même agent) : le jour compte une fois, pour la période commencée la première",
				chevauchee));
		exports.put(c100.dossier, c100);

		// 3. commune de 600 agents, un classeur XLSX
		LotEmployeur lot600 = genererMontrant(
				profil(3, "Commune de Rochecourt", TypeCollectivite.COMMUNE, 600, 1.1, false, true),
				l -> aCasDeDates(l) && aMotifs(l, Motif.MO, Motif.AT_SERVICE, Motif.AT_TRAJET, Motif.CLM, Motif.CLD,
						Motif.MP, Motif.DOS, Motif.CGM, Motif.MATERNITE, Motif.PATERNITE, Motif.AUTRE, Motif.FORMATION,
						Motif.SYNDICAL));
		Export c600 = new Export("commune-600-agents", lot600, themes(3, lot600));
		String siret600 = (String) c600.de(Nature.AGENTS).get(0)[0];
		List<Object[]> agents600 = c600.de(Nature.AGENTS);
		series.clear();
		for (int i = 7; i < agents600.size(); i += 97) {
			agents600.get(i)[3] = new Lignes.SerieExcel((LocalDate) agents600.get(i)[3]);
			series.add(agents600.get(i));
		}
		List<Object[]> absences600 = c600.de(Nature.ABSENCES);
		for (int i = 11; i < absences600.size(); i += 150) {
			absences600.get(i)[3] = new Lignes.SerieExcel((LocalDate) absences600.get(i)[3]);
			series.add(absences600.get(i));
		}
		Object[] matriculeInconnu = { siret600, "A99999", Motif.MO, LocalDate.of(ANNEE, 3, 4),
				LocalDate.of(ANNEE, 3, 6), false, 1, null };
		absences600.add(absences600.size() / 2, matriculeInconnu);
		anomalies.add(new Anomalie(c600.dossier, CLASSEUR_600 + ", feuille absences", Nature.ABSENCES, matriculeInconnu,
				true, "matricule A99999 absent de la feuille agents", null));
		String matPaie = (String) agents600.get(100)[1];
		BigDecimal zero = new BigDecimal("0.00");
		Object[] montantTexte = c600.insererApresAgent(Nature.REMUNERATIONS, matPaie, new Object[] { siret600, matPaie,
				"N/A", zero, zero, zero, zero, zero, new BigDecimal("0.0"), null, null });
		anomalies.add(new Anomalie(c600.dossier, CLASSEUR_600 + ", feuille remunerations", Nature.REMUNERATIONS,
				montantTexte, true, "traitement_brut non numérique : « N/A » (cellule texte)", null));
		exports.put(c600.dossier, c600);

		// 4. CCAS, autre logiciel RH : ses en-têtes et ses codes, lus par
		// profil-mapping.yaml
		LotEmployeur lotCcas = genererMontrant(
				profil(4, "CCAS de Montfleury", TypeCollectivite.CCAS, 45, 1.3, true, true),
				l -> aMotifs(l, Motif.MO, Motif.CLM, Motif.AT_SERVICE, Motif.MATERNITE, Motif.AUTRE, Motif.FORMATION)
						&& l.absences().stream().anyMatch(AbsenceGeneree::prolongation));
		Export ccas = new Export("ccas", lotCcas, themes(4, lotCcas));
		// le CCAS numérote ses agents comme la commune : mêmes matricules, autre
		// employeur (clé = siret + matricule)
		int premier = Integer.parseInt(((String) c100.de(Nature.AGENTS).get(0)[1]).substring(1));
		Map<String, String> renumerotation = new java.util.HashMap<>();
		for (Object[] a : ccas.de(Nature.AGENTS)) {
			renumerotation.put((String) a[1], String.format("A%05d", premier + renumerotation.size()));
		}
		for (Nature n : List.of(Nature.AGENTS, Nature.ABSENCES, Nature.REMUNERATIONS)) {
			ccas.de(n).forEach(l -> l[1] = renumerotation.get((String) l[1]));
		}
		for (NatureFacultative n : List.of(NatureFacultative.ACCIDENTS, NatureFacultative.DECISIONS_SANTE,
				NatureFacultative.FORMATIONS, NatureFacultative.CARRIERES)) {
			ccas.facultatives.get(n).forEach(l -> l[1] = renumerotation.get((String) l[1]));
		}
		String siretCcas = (String) ccas.de(Nature.AGENTS).get(0)[0];
		Object[] sansSexe = { siretCcas, "A09002", null, LocalDate.of(1975, 4, 12), Statut.CONTRACTUEL_PERMANENT,
				Categorie.C, Filiere.SOCIALE, "Agents sociaux territoriaux", false, TempsTravail.NON_COMPLET, 100, null,
				LocalDate.of(2021, 1, 4), null };
		ccas.de(Nature.AGENTS).add(5, sansSexe);
		anomalies.add(new Anomalie(ccas.dossier, "agents.csv", Nature.AGENTS, sansSexe, true,
				"sexe manquant (colonne « Genre » vide)", null));
		String matCet = (String) ccas.de(Nature.AGENTS).get(12)[1];
		Object[] motifInconnu = ccas.insererApresAgent(Nature.ABSENCES, matCet, new Object[] { siretCcas, matCet, "CET",
				LocalDate.of(ANNEE, 8, 5), LocalDate.of(ANNEE, 8, 9), false, 0, null });
		anomalies.add(new Anomalie(ccas.dossier, "absences.csv", Nature.ABSENCES, motifInconnu, true,
				"motif inconnu : « CET » (compte épargne-temps, ni code du contrat ni code du profil)", null));
		exports.put(ccas.dossier, ccas);

		// écriture
		try (Ecrivain e = new EcrivainCsv(dossier.resolve(c8.dossier), Dialecte.canonique(true))) {
			c8.ecrire(e);
		}
		// les trois autres exports ont tous les fichiers et colonnes facultatifs, chacun
		// dans son format
		Set<NatureFacultative> toutes = EnumSet.allOf(NatureFacultative.class);
		try (Ecrivain e = new EcrivainCsv(dossier.resolve(c100.dossier), Dialecte.francaisWindows(), true, toutes)) {
			c100.ecrire(e);
		}
		try (Ecrivain e = new EcrivainXlsx(dossier.resolve(c600.dossier).resolve(CLASSEUR_600), true, toutes)) {
			c600.ecrire(e);
		}
		try (Ecrivain e = new EcrivainCsv(dossier.resolve(ccas.dossier), Dialecte.autreLogiciel(), true, toutes)) {
			ccas.ecrire(e);
		}
		Files.writeString(dossier.resolve(ccas.dossier).resolve("profil-mapping.yaml"), Dialecte.profilAutreLogiciel("""
				Profil de correspondance de l'export « CCAS de Montfleury » (autre logiciel RH).
				Format : docs/profil-mapping.md. Généré par fr.cdg.rsu.generateur.Echantillons."""),
				StandardCharsets.UTF_8);
		Files.writeString(dossier.resolve("README.md"), readme(), StandardCharsets.UTF_8);
	}

	/**
	 * Les fichiers et colonnes facultatifs d'un employeur des échantillons, d'une graine
	 * qui lui est propre.
	 */
	private ThemesGeneres themes(int numero, LotEmployeur lot) {
		return new GenerateurThemes(ANNEE).generer(lot, Tirage.deriver(ANNEE, 78, numero));
	}

	/**
	 * Ligne du fichier (1 = en-tête) où se trouve cette ligne, retrouvée par identité.
	 */
	private int numeroLigne(Anomalie a, Object[] ligne) {
		List<Object[]> l = exports.get(a.dossier()).de(a.nature());
		for (int i = 0; i < l.size(); i++) {
			if (l.get(i) == ligne) {
				return i + 2;
			}
		}
		throw new IllegalStateException("ligne introuvable");
	}

	/**
	 * Anomalies avec leur numéro de ligne : dossier, fichier, ligne, rejet ou
	 * avertissement, raison.
	 */
	public List<String[]> anomalies() {
		List<String[]> res = new ArrayList<>();
		for (Anomalie a : anomalies) {
			String raison = a.autreLigne() == null ? a.raison()
					: String.format(a.raison(), numeroLigne(a, a.autreLigne()));
			res.add(new String[] { a.dossier(), a.fichier(), String.valueOf(numeroLigne(a, a.ligne())),
					a.rejet() ? "rejet" : "avertissement", raison });
		}
		return res;
	}

	private String compte(String dossier) {
		Export e = exports.get(dossier);
		return String.format("%d agents, %d absences, %d lignes de paie", e.de(Nature.AGENTS).size(),
				e.de(Nature.ABSENCES).size(), e.de(Nature.REMUNERATIONS).size());
	}

	private String readme() {
		StringBuilder sb = new StringBuilder();
		sb.append(
				"""
						# Jeux d'entrée d'exemple (année 2024)

						Données **synthétiques** : aucun agent réel, pas de nom (le contrat n'a pas de colonne nom), matricules \
						`A00123`, SIRET fictifs (14 chiffres, SIREN commençant par `000`). Fichiers produits par le générateur \
						du projet ; ne pas les modifier à la main, les régénérer :

						```
						./mvnw -B -o -q test-compile
						./mvnw -B -o -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=cp.txt
						java -cp target/test-classes:target/classes:$(cat cp.txt) fr.cdg.rsu.generateur.GenerateurMain --echantillons --sortie=.
						```

						(`GenerateurEchantillonsTest` vérifie qu'ils sont à jour.)

						Le dossier `input-samples/` entier est **une seule exécution** pour 2024 avec quatre employeurs : chaque \
						sous-dossier est l'export d'un employeur, lu avec sa propre détection (séparateur, encodage, en-têtes) et, \
						s'il en a un, son profil de correspondance. La colonne SIRET de l'employeur est présente dans chaque \
						fichier de chaque dossier.

						## Les dossiers

						""");
		sb.append("### `commune-8-agents/` — Commune de Valbrune, SIRET ").append(siret(1)).append("\n\n");
		sb.append("Contrat canonique : `collectivites.csv`, `agents.csv`, `absences.csv`, `remunerations.csv`, "
				+ "séparateur `;`, UTF-8 **avec BOM**, fins de ligne LF, en-têtes canoniques, codes du contrat, dates "
				+ "`AAAA-MM-JJ`, point décimal, booléens `O`/`N`. ")
			.append(compte("commune-8-agents"))
			.append(".\n\n");
		sb.append("### `commune-100-agents/` — Commune de Montfleury, SIRET ").append(siret(2)).append("\n\n");
		sb.append("""
				Ce qu'enregistre Excel français : **Windows-1252**, séparateur `,`, fins de ligne CRLF, en-têtes \
				accentués (`Date de naissance`, `Catégorie`, `Filière`, `Cadre d'emplois`, `Date d'entrée`, \
				`Date de début`, `Jours de carence`, `Heures payées`...), **libellés** de motifs au lieu des codes \
				(`Maladie ordinaire`, `Congé de longue durée`, `Accident du travail imputable au service`...), sexe \
				`Femme`/`Homme`, booléens `oui`/`non`, dates `JJ/MM/AAAA`, virgule décimale (champs entre guillemets \
				quand il le faut), montants avec séparateur de milliers et `€` (`"23 456,78 €"` ; espace insécable \
				U+00A0 dans `Primes` et `Charges de personnel`, espace ordinaire ailleurs). La colonne \
				`Heures payées` est vide : ETPR × 1820. Répartitions proches de la commune de ~100 agents de la \
				synthèse 2022 de référence (beaucoup d'arrêts de maladie ordinaire courts, quelques CLM/CLD). \
				Les en-têtes contiennent « de », « d' » : `Date de naissance` doit se lire `date_naissance` comme le \
				dit le contrat. \
				""");
		sb.append(compte("commune-100-agents")).append(".\n\n");
		sb.append("### `commune-600-agents/` — Commune de Rochecourt, SIRET ").append(siret(3)).append("\n\n");
		sb.append("Un seul classeur `")
			.append(CLASSEUR_600)
			.append("` avec les feuilles `collectivites`, `agents`, "
					+ "`absences`, `remunerations` ; en-têtes canoniques ; vraies cellules date (format `jj/mm/aaaa`), "
					+ "cellules numériques pour les montants, ETPR et heures ; booléens texte `O`/`N`. Quelques dates sont "
					+ "des **numéros de série Excel** stockés comme nombres sans format date (à lire comme des dates) : "
					+ "`date_naissance` des lignes " + lignesSerie(Nature.AGENTS) + " de la feuille `agents`, "
					+ "`date_debut` des lignes " + lignesSerie(Nature.ABSENCES) + " de la feuille `absences`. ")
			.append(compte("commune-600-agents"))
			.append(".\n\n");
		sb.append("### `ccas/` — CCAS de Montfleury, SIRET ").append(siret(4)).append("\n\n");
		sb.append("""
				Export d'un autre logiciel RH, lu au travers de `profil-mapping.yaml` (format : \
				`docs/profil-mapping.md`) : ses en-têtes (`Matricule agent`, `Genre`, `Né(e) le`, `Statut agent`, \
				`Code absence`, `Du`, `Au`, `Brut indiciaire`...), ses codes (`Genre` 1/2, `Statut agent` \
				`TIT`/`STG`/`CDI`/`CDD`, `Code absence` `MAL`/`CLM`/`ATS`/`ASA`..., filières `TECH`/`MEDSOC`..., \
				`TC`/`TNC`), séparateur **tabulation**, UTF-8 sans BOM, CRLF, dates `JJ-MM-AAAA`, virgule décimale \
				sans symbole, booléens `1`/`0`. Ses matricules reprennent la numérotation de la commune de Montfleury \
				(`commune-100-agents`) : les mêmes matricules désignent d'autres agents, un agent se reconnaît à son \
				couple (SIRET, matricule). La paie est en **lignes mensuelles** (une par mois de présence, \
				à additionner) avec une colonne `Période de paie` hors contrat, à ignorer et signaler comme colonne \
				inconnue. \
				""");
		sb.append(compte("ccas")).append(".\n\n");
		sb.append("""
				## Fichiers facultatifs (santé, sécurité, RPS, formation, carrières, prévention)

				Les dossiers `commune-100-agents/`, `commune-600-agents/` et `ccas/` ont en plus les six fichiers \
				facultatifs de `docs/format-entree.md` (`employeur-rsu`, `accidents`, `decisions-sante`, \
				`signalements`, `formations`, `carrieres`) et les colonnes facultatives du fichier agents (`boeth`, \
				`boeth_type`, `teletravail`, `teletravail_demande`, `visites_medecin_sur_demande`, \
				`accompagnements_cep`, `cdi`, `motif_contrat`), chacun dans le format de son export : en-têtes \
				accentués et **libellés** des codes (`Espaces verts`, `Plaies, coupures`, `Temps partiel \
				thérapeutique`...) pour la commune de 100 agents, feuilles du classeur pour celle de 600, en-têtes et \
				codes de l'autre logiciel (`Type AT` `ATS`/`ATT`/`MPRO`, `Code décision` `TPT`/`AMP`...) lus par le \
				profil pour le CCAS (clé `decisions-sante.type` : le `type` nu reste celui de la collectivité). Ils \
				se tiennent avec les agents et les absences : un accident par arrêt d'accident de service, de trajet \
				ou de maladie professionnelle (même agent, même nature, même date ; reliquats des années passées \
				compris), plus quelques accidents sans arrêt ; temps partiels thérapeutiques et aménagements pour des \
				agents en longue maladie ou accidentés ; formations et événements de carrière dans la période \
				d'emploi ; télétravail surtout dans la filière administrative ; un motif de contrat pour les seuls \
				contractuels non permanents. Dans le fichier employeur-rsu, les réunions des CAP et des CCP sont \
				laissées vides : « non renseigné ».

				`commune-8-agents/` n'a **aucun** fichier ni colonne facultatifs : ses documents disent « non \
				renseigné » pour ces thèmes, et ses sorties sont celles d'avant ces fichiers.

				""");
		sb.append(
				"""
						## Lignes volontairement fausses

						Numéros de ligne du fichier, l'en-tête étant la ligne 1 (pour le classeur : numéro de ligne Excel de la \
						feuille). Chaque ligne rejetée doit apparaître dans le fichier des rejets avec son fichier, sa ligne, sa \
						colonne, sa valeur et sa raison ; les autres lignes de ces fichiers sont toutes valides.

						| dossier | fichier | ligne | attendu | raison |
						|---|---|---|---|---|
						""");
		for (String[] a : anomalies()) {
			sb.append("| `")
				.append(a[0])
				.append("` | `")
				.append(a[1])
				.append("` | ")
				.append(a[2])
				.append(" | ")
				.append(a[3])
				.append(" | ")
				.append(a[4])
				.append(" |\n");
		}
		sb.append("""

				Rapprochement attendu (lignes de données, en-tête exclu ; les doublons et chevauchements sont lus et \
				utilisés, avec un avertissement) :

				| dossier | fichier | lignes de données | rejets attendus |
				|---|---|---|---|
				""");
		List<String[]> liste = anomalies();
		for (Export e : exports.values()) {
			List<String> noms = new ArrayList<>();
			List<Integer> tailles = new ArrayList<>();
			for (Nature n : Nature.values()) {
				noms.add(n.nom());
				tailles.add(e.de(n).size());
			}
			e.facultatives.forEach((n, l) -> {
				noms.add(n.nom());
				tailles.add(l.size());
			});
			for (int k = 0; k < noms.size(); k++) {
				String fichier = e.dossier.equals("commune-600-agents") ? CLASSEUR_600 + ", feuille " + noms.get(k)
						: noms.get(k) + ".csv";
				long rejets = liste.stream()
					.filter(a -> a[0].equals(e.dossier) && a[1].equals(fichier) && a[3].equals("rejet"))
					.count();
				sb.append("| `")
					.append(e.dossier)
					.append("` | `")
					.append(fichier)
					.append("` | ")
					.append(tailles.get(k))
					.append(" | ")
					.append(rejets)
					.append(" |\n");
			}
		}
		sb.append(
				"""

						Les agents des lignes rejetées du fichier agents (`A09001`, `A09002`) n'ont ni absence ni paie : leur \
						rejet n'en entraîne pas d'autre. La ligne de paie `N/A` est une ligne de régularisation en plus de la \
						ligne annuelle de l'agent.

						## Ce que les données contiennent

						Statuts (titulaires, stagiaires, contractuels permanents et non permanents), catégories surtout C, \
						filières surtout technique et administrative, âges de 20 à 67 ans, arrivées et départs dans l'année, \
						temps partiels (de droit ou sur autorisation) et temps non complets, emplois fonctionnels ; absences : \
						beaucoup d'arrêts courts de maladie ordinaire avec jour de carence, prolongations signalées, CLM/CLD/MP \
						commencés avant 2024 (reliquats) et renouvelés, périodes ouvertes (sans date de fin), accidents de \
						service et de trajet avec `date_accident`, maternité, paternité, autorisations d'absence, formation et \
						motif syndical ; paie : traitement indiciaire (point à 4,92278 €), RIFSEEP, NBI, SFT, heures \
						supplémentaires et complémentaires (montant et nombre), ETPR ≤ 1. Hors lignes listées ci-dessus, aucune \
						période d'un agent n'en chevauche une autre.
						""");
		return sb.toString();
	}

	private String lignesSerie(Nature nature) {
		List<Object[]> l = exports.get("commune-600-agents").de(nature);
		List<String> res = new ArrayList<>();
		for (int i = 0; i < l.size(); i++) {
			for (Object[] s : series) {
				if (l.get(i) == s) {
					res.add(String.valueOf(i + 2));
				}
			}
		}
		return String.join(", ", res);
	}

	private static String siret(int numero) {
		return "`" + Referentiels.siret(numero) + "`";
	}

	// -------------------------------------------------------------------------------------
	// équivalence

	/** Le même petit jeu en CSV canonique, en CSV Windows-1252 français et en XLSX. */
	public void ecrireEquivalence(Path dossier) throws IOException {
		LotEmployeur lot = genererMontrant(
				profil(5, "Commune de Saulevigne", TypeCollectivite.COMMUNE, 20, 1.0, false, true),
				l -> aMotifs(l, Motif.MO, Motif.AT_SERVICE, Motif.CLM, Motif.FORMATION)
						&& l.absences().stream().anyMatch(AbsenceGeneree::prolongation)
						&& l.absences().stream().anyMatch(a -> a.dateFin() == null || a.dateDebut().getYear() < ANNEE));
		try (Ecrivain e = new EcrivainCsv(dossier.resolve("canonique"), Dialecte.canonique(false))) {
			e.ecrire(lot);
		}
		try (Ecrivain e = new EcrivainCsv(dossier.resolve("windows1252"), Dialecte.francaisWindows())) {
			e.ecrire(lot);
		}
		try (Ecrivain e = new EcrivainXlsx(dossier.resolve("xlsx").resolve(CLASSEUR_EQUIVALENCE))) {
			e.ecrire(lot);
		}
	}

}
