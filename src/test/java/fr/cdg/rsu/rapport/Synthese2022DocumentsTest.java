package fr.cdg.rsu.rapport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

import fr.cdg.rsu.domaine.DonneesEmployeur;
import fr.cdg.rsu.indicateurs.CalculIndicateurs;
import fr.cdg.rsu.indicateurs.ResultatEmployeur;
import fr.cdg.rsu.indicateurs.absenteisme.Synthese2022Reconstituee;
import fr.cdg.rsu.indicateurs.secret.SecretStatistique;

/**
 * Les documents de la commune reconstituée de la synthèse absentéisme 2022 publiée
 * ({@code Synthese2022ReconstitueeTest},
 * {@code shared/reference/rsu-syntheses-2022-ocr.txt}) impriment chacun des 66 chiffres
 * publiés, écrits comme la synthèse les écrit ({@code 1 773}, {@code 4,9 %},
 * {@code 61,63 %}, {@code 104,3}, {@code 2,52}), à côté de leur libellé : dans la bonne
 * ligne et la bonne colonne du bon tableau (titre et en-têtes vérifiés), ou sous la forme
 * « valeur libellé » d'un chiffre clé de la bonne section.
 *
 * <p>
 * Le jeu est calculé par {@link CalculIndicateurs#calculer} et publié comme la campagne
 * le publie ({@link GenerateurDocuments#publier}), au seuil du secret par défaut
 * ({@link SecretStatistique#SEUIL_PAR_DEFAUT}) : l'ancien secret statistique masquait 23
 * de ces chiffres ({@code s}).
 */
class Synthese2022DocumentsTest {

	/** Le seuil du secret du calcul et des notes : celui des documents publiés. */
	static final int SEUIL = SecretStatistique.SEUIL_PAR_DEFAUT;

	private static final LocalDate PUBLICATION = LocalDate.of(2023, 10, 16);

	/**
	 * Le début du pied de chaque page : un tableau ou une rangée de chiffres clés ne le
	 * traverse pas.
	 */
	private static final String PIED = "Données au 31/12/2022 – publié le 16/10/2023";

	private static final char FINE = '\u202F';

	private static final char INSECABLE = '\u00A0';

	/**
	 * Une valeur imprimée : un nombre à la française (milliers séparés par une espace
	 * fine, unité après une espace insécable), {@code s}, {@code –} ou {@code n.d.} ;
	 * jamais d'espace ordinaire.
	 */
	private static final String VALEUR = "(?:\u2212?\\d[\\d\u202F]*(?:,\\d+)?(?:\u00A0(?:%|€|ans|jours|h))?"
			+ "|s|–|n\\.d\\.)";

	@TempDir
	static Path sortie;

	private static String absenteisme;

	// --- les blocs de synthese-absenteisme.yaml où les chiffres sont cherchés
	// --------------------------------

	private static final List<String> STATUTS = List.of("Fonctionnaires", "Contractuels permanents",
			"Emplois permanents", "Contractuels non permanents", "Ensemble des agents");

	static final Tableau CADRAGE = new Tableau("Agents présents au 31/12/2022 selon le statut et le sexe", "Statut",
			"Agents", "Femmes", "Hommes");

	static final Tableau SELON_STATUT = new Tableau("Les indicateurs d'absence selon le statut (absences globales)",
			"Indicateur", STATUTS);

	static final Tableau GROUPES_TAUX = new Tableau("Taux d'absentéisme par groupe d'absences et par statut",
			"Groupe d'absences", STATUTS);

	static final Tableau GROUPES_JOURS = new Tableau("Jours d'absence par groupe d'absences et par statut",
			"Groupe d'absences", STATUTS);

	static final Tableau GROUPES_JOURS_PAR_AGENT = new Tableau(
			"Jours d'absence par agent présent au 31/12/2022, par groupe d'absences et par statut", "Groupe d'absences",
			STATUTS);

