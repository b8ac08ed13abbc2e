package fr.cdg.rsu.rapport.pdf;

import java.awt.Color;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.apache.pdfbox.util.Matrix;
import org.jspecify.annotations.Nullable;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import fr.cdg.rsu.rapport.document.Apparence;
import fr.cdg.rsu.rapport.document.Bloc;
import fr.cdg.rsu.rapport.document.Couleur;
import fr.cdg.rsu.rapport.document.DocumentRapport;
import fr.cdg.rsu.rapport.document.FormatFrancais;
import fr.cdg.rsu.rapport.document.Identite;
import fr.cdg.rsu.rapport.document.Section;
import fr.cdg.rsu.rapport.document.Valeur;
import fr.cdg.rsu.rapport.graphique.DessinateurGraphiques;
import fr.cdg.rsu.rapport.police.Polices;

/**
 * Écrit un document en PDF A4 balisé, conforme à PDF/UA-1 et à PDF/A-2a
 * ({@code docs/pdf-accessible.md}) : en-tête (employeur, SIRET, titre) et pied de page
 * (date de publication, « page n / N ») sur chaque page, marqués comme artefacts de
 * pagination ; arbre de structure (titres H1 à H3, paragraphes, listes de chiffres clés,
 * vrais tableaux dont les en-têtes portent leur portée, graphiques en figures dont le
 * texte de remplacement énonce les données) ; langue fr-FR, titre affiché dans la
 * fenêtre, métadonnées XMP (pdfaid, pdfuaid), profil de sortie sRGB, polices incorporées.
 * <p>
 * La mise en page est faite ici, au point près : PDFBox n'en fait aucune, et c'est ce qui
 * permet de marquer chaque contenu (fond, filet, texte) comme structure ou comme
 * artefact, ce qu'aucune mise en page d'OpenPDF ne sait faire. Thread-safe : un document
 * emprunte une paire de polices qu'il est seul à utiliser, et la rend une fois écrit.
 */
public final class ExportateurPdf {

	private static final float LARGEUR_PAGE = PDRectangle.A4.getWidth();

	private static final float HAUTEUR_PAGE = PDRectangle.A4.getHeight();

	private static final float MARGE = 40f;

	private static final float MARGE_HAUT = 58f;

	private static final float MARGE_BAS = 50f;

	private static final float GAUCHE = MARGE;

	private static final float DROITE = LARGEUR_PAGE - MARGE;

	private static final float LARGEUR = DROITE - GAUCHE;

	private static final float HAUT = HAUTEUR_PAGE - MARGE_HAUT;

	private static final float BAS = MARGE_BAS;

	private static final Color GRIS_NOTE = new Color(0x55, 0x55, 0x55);

	private static final Color GRIS_PIED = new Color(0x44, 0x44, 0x44);

	private static final Color LIGNE_PAIRE = new Color(0xF6, 0xF6, 0xF6);

	private static final Color FILET_LIGNE = new Color(0xDD, 0xDD, 0xDD);

	private static final String PRODUCTEUR = "rsu-syntheses (Apache PDFBox)";

	/**
	 * Le profil sRGB du JDK : le profil de sortie que PDF/A exige pour des couleurs RVB.
	 */
	private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

	private static final DateTimeFormatter DATE_XMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

	static {
		// la compression par défaut coûtait le quart du rendu, pour des fichiers à peine
		// plus petits : PDFBox lit ce
		// niveau à chaque flux compressé, sans autre réglage
		if (System.getProperty("org.apache.pdfbox.filter.deflatelevel") == null) {
			System.setProperty("org.apache.pdfbox.filter.deflatelevel", "1");
		}
	}

	private final Polices polices;

	private final DessinateurGraphiques dessinateur;

	/**
	 * Les paires de polices libres. Lire une police TrueType coûte près du dixième du
	 * rendu d'un document : elles sont lues une fois par rendu simultané, puis
	 * réutilisées. Une police lue par FontBox n'est pas faite pour servir à deux rendus à
	 * la fois (sa lecture est paresseuse) : d'où l'emprunt exclusif plutôt qu'une paire
	 * partagée.
	 */
	private final ConcurrentLinkedQueue<PolicesPdf> policesLibres = new ConcurrentLinkedQueue<>();

	public ExportateurPdf(Polices polices, DessinateurGraphiques dessinateur) {
		this.polices = polices;
		this.dessinateur = dessinateur;
	}

	public void exporter(DocumentRapport doc, OutputStream sortie) {
		PolicesPdf p = policesLibres.poll();
		try {
			if (p == null) {
				p = new PolicesPdf(Police.lire(polices.octetsNormale()), Police.lire(polices.octetsGrasse()));
			}
			try (PDDocument pdf = new PDDocument()) {
				new Rendu(doc, p, pdf).ecrire(sortie);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("PDF " + doc.fichier() + " : " + e.getMessage(), e);
		}
		finally {
			if (p != null) {
				policesLibres.add(p);
			}
		}
	}

	private record PolicesPdf(Police normale, Police grasse) {
	}

	/**
	 * Une police TrueType lue une fois, et la chasse de ses caractères, retenue au
	 * premier usage.
	 */
	private static final class Police {

		private final TrueTypeFont ttf;

		private final CmapLookup cmap;

		private final float parUnite;

		private final float[] chasses = new float[0x10000];

		private Police(TrueTypeFont ttf) throws IOException {
			this.ttf = ttf;
			this.cmap = ttf.getUnicodeCmapLookup();
			this.parUnite = 1000f / ttf.getUnitsPerEm();
			Arrays.fill(chasses, Float.NaN);
		}

		static Police lire(byte[] octets) throws IOException {
			TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(octets));
			// sans substitution de glyphes (ligatures) : la mise en page mesure caractère
			// par caractère, comme avant,
			// et le moteur de substitution de PDFBox coûtait à lui seul les trois quarts
			// du rendu
			ttf.setEnableGsub(false);
			return new Police(ttf);
		}

		/** La largeur de {@code s} en points, au corps {@code taille}. */
		float largeur(String s, float taille) throws IOException {
			float total = 0;
			for (int i = 0; i < s.length(); i++) {
				char c = s.charAt(i);
				float w = chasses[c];
				if (Float.isNaN(w)) {
					w = ttf.getAdvanceWidth(cmap.getGlyphId(c)) * parUnite;
					chasses[c] = w;
				}
				total += w;
			}
			return total * taille / 1000f;
		}

	}

