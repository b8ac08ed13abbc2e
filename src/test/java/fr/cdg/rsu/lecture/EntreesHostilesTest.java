package fr.cdg.rsu.lecture;

import static fr.cdg.rsu.lecture.Fixtures.l;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import fr.cdg.rsu.domaine.Agent;
import fr.cdg.rsu.domaine.LignePaie;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Entrées hostiles ou cassées (« ni plantage, ni blocage, ni fuite ») : chacune donne une
 * {@link EntreeInvalideException} au message clair en français, ou des lignes rejetées,
 * jamais une autre exception ; le délai de 30 s n'est qu'un garde-fou contre les
 * blocages, pas une mesure de performance.
 */
class EntreesHostilesTest {

	private static final Duration GARDE_FOU = Duration.ofSeconds(30);

	private static final String EN_TETE_AGENTS = "matricule;sexe;date_naissance;statut\n";

	@TempDir
	Path dossier;

	/**
	 * Le sort d'une lecture : soit des lignes (comptes vérifiés), soit une erreur
	 * d'entrée.
	 */
	private record Issue(Fixtures.Lecture lecture, EntreeInvalideException erreur) {

		Fixtures.Lecture lue() {
			if (lecture == null) {
				throw new AssertionError("erreur inattendue : " + erreur.getMessage(), erreur);
			}
			return lecture;
		}

		EntreeInvalideException refusee() {
			if (erreur == null) {
				throw new AssertionError("lecture acceptée alors qu'une erreur était attendue : " + lecture.lignes());
			}
			return erreur;
		}

	}

	/**
	 * Inventaire + lecture sous garde-fou ; toute autre exception
	 * qu'EntreeInvalideException fait échouer.
	 */
	static Issue essayer(Path entree) {
		return assertTimeoutPreemptively(GARDE_FOU, () -> {
			try {
				Fixtures.Lecture l = Fixtures.lire(entree, null, Fixtures.SIRET);
				l.verifierComptes();
				return new Issue(l, null);
			}
			catch (EntreeInvalideException ex) {
				assertThat(ex.getMessage()).as("message court et lisible").isNotBlank().hasSizeLessThan(5_000);
				return new Issue(null, ex);
			}
		});
	}

	/**
	 * Lit quatre fois : après un premier passage (chargement des classes), aucun
	 * descripteur ne doit rester ouvert.
	 */
	static Issue essayerSansFuite(Path entree) {
		Issue premiere = essayer(entree);
		long avant = Fixtures.descripteursOuverts();
		for (int i = 0; i < 3; i++) {
			essayer(entree);
		}
		long apres = Fixtures.descripteursOuverts();
		if (avant >= 0) {
			assertThat(apres).as("descripteurs de fichiers ouverts").isLessThanOrEqualTo(avant + 1);
		}
		return premiere;
	}

	@Test
	void octetsAleatoiresNommesAgentsCsv() throws Exception {
		byte[] octets = new byte[64 * 1024];
		new Random(20241231).nextBytes(octets);
		Fixtures.ecrire(dossier, "agents.csv", octets);
		EntreeInvalideException ex = essayerSansFuite(dossier).refusee();
		assertThat(ex.getMessage()).contains("agents.csv").contains("colonne obligatoire");
	}

	@Test
	void fichierVide() throws Exception {
		Fixtures.ecrire(dossier, "agents.csv", new byte[0]);
		assertThat(essayerSansFuite(dossier).refusee())
			.hasMessage("Fichier agents.csv vide : la ligne d'en-tête est obligatoire.");
	}

	@Test
	void fichierEnTeteSeule() throws Exception {
		Fixtures.ecrire(dossier, "agents.csv", EN_TETE_AGENTS);
		assertThat(essayerSansFuite(dossier).refusee())
			.hasMessage("Fichier agents.csv : aucun agent (le fichier n'a que l'en-tête).");
	}

