package fr.cdg.rsu.indicateurs.secret;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import fr.cdg.rsu.domaine.Collectivite;
import fr.cdg.rsu.domaine.TypeCollectivite;
import fr.cdg.rsu.generateur.Dialecte;
import fr.cdg.rsu.generateur.EcrivainCsv;
import fr.cdg.rsu.generateur.GenerateurLots;
import fr.cdg.rsu.generateur.GenerateurThemes;
import fr.cdg.rsu.generateur.LotEmployeur;
import fr.cdg.rsu.generateur.NatureFacultative;
import fr.cdg.rsu.generateur.GenerateurEmployeur;
import fr.cdg.rsu.generateur.ProfilEmployeur;
import fr.cdg.rsu.indicateurs.CalculIndicateurs;
import fr.cdg.rsu.lecture.DossierLu;
import fr.cdg.rsu.rapport.GenerateurDocuments;
import fr.cdg.rsu.indicateurs.Indicateur;
import fr.cdg.rsu.indicateurs.Theme;
import fr.cdg.rsu.indicateurs.ventilation.Axe;
import fr.cdg.rsu.indicateurs.secret.Attaquant.Fuite;
import fr.cdg.rsu.indicateurs.secret.Attaquant.Grandeur;
import fr.cdg.rsu.indicateurs.secret.Attaquant.LignePubliee;
import fr.cdg.rsu.indicateurs.secret.Attaquant.Nature;

/**
 * Attaque du secret statistique par un lecteur qui ne voit que ce qui est publié
 * ({@link Attaquant}), sur des employeurs générés (3 à 30 agents, quelques-uns de 60 à
 * 300, absences nombreuses), en deux campagnes ({@link Campagne}) :
 * <ol>
 * <li>la vue publiée de la campagne ({@code GenerateurDocuments.publier(...).publiees()}
 * : ce que les documents impriment), attaquée comme un extrait (une ligne absente est une
 * inconnue) ;</li>
 * <li>le cas le plus exigeant : toutes les lignes publiées, secret de
 * {@link SecretStatistique#appliquer(List, int)}, attaquées comme le tableau complet (une
 * ligne absente vaut zéro).</li>
 * </ol>
 * Dans les deux, l'attaquant ne se trompe jamais, aucune ligne de structure n'est masquée
 * et aucune ligne publiée de santé ou de paie ne décrit de façon démontrable de 1 à
 * {@code seuil − 1} agents. Dans la vue publiée, aucune valeur non nulle de santé, de
 * paie ou d'écart ne se recalcule ; les zéros retrouvés par différence et quelques âges
 * moyens (élimination sur plusieurs relations) sont des limites connues, bornées à leur
 * compte mesuré. Les fuites du tableau tout publié, qu'aucune sortie ne publie, sont
 * comptées dans le rapport.
 *
 * <p>
 * Chaque employeur est vérifié aussitôt attaqué et seul son bilan est gardé (les
 * équations de 330 attaques ne tiendraient pas en mémoire). Le détail est écrit dans
 * {@code target/attaque-secret.txt}.
 */
class AttaqueSecretTest {

	private static final int ANNEE = 2024;

	private static final Set<String> POPULATIONS_PERMANENTES = Set.of("fonctionnaires", "contractuels_permanents",
			"permanents");

	/**
	 * Zéros acceptés dont les équations sont écrites, par employeur (les autres sont
	 * seulement comptés).
	 */
	private static final int ZEROS_EXPLIQUES = 20;

	@TempDir
	static Path dossier;

	/** Les deux vues attaquées. */
	enum Campagne {

		PUBLIEE("vue publiée de la campagne (lignes imprimées par les documents), attaquée comme un extrait",
				Attaquant.Lecture.EXTRAIT),
		TOUT_PUBLIE("toutes les lignes publiées (SecretStatistique.appliquer(lignes, seuil)), attaquées comme le"
				+ " tableau complet", Attaquant.Lecture.TABLE_COMPLETE);

		final String libelle;

		final Attaquant.Lecture lecture;

		Campagne(String libelle, Attaquant.Lecture lecture) {
			this.libelle = libelle;
			this.lecture = lecture;
		}

	}

	/**
	 * Une valeur masquée retrouvée, décrite aussitôt (vraie valeur, population,
	 * équations).
	 *
	 * @param zeroAccepte un zéro imposé par une somme publiée nulle
	 * ({@link #zeroAccepte(Fuite)})
	 * @param rang intérêt ({@link #rang(Fuite)}), les plus parlantes d'abord
	 */
	record Constat(String siret, int agents, Indicateur.Cle cle, boolean protegee, boolean primaire,
			boolean zeroAccepte, boolean nulle, boolean conditionnelle, Set<Nature> natures, int rang,
			String description) {

		String indicateur() {
			return cle.theme().code() + "/" + cle.indicateur();
		}

	}

	/**
	 * Ce que l'attaque d'un employeur a donné ; l'attaquant et ses équations ne sont pas
	 * gardés.
	 */
	record Bilan(String siret, int agents, int seuil, int lignes, int masquees, int structureMasquee, long inconnues,
			long equations, List<String> erreurs, List<Indicateur.Cle> nonAnalysees, List<Constat> constats,
			Controle controle) {
	}

	/** Une campagne attaquée : ses bilans, le temps du secret et celui de l'attaque. */
	record Attaque(Campagne campagne, List<Bilan> bilans, long dureeSecret, long dureeAttaque) {

		List<Constat> constats() {
			return bilans.stream().flatMap(b -> b.constats().stream()).toList();
		}

		/** Les fuites à corriger : tout sauf les zéros acceptés. */
		List<Constat> fuites() {
			return constats().stream().filter(c -> !c.zeroAccepte()).toList();
		}

		List<Constat> zeros() {
			return constats().stream().filter(Constat::zeroAccepte).toList();
		}

	}

	private static final Map<Campagne, Attaque> ATTAQUES = new EnumMap<>(Campagne.class);

	private static long dureeCalcul;

	/** Les modèles du projet : ce qu'ils impriment est ce qui est publié. */
	private static final GenerateurDocuments DOCUMENTS = new GenerateurDocuments(Path.of("report-templates"));

	@BeforeAll
	static void attaquerDesEmployeursGeneres() throws Exception {
		GenerateurEmployeur generateur = new GenerateurEmployeur(ANNEE);
		Map<String, Integer> seuils = new HashMap<>();
		TypeCollectivite[] types = { TypeCollectivite.COMMUNE, TypeCollectivite.CCAS, TypeCollectivite.SYNDICAT,
				TypeCollectivite.EPCI, TypeCollectivite.AUTRE };
		// chaque employeur a aussi ses fichiers facultatifs (accidents déclarés,
		// décisions de santé, signalements,
		// formations, carrières, réponses de l'employeur, colonnes d'agents) : leurs
		// lignes publiées sont attaquées
		// avec le reste, dans les mêmes cases (un accident déclaré et les jours d'AT de
		// l'absentéisme)
		GenerateurThemes themes = new GenerateurThemes(ANNEE);
		try (EcrivainCsv ecrivain = new EcrivainCsv(dossier, Dialecte.canonique(false), true,
				EnumSet.allOf(NatureFacultative.class))) {
			int n = 0;
			for (int i = 0; i < 160; i++) {
				// 3 à 30 agents ; une absence sur trois employeurs très forte, pour avoir
				// beaucoup de motifs
				int effectif = 3 + (i * 7) % 28;
				double intensite = i % 3 == 0 ? 6 : i % 3 == 1 ? 2.5 : 1;
				String siret = siret(n++);
				LotEmployeur lot = generateur.generer(new ProfilEmployeur(1000L + i, siret, "Employeur " + i,
						types[i % types.length], "25", effectif, intensite, i % 7 == 0, i % 2 == 0, i % 5 != 0));
				GenerateurLots.ecrireAvecThemes(ecrivain, lot, themes.generer(lot, 1000L + i));
				seuils.put(siret, i % 10 == 9 ? 5 : 3);
			}
			int[] grands = { 60, 95, 150, 220, 300 };
			for (int i = 0; i < grands.length; i++) {
				String siret = siret(n++);
				LotEmployeur lot = generateur.generer(new ProfilEmployeur(5000L + i, siret, "Grand employeur " + i,
						i % 2 == 0 ? TypeCollectivite.COMMUNE : TypeCollectivite.EPCI, "25", grands[i], 3, i == 1, true,
						true));
				GenerateurLots.ecrireAvecThemes(ecrivain, lot, themes.generer(lot, 5000L + i));
				seuils.put(siret, i == 2 ? 5 : 3);
			}
		}
		// relu comme le traitement lit ses entrées : lecture, contrôle des lignes,
		// assemblage par employeur
		DossierLu lu = DossierLu.lire(dossier, ANNEE);
		if (!lu.rejetees().isEmpty()) {
			throw new IllegalStateException("ligne générée rejetée : " + lu.rejetees().getFirst());
		}
		Map<Campagne, List<Bilan>> bilans = new EnumMap<>(Campagne.class);
		Map<Campagne, long[]> durees = new EnumMap<>(Campagne.class);
		for (Campagne k : Campagne.values()) {
			bilans.put(k, new ArrayList<>());
			durees.put(k, new long[2]);
		}
		for (var assemblage : lu.assembler(ANNEE)) {
			String s = assemblage.donnees().siret();
			Collectivite c = lu.collectivites().get(s);
			int seuil = seuils.get(s);
			int nombreAgents = assemblage.donnees().agents().size();
			long debut = System.nanoTime();
			List<Indicateur> calculees = CalculIndicateurs.calculer(assemblage.donnees()).indicateurs();
			dureeCalcul += System.nanoTime() - debut;
			for (Campagne k : Campagne.values()) {
				debut = System.nanoTime();
				List<Indicateur> completes;
				List<Indicateur> vue;
				if (k == Campagne.PUBLIEE) {
					// comme la campagne : le secret posé sur ce que les documents
					// impriment ; l'attaquant reçoit ce
					// que le dossier de l'employeur publie (PDF, classeur et
					// indicateurs.csv en sont trois vues)
					var publication = DOCUMENTS.publier(c, ANNEE, calculees, seuil);
					completes = publication.completes();
					vue = publication.publiees();
				}
				else {
					completes = SecretStatistique.appliquer(calculees, seuil);
					vue = completes;
				}
				durees.get(k)[0] += System.nanoTime() - debut;
				Map<Indicateur.Cle, Indicateur> vraies = parCle(completes);
				// l'attaquant ne reçoit que la vue publiée : rien d'une ligne masquée,
				// jamais baseAgents
				List<LignePubliee> publiees = vue.stream().map(LignePubliee::de).toList();
				debut = System.nanoTime();
				Attaquant.Resultat resultat = Attaquant.attaquer(publiees, k.lecture);
				durees.get(k)[1] += System.nanoTime() - debut;
				bilans.get(k).add(bilan(s, nombreAgents, seuil, vraies, publiees, resultat));
			}
		}
		for (Campagne k : Campagne.values()) {
			ATTAQUES.put(k, new Attaque(k, bilans.get(k), durees.get(k)[0], durees.get(k)[1]));
		}
		ecrireRapport();
	}