	/**
	 * Un texte coupé en lignes à une largeur, dans une police et un corps, prêt à poser.
	 */
	@SuppressWarnings("ArrayRecordComponent") // jamais comparé ni rangé dans une table :
												// un tableau suffit
	private record Texte(List<String> lignes, PDType0Font police, float taille, Color couleur, float interligne,
			Alignement alignement, float[] largeurs) {

		float hauteur() {
			return lignes.size() * interligne;
		}

	}

	private enum Alignement {

		GAUCHE, CENTRE, DROITE

	}

	/**
	 * Une page : son flux de contenu, laissé ouvert jusqu'à la fin pour y écrire « page n
	 * / N », et ses MCID.
	 */
	private static final class Page {

		final PDPage page;

		final PDPageContentStream cs;

		/**
		 * L'élément de structure de chaque MCID de la page, dans l'ordre des MCID
		 * (l'arbre parent).
		 */
		final List<PDStructureElement> elements = new ArrayList<>();

		Page(PDPage page, PDPageContentStream cs) {
			this.page = page;
			this.cs = cs;
		}

	}

	/** L'état d'un rendu : un par document, jamais partagé. */
	private final class Rendu {

		private final DocumentRapport doc;

		private final Apparence ap;

		private final Police mesureNormale;

		private final Police mesureGrasse;

		private final PDDocument pdf;

		private final PDType0Font normale;

		private final PDType0Font grasse;

		private final Color principale;

		private final Color texte;

		private final Color fond;

		private final List<Page> pages = new ArrayList<>();

		private final PDStructureElement racine;

		private @Nullable PdfBoxGraphics2DFontTextDrawer policesGraphiques;

		/** La position courante : le haut de ce qui reste libre sur la page courante. */
		private float y;

		Rendu(DocumentRapport doc, PolicesPdf p, PDDocument pdf) throws IOException {
			this.doc = doc;
			this.ap = doc.apparence();
			this.mesureNormale = p.normale();
			this.mesureGrasse = p.grasse();
			this.pdf = pdf;
			this.normale = PDType0Font.load(pdf, p.normale().ttf, true);
			this.grasse = PDType0Font.load(pdf, p.grasse().ttf, true);
			this.principale = awt(ap.principale());
			this.texte = awt(ap.texte());
			this.fond = awt(ap.fondSection());
			PDStructureTreeRoot arbre = new PDStructureTreeRoot();
			pdf.getDocumentCatalog().setStructureTreeRoot(arbre);
			this.racine = new PDStructureElement("Document", arbre);
			arbre.appendKid(racine);
		}

		void ecrire(OutputStream sortie) throws IOException {
			pdf.setVersion(1.7f);
			nouvellePage();
			titre();
			for (Section s : doc.sections()) {
				section(s);
			}
			int total = pages.size();
			for (int i = 0; i < total; i++) {
				Page p = pages.get(i);
				enteteEtPied(p.cs, i + 1, total);
				p.cs.close();
			}
			arbreParent();
			metadonnees();
			pdf.save(sortie, CompressParameters.DEFAULT_COMPRESSION);
		}

		// --- pages, structure et contenus marqués
		// ------------------------------------------------------------

		private Page page() {
			return pages.get(pages.size() - 1);
		}

		private PDPageContentStream cs() {
			return page().cs;
		}

		private void nouvellePage() throws IOException {
			PDPage p = new PDPage(PDRectangle.A4);
			pdf.addPage(p);
			p.setStructParents(pages.size());
			// l'ordre de tabulation suit la structure (exigé dès qu'une page porte une
			// annotation)
			p.getCOSObject().setName(COSName.getPDFName("Tabs"), "S");
			pages.add(new Page(p, new PDPageContentStream(pdf, p)));
			y = HAUT;
		}

		/**
		 * Saute à une page neuve s'il reste moins de {@code hauteur} sous la position
		 * courante (jamais deux fois).
		 */
		private void garder(float hauteur) throws IOException {
			if (y - hauteur < BAS && y < HAUT) {
				nouvellePage();
			}
		}

		private PDStructureElement element(String type, PDStructureNode parent) {
			PDStructureElement e = new PDStructureElement(type, parent);
			parent.appendKid(e);
			return e;
		}

		/**
		 * Ouvre sur la page courante une suite de contenu marqué qui appartient à
		 * {@code e}.
		 */
		private void marquer(PDStructureElement e) throws IOException {
			Page p = page();
			int mcid = p.elements.size();
			p.elements.add(e);
			COSDictionary proprietes = new COSDictionary();
			proprietes.setInt(COSName.MCID, mcid);
			p.cs.beginMarkedContent(COSName.getPDFName(e.getStructureType()), PDPropertyList.create(proprietes));
			PDMarkedContentReference ref = new PDMarkedContentReference();
			ref.setMCID(mcid);
			ref.setPage(p.page);
			e.appendKid(ref);
		}