	@Test
	void absencesVideEtRemunerationsEnTeteSeule() throws Exception {
		Fixtures.ecrire(dossier, "agents.csv", Fixtures.AGENTS_CSV);
		Fixtures.ecrire(dossier, "absences.csv", new byte[0]);
		assertThat(essayer(dossier).refusee())
			.hasMessage("Fichier absences.csv vide : la ligne d'en-tête est obligatoire.");
		Fixtures.ecrire(dossier, "absences.csv", "matricule;motif;date_debut\r\n");
		Fixtures.ecrire(dossier, "remunerations.csv", "matricule;traitement_brut;etpr");
		var lecture = essayer(dossier).lue();
		assertThat(lecture.statistiques().get("absences.csv").lues).isZero();
		assertThat(lecture.statistiques().get("remunerations.csv").lues).isZero();
	}

	@Test
	void champUniqueDeDixMegaOctets() throws Exception {
		String enorme = "A".repeat(10 * 1024 * 1024);
		// champ non protégé dans une ligne de données
		Fixtures.ecrire(dossier, "agents.csv", EN_TETE_AGENTS + enorme + ";F;01/01/1980;CNP\n");
		EntreeInvalideException ex = essayerSansFuite(dossier).refusee();
		assertThat(ex.getMessage()).contains("agents.csv").contains("champ de plus de");
		// guillemet jamais refermé
		Fixtures.ecrire(dossier, "agents.csv", EN_TETE_AGENTS + "A1;F;01/01/1980;CNP\n\"" + enorme);
		assertThat(essayer(dossier).refusee().getMessage()).contains("agents.csv").contains("champ de plus de");
		// dans l'en-tête même
		Fixtures.ecrire(dossier, "agents.csv", enorme + ";" + EN_TETE_AGENTS + "A1;F;01/01/1980;CNP\n");
		assertThat(essayer(dossier).refusee().getMessage()).contains("agents.csv");
		// dans un fichier vérifié seulement à la lecture
		Fixtures.ecrire(dossier, "agents.csv", Fixtures.AGENTS_CSV);
		Fixtures.ecrire(dossier, "absences.csv", "matricule;motif;date_debut\nA1;MO;" + enorme + "\n");
		assertThat(essayer(dossier).refusee().getMessage()).contains("absences.csv").contains("ligne 2");
	}

	@Test
	void champNumeriqueDeNeufCentsKiloOctetsNeBloquePas() throws Exception {
		// juste sous la limite du champ : un nombre de 900 000 chiffres ne doit pas
		// coûter des minutes de calcul
		Fixtures.ecrire(dossier, "agents.csv", Fixtures.AGENTS_CSV);
		String chiffres = "9".repeat(900_000);
		Fixtures.ecrire(dossier, "remunerations.csv", "matricule;traitement_brut;etpr;heures_payees\n"
				+ ("A1;" + chiffres + ";1;\n").repeat(3) + "A1;1000;0," + chiffres + ";\nA1;1000;1;" + chiffres + "\n");
		var lecture = essayer(dossier).lue();
		assertThat(lecture.statistiques().get("remunerations.csv").rejetees).isEqualTo(5);
	}

	@Test
	void ligneDeDixMilleColonnes() throws Exception {
		StringBuilder sb = new StringBuilder(Fixtures.AGENTS_CSV);
		// les 10 colonnes de l'en-tête, puis 10 000 colonnes en trop
		sb.append("21250388500018;A3;F;01/01/1980;CNP;;;;;");
		for (int i = 0; i < 10_000; i++) {
			sb.append(";x").append(i);
		}
		sb.append('\n');
		Fixtures.ecrire(dossier, "agents.csv", sb.toString());
		var lecture = essayerSansFuite(dossier).lue();
		assertThat(lecture.statistiques().get("agents.csv").lues).isEqualTo(3);
		assertThat(lecture.rejets()).isEmpty();
	}

	@Test
	void enTeteDeDixMilleColonnesSansLesColonnesObligatoires() throws Exception {
		StringBuilder sb = new StringBuilder("matricule");
		for (int i = 0; i < 10_000; i++) {
			sb.append(";colonne").append(i);
		}
		Fixtures.ecrire(dossier, "agents.csv", sb + "\nA1\n");
		EntreeInvalideException ex = essayer(dossier).refusee();
		assertThat(ex.getMessage()).startsWith("Fichier agents.csv : colonne obligatoire « sexe » introuvable.");
	}

