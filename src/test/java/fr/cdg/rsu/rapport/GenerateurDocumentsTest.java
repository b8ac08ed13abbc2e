package fr.cdg.rsu.rapport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.cdg.rsu.domaine.Collectivite;
import fr.cdg.rsu.indicateurs.Indicateur;
import fr.cdg.rsu.indicateurs.Theme;
import fr.cdg.rsu.rapport.document.FormatFrancais;
import fr.cdg.rsu.rapport.document.FormatNombre;
import fr.cdg.rsu.sortie.EcritureAtomique;

/**
 * Les cinq fichiers d'un employeur : écrits complets, sans fichier temporaire restant,
 * avec les chiffres mis en forme à la française, les cellules secrètes en {@code s},
 * l'en-tête et le pied de page sur chaque page, et jamais {@code NaN}, {@code null},
 * {@code Infinity} ni variable non résolue.
 */
class GenerateurDocumentsTest {

	private static final Pattern INTERDIT = Pattern.compile("NaN|null|Infinity|\\$\\{");

	private static final LocalDate PUBLICATION = LocalDate.of(2025, 6, 16);

	/** Le seuil des fixtures : leurs cellules de moins de 3 agents sont secrètes. */
	private static final int SEUIL = 3;

	private static GenerateurDocuments generateur;

	private static List<Indicateur> grande;

	private static List<Indicateur> petite;

	@TempDir
	static Path sortie;

	@BeforeAll
	static void ecrire() {
		generateur = new GenerateurDocuments(Path.of("report-templates"));
		grande = FixturesIndicateurs.grande();
		petite = FixturesIndicateurs.petite();
		generateur.ecrire(FixturesIndicateurs.GRANDE, 2024, grande, dossier(FixturesIndicateurs.GRANDE), PUBLICATION,
				SEUIL);
		generateur.ecrire(FixturesIndicateurs.PETITE, 2024, petite, dossier(FixturesIndicateurs.PETITE), PUBLICATION,
				SEUIL);
	}

	private static Path dossier(Collectivite c) {
		return sortie.resolve("2024").resolve(c.siret());
	}

	private static Path pdf(Collectivite c, String nom) {
		return dossier(c).resolve(nom);
	}

	private static BigDecimal valeur(List<Indicateur> lignes, Theme theme, String indicateur, String population,
			String groupe, String dimension, String modalite) {
		return lignes.stream()
			.filter(i -> i.cle().equals(new Indicateur.Cle(theme, indicateur, population, groupe, dimension, modalite)))
			.findFirst()
			.orElseThrow()
			.valeur();
	}

