package fr.cdg.rsu.lecture.dsn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * L'exemple travaillé de la spécification DSN (§8) : commune TESTVILLE, 3 agents, janvier
 * et février 2025, et ses variantes a à e. Les lignes attendues sont celles de la
 * spécification, recalculées à la main dans les commentaires.
 */
class ExempleDsnTest {

	static final String SIRET = "21000002200017";

	static final String JANVIER = "DSN_21000002200017_202501.dsn";

	static final String FEVRIER = "DSN_21000002200017_202502.dsn";

	@TempDir
	Path dossier;

	/** Copie l'exemple (les deux mois et grades.csv) dans le dossier du test. */
	static void copierExemple(Path dossier) throws IOException {
		for (String f : List.of(JANVIER, FEVRIER, "grades.csv")) {
			try (var in = ExempleDsnTest.class.getResourceAsStream("/dsn/exemple/" + f)) {
				Files.write(dossier.resolve(f), in.readAllBytes());
			}
		}
	}

	static String lire(Path f) throws IOException {
		return Files.readString(f, StandardCharsets.ISO_8859_1);
	}

	static void ecrire(Path f, String texte) throws IOException {
		Files.createDirectories(f.getParent());
		Files.writeString(f, texte, StandardCharsets.ISO_8859_1);
	}

	/**
	 * Remplace la première occurrence de {@code avant} (qui doit exister) par
	 * {@code apres}.
	 */
	static String remplacer(String texte, String avant, String apres) {
		assertThat(texte).contains(avant);
		int i = texte.indexOf(avant);
		return texte.substring(0, i) + apres + texte.substring(i + avant.length());
	}

	/** Remplace la n-ième occurrence (à partir de 1). */
	static String remplacer(String texte, String avant, String apres, int n) {
		int i = -1;
		for (int k = 0; k < n; k++) {
			i = texte.indexOf(avant, i + 1);
			assertThat(i).as(avant + " n° " + n).isGreaterThanOrEqualTo(0);
		}
		return texte.substring(0, i) + apres + texte.substring(i + avant.length());
	}