	/**
	 * Vérifie l'attaque d'un employeur contre ses vraies lignes et n'en garde que le
	 * bilan.
	 */
	private static Bilan bilan(String siret, int agents, int seuil, Map<Indicateur.Cle, Indicateur> vraies,
			List<LignePubliee> publiees, Attaquant.Resultat resultat) {
		String prefixe = "[" + siret + ", " + agents + " agents, seuil " + seuil + "] ";
		List<String> erreurs = new ArrayList<>();
		resultat.incoherences().forEach(i -> erreurs.add(prefixe + "incohérence : " + i));
		List<Constat> constats = new ArrayList<>();
		List<Fuite> fuites = new ArrayList<>(resultat.fuites());
		fuites.sort(java.util.Comparator.comparingInt(AttaqueSecretTest::rang));
		int zerosExpliques = 0;
		Map<List<String>, Integer> populations = populationsDesCases(vraies);
		for (Fuite f : fuites) {
			Indicateur vraie = vraies.get(f.cle());
			// les moyennes de l'écart et les rapports sont publiés à 16 chiffres :
			// comparaison à 1e-9 près
			boolean arrondi = f.approchee() || f.cle().indicateur().equals("ecart_remuneration");
			f.retrouve().forEach((quoi, v) -> {
				BigDecimal attendu = quoi.equals("numerateur") ? vraie.numerateur() : vraie.valeur();
				if (attendu == null && f.conditionnelle() && quoi.equals("valeur")) {
					// « la valeur, si elle existe » : elle n'existe pas (dénominateur
					// nul)
					return;
				}
				if (!egales(v, attendu, arrondi || quoi.equals("valeur") && vraie.numerateur() != null)) {
					erreurs.add(prefixe + quoi + " de " + f.cle() + " retrouvé " + v + " au lieu de " + attendu + " — "
							+ f.explication().get());
				}
			});
			boolean accepte = zeroAccepte(f, seuil, populations)
					|| zeroDUneCaseEnglobante(f, seuil, vraies, populations);
			boolean expliquer = !accepte || zerosExpliques++ < ZEROS_EXPLIQUES;
			int population = populations
				.getOrDefault(List.of(FamilleSecret.de(f.cle().theme(), f.cle().indicateur()).name(),
						f.cle().population(), f.cle().dimension(), f.cle().modalite()), 0);
			constats.add(new Constat(siret, agents, f.cle(), protegee(f.cle()), population > 0 && population < seuil,
					accepte, f.retrouve().values().stream().allMatch(v -> v.signum() == 0), f.conditionnelle(),
					f.natures(), rang(f), decrire(prefixe, vraie, f, expliquer)));
		}
		int structureMasquee = (int) publiees.stream().filter(l -> l.secret() && !protegee(l.cle())).count();
		Controle controle = petitesPopulationsPubliees(prefixe, seuil, vraies, publiees, resultat);
		return new Bilan(siret, agents, seuil, publiees.size(), resultat.masquees(), structureMasquee,
				resultat.inconnues(), resultat.equations(), erreurs, resultat.nonAnalysees(), constats, controle);
	}

	/**
	 * SIRET fictif du générateur (clé de Luhn valide, SIREN en 000), au-delà de ceux des
	 * lots générés.
	 */
	private static String siret(int numero) {
		return fr.cdg.rsu.generateur.Referentiels.siret(900_000 + numero);
	}

	// -------------------------------------------------------------------------------------------
	// tests

	@ParameterizedTest
	@EnumSource(Campagne.class)
	void lAttaqueNeSeTrompeJamais(Campagne campagne) {
		// sans ce garde-fou, une identité fausse ferait « retrouver » des valeurs fausses
		List<Bilan> bilans = ATTAQUES.get(campagne).bilans();
		List<String> erreurs = bilans.stream().flatMap(b -> b.erreurs().stream()).toList();
		assertThat(erreurs.size())
			.as("%s : l'attaquant se trompe %d fois :%n%s", campagne, erreurs.size(),
					String.join("\n", erreurs.stream().limit(25).toList()))
			.isZero();
		assertThat(bilans.stream().flatMap(b -> b.nonAnalysees().stream()).toList())
			.as("lignes masquées que l'attaquant ne sait pas lire")
			.isEmpty();
		assertThat(bilans).hasSizeGreaterThan(150);
		assertThat(bilans.stream().mapToInt(Bilan::masquees).sum()).isPositive();
	}

	@ParameterizedTest
	@EnumSource(Campagne.class)
	void aucuneValeurMasqueeNeSeRecalcule(Campagne campagne) {
		Attaque attaque = ATTAQUES.get(campagne);
		List<Constat> fuites = attaque.fuites();
		List<Constat> protegees = fuites.stream().filter(Constat::protegee).toList();
		List<Constat> structure = fuites.stream().filter(c -> !c.protegee()).toList();
		List<String> exemples = exemples(fuites, 25).stream().map(Constat::description).toList();
		assertThat(structure.size())
			.as("%s : %d lignes de structure masquées se recalculent, alors que la structure n'est jamais masquée ;"
					+ " par exemple :%n%s", campagne, structure.size(), String.join("\n", exemples))
			.isZero();
		// une case masquée en secondaire décrit au moins seuil agents : la retrouver
		// n'apprend rien que la règle
		// protège (le masque est perdu, pas le secret) ; elle est comptée à part
		long secondairesRetrouvees = protegees.stream().filter(c -> !c.primaire()).count();
		protegees = protegees.stream().filter(Constat::primaire).toList();
		long nonNulles = protegees.stream().filter(c -> !c.nulle()).count();
		// zéros retrouvés par la règle de la somme nulle, mais sur un reste nul de
		// nombres non nuls (total − parties
		// publiées) : une case de 1 ou 2 agents sans absence est protégée (secret.md, «
		// zero included »)
		long parDifference = protegees.stream()
			.filter(c -> c.nulle() && c.natures().contains(Nature.ZERO_DEDUIT))
			.count();
		List<Constat> nonNullesSantePaie = protegees.stream()
			.filter(c -> !c.nulle() && !c.cle().indicateur().equals("age_moyen"))
			.toList();
		long nonNullesAge = nonNulles - nonNullesSantePaie.size();
		String detail = String.format("%s : %d valeurs masquées de santé, de paie, d'âge ou d'écart de cases de 1 à"
				+ " seuil − 1 agents (et %d de cases masquées en secondaire) se recalculent à"
				+ " partir de ce qui est publié, dont %d non nulles (%d d'âge moyen) et %d zéros par différence de"
				+ " nombres non nuls (hors %d zéros qu'un total publié nul impose ; détail : target/attaque-secret.txt) ;"
				+ " par exemple :%n%s", campagne, protegees.size(), secondairesRetrouvees, nonNulles, nonNullesAge,
				parDifference, attaque.zeros().size(), String.join("\n", exemples));
		if (campagne == Campagne.PUBLIEE) {
			// ce que la campagne publie : aucune valeur non nulle de santé, de paie ou
			// d'écart ne se retrouve
			assertThat(nonNullesSantePaie).as(detail).isEmpty();
			// aucun zéro d'une case de 1 à seuil − 1 agents qui ne découle pas d'un zéro
			// publiable (les 93 zéros
			// retrouvés jusqu'au 02/12/2026 découlaient tous du zéro d'une case
			// englobante d'au moins seuil agents)
			assertThat(parDifference).as(detail).isZero();
			assertThat(nonNullesAge).as(detail).isLessThanOrEqualTo(AGES_CONNUS);
		}
		// TOUT_PUBLIE n'est publié par aucune sortie : ses fuites (élimination sur
		// plusieurs relations, que le secret
		// secondaire ne pratique pas) sont comptées dans le rapport, l'attaquant y est
		// seulement vérifié juste
	}