	static final Tableau MOTIFS_VOLUMES = new Tableau("Jours, arrêts et agents absents par motif", "Motif",
			"Jours d'absence", "Arrêts", "Agents absents");

	static final Tableau MOTIFS_TAUX = new Tableau("Taux et gravité par motif", "Motif", "Taux d'absentéisme",
			"Taux de fréquence", "Taux d'exposition", "Gravité (jours par arrêt)");

	static final Tableau MO_STATUT = new Tableau("Maladie ordinaire selon le statut", "Statut", "Agents absents",
			"Part des agents absents", "Arrêts", "Jours d'absence", "Taux d'absentéisme", "Gravité (jours par arrêt)");

	static final Tableau MO_SEXE = new Tableau("Maladie ordinaire selon le sexe", "Sexe", "Agents présents",
			"Agents absents", "Part des agents absents", "Taux d'absentéisme");

	static final Tableau AT_STATUT = new Tableau("Accidents de service selon le statut", "Statut", "Agents absents",
			"Part des agents absents", "Arrêts", "Jours d'absence", "Taux d'absentéisme");

	static final Tableau AT_SEXE = new Tableau("Accidents de service selon le sexe", "Sexe", "Agents présents",
			"Agents absents", "Part des agents absents", "Taux d'absentéisme");

	static final Tableau AT_AGE = new Tableau("Accidents de service selon la tranche d'âge", "Âge au 31/12/2022",
			"Agents présents", "Agents absents", "Part des agents absents", "Taux d'absentéisme");

	static final Tableau ACCIDENTS = new Tableau(
			"Accidents du travail et maladies professionnelles (emplois permanents)", "Nature", "Accidents survenus",
			"Jours d'arrêt", "Indice de fréquence", "Taux de gravité");

	static final Tableau ACCIDENTS_SEXE_CATEGORIE = new Tableau(
			"Accidents du travail (service et trajet) survenus en 2022 selon le sexe et la catégorie",
			"Agents concernés", "Accidents survenus", "Indice de fréquence");

	static final String CHIFFRES_CLES = "Les chiffres clés (emplois permanents, toutes absences)";

	static final String ZOOM_MO = "Zoom sur la maladie ordinaire (emplois permanents)";

	static final String ZOOM_ACCIDENTS = "Accidents du travail survenus en 2022 et maladies professionnelles";

	static final String ZOOM_NON_PERMANENTS = "Zoom sur les contractuels non permanents (maladie ordinaire)";

	static final String CARENCE = "Les jours de carence";

	private static final String PERMANENTS = "Emplois permanents (fonctionnaires et contractuels permanents)";

	private static final String COMPRESSIBLE = "Compressible (maladie ordinaire, accidents du travail)";

	private static final String MEDICAL = "Médical (compressible + longue maladie, longue durée, grave maladie, "
			+ "maladie professionnelle)";

	private static final String GLOBAL = "Global (médical + maternité, paternité, adoption, autres raisons)";