	@Test
	void lesSeptFichiersSontEcritsSansFichierTemporaireRestant() throws IOException {
		for (Collectivite c : List.of(FixturesIndicateurs.GRANDE, FixturesIndicateurs.PETITE)) {
			try (Stream<Path> f = Files.list(dossier(c))) {
				assertThat(f.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("synthese-absenteisme.pdf",
						"synthese-remunerations.pdf", "synthese-egalite.pdf", "synthese-sante-securite.pdf",
						"synthese-rps.pdf", "fiche-synthetique.pdf", "indicateurs.xlsx");
			}
		}
		assertThat(generateur.fichiers()).hasSize(7);
	}

	@Test
	void aucunTexteInterditDansAucunPdf() throws IOException {
		for (Collectivite c : List.of(FixturesIndicateurs.GRANDE, FixturesIndicateurs.PETITE)) {
			for (String nom : List.of("synthese-absenteisme.pdf", "synthese-remunerations.pdf", "synthese-egalite.pdf",
					"synthese-sante-securite.pdf", "synthese-rps.pdf", "fiche-synthetique.pdf")) {
				String texte = TextePdf.texte(pdf(c, nom));
				assertThat(INTERDIT.matcher(texte).find()).as(c.siret() + "/" + nom + " : " + texte).isFalse();
				assertThat(texte).contains("é", "è");
			}
		}
	}

	@Test
	void lesChiffresClesSontMisEnFormeALaFrancaise() throws IOException {
		String absences = TextePdf.texte(pdf(FixturesIndicateurs.GRANDE, "synthese-absenteisme.pdf"));
		BigDecimal taux = valeur(grande, Theme.ABSENTEISME, "taux_absenteisme", "permanents", "global", "ensemble",
				"ensemble");
		// chiffre clé à 1 décimale, tableau à 2 décimales, espace insécable avant %
		assertThat(absences).contains(FormatFrancais.formater(taux, FormatNombre.TAUX_1))
			.contains(FormatFrancais.formater(taux, FormatNombre.TAUX))
			.matches(Pattern.compile(".*\\d+,\\d\\d\u00A0%.*", Pattern.DOTALL));
		assertThat(FormatFrancais.formater(taux, FormatNombre.TAUX)).matches("\\d+,\\d\\d\u00A0%");

		String remunerations = TextePdf.texte(pdf(FixturesIndicateurs.GRANDE, "synthese-remunerations.pdf"));
		BigDecimal moyenne = valeur(grande, Theme.REMUNERATIONS, "remuneration_moyenne_etpr", "permanents", "",
				"ensemble", "ensemble");
		String euros = FormatFrancais.formater(moyenne, FormatNombre.EUROS);
		assertThat(euros).matches("\\d{2}\u202F\\d{3}\u00A0€");
		assertThat(remunerations).contains(euros);
	}

	@Test
	void chaquePageAfficheLEmployeurLeSiretLAnneeLaDateEtSonNumero() throws IOException {
		Path p = pdf(FixturesIndicateurs.GRANDE, "synthese-egalite.pdf");
		int pages;
		try (PDDocument d = Loader.loadPDF(p.toFile())) {
			pages = d.getNumberOfPages();
		}
		assertThat(pages).isGreaterThanOrEqualTo(2);
		for (int i = 1; i <= pages; i++) {
			assertThat(TextePdf.page(p, i)).contains(FixturesIndicateurs.GRANDE.nom())
				.contains("SIRET 21250356900017")
				.contains("2024")
				.contains("publié le 16/06/2025")
				.contains("page " + i + " / " + pages);
		}
	}

	@Test
	void lesMetadonneesDuPdfSontRenseignees() throws IOException {
		try (PDDocument d = Loader.loadPDF(pdf(FixturesIndicateurs.GRANDE, "fiche-synthetique.pdf").toFile())) {
			PDDocumentInformation info = d.getDocumentInformation();
			assertThat(info.getTitle()).contains("Fiche synthétique").contains(FixturesIndicateurs.GRANDE.nom());
			assertThat(info.getAuthor()).contains("Centre de Gestion");
			assertThat(info.getSubject()).contains("Rapport Social Unique 2024");
			assertThat(d.getDocumentCatalog().getLanguage()).isEqualTo("fr-FR");
		}
	}

	@Test
	void lesGraphiquesSontVectorielsEtLaPoliceIncorporee() throws IOException {
		try (PDDocument d = Loader.loadPDF(pdf(FixturesIndicateurs.GRANDE, "synthese-absenteisme.pdf").toFile())) {
			for (PDPage page : d.getPages()) {
				for (COSName n : page.getResources().getXObjectNames()) {
					assertThat(page.getResources().getXObject(n)).isNotInstanceOf(PDImageXObject.class);
				}
				for (COSName n : page.getResources().getFontNames()) {
					assertThat(page.getResources().getFont(n).getName()).contains("LiberationSans");
					assertThat(page.getResources().getFont(n).isEmbedded()).isTrue();
				}
			}
		}
	}

	@Test
	void lesCellulesSecretesSAffichentSEtSontExpliquees() throws IOException {
		// 8 agents : les contractuels permanents sont moins de 3 ; leur absentéisme est
		// masqué, leur effectif
		// (structure) publié
		assertThat(petite)
			.filteredOn(i -> i.secret() && i.indicateur().equals("taux_absenteisme")
					&& i.population().equals("contractuels_permanents") && i.dimension().equals("ensemble"))
			.isNotEmpty();
		assertThat(petite).filteredOn(i -> i.theme() == Theme.EFFECTIFS && !i.indicateur().equals("age_moyen"))
			.noneMatch(Indicateur::secret);
		String absenteisme = TextePdf.texte(pdf(FixturesIndicateurs.PETITE, "synthese-absenteisme.pdf"));
		assertThat(absenteisme).contains("s : secret statistique (moins de 3 agents");
		assertThat(absenteisme).containsPattern("(?m)^s$");
		String egalite = TextePdf.texte(pdf(FixturesIndicateurs.PETITE, "synthese-egalite.pdf"));
		assertThat(egalite).contains("secret statistique").containsPattern("(?m)^Hommes sur emploi permanent$|s\\n");
	}

	/**
	 * Les notes, légendes et précisions qui énoncent la règle du secret disent le seuil
	 * avec lequel les lignes ont été calculées ({@code --seuil-secret}), dans les quatre
	 * PDF comme dans le classeur.
	 */
	@Test
	void lesNotesDuSecretEnoncentLeSeuilApplique() throws IOException {
		Path d = sortie.resolve("seuil-5");
		generateur.ecrire(FixturesIndicateurs.PETITE, 2024, petite, d, PUBLICATION, 5);
		for (String nom : List.of("synthese-absenteisme.pdf", "synthese-remunerations.pdf", "synthese-egalite.pdf",
				"synthese-sante-securite.pdf", "synthese-rps.pdf", "fiche-synthetique.pdf")) {
			String texte = TextePdf.texte(d.resolve(nom)).replaceAll("\\s+", " ");
			assertThat(texte).as(nom)
				.contains("Pour qu'aucun agent ne puisse être reconnu, certains chiffres sont remplacés par « s » : "
						+ "ceux qui portent sur moins de 5 agents, et ceux qui permettraient de les retrouver par "
						+ "différence.")
				.contains("Une cellule calculée sur moins de 5 agents est masquée (s)")
				.doesNotContain("moins de 3 agents");
		}
		// la légende de « s », sous un bloc qui contient une cellule secrète
		assertThat(TextePdf.texte(d.resolve("fiche-synthetique.pdf")).replaceAll("\\s+", " "))
			.contains("s : secret statistique (moins de 5 agents) ; la valeur n'est ni affichée ni représentée.");
		try (var in = Files.newInputStream(d.resolve("indicateurs.xlsx"));
				var classeur = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
			for (var feuille : classeur) {
				List<String> textes = new ArrayList<>();
				feuille.forEach(r -> r.forEach(c -> {
					if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
						textes.add(c.getStringCellValue());
					}
				}));
				assertThat(textes).as(feuille.getSheetName())
					.contains(
							"s : secret statistique (moins de 5 agents) ; la valeur n'est ni affichée ni représentée.")
					.noneMatch(t -> t.contains("moins de 3 agents"));
			}
		}
	}