	/**
	 * A : arrêt MO, DJT 24/01, déclaré fin prévisionnelle 31/01 en janvier, puis reprise
	 * 04/02 en février (la même clé : février l'emporte, la reprise gagne sur la DFP
	 * 05/02) → du 25/01 au 03/02, un seul arrêt, carence 1. Paie de A : traitement
	 * 1831.27 × 2 = 3662.54 ; primes (52/050 350 + 52/048 18.31) × 2 = 736.62 ; NBI
	 * 81/304 49.23 × 2 = 98.46 (et non les 10 points) ; HS 58.20 pour 3 h en janvier.
	 * ETPR : 2 mois pleins / 12. B : code 13 sur un contractuel (40.026 = 02) → CGM, DJT
	 * 30/11/2024 → du 01/12/2024 au 31/05/2025. Pas de bloc 52 : primes estimées chaque
	 * mois 1980 − 1880 = 100, soit 200. Grade par 40.079 (G0002). C : CDD, motif de
	 * recours 02 → non permanent ; temps non complet 121.34 / 151.67 ; fin 31/01 (bloc
	 * 62). ETPR = 121.34 / 151.67 × 31/31 / 12 = 0.0666688644. Sexe et naissance : NIR 2…
	 * → F, 20/01/1999.
	 */
	@Test
	void lExempleDonneLesLignesCanoniquesDeLaSpecification() throws IOException {
		copierExemple(dossier);

		LectureDsn l = LectureDsn.lire(dossier, 2025);

		assertThat(l.lignesAgents()).containsExactly(
				"21000002200017;A001;F;12/03/1978;TITULAIRE;C;administrative;Adjoints administratifs territoriaux;COMPLET;100;;01/09/2010;",
				"21000002200017;B002;H;05/09/1985;CONTRACTUEL_PERMANENT;C;technique;Adjoints techniques territoriaux;COMPLET;100;;01/03/2019;",
				"21000002200017;C003;F;20/01/1999;CONTRACTUEL_NON_PERMANENT;C;technique;Adjoints techniques territoriaux;NON_COMPLET;100;;01/10/2024;31/01/2025");
		assertThat(l.lignesAbsences()).containsExactly("21000002200017;A001;MO;25/01/2025;03/02/2025;;1;",
				"21000002200017;B002;CGM;01/12/2024;31/05/2025;;;");
		assertThat(l.lignesPaies()).containsExactly(
				"21000002200017;A001;3662.54;736.62;98.46;0.00;58.20;3.00;0.1666666667",
				"21000002200017;B002;3760.00;200.00;0.00;0.00;0.00;0.00;0.1666666667",
				"21000002200017;C003;1440.80;0.00;0.00;0.00;0.00;0.00;0.0666688644");
		assertThat(l.rejets()).isEmpty();
		// l'émetteur nomme l'employeur faute de collectivites.csv ; type inconnu
		assertThat(l.collectivites()).singleElement().satisfies(c -> {
			assertThat(c.nom()).isEqualTo("COMMUNE DE TESTVILLE");
			assertThat(c.type()).isEqualTo(fr.cdg.rsu.domaine.TypeCollectivite.AUTRE);
		});
		assertThat(l.typesAvertissements())
			.contains("DSN_EMPLOYEUR_HORS_COLLECTIVITES", "DSN_CARENCE_ESTIMEE", "DSN_PRIMES_ESTIMEES",
					"DSN_MOIS_MANQUANTS")
			.doesNotContain("DSN_S90", "DSN_GRADE_INCONNU");
		Map<String, Object> employeur = employeur(l);
		assertThat(employeur.get("mois_presents")).isEqualTo(List.of("01/2025", "02/2025"));
		assertThat((List<?>) employeur.get("mois_manquants")).hasSize(10).first().isEqualTo("03/2025");
		assertThat(employeur.get("agents")).isEqualTo(3L);
		// B et C sans bloc 52 en janvier, B en février : 3 mois-agents estimés
		assertThat(avertissement(l, "DSN_PRIMES_ESTIMEES")).startsWith("3 mois-agent");
	}

	/**
	 * Variante a : un « annule et remplace » de janvier, rangé dans un autre
	 * sous-dossier, où A a 1900.00.
	 */
	@Test
	void varianteA_lAnnuleEtRemplaceEcarteLeJanvierOriginal() throws IOException {
		copierExemple(dossier);
		String j = lire(dossier.resolve(JANVIER));
		j = remplacer(j, "S20.G00.05.002,'01'", "S20.G00.05.002,'03'");
		j = remplacer(j, "S20.G00.05.004,'1'", "S20.G00.05.004,'2'");
		j = remplacer(j, "S20.G00.05.005,'01012025'\r\n",
				"S20.G00.05.005,'01012025'\r\nS20.G00.05.006,'050220251'\r\n");
		j = remplacer(j, "S20.G00.05.007,'05022025'", "S20.G00.05.007,'06022025'");
		j = remplacer(j, "S21.G00.51.013,'1831.27'", "S21.G00.51.013,'1900.00'");
		j = remplacer(j, "S90.G00.90.001,'265'", "S90.G00.90.001,'266'");
		ecrire(dossier.resolve("corrections").resolve("DSN_202501_AR.dsn"), j);

		LectureDsn l = LectureDsn.lire(dossier, 2025);

		// 1900.00 (janvier remplaçant) + 1831.27 (février)
		assertThat(l.lignesPaies().get(0)).startsWith("21000002200017;A001;3731.27;");
		assertThat(declarations(l, JANVIER)).singleElement().satisfies(d -> {
			assertThat(d.get("sort")).isEqualTo("remplacee");
			assertThat((String) d.get("raison")).contains("060220252");
		});
		assertThat(l.typesAvertissements()).doesNotContain("DSN_CIBLE_INTROUVABLE", "DSN_S90");
		assertThat(employeur(l).get("mois_presents")).isEqualTo(List.of("01/2025", "02/2025"));
	}