	@Test
	void octetsNul() throws Exception {
		// NUL dans les valeurs : retirés des textes, rejet des dates ; la ligne 3 a un
		// NUL dans la date
		Fixtures.ecrire(dossier, "agents.csv",
				(EN_TETE_AGENTS + "A\u00001;F;01/01/1980;CNP\nA2;H;01/01\u0000/1980;CNP\n")
					.getBytes(StandardCharsets.UTF_8));
		var lecture = essayerSansFuite(dossier).lue();
		assertThat(lecture.acceptes()).singleElement()
			.satisfies(a -> assertThat(((Agent) a).matricule()).isEqualTo("A1"));
		assertThat(lecture.rejets()).singleElement().satisfies(r -> {
			assertThat(r.rejet().ligne()).isEqualTo(3);
			assertThat(r.rejet().colonne()).isEqualTo("date_naissance");
		});
		// un fichier fait de NUL seulement
		Fixtures.ecrire(dossier, "agents.csv", new byte[4096]);
		assertThat(essayer(dossier).refusee().getMessage()).contains("agents.csv");
		// NUL dans l'en-tête : même colonne
		Fixtures.ecrire(dossier, "agents.csv", "matri\u0000cule;sexe;date_naissance;statut\nA1;F;01/01/1980;CNP\n");
		assertThat(essayer(dossier).lue().acceptes()).hasSize(1);
	}

	@Test
	void texteUnicodeDExcelEnUtf16() throws Exception {
		// « Texte Unicode » d'Excel : UTF-16LE avec BOM FF FE, tabulations
		byte[] utf16 = ("\uFEFF" + EN_TETE_AGENTS.replace(';', '\t') + "A1\tF\t01/01/1980\tCNP\n")
			.getBytes(StandardCharsets.UTF_16LE);
		Fixtures.ecrire(dossier, "agents.csv", utf16);
		assertThat(essayerSansFuite(dossier).refusee().getMessage()).contains("agents.csv")
			.contains("encodage UTF-16 non pris en charge");
		// sans BOM, en petit et en grand boutiste
		Fixtures.ecrire(dossier, "agents.csv", Arrays.copyOfRange(utf16, 2, utf16.length));
		assertThat(essayer(dossier).refusee().getMessage()).contains("encodage UTF-16 non pris en charge");
		Fixtures.ecrire(dossier, "agents.csv",
				(EN_TETE_AGENTS + "A1;F;01/01/1980;CNP\n").getBytes(StandardCharsets.UTF_16BE));
		assertThat(essayer(dossier).refusee().getMessage()).contains("encodage UTF-16 non pris en charge");
	}

	@Test
	void bomAuMilieuDuFichierCommeDeuxExportsMisBoutABout() throws Exception {
		byte[] bom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
		ByteArrayOutputStream b = new ByteArrayOutputStream();
		b.write(bom);
		b.write((EN_TETE_AGENTS + "A1;F;01/01/1980;CNP\n").getBytes(StandardCharsets.UTF_8));
		b.write(bom);
		b.write((EN_TETE_AGENTS + "A2;H;01/01/1981;CNP\n").getBytes(StandardCharsets.UTF_8));
		Fixtures.ecrire(dossier, "agents.csv", b.toByteArray());
		var lecture = essayerSansFuite(dossier).lue();
		// l'en-tête répété est une ligne rejetée (sexe « sexe »), pas une erreur ; les
		// deux agents sont lus
		assertThat(lecture.acceptes()).extracting(a -> ((Agent) a).matricule()).containsExactly("A1", "A2");
		assertThat(lecture.rejets()).singleElement().satisfies(r -> assertThat(r.rejet().ligne()).isEqualTo(3));
	}

	@Test
	void separateursEtGuillemetsDesordonnes() throws Exception {
		Fixtures.ecrire(dossier, "agents.csv",
				EN_TETE_AGENTS + "\"A1\"x;F;\"01/01/1980;CNP\n\"\"\"\n;;;\"\n" + "A3;H;01/01/1980;CNP\n\"");
		essayerSansFuite(dossier);
	}

	@Test
	void dossierNommeAgentsCsvEtLienCasse() throws Exception {
		Files.createDirectories(dossier.resolve("agents.csv"));
		assertThat(essayer(dossier).refusee()).hasMessageStartingWith("Aucun fichier agents");
		Files.createSymbolicLink(dossier.resolve("agents.xlsx"), dossier.resolve("n-existe-pas.xlsx"));
		assertThat(essayer(dossier).refusee()).hasMessageStartingWith("Aucun fichier agents");
	}