	@Test
	void unGraphiqueSansValeurPubliableLeDit() throws IOException {
		// toutes les tranches d'âge masquées : le graphique par tranche d'âge n'a rien à
		// dessiner
		List<Indicateur> lignes = new ArrayList<>(petite);
		lignes.replaceAll(
				i -> i.dimension().equals("tranche_age") && i.theme() == Theme.ABSENTEISME ? i.avecSecret(true) : i);
		Path d = sortie.resolve("graphique-vide");
		generateur.ecrire(FixturesIndicateurs.PETITE, 2024, lignes, d, PUBLICATION, SEUIL);
		assertThat(TextePdf.texte(d.resolve("synthese-absenteisme.pdf")))
			.contains("Aucune valeur publiable pour ce graphique");
	}

	@Test
	void uneValeurIndisponibleSAfficheNd() throws IOException {
		List<Indicateur> lignes = new ArrayList<>(petite);
		lignes.replaceAll(i -> i.theme() == Theme.ABSENTEISME && i.indicateur().equals("taux_absenteisme")
				&& i.population().equals("permanents") && i.groupe().equals("global")
				&& i.dimension().equals("ensemble")
						? new Indicateur(i.theme(), i.indicateur(), i.population(), i.groupe(), i.dimension(),
								i.modalite(), i.numerateur(), BigDecimal.ZERO, null, 0, false)
						: i);
		Path d = sortie.resolve("nd");
		generateur.ecrire(FixturesIndicateurs.PETITE, 2024, lignes, d, PUBLICATION, SEUIL);
		String texte = TextePdf.texte(d.resolve("synthese-absenteisme.pdf"));
		assertThat(texte).contains("n.d.").contains("n.d. : non disponible");
		assertThat(INTERDIT.matcher(texte).find()).isFalse();
	}