	/**
	 * Âges moyens de cases de 1 à seuil − 1 agents retrouvés dans la vue publiée : aucun
	 * depuis le 02/12/2026 (les 11 âges retrouvés jusque-là étaient des cases masquées en
	 * secondaire, d'au moins seuil agents).
	 */
	private static final long AGES_CONNUS = 0;

	@ParameterizedTest
	@EnumSource(Campagne.class)
	void aucuneLignePublieeDeSanteOuDePaieNeDecritMoinsDeSeuilAgents(Campagne campagne) {
		List<Bilan> bilans = ATTAQUES.get(campagne).bilans();
		List<String> violations = bilans.stream().flatMap(b -> b.controle().violations().stream()).toList();
		List<String> fausses = bilans.stream().flatMap(b -> b.controle().bornesFausses().stream()).toList();
		// garde-fou du contrôle : une borne qui exclurait la vraie population ferait voir
		// des fautes qui n'en sont pas
		assertThat(fausses.size())
			.as("%s : %d bornes de population contredites par la vraie population :%n%s", campagne, fausses.size(),
					String.join("\n", fausses.stream().limit(25).toList()))
			.isZero();
		assertThat(bilans.stream().mapToInt(b -> b.controle().bornees()).sum())
			.as("lignes de santé ou de paie dont la population a pu être bornée")
			.isPositive();
		assertThat(violations.size())
			.as("%s : %d lignes publiées de santé ou de paie décrivent de 1 à seuil − 1 agents ; par exemple :%n%s",
					campagne, violations.size(), String.join("\n", violations.stream().limit(25).toList()))
			.isZero();
		List<String> petites = bilans.stream().flatMap(b -> b.controle().petitesPopulations().stream()).toList();
		assertThat(petites.size())
			.as("%s : %d lignes publiées de santé ou de paie ont une vraie population de 1 à seuil − 1 agents :%n%s",
					campagne, petites.size(), String.join("\n", petites.stream().limit(25).toList()))
			.isZero();
	}

	@ParameterizedTest
	@EnumSource(Campagne.class)
	void laStructureNEstJamaisMasquee(Campagne campagne) {
		assertThat(ATTAQUES.get(campagne).bilans().stream().mapToInt(Bilan::structureMasquee).sum()).isZero();
	}

	@Test
	void lesListesFermeesDeLAttaquantSontCellesDuCalcul() {
		// l'attaquant pose une somme de modalités sur un extrait seulement pour une liste
		// fermée : elle doit être
		// celle du calcul (non_renseigne n'existe pas pour le sexe ni l'âge, toujours
		// connus)
		for (Axe axe : Axe.values()) {
			List<String> attaquant = Attaquant.LISTES_FERMEES.get(axe.code());
			Set<String> calcul = axe.modalitesConnues();
			if (calcul.isEmpty()) {
				assertThat(attaquant).as(axe.code()).isNull();
				continue;
			}
			Set<String> attendu = new java.util.HashSet<>(calcul);
			if (axe == Axe.SEXE || axe == Axe.TRANCHE_AGE || axe == Axe.TRANCHE_AGE_3) {
				attendu.remove(Axe.NON_RENSEIGNE);
			}
			assertThat(attaquant).as(axe.code()).containsExactlyInAnyOrderElementsOf(attendu);
		}
	}

	@Test
	void lEcartPublieDonneLaMoyenneDesFemmesEtLeurPaie() {
		// hommes : 60 000 € pour 2 ETPR (moyenne 30 000, publiée) ; femmes : 50 000 €
		// pour 2 ETPR, masquées, mais
		// l'écart publié donne moyenne H − moyenne F = 5 000 et les ETPR des femmes sont
		// publiés en effectifs
		Theme r = Theme.REMUNERATIONS;
		List<Indicateur> lignes = List.of(
				Indicateur.valeur(r, "remuneration_annuelle_brute", "permanents", "", "sexe", "H",
						new BigDecimal("60000.00"), 5),
				Indicateur.valeur(r, "etpr", "permanents", "", "sexe", "H", new BigDecimal("2.0000"), 5),
				Indicateur.rapport(r, "remuneration_moyenne_etpr", "permanents", "", "sexe", "H",
						new BigDecimal("60000.00"), new BigDecimal("2"), BigDecimal.ONE, 5),
				Indicateur
					.valeur(r, "remuneration_annuelle_brute", "permanents", "", "sexe", "F", new BigDecimal("50000.00"),
							2)
					.avecSecret(true),
				Indicateur
					.rapport(r, "remuneration_moyenne_etpr", "permanents", "", "sexe", "F", new BigDecimal("50000.00"),
							new BigDecimal("2"), BigDecimal.ONE, 2)
					.avecSecret(true),
				Indicateur.valeur(Theme.EFFECTIFS, "etpr", "permanents", "", "sexe", "F", new BigDecimal("2.0000"), 2),
				Indicateur.rapport(Theme.EGALITE, "ecart_remuneration", "permanents", "", "ensemble", "ensemble",
						new BigDecimal("5000"), new BigDecimal("30000"), BigDecimal.valueOf(100), 2),
				Indicateur
					.rapport(Theme.EGALITE, "ecart_remuneration", "permanents", "", "categorie", "C",
							new BigDecimal("5000"), new BigDecimal("30000"), BigDecimal.valueOf(100), 2)
					.avecSecret(true));
		for (Attaquant.Lecture lecture : Attaquant.Lecture.values()) {
			// l'écart ne suppose rien des lignes absentes : les deux lectures le voient
			Attaquant.Resultat resultat = Attaquant.attaquer(lignes.stream().map(LignePubliee::de).toList(), lecture);
			assertThat(resultat.incoherences()).as(lecture.name()).isEmpty();
			Map<String, Fuite> parIndicateur = resultat.fuites()
				.stream()
				.collect(Collectors.toMap(f -> f.cle().indicateur(), f -> f, (a, b) -> a));
			assertThat(parIndicateur.get("remuneration_moyenne_etpr").retrouve().get("valeur")).as(lecture.name())
				.isEqualByComparingTo("25000");
			assertThat(parIndicateur.get("remuneration_moyenne_etpr").natures()).contains(Nature.ECART_REMUNERATION);
			assertThat(parIndicateur.get("remuneration_annuelle_brute").retrouve().get("valeur")).as(lecture.name())
				.isEqualByComparingTo("50000.00");
		}
	}

	/**
	 * Permanents : le détail par sexe n'est écrit que pour MO ; MATERNITE masqué,
	 * ensemble seulement.
	 * @param autres jours des femmes dans d'autres motifs que MO (au groupe global
	 * seulement)
	 */
	private static List<LignePubliee> motifSansDetail(int autres) {
		Theme a = Theme.ABSENTEISME;
		List<Indicateur> lignes = new ArrayList<>();
		for (String m : List.of("ensemble", "F", "H")) {
			String d = m.equals("ensemble") ? "ensemble" : "sexe";
			int mo = m.equals("ensemble") ? 10 : m.equals("F") ? 4 : 6;
			lignes.add(Indicateur.valeur(a, "jours", "permanents", "global", d, m,
					BigDecimal.valueOf(mo + (m.equals("H") ? 0 : autres)), 4));
			lignes.add(Indicateur.valeur(a, "jours", "permanents", "MO", d, m, BigDecimal.valueOf(mo), 4));
		}
		lignes.add(Indicateur
			.valeur(a, "jours", "permanents", "MATERNITE", "ensemble", "ensemble", BigDecimal.valueOf(autres), 2)
			.avecSecret(true));
		return lignes.stream().map(LignePubliee::de).toList();
	}