	/**
	 * Les 66 chiffres publiés que vérifie {@code Synthese2022ReconstitueeTest}, dans son
	 * ordre, tels que la synthèse les écrit.
	 */
	static final List<Chiffre> PUBLIES = List.of(
			// effectifs
			cellule(1, "effectif des fonctionnaires", CADRAGE, "Fonctionnaires", "Agents", "86"),
			cellule(2, "effectif des contractuels permanents", CADRAGE, "Contractuels permanents", "Agents", "13"),
			cellule(3, "effectif des emplois permanents", CADRAGE, PERMANENTS, "Agents", "99"),
			cellule(4, "effectif des non permanents", CADRAGE, "Contractuels non permanents", "Agents", "4"),
			cellule(5, "effectif de l'ensemble des agents", CADRAGE, "Ensemble des agents", "Agents", "103"),
			cellule(6, "femmes sur emploi permanent", CADRAGE, PERMANENTS, "Femmes", "72"),
			// maladie ordinaire
			cle(7, "jours de maladie ordinaire", ZOOM_MO, "Jours d'absence pour maladie ordinaire", "1 773"),
			cle(8, "arrêts de maladie ordinaire", ZOOM_MO, "Arrêts pour maladie ordinaire", "160"),
			cle(9, "agents absents pour maladie ordinaire", ZOOM_MO, "Agents absents pour maladie ordinaire", "61"),
			cellule(10, "fonctionnaires absents pour maladie ordinaire", MO_STATUT, "Fonctionnaires", "Agents absents",
					"53"),
			cellule(11, "contractuels absents pour maladie ordinaire", MO_STATUT, "Contractuels permanents",
					"Agents absents", "8"),
			cle(12, "taux d'absentéisme MO", ZOOM_MO, "Taux d'absentéisme", pc("4,9")),
			cle(13, "taux de fréquence MO", ZOOM_MO, "Taux de fréquence : arrêts pour 100 agents", pc("161,6")),
			cle(14, "taux d'exposition MO", ZOOM_MO, "Taux d'exposition : part des agents absents", pc("61,6")),
			cle(15, "gravité MO", ZOOM_MO, "Gravité : durée moyenne d'un arrêt", jours("11,1")),
			cellule(16, "part des fonctionnaires absents (MO)", MO_STATUT, "Fonctionnaires", "Part des agents absents",
					pc("61,63")),
			cellule(17, "part des contractuels absents (MO)", MO_STATUT, "Contractuels permanents",
					"Part des agents absents", pc("61,54")),
			cellule(18, "part des hommes absents (MO)", MO_SEXE, "Hommes", "Part des agents absents", pc("51,85")),
			cellule(19, "part des femmes absentes (MO)", MO_SEXE, "Femmes", "Part des agents absents", pc("65,28")),
			// taux par groupe et statut
			cellule(20, "compressible des fonctionnaires", GROUPES_TAUX, COMPRESSIBLE, "Fonctionnaires", pc("5,99")),
			cellule(21, "compressible des contractuels", GROUPES_TAUX, COMPRESSIBLE, "Contractuels permanents",
					pc("5,56")),
			cellule(22, "médical des fonctionnaires", GROUPES_TAUX, MEDICAL, "Fonctionnaires", pc("15,30")),
			cellule(23, "global des fonctionnaires", GROUPES_TAUX, GLOBAL, "Fonctionnaires", pc("15,30")),
			cellule(24, "médical des contractuels", GROUPES_TAUX, MEDICAL, "Contractuels permanents", pc("5,56")),
			cellule(25, "jours d'absence médicale des permanents", GROUPES_JOURS, "Médical", "Emplois permanents",
					"5 068"),
			cle(26, "taux d'absentéisme global des permanents", CHIFFRES_CLES, "Taux d'absentéisme global", pc("14,0")),
			cellule(27, "compressible des non permanents", GROUPES_TAUX, COMPRESSIBLE, "Contractuels non permanents",
					pc("7,67")),
			cellule(28, "médical des non permanents", GROUPES_TAUX, MEDICAL, "Contractuels non permanents", pc("7,67")),
			cellule(29, "global des non permanents", GROUPES_TAUX, GLOBAL, "Contractuels non permanents", pc("7,67")),
			cellule(30, "gravité MO des non permanents", MO_STATUT, "Contractuels non permanents",
					"Gravité (jours par arrêt)", "28,0"),
			cle(31, "taux d'exposition MO des non permanents", ZOOM_NON_PERMANENTS,
					"Taux d'exposition : part des agents absents", pc("50,0")),
			cellule(32, "jours compressibles par fonctionnaire", GROUPES_JOURS_PAR_AGENT, "Compressible",
					"Fonctionnaires", "21,9"),
			cellule(33, "jours compressibles par contractuel", GROUPES_JOURS_PAR_AGENT, "Compressible",
					"Contractuels permanents", "20,3"),
			// données globales des permanents
			cle(34, "arrêts des permanents", CHIFFRES_CLES, "Arrêts dans l'année", "186"),
			cle(35, "gravité des permanents", CHIFFRES_CLES, "Gravité : durée moyenne d'un arrêt", jours("27,2")),
			cle(36, "taux de fréquence des permanents", CHIFFRES_CLES, "Taux de fréquence : arrêts pour 100 agents",
					pc("187,9")),
			cle(37, "agents permanents absents", CHIFFRES_CLES, "Agents absents au moins un jour", "74"),
			cellule(38, "taux d'exposition des fonctionnaires", SELON_STATUT,
					"Taux d'exposition : part des agents absents", "Fonctionnaires", pc("75,6")),
			cellule(39, "taux d'exposition des contractuels", SELON_STATUT,
					"Taux d'exposition : part des agents absents", "Contractuels permanents", pc("69,2")),
			cellule(40, "arrêts des fonctionnaires", SELON_STATUT, "Arrêts", "Fonctionnaires", "162"),
			cellule(41, "jours d'absence des fonctionnaires", SELON_STATUT, "Jours d'absence", "Fonctionnaires",
					"4 804"),
			cellule(42, "jours d'absence des contractuels", SELON_STATUT, "Jours d'absence", "Contractuels permanents",
					"264"),
			// motifs médicaux et accidents
			cellule(43, "arrêts de CLD", MOTIFS_VOLUMES, "Congé de longue durée", "Arrêts", "12"),
			cellule(44, "agents en CLD", MOTIFS_VOLUMES, "Congé de longue durée", "Agents absents", "4"),
			cellule(45, "gravité des CLD", MOTIFS_TAUX, "Congé de longue durée", "Gravité (jours par arrêt)", "104,3"),
			cellule(46, "taux d'absentéisme CLD", MOTIFS_TAUX, "Congé de longue durée", "Taux d'absentéisme",
					pc("3,5")),
			cellule(47, "arrêts de CLM", MOTIFS_VOLUMES, "Congé de longue maladie", "Arrêts", "11"),
			cellule(48, "gravité des CLM", MOTIFS_TAUX, "Congé de longue maladie", "Gravité (jours par arrêt)",
					"118,8"),
			cellule(49, "taux d'exposition CLM", MOTIFS_TAUX, "Congé de longue maladie", "Taux d'exposition",
					pc("6,1")),
			cellule(50, "arrêts de maladie professionnelle", MOTIFS_VOLUMES, "Maladie professionnelle", "Arrêts", "1"),
			cellule(51, "jours de maladie professionnelle", MOTIFS_VOLUMES, "Maladie professionnelle",
					"Jours d'absence", "365"),
			cellule(52, "gravité de la maladie professionnelle", MOTIFS_TAUX, "Maladie professionnelle",
					"Gravité (jours par arrêt)", "365,0"),
			cellule(53, "arrêts pour accident de service", MOTIFS_VOLUMES, "Accident de service", "Arrêts", "2"),
			cellule(54, "gravité des accidents de service", MOTIFS_TAUX, "Accident de service",
					"Gravité (jours par arrêt)", "186,0"),
			cellule(55, "part des fonctionnaires absents (accident de service)", AT_STATUT, "Fonctionnaires",
					"Part des agents absents", pc("1,16")),
			cellule(56, "part des contractuels absents (accident de service)", AT_STATUT, "Contractuels permanents",
					"Part des agents absents", pc("7,69")),
			cellule(57, "taux d'absentéisme accident de service des 60-64 ans", AT_AGE, "60-64 ans",
					"Taux d'absentéisme", pc("9,1")),
			cellule(58, "taux d'absentéisme accident de service des 25-29 ans", AT_AGE, "25-29 ans",
					"Taux d'absentéisme", pc("0,5")),
			cellule(59, "arrêts pour accident de trajet", MOTIFS_VOLUMES, "Accident de trajet", "Arrêts", "0"),
			// accidents du travail (RASSCT)
			cellule(60, "accidents de service survenus", ACCIDENTS, "Accidents de service", "Accidents survenus", "1"),
			cellule(61, "jours d'arrêt pour accident de service", ACCIDENTS, "Accidents de service", "Jours d'arrêt",
					"372"),
			cellule(62, "taux de gravité des accidents de service", ACCIDENTS, "Accidents de service",
					"Taux de gravité", "2,52"),
			cle(63, "indice de fréquence des accidents", ZOOM_ACCIDENTS,
					"Indice de fréquence : accidents du travail pour 1" + FINE + "000 agents à temps plein", "12,33"),
			cellule(64, "accidents survenus à des femmes", ACCIDENTS_SEXE_CATEGORIE, "Femmes", "Accidents survenus",
					"1"),
			cellule(65, "accidents survenus en catégorie C", ACCIDENTS_SEXE_CATEGORIE, "Catégorie C",
					"Accidents survenus", "1"),
			// carence
			cle(66, "part des agents ayant eu un jour de carence (population « tous »)", CARENCE,
					"des agents, permanents et non permanents, ont eu au moins un jour de carence", pc("34,95")));