	@Test
	void unEmployeurSansAucuneLigneDonneDesDocumentsLisibles() throws IOException {
		Path d = sortie.resolve("vide");
		generateur.ecrire(FixturesIndicateurs.PETITE, 2024, List.of(), d, PUBLICATION, SEUIL);
		for (String nom : List.of("synthese-absenteisme.pdf", "synthese-remunerations.pdf", "synthese-egalite.pdf",
				"synthese-sante-securite.pdf", "synthese-rps.pdf", "fiche-synthetique.pdf")) {
			String texte = TextePdf.texte(d.resolve(nom));
			assertThat(INTERDIT.matcher(texte).find()).as(nom).isFalse();
			assertThat(texte).contains("–");
		}
		assertThat(d.resolve("indicateurs.xlsx")).exists();
	}

	/**
	 * Chaque PDF de la grande et de la petite commune, et d'un employeur sans aucune
	 * ligne (tableaux de « – », graphiques vides) : 0 règle enfreinte en PDF/UA-1 et en
	 * PDF/A-2a (veraPDF).
	 */
	@Test
	void chaquePdfEstConformePdfUa1EtPdfA2a() throws Exception {
		Path vide = sortie.resolve("vide-verapdf");
		generateur.ecrire(FixturesIndicateurs.PETITE, 2024, List.of(), vide, PUBLICATION, SEUIL);
		List<Path> fichiers = new ArrayList<>();
		for (String nom : List.of("synthese-absenteisme.pdf", "synthese-remunerations.pdf", "synthese-egalite.pdf",
				"fiche-synthetique.pdf")) {
			fichiers.add(pdf(FixturesIndicateurs.GRANDE, nom));
			fichiers.add(pdf(FixturesIndicateurs.PETITE, nom));
			fichiers.add(vide.resolve(nom));
		}
		for (Path f : fichiers) {
			for (var profil : Verapdf.PROFILS) {
				assertThat(Verapdf.echecs(f, profil)).as(f + " " + profil.getId()).isEmpty();
			}
		}
	}