	/**
	 * Variante b : en février, un bloc 60 d'annulation (99) sur le DJT de l'arrêt de B :
	 * B n'a plus d'absence.
	 */
	@Test
	void varianteB_lAnnulationRetireLArretDeB() throws IOException {
		copierExemple(dossier);
		String f = lire(dossier.resolve(FEVRIER));
		f = remplacer(f, "S21.G00.60.003,'31052025'\r\n", "S21.G00.60.003,'31052025'\r\nS21.G00.60.001,'99'\r\n"
				+ "S21.G00.60.002,'30112024'\r\nS21.G00.60.003,'31052025'\r\n");
		ecrire(dossier.resolve(FEVRIER), f);

		LectureDsn l = LectureDsn.lire(dossier, 2025);

		assertThat(l.lignesAbsences()).containsExactly("21000002200017;A001;MO;25/01/2025;03/02/2025;;1;");
	}

	/**
	 * Variante b bis : l'annulation en février, puis l'arrêt redéclaré en mars (une
	 * occurrence après l'annulation recrée l'arrêt), avec une fin prévisionnelle plus
	 * tardive (30/06) : la dernière occurrence l'emporte.
	 */
	@Test
	void uneOccurrenceApresLAnnulationRecreeLArret() throws IOException {
		copierExemple(dossier);
		String f = lire(dossier.resolve(FEVRIER));
		String m = f;
		f = remplacer(f, "S21.G00.60.003,'31052025'\r\n", "S21.G00.60.003,'31052025'\r\nS21.G00.60.001,'99'\r\n"
				+ "S21.G00.60.002,'30112024'\r\nS21.G00.60.003,'31052025'\r\n");
		ecrire(dossier.resolve(FEVRIER), f);
		m = remplacer(m, "S20.G00.05.005,'01022025'", "S20.G00.05.005,'01032025'");
		m = remplacer(m, "S20.G00.05.007,'05032025'", "S20.G00.05.007,'05042025'");
		m = remplacer(m, "S21.G00.60.003,'31052025'", "S21.G00.60.003,'30062025'");
		ecrire(dossier.resolve("DSN_21000002200017_202503.dsn"), m);

		LectureDsn l = LectureDsn.lire(dossier, 2025);

		assertThat(l.lignesAbsences()).contains("21000002200017;B002;CGM;01/12/2024;30/06/2025;;;");
	}

	/**
	 * Variante c : une disponibilité d'office pour maladie (65/676) sans date de fin :
	 * période ouverte.
	 */
	@Test
	void varianteC_laDisponibiliteDOfficeEstUneAbsenceOuverte() throws IOException {
		copierExemple(dossier);
		String f = lire(dossier.resolve(FEVRIER));
		f = remplacer(f, "S21.G00.60.011,'01'\r\n",
				"S21.G00.60.011,'01'\r\nS21.G00.65.001,'676'\r\nS21.G00.65.002,'10022025'\r\n");
		ecrire(dossier.resolve(FEVRIER), f);

		LectureDsn l = LectureDsn.lire(dossier, 2025);

		assertThat(l.lignesAbsences()).contains("21000002200017;A001;DOS;10/02/2025;;;;");
		assertThat(employeur(l).get("codes_suspension")).isEqualTo(Map.of("676", 1L));
	}

	/**
	 * Variante d : février en envoi de test (S10.G00.00.005 = 01) : sauté, seul janvier
	 * compte.
	 */
	@Test
	void varianteD_lEnvoiDeTestEstSaute() throws IOException {
		copierExemple(dossier);
		String f = lire(dossier.resolve(FEVRIER));
		f = remplacer(f, "S10.G00.00.005,'02'", "S10.G00.00.005,'01'");
		ecrire(dossier.resolve(FEVRIER), f);

		LectureDsn l = LectureDsn.lire(dossier, 2025);

		assertThat(declarations(l, FEVRIER)).singleElement().satisfies(d -> {
			assertThat(d.get("sort")).isEqualTo("sautee");
			assertThat((String) d.get("raison")).contains("envoi de test");
		});
		assertThat(employeur(l).get("mois_presents")).isEqualTo(List.of("01/2025"));
		// l'arrêt de A n'est plus connu que par janvier : fin prévisionnelle 31/01
		assertThat(l.lignesAbsences()).contains("21000002200017;A001;MO;25/01/2025;31/01/2025;;1;");
		assertThat(l.lignesPaies().get(0)).startsWith("21000002200017;A001;1831.27;368.31;49.23;");
	}