	// --- classeurs

	private Path classeurAgents(Path fichier) throws IOException {
		return Fixtures.classeur(fichier,
				Fixtures.feuille("agents", List.of(l("matricule", "sexe", "date_naissance", "statut"),
						l("A1", "F", "01/01/1980", "CNP"), l("A2", "H", "01/01/1981", "CNP"))));
	}

	@Test
	void classeurTronque() throws Exception {
		Path complet = classeurAgents(dossier.resolve("modele.xlsx.orig"));
		byte[] octets = Files.readAllBytes(complet);
		Files.delete(complet);
		for (int taille : new int[] { 0, 10, 100, octets.length / 3, octets.length / 2, octets.length - 22,
				octets.length - 1 }) {
			Fixtures.ecrire(dossier, "agents.xlsx", Arrays.copyOf(octets, taille));
			EntreeInvalideException ex = essayerSansFuite(dossier).refusee();
			assertThat(ex.getMessage()).as("tronqué à %d octets", taille).contains("agents.xlsx");
		}
	}

	@Test
	void classeurQuiNEnEstPas() throws Exception {
		Fixtures.ecrire(dossier, "agents.xlsx", Fixtures.AGENTS_CSV);
		assertThat(essayerSansFuite(dossier).refusee().getMessage()).contains("agents.xlsx").contains("illisible");
		Files.delete(dossier.resolve("agents.xlsx"));
		// un classeur quelconque (nom sans type) illisible arrête aussi l'inventaire
		Fixtures.ecrire(dossier, "agents.csv", Fixtures.AGENTS_CSV);
		Fixtures.ecrire(dossier, "export.xlsx", new byte[] { 'P', 'K', 3, 4, 0, 0 });
		assertThat(essayer(dossier).refusee().getMessage()).contains("export.xlsx").contains("illisible");
	}

	@Test
	void feuilleXmlMalFormee() throws Exception {
		Path f = classeurAgents(dossier.resolve("agents.xlsx"));
		Fixtures.remplacerEntree(f, "xl/worksheets/sheet1.xml", out -> out.write(
				"<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\"><c"
					.getBytes(StandardCharsets.UTF_8)));
		EntreeInvalideException ex = essayerSansFuite(dossier).refusee();
		assertThat(ex.getMessage()).contains("agents.xlsx").contains("illisible");
	}

	private static final String FEUILLE_DEBUT = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

	private static final String FEUILLE_OUVERTURE = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";

	private static String cellule(String ref, String texte) {
		return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + texte + "</t></is></c>";
	}

	private static String ligne(int r, String... textes) {
		StringBuilder sb = new StringBuilder("<row r=\"" + r + "\">");
		for (int i = 0; i < textes.length; i++) {
			sb.append(cellule((char) ('A' + i) + String.valueOf(r), textes[i]));
		}
		return sb.append("</row>").toString();
	}