	@Test
	void desEmployeursDifferentsSEcriventEnParallele() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<?>> taches = new ArrayList<>();
			for (int k = 0; k < 4; k++) {
				Collectivite c = k % 2 == 0 ? FixturesIndicateurs.GRANDE : FixturesIndicateurs.PETITE;
				List<Indicateur> l = k % 2 == 0 ? grande : petite;
				Path d = sortie.resolve("parallele-" + k);
				taches.add(pool.submit(() -> generateur.ecrire(c, 2024, l, d, PUBLICATION, SEUIL)));
			}
			for (Future<?> f : taches) {
				f.get();
			}
		}
		finally {
			pool.shutdown();
		}
		for (int k = 0; k < 4; k++) {
			Collectivite c = k % 2 == 0 ? FixturesIndicateurs.GRANDE : FixturesIndicateurs.PETITE;
			String texte = TextePdf.texte(sortie.resolve("parallele-" + k).resolve("synthese-egalite.pdf"));
			assertThat(texte).contains(c.nom()).contains(c.siret());
			assertThat(texte).isEqualTo(TextePdf.texte(pdf(c, "synthese-egalite.pdf")));
		}
	}

	/**
	 * Les polices PDF servent d'un document à l'autre : la petite commune, écrite après
	 * la grande par le même générateur, a le même texte et les mêmes polices incorporées
	 * (sous-ensembles) qu'écrite par un générateur neuf.
	 */
	@Test
	void unGenerateurQuiAServiEcritLesMemesPdfQuUnNeuf() throws IOException {
		Path neuf = sortie.resolve("generateur-neuf");
		new GenerateurDocuments(Path.of("report-templates")).ecrire(FixturesIndicateurs.PETITE, 2024, petite, neuf,
				PUBLICATION, SEUIL);
		for (String nom : List.of("synthese-absenteisme.pdf", "synthese-remunerations.pdf", "synthese-egalite.pdf",
				"synthese-sante-securite.pdf", "synthese-rps.pdf", "fiche-synthetique.pdf")) {
			Path reutilise = pdf(FixturesIndicateurs.PETITE, nom);
			assertThat(TextePdf.texte(reutilise)).as(nom).isEqualTo(TextePdf.texte(neuf.resolve(nom)));
			assertThat(polices(reutilise)).as(nom).isNotEmpty().isEqualTo(polices(neuf.resolve(nom)));
		}
	}

	/**
	 * Pour chaque police incorporée, son nom sans préfixe de sous-ensemble et la longueur
	 * de son programme.
	 */
	private static List<String> polices(Path fichier) throws IOException {
		List<String> r = new ArrayList<>();
		try (PDDocument d = Loader.loadPDF(fichier.toFile())) {
			for (PDPage page : d.getPages()) {
				for (COSName n : page.getResources().getFontNames()) {
					var f = page.getResources().getFont(n);
					var descripteur = f instanceof org.apache.pdfbox.pdmodel.font.PDType0Font t0
							? t0.getDescendantFont().getFontDescriptor() : f.getFontDescriptor();
					var programme = descripteur.getFontFile2();
					r.add(f.getName().replaceFirst("^[A-Z]{6}\\+", "") + " "
							+ (programme == null ? "-" : programme.getCOSObject().getInt(COSName.LENGTH1)));
				}
			}
		}
		r.sort(null);
		return r;
	}

	@Test
	void unFichierExistantEstRemplaceCompletement() throws IOException {
		Path d = sortie.resolve("remplacement");
		Files.createDirectories(d);
		Files.writeString(d.resolve("synthese-absenteisme.pdf"), "ancien contenu");
		generateur.ecrire(FixturesIndicateurs.PETITE, 2024, petite, d, PUBLICATION, SEUIL);
		assertThat(Files.readAllBytes(d.resolve("synthese-absenteisme.pdf"))).startsWith("%PDF".getBytes());
		// rien d'autre que les fichiers définitifs : aucun reste d'écriture (nom
		// temporaire en « .en-cours »)
		try (Stream<Path> f = Files.list(d)) {
			assertThat(f.map(p -> p.getFileName().toString()))
				.noneMatch(n -> n.endsWith(EcritureAtomique.SUFFIXE_TEMPORAIRE))
				.containsExactlyInAnyOrder("synthese-absenteisme.pdf", "synthese-remunerations.pdf",
						"synthese-egalite.pdf", "synthese-sante-securite.pdf", "synthese-rps.pdf",
						"fiche-synthetique.pdf", GenerateurDocuments.CLASSEUR);
		}
	}

}