	/**
	 * Variante e : C a le grade G9999, absent de grades.csv : gardé, sans catégorie ; un
	 * avertissement « 1 agent ».
	 */
	@Test
	void varianteE_unGradeInconnuGardeLAgentSansCategorie() throws IOException {
		copierExemple(dossier);
		String j = lire(dossier.resolve(JANVIER));
		j = remplacer(j, "S21.G00.40.005,'G0002'", "S21.G00.40.005,'G9999'");
		ecrire(dossier.resolve(JANVIER), j);

		LectureDsn l = LectureDsn.lire(dossier, 2025);

		assertThat(l.lignesAgents().get(2)).isEqualTo(
				"21000002200017;C003;F;20/01/1999;CONTRACTUEL_NON_PERMANENT;;;;NON_COMPLET;100;;01/10/2024;31/01/2025");
		assertThat(avertissement(l, "DSN_GRADE_INCONNU")).contains("G9999").contains("1 agent");
		assertThat(employeur(l).get("grades_inconnus")).isEqualTo(Map.of("G9999", 1L));
	}

	/**
	 * Des lignes mal formées, une date et un montant illisibles : chacune est rejetée
	 * avec son fichier, sa ligne et sa rubrique, et tout le reste est lu comme sans
	 * elles.
	 */
	@Test
	void uneLigneMalFormeeEstRejeteeEtLaLectureContinue() throws IOException {
		copierExemple(dossier);
		String j = lire(dossier.resolve(JANVIER));
		// ligne 2 : du texte quelconque ; la ligne 3 (001 de l'éditeur) devient la ligne
		// 3
		j = remplacer(j, "S10.G00.00.002,'EDITEUR TEST'\r\n", "S10.G00.00.002,'EDITEUR TEST'\r\nn'importe quoi\r\n");
		// une rubrique sans apostrophe finale
		j = remplacer(j, "S21.G00.30.013,'01'\r\n", "S21.G00.30.013,'01\r\n");
		ecrire(dossier.resolve(JANVIER), j);
		String f = lire(dossier.resolve(FEVRIER));
		// le traitement de B en février, illisible : rejeté, B n'a plus que janvier
		// (1880.00)
		f = remplacer(f, "S21.G00.51.013,'1880.00'", "S21.G00.51.013,'1 880,00'");
		ecrire(dossier.resolve(FEVRIER), f);

		LectureDsn l = LectureDsn.lire(dossier, 2025);

		assertThat(l.rejets()).extracting(r -> r.fichier() + ":" + r.ligne() + ":" + r.colonne() + ":" + r.valeur())
			.containsExactlyInAnyOrder(JANVIER + ":3:ligne:n'importe quoi", JANVIER + ":37:ligne:S21.G00.30.013,'01",
					FEVRIER + ":184:S21.G00.51.013:1 880,00");
		assertThat(l.lignesAgents()).hasSize(3);
		assertThat(l.lignesPaies().get(1)).startsWith("21000002200017;B002;1880.00;");
		// la ligne en trop fausse le compte du S90 de janvier : avertissement « fichier
		// tronqué ? »
		assertThat(avertissement(l, "DSN_S90")).contains("266");
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> employeur(LectureDsn l) {
		return ((List<Map<String, Object>>) l.rapport().get("employeurs")).get(0);
	}

	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> declarations(LectureDsn l, String fichier) {
		return ((List<Map<String, Object>>) l.rapport().get("fichiers")).stream()
			.filter(f -> f.get("fichier").equals(fichier))
			.findFirst()
			.map(f -> (List<Map<String, Object>>) f.get("declarations"))
			.orElseThrow();
	}

	static String avertissement(LectureDsn l, String type) {
		return l.avertissements().stream().filter(a -> a.type().equals(type)).findFirst().orElseThrow().message();
	}

}