	/**
	 * Les autres chiffres du jeu que la synthèse ne publie pas mais que nos documents
	 * impriment (les heures payées du taux de gravité et le nombre d'agents ayant eu un
	 * jour de carence ne sont que des numérateurs et dénominateurs : aucun bloc ne les
	 * imprime).
	 */
	static final List<Chiffre> AUTRES = List.of(
			cellule(67, "agents de 60 à 64 ans", AT_AGE, "60-64 ans", "Agents présents", "11"),
			cellule(68, "agents de 25 à 29 ans", AT_AGE, "25-29 ans", "Agents présents", "4"),
			cellule(69, "jours d'arrêt des accidents et maladies professionnelles", ACCIDENTS,
					"Ensemble (accidents et maladies professionnelles)", "Jours d'arrêt", "737"),
			cellule(70, "part des femmes absentes (accident de service)", AT_SEXE, "Femmes", "Part des agents absents",
					pc("1,39")),
			cellule(71, "part des hommes absents (accident de service)", AT_SEXE, "Hommes", "Part des agents absents",
					pc("3,70")));

	@BeforeAll
	static void ecrire() throws IOException {
		DonneesEmployeur donnees = Synthese2022Reconstituee.donnees();
		ResultatEmployeur resultat = CalculIndicateurs.calculer(donnees);
		Path dossier = sortie.resolve(Synthese2022Reconstituee.SIRET);
		GenerateurDocuments generateur = new GenerateurDocuments(Path.of("report-templates"));
		// comme la campagne : le secret posé sur ce que les documents impriment, les
		// documents écrits des seules
		// lignes publiées
		var publication = generateur.publier(donnees.collectivite(), Synthese2022Reconstituee.ANNEE,
				resultat.indicateurs(), SEUIL);
		generateur.ecrire(donnees.collectivite(), Synthese2022Reconstituee.ANNEE, publication.publiees(), dossier,
				PUBLICATION, SEUIL);
		absenteisme = aplatir(TextePdf.texte(dossier.resolve("synthese-absenteisme.pdf")));
	}