		private void finMarque() throws IOException {
			cs().endMarkedContent();
		}

		/**
		 * Fonds, filets, répétitions : hors de la structure, un lecteur d'écran les
		 * ignore.
		 */
		private void artefact() throws IOException {
			cs().beginMarkedContent(COSName.ARTIFACT);
		}

		/** Le texte d'un seul tenant {@code e}, posé en haut à {@code haut}. */
		private void poserMarque(PDStructureElement e, Texte t, float x, float largeur, float haut) throws IOException {
			marquer(e);
			poser(t, x, largeur, haut);
			finMarque();
		}

		private void arbreParent() {
			COSArray nums = new COSArray();
			for (int i = 0; i < pages.size(); i++) {
				COSArray mcids = new COSArray();
				for (PDStructureElement e : pages.get(i).elements) {
					mcids.add(e.getCOSObject());
				}
				nums.add(COSInteger.get(i));
				nums.add(mcids);
			}
			COSDictionary arbreParent = new COSDictionary();
			arbreParent.setItem(COSName.NUMS, nums);
			PDStructureTreeRoot arbre = pdf.getDocumentCatalog().getStructureTreeRoot();
			arbre.getCOSObject().setItem(COSName.PARENT_TREE, arbreParent);
			arbre.setParentTreeNextKey(pages.size());
		}

		// --- texte
		// --------------------------------------------------------------------------------------------

		private Police mesure(PDType0Font f) {
			return f.equals(grasse) ? mesureGrasse : mesureNormale;
		}

		/**
		 * Coupe {@code s} aux espaces ordinaires pour tenir dans {@code largeur} (les
		 * retours à la ligne sont gardés).
		 */
		private Texte texte(String s, PDType0Font police, float taille, Color couleur, float interligne,
				Alignement alignement, float largeur) throws IOException {
			Police m = mesure(police);
			List<String> lignes = new ArrayList<>();
			for (String paragraphe : s.split("\n", -1)) {
				String[] mots = paragraphe.split(" ", -1);
				StringBuilder ligne = new StringBuilder();
				for (String mot : mots) {
					if (ligne.isEmpty()) {
						ligne.append(mot);
					}
					else if (m.largeur(ligne + " " + mot, taille) <= largeur) {
						ligne.append(' ').append(mot);
					}
					else {
						lignes.add(ligne.toString());
						ligne.setLength(0);
						ligne.append(mot);
					}
				}
				lignes.add(ligne.toString());
			}
			float[] largeurs = new float[lignes.size()];
			for (int i = 0; i < largeurs.length; i++) {
				largeurs[i] = m.largeur(lignes.get(i), taille);
			}
			return new Texte(lignes, police, taille, couleur, interligne, alignement, largeurs);
		}

		/**
		 * Pose les lignes : la première ligne de base à {@code haut - interligne}, comme
		 * une mise en page à l'interligne.
		 */
		private void poser(Texte t, float x, float largeur, float haut) throws IOException {
			PDPageContentStream cs = cs();
			cs.beginText();
			cs.setFont(t.police(), t.taille());
			cs.setNonStrokingColor(t.couleur());
			float precedentX = 0;
			float precedentY = 0;
			for (int i = 0; i < t.lignes().size(); i++) {
				String l = t.lignes().get(i);
				float lx = switch (t.alignement()) {
					case GAUCHE -> x;
					case CENTRE -> x + (largeur - t.largeurs()[i]) / 2;
					case DROITE -> x + largeur - t.largeurs()[i];
				};
				float ly = haut - t.interligne() * (i + 1);
				cs.newLineAtOffset(lx - precedentX, ly - precedentY);
				precedentX = lx;
				precedentY = ly;
				if (!l.isEmpty()) {
					cs.showText(l);
				}
			}
			cs.endText();
		}

		private void rectangle(float x, float yBas, float l, float h, Color c) throws IOException {
			PDPageContentStream cs = cs();
			cs.setNonStrokingColor(c);
			cs.addRect(x, yBas, l, h);
			cs.fill();
		}

		private void trait(float x1, float y1, float x2, float y2, float epaisseur, Color c) throws IOException {
			PDPageContentStream cs = cs();
			cs.setStrokingColor(c);
			cs.setLineWidth(epaisseur);
			cs.moveTo(x1, y1);
			cs.lineTo(x2, y2);
			cs.stroke();
		}

		// --- blocs
		// --------------------------------------------------------------------------------------------

		private void titre() throws IOException {
			boolean logo = ap.logo() != null;
			float largeurTexte = logo ? LARGEUR * 4 / 5 : LARGEUR;
			float haut = y - 2;
			Texte t = texte(doc.titre(), grasse, 19, principale, 23, Alignement.GAUCHE, largeurTexte - 4);
			poserMarque(element("H1", racine), t, GAUCHE + 2, largeurTexte - 4, haut);
			haut -= t.hauteur() + 3;
			Texte st = texte(doc.sousTitre(), normale, 11, texte, 16.5f, Alignement.GAUCHE, largeurTexte - 4);
			poserMarque(element("P", racine), st, GAUCHE + 2, largeurTexte - 4, haut);
			haut -= st.hauteur() + 2;
			Texte emp = texte(doc.identite().nomCollectivite() + " – SIRET " + doc.identite().siret(), grasse, 11,
					texte, 16.5f, Alignement.GAUCHE, largeurTexte - 4);
			poserMarque(element("P", racine), emp, GAUCHE + 2, largeurTexte - 4, haut);
			haut -= emp.hauteur() + 2;
			if (logo) {
				PDImageXObject image = PDImageXObject.createFromByteArray(pdf, ap.logo(), "logo");
				float echelle = Math.min(110f / image.getWidth(), 55f / image.getHeight());
				float l = image.getWidth() * echelle;
				float h = image.getHeight() * echelle;
				float milieu = (y + haut) / 2;
				PDStructureElement figure = element("Figure", racine);
				figure.setAlternateDescription("Logo de " + ap.editeur());
				marquer(figure);
				cs().drawImage(image, DROITE - 2 - l, milieu - h / 2, l, h);
				finMarque();
				haut = Math.min(haut, milieu - h / 2 - 2);
			}
			haut -= 6;
			artefact();
			rectangle(GAUCHE, haut - 2.5f, LARGEUR, 2.5f, awt(ap.accent()));
			finMarque();
			y = haut - 2.5f - 8;
		}