	@Test
	void surLeTableauCompletUnMotifSansLigneDeDetailNAAucuneAbsence() {
		// le tableau complet omet le détail d'un motif sans absence : MATERNITE masqué
		// vaut donc zéro
		Attaquant.Resultat resultat = Attaquant.attaquer(motifSansDetail(0));
		assertThat(resultat.incoherences()).isEmpty();
		assertThat(resultat.fuites()).singleElement().satisfies(f -> {
			assertThat(f.cle().groupe()).isEqualTo("MATERNITE");
			assertThat(f.retrouve().get("valeur")).isZero();
			assertThat(f.natures()).contains(Nature.ZERO_JUSTIFIE);
		});
	}

	@Test
	void surUnExtraitUneLigneAbsenteNEstPasUnZero() {
		// un extrait : le détail de MATERNITE peut n'être imprimé nulle part, et les
		// femmes ont 2 jours hors MO
		// (MATERNITE ou un autre motif) : rien ne se déduit
		Attaquant.Resultat resultat = Attaquant.attaquerExtrait(motifSansDetail(2));
		assertThat(resultat.incoherences()).isEmpty();
		assertThat(resultat.fuites()).isEmpty();
		// sans jour hors MO, le zéro de MATERNITE se déduit par différence (global − MO =
		// 10 − 10) : ce n'est pas un
		// total publié nul, c'est une fuite
		Attaquant.Resultat sansAutre = Attaquant.attaquerExtrait(motifSansDetail(0));
		assertThat(sansAutre.incoherences()).isEmpty();
		assertThat(sansAutre.fuites()).singleElement().satisfies(f -> {
			assertThat(f.natures()).doesNotContain(Nature.ZERO_JUSTIFIE).contains(Nature.ZERO_DEDUIT);
			assertThat(f.retrouve().get("valeur")).isZero();
			assertThat(zeroAccepte(f)).isFalse();
		});
	}

	@Test
	void surUnExtraitUneModaliteNonPublieeEstUneInconnue() {
		// catégorie A publiée seule, masquée la C : B et non_renseigne peuvent avoir des
		// jours, rien ne se déduit ;
		// un total publié nul annule en revanche toutes les parties (zéro imposé par la
		// politique)
		Theme a = Theme.ABSENTEISME;
		List<Indicateur> lignes = List.of(
				Indicateur.valeur(a, "jours", "permanents", "global", "ensemble", "ensemble", BigDecimal.TEN, 9),
				Indicateur.valeur(a, "jours", "permanents", "global", "categorie", "A", BigDecimal.ONE, 5),
				Indicateur.valeur(a, "jours", "permanents", "global", "categorie", "C", BigDecimal.valueOf(9), 2)
					.avecSecret(true),
				Indicateur.valeur(a, "jours", "permanents", "MO", "ensemble", "ensemble", BigDecimal.ZERO, 9),
				Indicateur.valeur(a, "jours", "permanents", "MO", "categorie", "C", BigDecimal.ZERO, 2)
					.avecSecret(true));
		Attaquant.Resultat extrait = Attaquant.attaquerExtrait(lignes.stream().map(LignePubliee::de).toList());
		assertThat(extrait.incoherences()).isEmpty();
		assertThat(extrait.fuites()).singleElement().satisfies(f -> {
			assertThat(f.cle().groupe()).isEqualTo("MO");
			assertThat(zeroAccepte(f)).isTrue();
		});
		// lu comme le tableau complet, B et non_renseigne absents valent zéro : la C se
		// retrouve
		Attaquant.Resultat complet = Attaquant.attaquer(lignes.stream().map(LignePubliee::de).toList());
		assertThat(complet.fuites()).anySatisfy(f -> {
			assertThat(f.cle().groupe()).isEqualTo("global");
			assertThat(f.retrouve().get("valeur")).isEqualByComparingTo("9");
		});
	}

	@Test
	void unZeroQuiDecouleDuZeroDUneCaseEnglobanteAssezGrandeEstAccepte() {
		// employeur de 3 agents : 2 permanents (case de 2 agents, protégée au seuil 3) et
		// 1 non permanent ; aucun
		// jour de CLM. Le zéro retrouvé des permanents découle de celui des 3 agents
		// (tous), publiable au seuil 3 ;
		// au seuil 5, les 3 agents sont eux-mêmes protégés : c'est une fuite. Un CLM de
		// tous non nul (1 jour du non
		// permanent) ne justifie rien ; le groupe médical des seuls permanents non plus
		// (même case de 2 agents).
		Theme a = Theme.ABSENTEISME;
		Indicateur.Cle cle = new Indicateur.Cle(a, "jours", "permanents", "CLM", "ensemble", "ensemble");
		Fuite zero = new Fuite(cle, Map.of("valeur", BigDecimal.ZERO), false, false, Set.of(Nature.ZERO_DEDUIT),
				() -> "", List.of(), false, List.of());
		Map<Indicateur.Cle, Indicateur> vraies = parCle(
				List.of(Indicateur.valeur(a, "jours", "permanents", "CLM", "ensemble", "ensemble", BigDecimal.ZERO, 2),
						Indicateur.valeur(a, "jours", "permanents", "medical", "ensemble", "ensemble", BigDecimal.ZERO,
								2),
						Indicateur.valeur(a, "jours", "tous", "CLM", "ensemble", "ensemble", BigDecimal.ZERO, 3)));
		Map<List<String>, Integer> populations = populationsDesCases(vraies);
		assertThat(zeroDUneCaseEnglobante(zero, 3, vraies, populations)).isTrue();
		assertThat(zeroDUneCaseEnglobante(zero, 5, vraies, populations)).isFalse();
		Indicateur unJour = Indicateur.valeur(a, "jours", "tous", "CLM", "ensemble", "ensemble", BigDecimal.ONE, 3);
		vraies.put(unJour.cle(), unJour);
		assertThat(zeroDUneCaseEnglobante(zero, 3, vraies, populationsDesCases(vraies))).isFalse();
		// une valeur non nulle retrouvée n'est jamais acceptée ainsi
		Fuite deux = new Fuite(cle, Map.of("valeur", BigDecimal.TWO), false, false, Set.of(), () -> "", List.of(),
				false, List.of());
		assertThat(zeroDUneCaseEnglobante(deux, 3, vraies, populations)).isFalse();
	}

	@Test
	void lesEchantillonsPubliesNeLaissentRetrouverAucuneValeurProtegee() throws Exception {
		// les quatre employeurs d'input-samples (8 à 600 agents, fichiers facultatifs
		// compris sauf pour celui de
		// 8 agents), publiés au seuil par défaut comme le fait la campagne, attaqués
		// comme un extrait
		DossierLu lu = DossierLu.lire(Path.of("input-samples"), 2024);
		int employeurs = 0;
		int masquees = 0;
		List<String> fuites = new ArrayList<>();
		for (var assemblage : lu.assembler(2024)) {
			String s = assemblage.donnees().siret();
			List<Indicateur> calculees = CalculIndicateurs.calculer(assemblage.donnees()).indicateurs();
			var publication = DOCUMENTS.publier(lu.collectivites().get(s), 2024, calculees, 3);
			Map<Indicateur.Cle, Indicateur> vraies = parCle(publication.completes());
			List<LignePubliee> publiees = publication.publiees().stream().map(LignePubliee::de).toList();
			Attaquant.Resultat resultat = Attaquant.attaquer(publiees, Attaquant.Lecture.EXTRAIT);
			Bilan b = bilan(s, assemblage.donnees().agents().size(), 3, vraies, publiees, resultat);
			assertThat(b.erreurs()).as("l'attaquant se trompe").isEmpty();
			assertThat(b.nonAnalysees()).as("lignes masquées illisibles").isEmpty();
			assertThat(b.controle().petitesPopulations()).as("lignes publiées de 1 ou 2 agents").isEmpty();
			b.constats()
				.stream()
				.filter(c -> !c.zeroAccepte() && c.protegee() && c.primaire())
				.forEach(c -> fuites.add(c.description()));
			employeurs++;
			masquees += b.masquees();
		}
		assertThat(employeurs).isEqualTo(4);
		assertThat(masquees).as("des cases sont masquées : l'attaque a quelque chose à chercher").isPositive();
		assertThat(fuites).isEmpty();
	}