	@TestFactory
	Stream<DynamicTest> chacunDesChiffresPubliesEstImprimeAcoteDeSonLibelle() {
		assertThat(PUBLIES).hasSize(66).extracting(Chiffre::numero).doesNotHaveDuplicates();
		return PUBLIES.stream().map(c -> DynamicTest.dynamicTest(c.toString(), () -> verifier(c)));
	}

	@TestFactory
	Stream<DynamicTest> lesAutresChiffresDuJeuSontImprimes() {
		return AUTRES.stream().map(c -> DynamicTest.dynamicTest(c.toString(), () -> verifier(c)));
	}

	/**
	 * Les quatre documents de la commune reconstituée : 0 règle enfreinte en PDF/UA-1 et
	 * en PDF/A-2a.
	 */
	@TestFactory
	Stream<DynamicTest> chaqueDocumentEstConformePdfUa1EtPdfA2a() {
		Path dossier = sortie.resolve(Synthese2022Reconstituee.SIRET);
		return Stream
			.of("synthese-absenteisme.pdf", "synthese-remunerations.pdf", "synthese-egalite.pdf",
					"fiche-synthetique.pdf")
			.flatMap(nom -> Verapdf.PROFILS.stream()
				.map(profil -> DynamicTest.dynamicTest(nom + " " + profil.getId(),
						() -> assertThat(Verapdf.echecs(dossier.resolve(nom), profil)).isEmpty())));
	}