		private void section(Section s) throws IOException {
			if (s.nouvellePage()) {
				if (y < HAUT) {
					nouvellePage();
				}
			}
			else if (y - BAS < Math.max(170, 40 + debutDeSection(s))) {
				// pas de titre seul en bas de page : il reste avec le début de son
				// premier bloc
				nouvellePage();
			}
			PDStructureElement sect = element("Sect", racine);
			y -= 6;
			Texte t = texte(s.titre(), grasse, 12.5f, principale, 12.5f, Alignement.GAUCHE, LARGEUR - 14);
			float h = 4 + t.hauteur() + 6;
			artefact();
			rectangle(GAUCHE, y - h, LARGEUR, h, fond);
			rectangle(GAUCHE, y - h, 4, h, principale);
			finMarque();
			poserMarque(element("H2", sect), t, GAUCHE + 12, LARGEUR - 14, y - 4);
			y -= h + 6;
			for (Bloc b : s.blocs()) {
				switch (b) {
					case Bloc.Paragraphe p -> paragraphe(sect, p);
					case Bloc.Encadre e -> encadre(sect, e);
					case Bloc.ChiffresCles k -> chiffres(sect, k);
					case Bloc.Tableau tab -> tableau(sect, tab);
					case Bloc.Graphique g -> graphique(sect, g);
				}
			}
		}

		/**
		 * La hauteur approchée de ce que le premier bloc d'une section doit poser sous le
		 * titre de la section : un graphique entier (il ne se coupe pas), le début d'un
		 * tableau (titre, en-têtes, deux lignes), une rangée de chiffres clés.
		 */
		private float debutDeSection(Section s) {
			if (s.blocs().isEmpty()) {
				return 0;
			}
			return switch (s.blocs().getFirst()) {
				case Bloc.Graphique g -> 24 + g.hauteur();
				// un petit tableau passe entier à la page suivante s'il ne tient pas :
				// son titre de section le suit
				case Bloc.Tableau t -> t.lignes().size() <= 12 ? 64 + 18 * t.lignes().size() : 90;
				case Bloc.ChiffresCles k -> 80;
				default -> 40;
			};
		}

		/**
		 * Un paragraphe, coupé entre deux pages s'il le faut (une suite marquée par page,
		 * un seul P).
		 */
		private void paragraphe(PDStructureElement parent, Bloc.Paragraphe p) throws IOException {
			Texte t = texte(p.texte(), normale, 9.5f, texte, 13, Alignement.GAUCHE, LARGEUR);
			PDStructureElement e = element("P", parent);
			int i = 0;
			while (i < t.lignes().size()) {
				garder(t.interligne());
				int n = Math.max(1, Math.min(t.lignes().size() - i, (int) ((y - BAS) / t.interligne())));
				Texte morceau = new Texte(t.lignes().subList(i, i + n), t.police(), t.taille(), t.couleur(),
						t.interligne(), t.alignement(), Arrays.copyOfRange(t.largeurs(), i, i + n));
				poserMarque(e, morceau, GAUCHE, LARGEUR, y);
				y -= morceau.hauteur();
				i += n;
			}
			y -= 5;
		}

		/**
		 * La note éventuelle et l'explication de « s », « n.d. » et « – », sous le bloc
		 * qu'elles expliquent.
		 */
		private @Nullable Texte notes(Bloc b, @Nullable String note, float largeur) throws IOException {
			StringBuilder sb = new StringBuilder();
			if (note != null) {
				sb.append(note);
			}
			if (b.contientSecret()) {
				sb.append(sb.isEmpty() ? "" : "\n").append(ap.noteSecret());
			}
			if (b.contientNonDisponible()) {
				sb.append(sb.isEmpty() ? "" : "\n").append(ap.noteNonDisponible());
			}
			if (b.contientAbsente()) {
				sb.append(sb.isEmpty() ? "" : "\n").append(ap.noteAbsente());
			}
			return sb.isEmpty() ? null
					: texte(sb.toString(), normale, 7.5f, GRIS_NOTE, 7.5f, Alignement.GAUCHE, largeur);
		}

		private float hauteurNotes(@Nullable Texte notes) {
			return notes == null ? 0 : 3 + notes.hauteur() + 2;
		}

		private void poserNotes(PDStructureElement parent, @Nullable Texte notes, float largeur) throws IOException {
			if (notes != null) {
				poserMarque(element("P", parent), notes, GAUCHE, largeur, y - 3);
				y -= hauteurNotes(notes);
			}
		}