	@Test
	void lAttaquantLitLesThemesFacultatifs() {
		// accidents déclarés des permanents : 3 en tout, 1 pour les femmes publié, celui
		// des hommes masqué : il se
		// retrouve par différence (3 − 1 = 2) ; le siège de la lésion, qui n'est écrit
		// que s'il est déclaré, ne
		// fait pas l'ensemble : 1 accident au dos publié ne dit rien des yeux masqués
		Theme t = Theme.ACCIDENTS_DECLARES;
		List<Indicateur> lignes = List.of(
				Indicateur.valeur(t, "accidents_declares", "permanents", "", "ensemble", "ensemble",
						BigDecimal.valueOf(3), 9),
				Indicateur.valeur(t, "accidents_declares", "permanents", "", "sexe", "F", BigDecimal.ONE, 5),
				Indicateur.valeur(t, "accidents_declares", "permanents", "", "sexe", "H", BigDecimal.TWO, 2)
					.avecSecret(true),
				Indicateur.valeur(t, "accidents_declares", "permanents", "", "siege_lesion", "DOS", BigDecimal.ONE, 9),
				Indicateur.valeur(t, "accidents_declares", "permanents", "", "siege_lesion", "YEUX", BigDecimal.ONE, 9)
					.avecSecret(true));
		Attaquant.Resultat r = Attaquant.attaquer(lignes.stream().map(LignePubliee::de).toList());
		assertThat(r.incoherences()).isEmpty();
		assertThat(r.nonAnalysees()).isEmpty();
		assertThat(r.fuites()).singleElement().satisfies(f -> {
			assertThat(f.cle().modalite()).isEqualTo("H");
			assertThat(f.retrouve().get("valeur")).isEqualByComparingTo("2");
		});
	}

	// -------------------------------------------------------------------------------------------
	// vérifications

	private static boolean egales(BigDecimal retrouve, @Nullable BigDecimal attendu, boolean arrondi) {
		if (attendu == null) {
			return false;
		}
		if (!arrondi) {
			return retrouve.compareTo(attendu) == 0;
		}
		BigDecimal ecart = retrouve.subtract(attendu).abs();
		BigDecimal echelle = attendu.abs().max(BigDecimal.ONE);
		return ecart.compareTo(echelle.multiply(new BigDecimal("1e-9"))) <= 0;
	}

	/**
	 * Un zéro que la politique publie : une somme publiée nulle de grandeurs positives
	 * annule chacune de ses parties (« Aucun accident », un total de 0). Seul un zéro
	 * exact, obtenu par cette règle à partir d'un total publié nul
	 * ({@link Fuite#zeroImpose()}), est accepté ; un zéro obtenu par différence de
	 * nombres non nuls (un total moins ses parties publiées) ou lu dans une ligne absente
	 * du tableau complet reste une fuite, comme toute valeur non nulle retrouvée.
	 */
	static boolean zeroAccepte(Fuite f) {
		return f.zeroImpose() && f.retrouve().values().stream().allMatch(v -> v.signum() == 0);
	}

	/**
	 * Comme {@link #zeroAccepte(Fuite)}, ou un zéro retrouvé parce que des grandeurs
	 * positives inconnues ont une somme nulle, quand ces grandeurs décrivent ensemble au
	 * moins {@code seuil} agents : c'est ce qu'apprendrait le zéro publié d'une case de
	 * cette taille (« aucune absence parmi ces 5 agents »), que la politique publie
	 * ({@code docs/secret-statistique.md} : une case d'au moins seuil agents est publiée,
	 * zéro compris). La population du groupe est la somme des vraies populations de ses
	 * cases quand elles sont les modalités disjointes d'une même population et dimension,
	 * sinon la plus grande d'entre elles (un minorant : des cases de dimensions
	 * différentes se recouvrent).
	 */
	static boolean zeroAccepte(Fuite f, int seuil, Map<List<String>, Integer> populations) {
		if (zeroAccepte(f)) {
			return true;
		}
		if (f.groupesAnnules().isEmpty() || !f.retrouve().values().stream().allMatch(v -> v.signum() == 0)) {
			return false;
		}
		FamilleSecret famille = FamilleSecret.de(f.cle().theme(), f.cle().indicateur());
		for (List<Attaquant.Grandeur> groupe : f.groupesAnnules()) {
			Set<List<String>> cases = new HashSet<>();
			Set<List<String>> dimensions = new HashSet<>();
			for (Attaquant.Grandeur g : groupe) {
				cases.add(List.of(famille.name(), g.population(), g.dimension(), g.modalite()));
				dimensions.add(List.of(g.population(), g.dimension()));
			}
			int somme = 0;
			int plusGrande = 0;
			for (List<String> c : cases) {
				int p = populations.getOrDefault(c, 0);
				somme += p;
				plusGrande = Math.max(plusGrande, p);
			}
			if ((dimensions.size() == 1 ? somme : plusGrande) < seuil) {
				return false;
			}
		}
		return true;
	}

	/** Les populations dont chacune fait partie (fonctionnaires ⊂ permanents ⊂ tous). */
	private static final Map<String, List<String>> POPULATIONS_ENGLOBANTES = Map.of("fonctionnaires",
			List.of("permanents", "tous"), "contractuels_permanents", List.of("permanents", "tous"), "non_permanents",
			List.of("tous"), "permanents", List.of("tous"));

	/**
	 * Un zéro retrouvé qui découle d'un zéro publiable : la même grandeur vaut zéro dans
	 * une case qui contient la case retrouvée (population englobante, ensemble de la
	 * dimension ou une partie du croisement, groupe d'absences qui contient le motif) et
	 * qui décrit au moins {@code seuil} agents. La politique publie ce zéro-là
	 * ({@code docs/secret-statistique.md} : « a cell of 86 agents with 1 accident
	 * identifies nobody », zéro compris) ; ce que l'attaquant apprend de la petite case
	 * (« aucun des deux agents permanents n'a été en CLM ») il l'apprendrait de la grande
	 * (« aucun des trois agents de l'employeur »). Exemple mesuré : un employeur de 3
	 * agents (2 permanents, 1 non permanent), où les jours médicaux de tous les agents
	 * moins leurs jours publiés de maladie ordinaire laissent zéro pour les autres motifs
	 * de tous les agents, donc des permanents.
	 */
	static boolean zeroDUneCaseEnglobante(Fuite f, int seuil, Map<Indicateur.Cle, Indicateur> vraies,
			Map<List<String>, Integer> populations) {
		if (!f.retrouve().values().stream().allMatch(v -> v.signum() == 0)) {
			return false;
		}
		Indicateur.Cle k = f.cle();
		FamilleSecret famille = FamilleSecret.de(k.theme(), k.indicateur());
		List<String> populationsCandidates = new ArrayList<>();
		populationsCandidates.add(k.population());
		populationsCandidates.addAll(POPULATIONS_ENGLOBANTES.getOrDefault(k.population(), List.of()));
		List<List<String>> modalitesCandidates = new ArrayList<>();
		modalitesCandidates.add(List.of(k.dimension(), k.modalite()));
		modalitesCandidates.add(List.of(Indicateur.ENSEMBLE, Indicateur.ENSEMBLE));
		String[] dimensions = k.dimension().split("\\+");
		String[] modalites = k.modalite().split("\\+");
		if (dimensions.length > 1 && dimensions.length == modalites.length) {
			for (int i = 0; i < dimensions.length; i++) {
				modalitesCandidates.add(List.of(dimensions[i], modalites[i]));
			}
		}
		for (String p : populationsCandidates) {
			for (List<String> dm : modalitesCandidates) {
				if (populations.getOrDefault(List.of(famille.name(), p, dm.get(0), dm.get(1)), 0) < seuil) {
					continue;
				}
				for (String g : englobants(k.groupe())) {
					if (p.equals(k.population()) && dm.equals(List.of(k.dimension(), k.modalite()))
							&& g.equals(k.groupe())) {
						continue;
					}
					Indicateur englobante = vraies
						.get(new Indicateur.Cle(k.theme(), k.indicateur(), p, g, dm.get(0), dm.get(1)));
					if (englobante != null && nulle(englobante)) {
						return true;
					}
				}
			}
		}
		return false;
	}