	@Test
	void laSyntheseDitLeSeuilDuSecretAppliqueEtPourquoiDesChiffresSontMasques() {
		assertThat(absenteisme)
			.contains("Pour qu'aucun agent ne puisse être reconnu, certains chiffres sont remplacés "
					+ "par « s » : ceux qui portent sur moins de " + SEUIL + " agents")
			.contains("Une cellule calculée sur moins de " + SEUIL + " agents est masquée (s)")
			.doesNotContain("${");
	}

	@Test
	void laFicheImprimeLesJoursDeLongueMaladieEtDeLongueDureeParAgentPermanentCommeLePack() throws IOException {
		// indicateur CCFP du pack : 25,8 jours de CLM + CLD par agent permanent (13,2 +
		// 12,6 dans la reconstitution)
		String fiche = aplatir(
				TextePdf.texte(sortie.resolve(Synthese2022Reconstituee.SIRET).resolve("fiche-synthetique.pdf")));
		assertThat(fiche).contains("dont congés de longue maladie et de longue durée 25,8")
			.contains("dont congés de maladie ordinaire 17,9");
	}

	private static void verifier(Chiffre c) {
		String imprime = c.lieu().lire(absenteisme);
		if (!c.attendu().equals(imprime)) {
			throw new AssertionFailedError(
					"n° " + c.numero() + " (" + c.description() + ") : " + c.lieu() + " imprime « " + visible(imprime)
							+ " » au lieu de « " + visible(c.attendu()) + " » (seuil du " + "secret " + SEUIL + ")",
					visible(c.attendu()), visible(imprime));
		}
	}

	// --- lecture du texte du PDF
	// -------------------------------------------------------------------------------

	/**
	 * Le texte extrait, chaque suite de blancs ordinaires (fins de ligne comprises)
	 * réduite à une espace.
	 */
	static String aplatir(String texte) {
		return texte.replaceAll("[ \\t\\r\\n]+", " ").strip();
	}

	/** Les espaces insécables rendues visibles dans les messages. */
	private static String visible(String s) {
		return s.replace(FINE, '·').replace(INSECABLE, '_');
	}

	/** Un taux écrit à la française : {@code 4,9 %} (espace insécable). */
	private static String pc(String nombre) {
		return nombre + INSECABLE + "%";
	}

	private static String jours(String nombre) {
		return nombre + INSECABLE + "jours";
	}

	/**
	 * Les milliers séparés par une espace fine insécable, comme les imprime
	 * {@code FormatFrancais}.
	 */
	private static String nombre(String s) {
		return s.replace(' ', FINE);
	}

	static Chiffre cellule(int numero, String description, Tableau tableau, String ligne, String colonne,
			String attendu) {
		return new Chiffre(numero, description, new Cellule(tableau, ligne, colonne), nombre(attendu));
	}

	static Chiffre cle(int numero, String description, String section, String libelle, String attendu) {
		return new Chiffre(numero, description, new ChiffreCle(section, libelle), nombre(attendu));
	}

	/**
	 * Un chiffre publié, ce que la synthèse imprime, et où nos documents doivent
	 * l'imprimer.
	 */
	record Chiffre(int numero, String description, Lieu lieu, String attendu) {

		@Override
		public String toString() {
			return String.format("%02d %s : %s", numero, description, visible(attendu));
		}

	}

	/** Un emplacement dans le texte du PDF. */
	sealed interface Lieu permits Cellule, ChiffreCle {

