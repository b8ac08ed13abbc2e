package fr.cdg.rsu.rapport.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDAttributeObject;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import fr.cdg.rsu.rapport.Verapdf;
import fr.cdg.rsu.rapport.document.Apparence;
import fr.cdg.rsu.rapport.document.Bloc;
import fr.cdg.rsu.rapport.document.Couleur;
import fr.cdg.rsu.rapport.document.DocumentRapport;
import fr.cdg.rsu.rapport.document.FormatNombre;
import fr.cdg.rsu.rapport.document.FormeGraphique;
import fr.cdg.rsu.rapport.document.Identite;
import fr.cdg.rsu.rapport.document.Section;
import fr.cdg.rsu.rapport.document.Valeur;
import fr.cdg.rsu.rapport.graphique.DessinateurGraphiques;
import fr.cdg.rsu.rapport.police.Polices;

/**
 * Un document qui exerce chaque cas de mise en page que les modèles n'atteignent pas
 * forcément : un logo, un paragraphe et un tableau de 90 lignes coupés entre deux pages
 * (en-têtes répétés en artefacts), un graphique à deux séries avec une valeur secrète, un
 * graphique vide, des chiffres clés avec précision. Il est conforme PDF/UA-1 et PDF/A-2a,
 * et sa structure est celle qu'un lecteur d'écran attend.
 */
public class ExportateurPdfTest {

	@TempDir
	static Path dossier;

	private static Path pdf;

	private static final Couleur BLEU = new Couleur(0x1F, 0x4E, 0x79);

	@BeforeAll
	static void ecrire() throws IOException {
		Polices polices = Polices.charger();
		ExportateurPdf exportateur = new ExportateurPdf(polices, new DessinateurGraphiques(polices));
		pdf = dossier.resolve("essai.pdf");
		try (OutputStream out = Files.newOutputStream(pdf)) {
			exportateur.exporter(document(), out);
		}
	}

	public static DocumentRapport document() throws IOException {
		BufferedImage logo = new BufferedImage(120, 60, BufferedImage.TYPE_INT_ARGB);
		for (int x = 0; x < 120; x++) {
			for (int y = 0; y < 60; y++) {
				logo.setRGB(x, y, (x + y) % 7 == 0 ? 0x801F4E79 : 0xFF1F4E79);
			}
		}
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		ImageIO.write(logo, "png", png);
		Apparence ap = new Apparence(BLEU, new Couleur(0xC0, 0x50, 0x20), new Couleur(0x22, 0x22, 0x22),
				new Couleur(0xE8, 0xEF, 0xF7), new Couleur(0xA0, 0x3A, 0x6E), new Couleur(0x2E, 0x6F, 0xB5),
				List.of(BLEU), png.toByteArray(), "Centre de Gestion d'essai", "s : secret statistique",
				"n.d. : non disponible", "– : aucun agent", "Toutes les valeurs sont secrètes.",
				"non transmis : fichier non fourni.");
		Identite id = new Identite("Commune d'Essai", "00000000100008", 2024, LocalDate.of(2025, 6, 16), 3);
		List<Bloc.LigneTableau> lignes = new ArrayList<>();
		for (int i = 1; i <= 90; i++) {
			lignes.add(new Bloc.LigneTableau("Ligne " + i,
					List.of(Valeur.normale(BigDecimal.valueOf(i * 1234), FormatNombre.ENTIER), i % 10 == 0
							? Valeur.secrete() : Valeur.normale(BigDecimal.valueOf(i / 7.0), FormatNombre.TAUX)),
					i == 90));
		}
		Bloc.Graphique deuxSeries = new Bloc.Graphique("Agents par tranche d'âge et sexe", FormeGraphique.PYRAMIDE,
				List.of("20-29 ans", "30-39 ans"),
				List.of(new Bloc.Serie("Femmes", List.of(nombre(3), Valeur.secrete()), ap.femmes()),
						new Bloc.Serie("Hommes", List.of(nombre(4), nombre(5)), ap.hommes())),
				"Âge", "Nombre d'agents", FormatNombre.ENTIER, 160, "Note du graphique.");
		Bloc.Graphique vide = new Bloc.Graphique("Un graphique sans valeur", FormeGraphique.BARRES, List.of("a"),
				List.of(new Bloc.Serie("Série", List.of(Valeur.secrete()), BLEU)), "Catégorie", "Valeur",
				FormatNombre.ENTIER, 120, null);
		String long_ = "Un long paragraphe qui remplit la page. ".repeat(120);
		return new DocumentRapport(
				"essai.pdf", "Document d'essai", "Sous-titre", "Rapport Social Unique 2024", id, ap, List.of(
						new Section(
								"Première section", List.of(
										new Bloc.ChiffresCles("Les chiffres clés", List.of(
												new Bloc.ChiffreCle("agents au 31/12", nombre(103),
														"dont 4 non permanents"),
												new Bloc.ChiffreCle("taux d'absentéisme", Valeur.secrete(), null),
												new Bloc.ChiffreCle("arrêts", nombre(186), null),
												new Bloc.ChiffreCle("jours", Valeur.nonDisponible(), null),
												new Bloc.ChiffreCle("agents absents", nombre(74), null))),
										new Bloc.Encadre("Note de lecture", List.of("Premier paragraphe.", "Second."),
												Bloc.StyleEncadre.LECTURE),
										new Bloc.Paragraphe(long_), deuxSeries, vide),
								false),
						new Section("Un long tableau", List.of(
								new Bloc.Tableau("Quatre-vingt-dix lignes", "Libellé", List.of("Effectif", "Taux"),
										lignes, "Une note."),
								new Bloc.Encadre("Méthode", List.of("Texte de méthode."), Bloc.StyleEncadre.METHODE)),
								true)));
	}