	/**
	 * Le groupe lui-même et les groupes d'absences qui le contiennent (un motif est dans
	 * son groupe et au-delà).
	 */
	private static List<String> englobants(String groupe) {
		List<String> g = new ArrayList<>();
		g.add(groupe);
		for (fr.cdg.rsu.domaine.Motif m : fr.cdg.rsu.domaine.Motif.values()) {
			if (m.code().equals(groupe)) {
				for (fr.cdg.rsu.domaine.GroupeAbsence ga : fr.cdg.rsu.domaine.GroupeAbsence.values()) {
					if (ga.contient(m)) {
						g.add(ga.code());
					}
				}
			}
		}
		for (fr.cdg.rsu.domaine.GroupeAbsence ga : fr.cdg.rsu.domaine.GroupeAbsence.values()) {
			if (ga.code().equals(groupe)) {
				for (fr.cdg.rsu.domaine.GroupeAbsence plusLarge : fr.cdg.rsu.domaine.GroupeAbsence.values()) {
					if (plusLarge.ordinal() > ga.ordinal()) {
						g.add(plusLarge.code());
					}
				}
			}
		}
		return g;
	}

	private static boolean nulle(Indicateur i) {
		BigDecimal v = i.numerateur() != null ? i.numerateur() : i.valeur();
		return v != null && v.signum() == 0;
	}

	/** Les lignes par clé (une table que l'on peut compléter). */
	private static Map<Indicateur.Cle, Indicateur> parCle(List<Indicateur> lignes) {
		Map<Indicateur.Cle, Indicateur> m = new HashMap<>();
		lignes.forEach(i -> m.put(i.cle(), i));
		return m;
	}

	/**
	 * Vraie population de chaque case protégée (famille, population, dimension,
	 * modalité).
	 */
	private static Map<List<String>, Integer> populationsDesCases(Map<Indicateur.Cle, Indicateur> vraies) {
		Map<List<String>, Integer> p = new HashMap<>();
		for (Indicateur i : vraies.values()) {
			FamilleSecret famille = FamilleSecret.de(i.theme(), i.indicateur());
			p.merge(List.of(famille.name(), i.population(), i.dimension(), i.modalite()), i.baseAgents(), Math::max);
		}
		return p;
	}

	/**
	 * Un intervalle d'agents {@code [min, max]} ; {@code max = Long.MAX_VALUE} sans borne
	 * supérieure.
	 */
	record Intervalle(long min, long max) {

		static final Intervalle INCONNU = new Intervalle(0, Long.MAX_VALUE);

		Intervalle inter(Intervalle o) {
			return new Intervalle(Math.max(min, o.min), Math.min(max, o.max));
		}

		boolean borne() {
			return max != Long.MAX_VALUE;
		}

		/** De façon certaine de 1 à {@code seuil − 1} agents. */
		boolean petite(int seuil) {
			return min >= 1 && max < seuil;
		}

		boolean contient(long n) {
			return min <= n && n <= max;
		}

		@Override
		public String toString() {
			return "[" + min + ", " + (borne() ? String.valueOf(max) : "∞") + "]";
		}

	}

	/**
	 * Population d'une case, encadrée avec les seules lignes publiées (ce que l'attaquant
	 * lit), selon la définition du produit ({@code docs/secret-statistique.md} §1) :
	 * <ul>
	 * <li>santé : présents au 31/12 (effectif) plus partis dans l'année avec au moins un
	 * jour d'absence ; au moins l'effectif et les agents absents (tous comptés), au plus
	 * l'effectif plus le plus petit des agents absents du groupe global et des départs de
	 * l'année (permanents) ;</li>
	 * <li>paie : agents payés dans l'année, partis compris ; au moins un dès qu'un ETPR
	 * ou une somme de paie publiée est positive, au moins les agents ayant fait des
	 * heures supplémentaires ; au plus l'effectif plus les départs (permanents).</li>
	 * </ul>
	 * Une cellule croisée compte au plus les agents de chacune de ses cellules parentes.
	 * Une case de 0 agent ne décrit personne : une ligne n'est en faute que si sa
	 * population est certainement de 1 à {@code seuil − 1}.
	 */
	private static final class Bornes {

		private static final List<String> SOMMES_PAIE = List.of("etpr", "remuneration_annuelle_brute",
				"traitement_brut", "primes", "nbi", "sft", "heures_sup_montant", "heures_sup_nombre");

		private final Map<Grandeur, BigDecimal> publiees;

		private final Map<List<String>, Intervalle> memo = new HashMap<>();

		Bornes(Map<Grandeur, BigDecimal> publiees) {
			this.publiees = publiees;
		}

		private @Nullable Long publiee(String nom, String p, String g, String d, String m) {
			BigDecimal v = publiees.get(new Grandeur(nom, p, g, d, m));
			return v == null ? null : v.longValueExact();
		}

		private boolean positive(String nom, String p, String d, String m) {
			BigDecimal v = publiees.get(new Grandeur(nom, p, "", d, m));
			return v != null && v.signum() > 0;
		}

		private @Nullable Long departs(String p, String d, String m) {
			if (!POPULATIONS_PERMANENTES.contains(p)) {
				return null;
			}
			List<String> dims = List.of(d.split("\\+"));
			int sexe = dims.indexOf("sexe");
			if (sexe >= 0) {
				List<String> valeurs = Attaquant.decouper(dims, m);
				if (valeurs != null) {
					return publiee("departs", p, "", "sexe", valeurs.get(sexe));
				}
			}
			return publiee("departs", p, "", Indicateur.ENSEMBLE, Indicateur.ENSEMBLE);
		}

		Intervalle population(boolean sante, String p, String d, String m) {
			List<String> cle = List.of(String.valueOf(sante), p, d, m);
			Intervalle deja = memo.get(cle);
			if (deja != null) {
				return deja;
			}
			long min = 0;
			long max = Long.MAX_VALUE;
			Long effectif = publiee("effectif", p, "", d, m);
			Long partis = departs(p, d, m);
			if (sante) {
				if (effectif != null) {
					min = effectif;
				}
				Long absents = null;
				for (String g : List.of("global", "medical", "compressible", "MO", "AT_SERVICE", "AT_TRAJET", "CLM",
						"CLD", "CGM", "DOS", "MP", "MATERNITE", "PATERNITE", "ADOPTION", "AUTRE")) {
					Long a = publiee("agents_absents", p, g, d, m);
					if (a != null) {
						min = Math.max(min, a);
						if (g.equals("global")) {
							absents = a;
						}
					}
				}
				// partis absents : au plus les agents absents de l'année, au plus les
				// départs
				if (partis == null || absents != null && absents < partis) {
					partis = absents;
				}
			}
			else {
				for (String nom : SOMMES_PAIE) {
					if (positive(nom, p, d, m)) {
						min = Math.max(min, 1);
					}
				}
				Long heuresSup = publiee("agents_heures_sup", p, "", d, m);
				if (heuresSup != null) {
					min = Math.max(min, heuresSup);
				}
			}
			if (effectif != null && partis != null) {
				max = effectif + partis;
			}
			Intervalle borne = new Intervalle(min, max);
			if (!d.equals(Indicateur.ENSEMBLE)) {
				List<String> dims = List.of(d.split("\\+"));
				List<String> valeurs = Attaquant.decouper(dims, m);
				if (valeurs != null) {
					for (int i = 0; i < dims.size(); i++) {
						List<String> dp = new ArrayList<>(dims);
						dp.remove(i);
						List<String> vp = new ArrayList<>(valeurs);
						vp.remove(i);
						Intervalle parent = population(sante, p,
								dp.isEmpty() ? Indicateur.ENSEMBLE : String.join("+", dp),
								vp.isEmpty() ? Indicateur.ENSEMBLE : String.join("+", vp));
						// la cellule compte au plus les agents de sa parente ; rien sur
						// son minimum
						borne = borne.inter(new Intervalle(0, parent.max()));
					}
				}
			}
			memo.put(cle, borne);
			return borne;
		}

	}

	/**
	 * Le contrôle d'un employeur : les lignes en faute, les bornes que la vraie
	 * population contredit (une erreur du contrôle), les lignes bornées, celles qu'on ne
	 * sait pas borner.
	 */
	record Controle(List<String> violations, List<String> bornesFausses, int bornees, int sansBorne,
			List<String> petitesPopulations, int bornesSousSeuilSansAgent) {
	}

	/**
	 * Les thèmes dont la structure publiée borne la population (définition de
	 * docs/secret-statistique.md § 1).
	 */
	private static final Set<Theme> THEMES_BORNES = Set.of(Theme.ABSENTEISME, Theme.ACCIDENTS, Theme.REMUNERATIONS,
			Theme.EGALITE, Theme.EFFECTIFS);