	@Test
	void bombeDeDecompression() throws Exception {
		// 200 Mo d'un même octet dans une cellule : moins de 1 Mo une fois compressé
		Path f = classeurAgents(dossier.resolve("agents.xlsx"));
		Fixtures.remplacerEntree(f, "xl/worksheets/sheet1.xml", out -> {
			out.write((FEUILLE_DEBUT + FEUILLE_OUVERTURE + ligne(1, "matricule", "sexe", "date_naissance", "statut")
					+ "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>")
				.getBytes(StandardCharsets.UTF_8));
			byte[] bloc = new byte[1 << 20];
			Arrays.fill(bloc, (byte) 'A');
			for (int i = 0; i < 200; i++) {
				out.write(bloc);
			}
			out.write("</t></is></c></row></sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
		});
		assertThat(Files.size(f)).isLessThan(1 << 20);
		EntreeInvalideException ex = essayer(dossier).refusee();
		assertThat(ex.getMessage()).contains("agents.xlsx").contains("bombe de décompression");
	}

	@Test
	void entiteExterneXxeJamaisResolue() throws Exception {
		Path secret = Fixtures.ecrire(dossier.resolve("ailleurs"), "secret.txt", "SECRET-XXE-42");
		Path entree = dossier.resolve("entree");
		Path f = classeurAgents(entree.resolve("agents.xlsx"));
		String doctype = "<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">"
				+ "<!ENTITY rire \"hahahahaha\"><!ENTITY rires \"&rire;&rire;&rire;&rire;&rire;&rire;&rire;&rire;\">]>";
		Fixtures.remplacerEntree(f, "xl/worksheets/sheet1.xml",
				out -> out.write((FEUILLE_DEBUT + doctype + FEUILLE_OUVERTURE
						+ ligne(1, "matricule", "sexe", "date_naissance", "statut")
						+ ligne(2, "&xxe;", "F", "01/01/1980", "CNP") + ligne(3, "A3&rires;", "H", "01/01/1980", "CNP")
						+ ligne(4, "A4", "H", "01/01/1980", "&xxe;") + "</sheetData></worksheet>")
					.getBytes(StandardCharsets.UTF_8)));
		Issue issue = essayerSansFuite(entree);
		List<String> vu = new ArrayList<>();
		if (issue.erreur() != null) {
			vu.add(issue.erreur().getMessage());
		}
		else {
			issue.lecture().acceptes().forEach(o -> vu.add(o.toString()));
			issue.lecture().rejets().forEach(r -> vu.add(r.rejet().toString()));
		}
		assertThat(vu).noneMatch(s -> s.contains("SECRET-XXE"));
		// aujourd'hui : le DOCTYPE est ignoré, l'entité est « non déclarée » et le
		// classeur refusé
		assertThat(issue.refusee()).hasMessageContaining("agents.xlsx").hasMessageContaining("illisible");
	}

	@Test
	void dtdExterneJamaisChargee() throws Exception {
		// une DTD externe inexistante : si elle était chargée, la lecture échouerait ;
		// ignorée, les lignes sont lues
		Path f = classeurAgents(dossier.resolve("agents.xlsx"));
		String doctype = "<!DOCTYPE worksheet SYSTEM \"" + dossier.resolve("absente.dtd").toUri() + "\">";
		Fixtures.remplacerEntree(f, "xl/worksheets/sheet1.xml",
				out -> out.write((FEUILLE_DEBUT + doctype + FEUILLE_OUVERTURE
						+ ligne(1, "matricule", "sexe", "date_naissance", "statut")
						+ ligne(2, "A1", "F", "01/01/1980", "CNP") + "</sheetData></worksheet>")
					.getBytes(StandardCharsets.UTF_8)));
		var lecture = essayerSansFuite(dossier).lue();
		assertThat(lecture.acceptes()).hasSize(1);
	}

	@Test
	void classeurAvecUneLigneDeDixMilleColonnes() throws Exception {
		Path f = classeurAgents(dossier.resolve("agents.xlsx"));
		StringBuilder large = new StringBuilder("<row r=\"3\">");
		String[] debut = { "A3", "H", "01/01/1981", "CNP" };
		for (int i = 0; i < 10_000; i++) {
			String ref = org.apache.poi.ss.util.CellReference.convertNumToColString(i) + "3";
			large.append(cellule(ref, i < 4 ? debut[i] : "x" + i));
		}
		large.append("</row>");
		Fixtures.remplacerEntree(f, "xl/worksheets/sheet1.xml", out -> out
			.write((FEUILLE_DEBUT + FEUILLE_OUVERTURE + ligne(1, "matricule", "sexe", "date_naissance", "statut")
					+ ligne(2, "A1", "F", "01/01/1980", "CNP") + large + "<row r=\"4\"><c r=\"XFD4\"><v>1</v></c></row>"
					+ "</sheetData></worksheet>")
				.getBytes(StandardCharsets.UTF_8)));
		var lecture = essayerSansFuite(dossier).lue();
		var stats = lecture.statistiques().get("agents.xlsx");
		// la ligne 4 n'a qu'une cellule, en XFD : une ligne lue et rejetée (valeurs
		// obligatoires manquantes)
		assertThat(stats.lues).isEqualTo(3);
		assertThat(stats.rejetees).isEqualTo(1);
	}

	@Test
	void referencesDeLignesEtCellulesHorsLimites() throws Exception {
		Path f = classeurAgents(dossier.resolve("agents.xlsx"));
		Fixtures
			.remplacerEntree(f, "xl/worksheets/sheet1.xml",
					out -> out.write((FEUILLE_DEBUT + FEUILLE_OUVERTURE
							+ ligne(1, "matricule", "sexe", "date_naissance", "statut")
							+ ligne(2, "A1", "F", "01/01/1980", "CNP") + "<row r=\"99999999999\">"
							+ cellule("ZZZZZZZ99999999999", "A9") + "</row>" + "</sheetData></worksheet>")
						.getBytes(StandardCharsets.UTF_8)));
		// le classeur entier est refusé (POI ne sait pas lire le numéro de ligne), sans
		// autre exception
		assertThat(essayerSansFuite(dossier).refusee()).hasMessageContaining("agents.xlsx")
			.hasMessageContaining("illisible");
	}

	@Test
	void valeursNumeriquesHostilesDansUnClasseur() throws Exception {
		// NaN, infini, texte dans une cellule numérique, date formatée hors calendrier :
		// des lignes rejetées
		Fixtures.ecrire(dossier, "agents.csv", Fixtures.AGENTS_CSV);
		Path f = Fixtures.classeur(dossier.resolve("remunerations.xlsx"), Fixtures.feuille("remunerations",
				List.of(l("matricule", "traitement_brut", "etpr"), l("A1", 1000, 1))));
		String valeur = "<c r=\"B%d\"><v>%s</v></c>";
		StringBuilder sb = new StringBuilder(
				FEUILLE_DEBUT + FEUILLE_OUVERTURE + ligne(1, "matricule", "traitement_brut", "etpr"));
		String[] hostiles = { "NaN", "Infinity", "-Infinity", "1e400", "abc", "", "1E+300" };
		int r = 2;
		for (String h : hostiles) {
			sb.append("<row r=\"")
				.append(r)
				.append("\">")
				.append(cellule("A" + r, "A1"))
				.append(String.format(valeur, r, h))
				.append("<c r=\"C")
				.append(r)
				.append("\"><v>1</v></c></row>");
			r++;
		}
		sb.append(ligne(r, "A1", "1000", "1"));
		Fixtures.remplacerEntree(f, "xl/worksheets/sheet1.xml",
				out -> out.write((sb + "</sheetData></worksheet>").getBytes(StandardCharsets.UTF_8)));
		var lecture = essayerSansFuite(dossier).lue();
		var stats = lecture.statistiques().get("remunerations.xlsx");
		assertThat(stats.lues).isEqualTo(hostiles.length + 1);
		assertThat(stats.rejetees).isEqualTo(hostiles.length);
		assertThat(lecture.acceptes()).filteredOn(LignePaie.class::isInstance).hasSize(1);
	}

	@Test
	void dateFormateeHorsCalendrierDansUnClasseur() throws Exception {
		Fixtures.ecrire(dossier, "agents.csv", Fixtures.AGENTS_CSV);
		Path f = Fixtures.classeur(dossier.resolve("absences.xlsx"), Fixtures.feuille("absences",
				List.of(l("matricule", "motif", "date_debut"), l("A1", "MO", java.time.LocalDate.of(2024, 1, 2)),
						l("A1", "MO", java.time.LocalDate.of(2024, 1, 3)),
						l("A1", "MO", java.time.LocalDate.of(2024, 1, 4)))));
		// la 2e date devient 1e10 jours, la 3e négative, toujours avec le style date de
		// la cellule
		byte[] feuille;
		try (var zip = new java.util.zip.ZipFile(f.toFile())) {
			feuille = zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes();
		}
		String xml = new String(feuille, StandardCharsets.UTF_8);
		String ok = xml.replaceFirst("(<c r=\"C3\"[^>]*><v>)[^<]*", "$19999999999")
			.replaceFirst("(<c r=\"C4\"[^>]*><v>)[^<]*", "$1-45000");
		assertThat(ok).isNotEqualTo(xml);
		Fixtures.remplacerEntree(f, "xl/worksheets/sheet1.xml", out -> out.write(ok.getBytes(StandardCharsets.UTF_8)));
		var lecture = essayerSansFuite(dossier).lue();
		var stats = lecture.statistiques().get("absences.xlsx");
		assertThat(stats.lues).isEqualTo(3);
		assertThat(stats.rejetees).isEqualTo(2);
	}

}