		private void encadre(PDStructureElement parent, Bloc.Encadre e) throws IOException {
			boolean lecture = e.style() == Bloc.StyleEncadre.LECTURE;
			float interieur = LARGEUR - 14;
			Texte titre = texte(e.titre(), grasse, 9.5f, lecture ? awt(ap.accent()) : principale, 14.25f,
					Alignement.GAUCHE, interieur);
			List<Texte> paragraphes = new ArrayList<>();
			float h = 4 + titre.hauteur() + 2;
			for (String s : e.paragraphes()) {
				Texte t = texte(s, normale, 8.5f, texte, 11.5f, Alignement.GAUCHE, interieur);
				paragraphes.add(t);
				h += t.hauteur() + 2.5f;
			}
			h += 7;
			y -= 4;
			float libre = y - BAS;
			float premier = 4 + titre.hauteur() + 2 + (paragraphes.isEmpty() ? 0 : paragraphes.get(0).hauteur() + 2.5f)
					+ 7;
			PDStructureElement div = element("Div", parent);
			if (h > libre && paragraphes.size() > 1 && libre >= (HAUT - BAS) / 4 && premier <= libre) {
				// un encadré qui laisserait un quart de page vide est coupé entre deux
				// paragraphes ; la suite
				// reprend le titre (en artefact : il est déjà lu une fois)
				int i = 0;
				boolean suite = false;
				while (i < paragraphes.size()) {
					float hPart = 4 + titre.hauteur() + 2 + 7;
					int j = i;
					while (j < paragraphes.size()
							&& (j == i || hPart + paragraphes.get(j).hauteur() + 2.5f <= y - BAS)) {
						hPart += paragraphes.get(j).hauteur() + 2.5f;
						j++;
					}
					if (suite) {
						garder(hPart);
					}
					cadre(lecture, hPart);
					float haut = y - 4;
					if (suite) {
						artefact();
						poser(titre, GAUCHE + 7, interieur, haut);
						finMarque();
					}
					else {
						poserMarque(element("H3", div), titre, GAUCHE + 7, interieur, haut);
					}
					haut -= titre.hauteur() + 2;
					for (int k = i; k < j; k++) {
						poserMarque(element("P", div), paragraphes.get(k), GAUCHE + 7, interieur, haut);
						haut -= paragraphes.get(k).hauteur() + 2.5f;
					}
					y -= hPart;
					i = j;
					if (i < paragraphes.size()) {
						nouvellePage();
						suite = true;
					}
				}
				y -= 8;
				return;
			}
			garder(h);
			cadre(lecture, h);
			float haut = y - 4;
			poserMarque(element("H3", div), titre, GAUCHE + 7, interieur, haut);
			haut -= titre.hauteur() + 2;
			for (Texte t : paragraphes) {
				poserMarque(element("P", div), t, GAUCHE + 7, interieur, haut);
				haut -= t.hauteur() + 2.5f;
			}
			y -= h + 8;
		}

		/**
		 * Le fond d'un encadré de hauteur {@code h} sous la position courante (artefact).
		 */
		private void cadre(boolean lecture, float h) throws IOException {
			artefact();
			if (lecture) {
				rectangle(GAUCHE, y - h, LARGEUR, h, eclaircir(ap.accent(), 0.88));
				rectangle(GAUCHE, y - h, 3, h, awt(ap.accent()));
			}
			else {
				rectangle(GAUCHE, y - h, LARGEUR, h, new Color(0xF3, 0xF3, 0xF3));
				cs().setStrokingColor(new Color(0xBB, 0xBB, 0xBB));
				cs().setLineWidth(0.5f);
				cs().addRect(GAUCHE, y - h, LARGEUR, h);
				cs().stroke();
			}
			finMarque();
		}

		/**
		 * Une rangée de chiffres clés : une liste dont chaque article dit la valeur puis
		 * son libellé, dans cet ordre dans le flux (un lecteur d'écran comme une
		 * extraction de texte les lit ensemble).
		 */
		private void chiffres(PDStructureElement parent, Bloc.ChiffresCles k) throws IOException {
			List<Bloc.ChiffreCle> tous = k.chiffres();
			int parLigne = tous.size() <= 4 ? tous.size() : (tous.size() % 4 == 0 || tous.size() > 6 ? 4 : 3);
			if (parLigne == 0) {
				return;
			}
			float largeurCase = LARGEUR / parLigne;
			float interieur = largeurCase - 12;
			List<Texte[]> cases = new ArrayList<>();
			List<Float> hauteurs = new ArrayList<>();
			float rangee = 0;
			for (int i = 0; i < tous.size(); i++) {
				Bloc.ChiffreCle c = tous.get(i);
				Texte[] t = new Texte[c.precision() != null ? 3 : 2];
				t[0] = texte(c.valeur().texte(), grasse, 17, principale, 25.5f, Alignement.CENTRE, interieur);
				t[1] = texte(c.libelle(), normale, 8.5f, texte, 10.5f, Alignement.CENTRE, interieur);
				if (c.precision() != null) {
					t[2] = texte(c.precision(), normale, 7.5f, GRIS_NOTE, 9.5f, Alignement.CENTRE, interieur);
				}
				cases.add(t);
				float h = 3 + 6;
				for (Texte x : t) {
					h += x.hauteur();
				}
				rangee = Math.max(rangee, h);
				if (i % parLigne == parLigne - 1 || i == tous.size() - 1) {
					hauteurs.add(rangee);
					rangee = 0;
				}
			}
			Texte titre = k.titre() == null ? null
					: texte(k.titre(), grasse, 10, texte, 15, Alignement.GAUCHE, LARGEUR);
			Texte notes = notes(k, null, LARGEUR);
			float total = (titre == null ? 0 : 4 + titre.hauteur() + 4) + hauteurNotes(notes);
			for (float h : hauteurs) {
				total += h;
			}
			garder(total);
			if (titre != null) {
				y -= 4;
				poserMarque(element("H3", parent), titre, GAUCHE, LARGEUR, y);
				y -= titre.hauteur() + 4;
			}
			PDStructureElement liste = element("L", parent);
			for (int r = 0; r < hauteurs.size(); r++) {
				float h = hauteurs.get(r);
				artefact();
				for (int i = r * parLigne; i < Math.min(tous.size(), (r + 1) * parLigne); i++) {
					float x = GAUCHE + (i % parLigne) * largeurCase;
					// les bordures blanches de 3 points des cases : 1,5 point de blanc de
					// chaque côté
					rectangle(x + 1.5f, y - h + 1.5f, largeurCase - 3, h - 3, fond);
				}
				finMarque();
				for (int i = r * parLigne; i < Math.min(tous.size(), (r + 1) * parLigne); i++) {
					float x = GAUCHE + (i % parLigne) * largeurCase + 6;
					PDStructureElement corps = element("LBody", element("LI", liste));
					float haut = y - 3;
					for (Texte t : cases.get(i)) {
						poserMarque(element("P", corps), t, x, interieur, haut);
						haut -= t.hauteur();
					}
				}
				y -= h;
			}
			poserNotes(parent, notes, LARGEUR);
			y -= 6;
		}