	private static Valeur nombre(int n) {
		return Valeur.normale(BigDecimal.valueOf(n), FormatNombre.ENTIER);
	}

	@Test
	void leDocumentEstConformePdfUa1EtPdfA2a() throws Exception {
		for (PDFAFlavour profil : Verapdf.PROFILS) {
			assertThat(Verapdf.echecs(pdf, profil)).as(profil.getId()).isEmpty();
		}
	}

	@Test
	void laStructureAnnonceTitresTableauxListesEtFigures() throws IOException {
		try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
			assertThat(d.getNumberOfPages()).isGreaterThanOrEqualTo(4);
			Map<String, Integer> types = new TreeMap<>();
			List<PDStructureElement> figures = new ArrayList<>();
			List<String> portees = new ArrayList<>();
			parcourir(d.getDocumentCatalog().getStructureTreeRoot(), types, figures, portees);
			assertThat(types).containsEntry("Document", 1)
				.containsEntry("H1", 1)
				.containsEntry("H2", 2)
				.containsEntry("Table", 1)
				.containsEntry("L", 1)
				.containsEntry("LI", 5)
				// 90 lignes et la rangée d'en-têtes, une seule fois malgré la répétition
				// sur chaque page
				.containsEntry("TR", 91)
				.containsEntry("TH", 3 + 90)
				.containsEntry("TD", 180)
				// le logo et le graphique dessiné (le graphique vide est un paragraphe)
				.containsEntry("Figure", 2);
			assertThat(portees).hasSize(93).containsOnly("Column", "Row");
			assertThat(figures).allSatisfy(f -> assertThat(f.getAlternateDescription()).isNotBlank());
			assertThat(figures.get(1).getAlternateDescription()).isEqualTo("Agents par tranche d'âge et sexe. "
					+ "Femmes : 20-29 ans 3, 30-39 ans secret statistique. Hommes : 20-29 ans 4, 30-39 ans 5.");
			assertThat(d.getDocumentCatalog().getLanguage()).isEqualTo("fr-FR");
			assertThat(d.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
			assertThat(d.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
			assertThat(d.getDocumentCatalog().getOutputIntents()).hasSize(1);
			assertThat(new String(d.getDocumentCatalog().getMetadata().toByteArray(), "UTF-8")).contains(
					"<pdfuaid:part>1</pdfuaid:part>", "<pdfaid:part>2</pdfaid:part>",
					"<pdfaid:conformance>A</pdfaid:conformance>", "Document d'essai – Commune d'Essai");
		}
	}

	private static void parcourir(PDStructureNode n, Map<String, Integer> types, List<PDStructureElement> figures,
			List<String> portees) {
		for (Object k : n.getKids()) {
			if (k instanceof PDStructureElement e) {
				types.merge(e.getStructureType(), 1, Integer::sum);
				if (e.getStructureType().equals("Figure")) {
					figures.add(e);
				}
				var attributs = e.getAttributes();
				for (int i = 0; i < attributs.size(); i++) {
					PDAttributeObject a = attributs.getObject(i);
					if (a instanceof PDTableAttributeObject t && t.getScope() != null) {
						portees.add(t.getScope());
					}
				}
				parcourir(e, types, figures, portees);
			}
		}
	}

	/**
	 * Dans l'ordre du contenu, chaque chiffre clé est suivi de son libellé, chaque ligne
	 * de tableau de ses valeurs.
	 */
	@Test
	void laValeurSuitSonLibelleEtLesTableauxSeLisentLigneParLigne() throws IOException {
		String texte;
		try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
			texte = new PDFTextStripper().getText(d);
		}
		assertThat(texte).contains("103\nagents au 31/12\ndont 4 non permanents\ns\ntaux d'absentéisme\n186\narrêts\n")
			.contains("Libellé Effectif Taux\nLigne 1 1\u202F234 0,14\u00A0%\nLigne 2 2\u202F468 0,29\u00A0%\n")
			.contains("Ligne 10 12\u202F340 s\n");
		// le tableau continue sur les pages suivantes, sous ses en-têtes répétés
		assertThat(texte.split("Quatre-vingt-dix lignes\nLibellé Effectif Taux", -1).length - 1)
			.isGreaterThanOrEqualTo(2);
	}

	@Test
	void aucunePageNeDepasseLaMargeBasse() throws IOException {
		try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
			PDFTextStripper s = new PDFTextStripper() {
				@Override
				protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> positions)
						throws IOException {
					for (var p : positions) {
						// sous la ligne du pied (36 points du bas), seul le pied de page
						// s'écrit
						float yBas = p.getPageHeight() - p.getYDirAdj();
						if (yBas < 36 && !text.startsWith("Données au") && !text.startsWith("page ")) {
							throw new AssertionError("« " + text + " » écrit à " + yBas + " points du bas");
						}
					}
					super.writeString(text, positions);
				}
			};
			s.getText(d);
		}
	}

}