	private static Controle petitesPopulationsPubliees(String prefixe, int seuil,
			Map<Indicateur.Cle, Indicateur> vraies, List<LignePubliee> publiees, Attaquant.Resultat resultat) {
		Bornes bornes = new Bornes(resultat.publiees());
		List<String> violations = new ArrayList<>();
		List<String> fausses = new ArrayList<>();
		List<String> petites = new ArrayList<>();
		int sansAgent = 0;
		int bornees = 0;
		int sansBorne = 0;
		for (LignePubliee l : publiees) {
			Indicateur.Cle c = l.cle();
			if (l.secret() || c.population().isEmpty() || !protegee(c) || c.indicateur().equals("age_moyen")) {
				// part_charges_personnel : indicateur de l'employeur, sans cellule
				// d'agents ; l'âge moyen n'est ni
				// de santé ni de paie
				continue;
			}
			int vraie = vraies.get(c).baseAgents();
			Intervalle borne;
			boolean petite;
			if (c.theme() == Theme.EGALITE) {
				String d = c.dimension().equals(Indicateur.ENSEMBLE) ? "sexe" : c.dimension() + "+sexe";
				String base = c.modalite().equals(Indicateur.ENSEMBLE) ? "" : c.modalite() + "+";
				// l'écart est protégé dès que l'un des deux sexes a de 1 à seuil − 1
				// agents payés (sa base est alors
				// de 1 à seuil − 1 : le plus petit des deux, ou le seul présent)
				Intervalle f = bornes.population(false, c.population(), d, base + "F");
				Intervalle h = bornes.population(false, c.population(), d, base + "H");
				petite = f.petite(seuil) || h.petite(seuil);
				borne = f.petite(seuil) ? f : h.petite(seuil) ? h : new Intervalle(0, Math.max(f.max(), h.max()));
				if (petite && !(vraie >= 1 && vraie < seuil)) {
					fausses.add(prefixe + cle(c) + " : F " + f + ", H " + h + ", vraie base " + vraie);
				}
			}
			else if (!THEMES_BORNES.contains(c.theme())) {
				// thèmes facultatifs : leur population (agents d'une case d'accidents
				// déclarés, de décisions...)
				// n'est pas celle que la structure publiée borne ; seule la vraie
				// population est contrôlée
				borne = Intervalle.INCONNU;
				petite = false;
			}
			else {
				boolean sante = c.theme() != Theme.REMUNERATIONS;
				borne = bornes.population(sante, c.population(), c.dimension(), c.modalite());
				petite = borne.petite(seuil);
				if (!borne.contient(vraie)) {
					fausses.add(prefixe + cle(c) + " : population bornée à " + borne + ", vraie " + vraie);
				}
			}
			if (borne.borne()) {
				bornees++;
			}
			else {
				sansBorne++;
			}
			// la vraie population (baseAgents, jamais publiée) : une ligne publiée de 1 à
			// seuil − 1 agents est une
			// faute du secret primaire, que l'attaquant sache la borner ou non
			if (vraie >= 1 && vraie < seuil) {
				petites.add(prefixe + cle(c) + " publiée (valeur " + l.valeur() + ") : population " + vraie
						+ ", bornée à " + borne);
			}
			if (!petite && borne.max() < seuil && vraie == 0) {
				// au plus seuil − 1 agents, peut-être aucun : une case vide ne décrit
				// personne
				sansAgent++;
			}
			if (petite) {
				violations.add(prefixe + cle(c) + " publiée (valeur " + l.valeur() + ") sur " + borne
						+ " agent(s) (vraie population " + vraie + ")");
			}
		}
		return new Controle(violations, fausses, bornees, sansBorne, petites, sansAgent);
	}

	// -------------------------------------------------------------------------------------------
	// rapport

	private static String cle(Indicateur.Cle c) {
		return c.theme().code() + "/" + c.indicateur() + "[" + c.population()
				+ (c.groupe().isEmpty() ? "" : "/" + c.groupe())
				+ (c.dimension().equals(Indicateur.ENSEMBLE) ? "" : " " + c.dimension() + "=" + c.modalite()) + "]";
	}

	private static String decrire(String prefixe, Indicateur vraie, Fuite f, boolean equations) {
		StringBuilder sb = new StringBuilder(prefixe).append(cle(f.cle())).append(" masquée : ");
		f.retrouve().forEach((quoi, v) -> {
			BigDecimal attendu = quoi.equals("numerateur") ? vraie.numerateur() : vraie.valeur();
			sb.append(quoi)
				.append(" = ")
				.append(v.round(new MathContext(12)).toPlainString())
				.append(" (vrai ")
				.append(attendu == null ? "vide" : attendu.round(new MathContext(12)).toPlainString())
				.append(") ");
		});
		sb.append("(population ").append(vraie.baseAgents()).append(") ");
		sb.append(f.approchee() ? "[par arrondi] " : "");
		sb.append(f.conditionnelle() ? "[si le dénominateur n'est pas nul] " : "");
		sb.append("— par : ").append(f.natures().stream().map(Nature::libelle).collect(Collectors.joining(", ")));
		if (!f.sources().isEmpty()) {
			sb.append(" — publiée dans ").append(f.sources().stream().map(AttaqueSecretTest::cle).toList());
		}
		String explication = equations ? f.explication().get() : "";
		if (!explication.isEmpty()) {
			sb.append(" — équations : ").append(explication);
		}
		return sb.toString();
	}

	/**
	 * Familles que le secret protège (santé, paie, âge moyen, écart) ; les autres lignes
	 * sont de structure : thème effectifs sauf l'âge moyen, effectif de l'absentéisme,
	 * ETPR, taux de féminisation.
	 */
	private static boolean protegee(Indicateur.Cle c) {
		return switch (c.theme()) {
			case ABSENTEISME -> !c.indicateur().equals("effectif");
			case ACCIDENTS -> true;
			case REMUNERATIONS -> !c.indicateur().equals("etpr");
			case EGALITE -> c.indicateur().equals("ecart_remuneration");
			case EFFECTIFS -> c.indicateur().equals("age_moyen");
			// thèmes facultatifs : l'attaquant ne les modélise pas encore, leur famille
			// est celle du programme
			default -> FamilleSecret.de(c.theme(), c.indicateur()).protegee();
		};
	}

	/**
	 * Les fuites les plus parlantes d'abord : santé ou paie, par un calcul (pas une
	 * simple recopie), certaine.
	 */
	private static int rang(Fuite f) {
		boolean calculee = f.natures()
			.stream()
			.anyMatch(n -> n != Nature.MEME_GRANDEUR_PUBLIEE && n != Nature.ZERO_JUSTIFIE);
		boolean nulle = f.retrouve().values().stream().allMatch(v -> v.signum() == 0);
		return (protegee(f.cle()) ? 0 : 4) + (calculee ? 0 : 2) + (f.conditionnelle() || nulle ? 1 : 0);
	}

	/**
	 * La relation que le secret du produit ({@code Relations}) ne connaît pas et qui
	 * donne la fuite, de la plus particulière à la plus générale.
	 */
	private static String relationManquante(Constat c) {
		Set<Nature> n = c.natures();
		if (n.contains(Nature.TRANCHES_AGE)) {
			return "a. tranches quinquennales = trois tranches d'âge";
		}
		if (n.contains(Nature.ZERO_JUSTIFIE)) {
			return "b. ligne absente du tableau complet = zéro (détail omis d'un motif sans absence, population vide)";
		}
		if (n.contains(Nature.ZERO_DEDUIT)) {
			return "c. positivité : des parties masquées de somme connue nulle (total publié nul, ou total moins parties"
					+ " publiées) sont toutes nulles, grandeur par grandeur, puis différence";
		}
		if (n.contains(Nature.ECART_REMUNERATION) || n.contains(Nature.VALEUR_ARRONDIE)) {
			return "d. écart ou valeur arrondie publiée";
		}
		if (n.contains(Nature.MOTIFS) || n.contains(Nature.ACCIDENTS) || n.contains(Nature.COMPOSANTES_PAIE)) {
			return "e. sommes entre grandeurs d'une même case (motifs, accidents, composantes) avec les sommes de cases";
		}
		return "f. sommes de modalités, croisements et populations seulement (élimination sur plusieurs relations)";
	}

	/**
	 * Des exemples variés : au plus deux par indicateur et combinaison d'équations, trois
	 * par employeur.
	 */
	private static List<Constat> exemples(List<Constat> constats, int nombre) {
		List<Constat> triees = new ArrayList<>(constats);
		triees.sort(java.util.Comparator.comparingInt(Constat::rang));
		Map<String, Integer> vus = new HashMap<>();
		Map<String, Integer> parEmployeur = new HashMap<>();
		List<Constat> choix = new ArrayList<>();
		// d'abord un exemple par indicateur, puis les autres
		Set<String> indicateurs = new java.util.HashSet<>();
		for (Constat c : triees) {
			if (choix.size() < nombre / 2 && indicateurs.add(c.indicateur())) {
				choix.add(c);
				vus.merge(c.indicateur() + c.natures(), 1, Integer::sum);
				parEmployeur.merge(c.siret(), 1, Integer::sum);
			}
		}
		for (Constat c : triees) {
			if (choix.size() >= nombre) {
				break;
			}
			if (choix.stream().anyMatch(x -> x == c)) {
				continue;
			}
			String famille = c.indicateur() + c.natures();
			if (vus.getOrDefault(famille, 0) < 2 && parEmployeur.getOrDefault(c.siret(), 0) < 3) {
				vus.merge(famille, 1, Integer::sum);
				parEmployeur.merge(c.siret(), 1, Integer::sum);
				choix.add(c);
			}
		}
		return choix;
	}