		private void tableau(PDStructureElement parent, Bloc.Tableau tab) throws IOException {
			int n = tab.colonnes().size();
			float[] poids = new float[n + 1];
			// à six colonnes de valeurs et plus, la colonne des libellés cède de la place
			// : un en-tête comme
			// « d'absentéisme » doit tenir sur sa ligne sans être coupé au milieu du mot
			poids[0] = n <= 2 ? 3.2f : n <= 4 ? 2.6f : n == 5 ? 2.1f : 1.5f;
			float somme = poids[0];
			for (int i = 1; i <= n; i++) {
				poids[i] = 1f;
				somme += 1f;
			}
			float largeurTableau = n <= 2 ? LARGEUR * 0.75f : LARGEUR;
			float[] largeurs = new float[n + 1];
			for (int i = 0; i <= n; i++) {
				largeurs[i] = largeurTableau * poids[i] / somme;
			}
			// un mot d'en-tête plus large que sa colonne (« Accompagnements »)
			// déborderait sur la voisine : la
			// colonne s'élargit, aux dépens de celle des libellés
			Police mesureGrasse = mesure(grasse);
			for (int i = 1; i <= n; i++) {
				float mot = 0;
				for (String m : tab.colonnes().get(i - 1).split("[ \n]", -1)) {
					mot = Math.max(mot, mesureGrasse.largeur(m, 8.5f));
				}
				float manque = mot + 9 - largeurs[i];
				if (manque > 0) {
					largeurs[i] += manque;
					largeurs[0] -= manque;
				}
			}
			float[] x = new float[n + 2];
			x[0] = GAUCHE;
			for (int i = 0; i <= n; i++) {
				x[i + 1] = x[i] + largeurs[i];
			}
			Texte titre = tab.titre() == null ? null
					: texte(tab.titre(), grasse, 10, texte, 10, Alignement.GAUCHE, largeurTableau - 2);
			float hTitre = titre == null ? 0 : 2 + titre.hauteur() + 5;
			Texte[] entetes = new Texte[n + 1];
			float hEntete = 0;
			for (int i = 0; i <= n; i++) {
				entetes[i] = texte(i == 0 ? tab.enteteLignes() : tab.colonnes().get(i - 1), grasse, 8.5f, Color.WHITE,
						8.5f, i == 0 ? Alignement.GAUCHE : Alignement.DROITE, x[i + 1] - x[i] - 8);
				hEntete = Math.max(hEntete, 4 + entetes[i].hauteur() + 5);
			}
			List<Texte[]> lignes = new ArrayList<>();
			List<Float> hauteurs = new ArrayList<>();
			float hLignes = 0;
			for (Bloc.LigneTableau l : tab.lignes()) {
				Texte[] cellules = new Texte[n + 1];
				float h = 0;
				for (int i = 0; i <= n; i++) {
					String s = i == 0 ? l.libelle() : l.cellules().get(i - 1).texte();
					cellules[i] = texte(s, l.total() ? grasse : normale, 8.5f, texte, 8.5f,
							i == 0 ? Alignement.GAUCHE : Alignement.DROITE, x[i + 1] - x[i] - 7);
					h = Math.max(h, 3.5f + cellules[i].hauteur() + 4.5f);
				}
				lignes.add(cellules);
				hauteurs.add(h);
				hLignes += h;
			}
			Texte notes = notes(tab, tab.note(), largeurTableau);
			float total = hTitre + hEntete + hLignes + hauteurNotes(notes);
			// un tableau qui ne tient pas dans la place restante passe à la page suivante
			// avec son titre, sauf s'il
			// laisserait plus d'un tiers de page vide : il commence alors ici (titre,
			// en-têtes et au moins quatre
			// lignes) et continue sur la page suivante, titre et en-têtes répétés
			float libre = y - BAS;
			float debut = hTitre + hEntete;
			for (int r = 0; r < Math.min(4, hauteurs.size()); r++) {
				debut += hauteurs.get(r);
			}
			boolean couper = total > libre && tab.lignes().size() >= 8 && libre >= (HAUT - BAS) / 3 && debut <= libre;
			if (tab.lignes().size() <= 30 && !couper) {
				garder(total);
			}
			else {
				garder(hTitre + hEntete + (hauteurs.isEmpty() ? 0 : hauteurs.get(0)));
			}
			// pas de ligne orpheline : la page suivante reçoit au moins trois lignes du
			// tableau
			int coupure = -1;
			float yy = y - hTitre - hEntete;
			for (int r = 0; r < hauteurs.size(); r++) {
				if (yy - hauteurs.get(r) < BAS) {
					coupure = r;
					break;
				}
				yy -= hauteurs.get(r);
			}
			if (coupure > 0 && hauteurs.size() - coupure < 3) {
				coupure = Math.max(1, hauteurs.size() - 3);
			}

			if (titre != null) {
				poserMarque(element("H3", parent), titre, GAUCHE, largeurTableau - 2, y - 2);
				y -= hTitre;
			}
			PDStructureElement table = element("Table", parent);
			PDStructureElement tr = element("TR", element("THead", table));
			entete(entetes, x, hEntete, tr);
			PDStructureElement corps = element("TBody", table);
			int rang = 0;
			for (int r = 0; r < lignes.size(); r++) {
				float h = hauteurs.get(r);
				if (y - h < BAS || r == coupure) {
					// la suite du tableau : titre et en-têtes répétés, en artefacts (déjà
					// lus une fois)
					nouvellePage();
					if (titre != null) {
						artefact();
						poser(titre, GAUCHE, largeurTableau - 2, y - 2);
						finMarque();
						y -= hTitre;
					}
					entete(entetes, x, hEntete, null);
				}
				Bloc.LigneTableau l = tab.lignes().get(r);
				Color fondLigne = l.total() ? fond : rang++ % 2 == 1 ? LIGNE_PAIRE : Color.WHITE;
				artefact();
				rectangle(x[0], y - h, x[n + 1] - x[0], h, fondLigne);
				trait(x[0], y - h, x[n + 1], y - h, 0.5f, FILET_LIGNE);
				finMarque();
				PDStructureElement ligne = element("TR", corps);
				for (int i = 0; i <= n; i++) {
					PDStructureElement cellule = element(i == 0 ? "TH" : "TD", ligne);
					if (i == 0) {
						portee(cellule, PDTableAttributeObject.SCOPE_ROW);
					}
					poserMarque(cellule, lignes.get(r)[i], x[i] + 3.5f, x[i + 1] - x[i] - 7, y - 3.5f);
				}
				y -= h;
			}
			poserNotes(parent, notes, largeurTableau);
			y -= 8;
		}