		/**
		 * Ce qui est imprimé à cet emplacement ; une erreur si l'emplacement est
		 * introuvable.
		 */
		String lire(String texte);

	}

	/**
	 * Un tableau : son titre immédiatement suivi de ses en-têtes (l'en-tête des lignes
	 * puis celui de chaque colonne).
	 */
	record Tableau(String titre, String enteteLignes, List<String> colonnes) {

		Tableau(String titre, String enteteLignes, String... colonnes) {
			this(titre, enteteLignes, List.of(colonnes));
		}

		/** La position juste après les en-têtes. */
		int debutDesLignes(String texte) {
			String entetes = titre + " " + enteteLignes + " " + String.join(" ", colonnes);
			int i = texte.indexOf(entetes);
			if (i < 0) {
				int t = texte.indexOf(titre);
				throw new AssertionFailedError("tableau « " + titre + " » introuvable avec les en-têtes « " + entetes
						+ " » ; imprimé : "
						+ (t < 0 ? "aucun titre" : visible(texte.substring(t, Math.min(texte.length(), t + 300)))));
			}
			if (texte.indexOf(entetes, i + 1) >= 0) {
				throw new AssertionFailedError("tableau « " + titre + " » imprimé deux fois");
			}
			return i + entetes.length();
		}

	}

	/**
	 * La cellule d'un tableau à la ligne de libellé {@code ligne} et à la colonne
	 * {@code colonne} : la ligne est cherchée entre les en-têtes et le pied de page (un
	 * tableau n'est pas coupé), ses cellules sont les mots qui suivent son libellé (une
	 * valeur imprimée ne contient que des espaces insécables).
	 */
	record Cellule(Tableau tableau, String ligne, String colonne) implements Lieu {

		@Override
		public String lire(String texte) {
			int debut = tableau.debutDesLignes(texte);
			int fin = texte.indexOf(PIED, debut);
			String region = texte.substring(debut, fin < 0 ? texte.length() : fin);
			int rang = tableau.colonnes().indexOf(colonne);
			if (rang < 0) {
				throw new IllegalArgumentException("colonne inconnue du tableau : " + colonne);
			}
			int n = tableau.colonnes().size();
			Matcher m = Pattern.compile("(?:^| )" + Pattern.quote(ligne) + "((?: " + VALEUR + "){" + n + "})(?= |$)")
				.matcher(region);
			if (!m.find()) {
				throw new AssertionFailedError(this + " : ligne introuvable dans « " + visible(region) + " »");
			}
			return m.group(1).strip().split(" ")[rang];
		}

		@Override
		public String toString() {
			return "tableau « " + tableau.titre() + " », ligne « " + ligne + " », colonne « " + colonne + " »";
		}

	}

	/**
	 * Un chiffre clé d'une section : sa valeur puis son libellé, entre le titre de la
	 * section et le pied de page.
	 */
	record ChiffreCle(String section, String libelle) implements Lieu {

		@Override
		public String lire(String texte) {
			int debut = texte.indexOf(" " + section + " ");
			if (debut < 0) {
				throw new AssertionFailedError("section « " + section + " » introuvable");
			}
			int fin = texte.indexOf(PIED, debut);
			String region = texte.substring(debut, fin < 0 ? texte.length() : fin);
			Matcher m = Pattern.compile(" (" + VALEUR + ") " + Pattern.quote(libelle) + "(?= |$)").matcher(region);
			List<String> vus = new ArrayList<>();
			while (m.find()) {
				vus.add(m.group(1));
			}
			if (vus.size() != 1) {
				throw new AssertionFailedError(this + " : " + vus.size() + " chiffre(s) devant ce libellé "
						+ vus.stream().map(Synthese2022DocumentsTest::visible).toList() + " dans « " + visible(region)
						+ " »");
			}
			return vus.get(0);
		}

		@Override
		public String toString() {
			return "chiffre clé « " + libelle + " » de la section « " + section + " »";
		}

	}

}