	private static void ecrireRapport() throws IOException {
		List<String> texte = new ArrayList<>();
		List<String> resume = new ArrayList<>();
		texte.add("Attaque du secret statistique (calcul des indicateurs " + dureeCalcul / 1_000_000 + " ms)");
		for (Campagne k : Campagne.values()) {
			ecrireCampagne(ATTAQUES.get(k), texte, resume);
		}
		Path rapport = Path.of("target", "attaque-secret.txt");
		Files.createDirectories(rapport.getParent());
		Files.write(rapport, texte);
		System.out.println(String.join("\n", resume));
	}

	private static void ecrireCampagne(Attaque attaque, List<String> texte, List<String> resume) {
		List<Bilan> bilans = attaque.bilans();
		List<Constat> fuites = attaque.fuites();
		List<Constat> zeros = attaque.zeros();
		long protegees = fuites.stream().filter(Constat::protegee).count();
		Map<String, Integer> parNature = new TreeMap<>();
		Map<String, Integer> parIndicateur = new TreeMap<>();
		Map<String, Integer> parTaille = new TreeMap<>();
		Map<String, Integer> parFamille = new TreeMap<>();
		Map<String, Integer> parRelation = new TreeMap<>();
		Map<String, String> parSeuil = new TreeMap<>();
		Map<String, Integer> zerosParIndicateur = new TreeMap<>();
		List<String> violations = bilans.stream().flatMap(b -> b.controle().violations().stream()).toList();
		List<String> fausses = bilans.stream().flatMap(b -> b.controle().bornesFausses().stream()).toList();
		Set<String> touches = fuites.stream().map(Constat::siret).collect(Collectors.toSet());
		for (int seuil : new int[] { 3, 5 }) {
			List<Bilan> bs = bilans.stream().filter(b -> b.seuil() == seuil).toList();
			Set<String> sirets = bs.stream().map(Bilan::siret).collect(Collectors.toSet());
			parSeuil.put("seuil " + seuil, bs.size() + " employeurs, " + bs.stream().mapToInt(Bilan::masquees).sum()
					+ " masquées, " + fuites.stream().filter(c -> sirets.contains(c.siret())).count() + " recalculées");
		}
		for (Constat c : fuites) {
			int n = c.agents();
			parTaille.merge(n <= 10 ? "a. 3-10 agents" : n <= 30 ? "b. 11-30 agents" : "c. 60-300 agents", 1,
					Integer::sum);
			c.natures().forEach(x -> parNature.merge(x.libelle(), 1, Integer::sum));
			parIndicateur.merge(c.indicateur(), 1, Integer::sum);
			parRelation.merge(relationManquante(c).substring(0, 2) + " " + c.cle().theme().code()
					+ (c.nulle() ? " (zéro)" : " (non nul)"), 1, Integer::sum);
			parFamille.merge((c.protegee() ? "santé, paie, âge, écart" : "structure")
					+ (c.natures().equals(Set.of(Nature.MEME_GRANDEUR_PUBLIEE)) ? " — recopie d'une ligne publiée"
							: c.natures().equals(Set.of(Nature.ZERO_JUSTIFIE)) ? " — zéro lu dans la structure"
									: " — calcul")
					+ (c.nulle() ? " (zéro)" : "") + (c.conditionnelle() ? " (si le dénominateur n'est pas nul)" : ""),
					1, Integer::sum);
		}
		zeros.forEach(c -> zerosParIndicateur.merge(c.indicateur(), 1, Integer::sum));
		String entete = "Campagne " + attaque.campagne() + " (" + attaque.campagne().libelle + ") : " + bilans.size()
				+ " employeurs, " + bilans.stream().mapToInt(Bilan::lignes).sum() + " lignes, "
				+ bilans.stream().mapToInt(Bilan::masquees).sum() + " masquées (dont "
				+ bilans.stream().mapToInt(Bilan::structureMasquee).sum() + " de structure) ; " + protegees
				+ " valeurs protégées recalculées (" + fuites.stream().filter(c -> c.protegee() && !c.nulle()).count()
				+ " non nulles, " + fuites.stream().filter(c -> c.protegee() && c.nulle()).count()
				+ " zéros par différence ou lus dans le tableau complet ; de cases de 1 à seuil − 1 agents : "
				+ fuites.stream().filter(c -> c.protegee() && c.primaire() && !c.nulle()).count() + " non nulles, "
				+ fuites.stream().filter(c -> c.protegee() && c.primaire() && c.nulle()).count() + " zéros), "
				+ (fuites.size() - protegees) + " de structure, chez " + touches.size() + " employeurs ; "
				+ zeros.size() + " zéros acceptés (somme publiée nulle de grandeurs positives) ; " + violations.size()
				+ " lignes publiées sur 1 à seuil − 1 agents (secret " + attaque.dureeSecret() / 1_000_000
				+ " ms, attaque " + attaque.dureeAttaque() / 1_000_000 + " ms ; "
				+ bilans.stream().mapToLong(Bilan::inconnues).sum() + " inconnues, "
				+ bilans.stream().mapToLong(Bilan::equations).sum() + " équations).";
		resume.add(entete);
		texte.add("");
		texte.add("=".repeat(100));
		texte.add(entete);
		texte.add("Fuites par famille : " + parFamille);
		texte.add("Fuites par relation que le secret du produit ignore (voir « exemples par relation manquante ») : "
				+ parRelation);
		texte.add("Par taille d'employeur : " + parTaille);
		texte.add("Par seuil : " + parSeuil);
		texte.add("Par famille d'équations (une fuite peut en combiner plusieurs) : " + parNature);
		texte.add("Par indicateur : " + parIndicateur);
		texte.add("Zéros acceptés par indicateur : " + zerosParIndicateur);
		texte.add("Lignes publiées de santé ou de paie sur 1 à seuil − 1 agents : " + violations.size() + " ("
				+ bilans.stream().mapToInt(b -> b.controle().bornees()).sum()
				+ " lignes dont la population est bornée par la structure publiée, "
				+ bilans.stream().mapToInt(b -> b.controle().sansBorne()).sum() + " sans borne ; "
				+ bilans.stream().mapToInt(b -> b.controle().bornesSousSeuilSansAgent()).sum()
				+ " bornées sous le seuil sans minimum et de vraie population 0 ; " + fausses.size()
				+ " bornes contredites par la vraie population ; "
				+ bilans.stream().mapToInt(b -> b.controle().petitesPopulations().size()).sum()
				+ " de vraie population 1 à seuil − 1)");
		texte.add("");
		texte.add("Fuites, exemples choisis :");
		exemples(fuites, 40).forEach(c -> texte.add(c.description()));
		texte.add("");
		texte.add("Fuites, exemples par relation manquante :");
		Map<String, List<Constat>> parRelationListe = fuites.stream()
			.collect(Collectors.groupingBy(AttaqueSecretTest::relationManquante, TreeMap::new, Collectors.toList()));
		parRelationListe.forEach((r, cs) -> {
			texte.add("  " + r + " :");
			exemples(cs.stream().filter(c -> !c.nulle()).toList(), 4).forEach(c -> texte.add("    " + c.description()));
			exemples(cs.stream().filter(Constat::nulle).toList(), 2).forEach(c -> texte.add("    " + c.description()));
		});
		texte.add("");
		texte.add("Fuites par employeur (au plus 20 chacun, les plus parlantes d'abord) :");
		Map<String, List<Constat>> parEmployeur = fuites.stream()
			.collect(Collectors.groupingBy(Constat::siret, LinkedHashMap::new, Collectors.toList()));
		parEmployeur.values()
			.forEach(cs -> cs.stream()
				.sorted(java.util.Comparator.comparingInt(Constat::rang))
				.limit(20)
				.forEach(c -> texte.add(c.description())));
		texte.add("");
		texte.add(
				"Zéros acceptés (la politique publie les zéros : un total publié de 0 annule ses parties), exemples :");
		exemples(zeros, 20).forEach(c -> texte.add(c.description()));
		texte.add("");
		texte.add("Lignes publiées sur 1 à seuil − 1 agents :");
		texte.addAll(violations);
		texte.addAll(fausses);
	}

}