		/**
		 * La rangée d'en-têtes : balisée la première fois ({@code tr}), en artefact quand
		 * elle est répétée.
		 */
		private void entete(Texte[] entetes, float[] x, float h, @Nullable PDStructureElement tr) throws IOException {
			int n = entetes.length - 1;
			artefact();
			rectangle(x[0], y - h, x[n + 1] - x[0], h, principale);
			for (int i = 1; i <= n; i++) {
				trait(x[i], y, x[i], y - h, 0.5f, Color.WHITE);
			}
			if (tr == null) {
				for (int i = 0; i <= n; i++) {
					poser(entetes[i], x[i] + 4, x[i + 1] - x[i] - 8, y - h + 5 + entetes[i].hauteur());
				}
			}
			finMarque();
			if (tr != null) {
				for (int i = 0; i <= n; i++) {
					PDStructureElement th = element("TH", tr);
					portee(th, PDTableAttributeObject.SCOPE_COLUMN);
					// alignés en bas, comme des en-têtes de colonnes de chiffres
					poserMarque(th, entetes[i], x[i] + 4, x[i + 1] - x[i] - 8, y - h + 5 + entetes[i].hauteur());
				}
			}
			y -= h;
		}

		private void portee(PDStructureElement th, String portee) {
			PDTableAttributeObject a = new PDTableAttributeObject();
			a.setScope(portee);
			th.addAttribute(a);
		}

		private void graphique(PDStructureElement parent, Bloc.Graphique g) throws IOException {
			Texte titre = g.titre() == null ? null
					: texte(g.titre(), grasse, 10, texte, 10, Alignement.GAUCHE, LARGEUR - 2);
			Texte vide = g.estVide()
					? texte("Aucune valeur publiable pour ce graphique (effectifs trop faibles ou absents).", normale,
							8.5f, texte, 8.5f, Alignement.GAUCHE, LARGEUR - 2)
					: null;
			Texte notes = notes(g, g.note(), LARGEUR);
			float hTitre = titre == null ? 0 : 2 + titre.hauteur() + 4;
			float hCorps = vide != null ? 2 + vide.hauteur() + 2 : g.hauteur();
			y -= 2;
			garder(hTitre + hCorps + hauteurNotes(notes));
			if (titre != null) {
				poserMarque(element("H3", parent), titre, GAUCHE, LARGEUR - 2, y - 2);
				y -= hTitre;
			}
			if (vide != null) {
				poserMarque(element("P", parent), vide, GAUCHE, LARGEUR - 2, y - 2);
			}
			else {
				PdfBoxGraphics2D g2 = new PdfBoxGraphics2D(pdf, LARGEUR, g.hauteur());
				g2.setFontTextDrawer(policesGraphiques());
				try {
					dessinateur.dessiner(g, g2, LARGEUR, g.hauteur());
				}
				finally {
					g2.dispose();
				}
				PDFormXObject forme = g2.getXFormObject();
				PDStructureElement figure = element("Figure", parent);
				figure.setAlternateDescription(TexteDeRemplacement.de(g));
				marquer(figure);
				cs().saveGraphicsState();
				cs().transform(Matrix.getTranslateInstance(GAUCHE, y - g.hauteur()));
				cs().drawForm(forme);
				cs().restoreGraphicsState();
				finMarque();
			}
			y -= hCorps;
			poserNotes(parent, notes, LARGEUR);
			y -= 6;
		}

		/**
		 * Les textes des graphiques dans les polices incorporées du document. En contours
		 * vectoriels, ils restaient hors du texte de la page (où JFreeChart écrit tous
		 * les libellés avant toutes les valeurs), mais le rendu d'une campagne prenait de
		 * 1,3 à 2,5 fois plus longtemps : le lecteur d'écran lit de toute façon le texte
		 * de remplacement de la figure, pas ces textes.
		 */
		private PdfBoxGraphics2DFontTextDrawer policesGraphiques() {
			if (policesGraphiques == null) {
				PdfBoxGraphics2DFontTextDrawer d = new PdfBoxGraphics2DFontTextDrawer();
				d.registerFont(polices.awtNormale().getFontName(), normale);
				d.registerFont(polices.awtGrasse().getFontName(), grasse);
				policesGraphiques = d;
			}
			return policesGraphiques;
		}

		/**
		 * En-tête et pied de page : des artefacts de pagination, écrits à la fin quand le
		 * nombre de pages est connu.
		 */
		private void enteteEtPied(PDPageContentStream cs, int numero, int total) throws IOException {
			Identite id = doc.identite();
			float haut = HAUTEUR_PAGE - 30;
			COSDictionary proprietes = new COSDictionary();
			proprietes.setName(COSName.TYPE, "Pagination");
			cs.beginMarkedContent(COSName.ARTIFACT, PDPropertyList.create(proprietes));
			ligne(cs, id.nomCollectivite() + " – SIRET " + id.siret(), grasse, GAUCHE, haut, Alignement.GAUCHE);
			ligne(cs, doc.titre(), normale, DROITE, haut, Alignement.DROITE);
			cs.setStrokingColor(principale);
			cs.setLineWidth(0.6f);
			cs.moveTo(GAUCHE, haut - 5);
			cs.lineTo(DROITE, haut - 5);
			cs.stroke();
			cs.moveTo(GAUCHE, 36);
			cs.lineTo(DROITE, 36);
			cs.stroke();
			ligne(cs, "Données au 31/12/" + id.annee() + " – publié le " + FormatFrancais.date(id.datePublication())
					+ " – " + ap.editeur(), normale, GAUCHE, 25, Alignement.GAUCHE);
			ligne(cs, "page " + numero + " / " + total, normale, DROITE, 25, Alignement.DROITE);
			cs.endMarkedContent();
		}

		private void ligne(PDPageContentStream cs, String s, PDType0Font police, float x, float yBase,
				Alignement alignement) throws IOException {
			float lx = alignement == Alignement.DROITE ? x - mesure(police).largeur(s, 7.5f) : x;
			cs.beginText();
			cs.setFont(police, 7.5f);
			cs.setNonStrokingColor(GRIS_PIED);
			cs.newLineAtOffset(lx, yBase);
			cs.showText(s);
			cs.endText();
		}

		// --- métadonnées
		// --------------------------------------------------------------------------------------

		private void metadonnees() throws IOException {
			PDDocumentCatalog catalogue = pdf.getDocumentCatalog();
			catalogue.setLanguage("fr-FR");
			PDMarkInfo marque = new PDMarkInfo();
			marque.setMarked(true);
			catalogue.setMarkInfo(marque);
			PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
			preferences.setDisplayDocTitle(true);
			catalogue.setViewerPreferences(preferences);

			Identite id = doc.identite();
			String titre = doc.titre() + " – " + id.nomCollectivite();
			String motsCles = "Rapport Social Unique, RSU, " + id.annee() + ", " + id.nomCollectivite() + ", SIRET "
					+ id.siret();
			// une seule date, à la seconde, pour le dictionnaire d'information et le XMP
			// : PDF/A veut les deux égales
			ZonedDateTime maintenant = Instant.now().truncatedTo(ChronoUnit.SECONDS).atZone(ZoneOffset.UTC);
			Calendar date = GregorianCalendar.from(maintenant);
			date.setTimeZone(TimeZone.getTimeZone("UTC"));
			PDDocumentInformation info = pdf.getDocumentInformation();
			info.setTitle(titre);
			info.setAuthor(ap.editeur());
			info.setSubject(doc.sujet());
			info.setKeywords(motsCles);
			info.setCreator("rsu-syntheses");
			info.setProducer(PRODUCTEUR);
			info.setCreationDate(date);
			info.setModificationDate(date);

			PDMetadata xmp = new PDMetadata(pdf);
			xmp.importXMPMetadata(
					Xmp.ecrire(titre, ap.editeur(), doc.sujet(), motsCles, PRODUCTEUR, DATE_XMP.format(maintenant))
						.getBytes(StandardCharsets.UTF_8));
			catalogue.setMetadata(xmp);

			PDOutputIntent intention = new PDOutputIntent(pdf, new ByteArrayInputStream(SRGB));
			intention.setInfo("sRGB IEC61966-2.1");
			intention.setOutputCondition("sRGB IEC61966-2.1");
			intention.setOutputConditionIdentifier("sRGB IEC61966-2.1");
			intention.setRegistryName("http://www.color.org");
			catalogue.addOutputIntent(intention);
		}

	}

	private static Color awt(Couleur c) {
		return new Color(c.rouge(), c.vert(), c.bleu());
	}

	private static Color eclaircir(Couleur c, double part) {
		return new Color((int) (c.rouge() + (255 - c.rouge()) * part), (int) (c.vert() + (255 - c.vert()) * part),
				(int) (c.bleu() + (255 - c.bleu()) * part));
	}

}
