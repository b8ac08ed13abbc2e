package fr.cdg.rsu.rapport.pdf;

import java.awt.Graphics2D;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.zip.Deflater;

import org.jspecify.annotations.Nullable;
import org.openpdf.text.BadElementException;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.FontMapper;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

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
 * Écrit un document en PDF A4 : en-tête (employeur, SIRET, année) et pied de page (date de publication, « page n /
 * N ») sur chaque page, métadonnées (titre, auteur, sujet, langue fr-FR). Thread-safe : un document emprunte une paire
 * de polices PDF qu'il est seul à utiliser, et la rend une fois écrit.
 * <p>
 * Compression au plus rapide ({@link Deflater#BEST_SPEED}) des contenus, des graphiques et des sous-ensembles de
 * polices : la compression par défaut coûtait le quart du rendu, pour des fichiers à peine plus petits.
 */
public final class ExportateurPdf {

	private static final float MARGE = 40f;

	private static final float MARGE_HAUT = 58f;

	private static final float MARGE_BAS = 50f;

	private final Polices polices;

	private final DessinateurGraphiques dessinateur;

	/**
	 * Les paires de polices libres. Lire une police TrueType coûtait près du dixième du rendu d'un document : elles
	 * sont lues une fois par rendu simultané, puis réutilisées. Une police PDF ne garde rien d'un document (les glyphes
	 * utilisés sont comptés par le writer), mais elle n'est pas faite pour servir à deux rendus à la fois : d'où
	 * l'emprunt exclusif plutôt qu'une paire partagée.
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
				p = new PolicesPdf(polices);
			}
			new Rendu(doc, p).ecrire(sortie);
		}
		catch (DocumentException e) {
			throw new IllegalStateException("PDF " + doc.fichier() + " : " + e.getMessage(), e);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		finally {
			if (p != null) {
				policesLibres.add(p);
			}
		}
	}

	/** Liberation Sans normale et grasse en polices PDF incorporées (sous-ensembles), à compression rapide. */
	private record PolicesPdf(BaseFont normale, BaseFont grasse) {

		PolicesPdf(Polices polices) throws IOException {
			this(creer("LiberationSans-Regular.ttf", polices.octetsNormale()),
					creer("LiberationSans-Bold.ttf", polices.octetsGrasse()));
		}

		private static BaseFont creer(String nom, byte[] octets) throws IOException {
			BaseFont f = BaseFont.createFont(nom, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, octets, null);
			// le sous-ensemble incorporé suit le niveau de la police, pas celui du writer
			f.setCompressionLevel(Deflater.BEST_SPEED);
			return f;
		}

	}

	/** L'état d'un rendu : un par document, jamais partagé. */
	private final class Rendu {

		private final DocumentRapport doc;

		private final Apparence ap;

		private final BaseFont normale;

		private final BaseFont grasse;

		private final java.awt.Color principale;

		private final java.awt.Color texte;

		private final java.awt.Color fond;

		Rendu(DocumentRapport doc, PolicesPdf p) {
			this.doc = doc;
			this.ap = doc.apparence();
			this.normale = p.normale();
			this.grasse = p.grasse();
			this.principale = awt(ap.principale());
			this.texte = awt(ap.texte());
			this.fond = awt(ap.fondSection());
		}

		Font police(float taille, boolean gras, java.awt.Color couleur) {
			return new Font(gras ? grasse : normale, taille, Font.NORMAL, couleur);
		}

		void ecrire(OutputStream sortie) throws IOException {
			Document document = new Document(PageSize.A4, MARGE, MARGE, MARGE_HAUT, MARGE_BAS);
			PdfWriter writer = PdfWriter.getInstance(document, sortie);
			writer.setCompressionLevel(Deflater.BEST_SPEED);
			writer.setPageEvent(new EnteteEtPied(doc.identite()));
			document.addTitle(doc.titre() + " – " + doc.identite().nomCollectivite());
			document.addAuthor(ap.editeur());
			document.addSubject(doc.sujet());
			document.addKeywords("Rapport Social Unique, RSU, " + doc.identite().annee() + ", "
					+ doc.identite().nomCollectivite() + ", SIRET " + doc.identite().siret());
			document.addCreator("rsu-syntheses");
			document.setDocumentLanguage("fr-FR");
			document.open();
			writer.getExtraCatalog().put(PdfName.LANG, new PdfString("fr-FR"));
			writer.getExtraCatalog()
				.put(new PdfName("ViewerPreferences"), viewerPreferences());

			titre(document);
			for (Section s : doc.sections()) {
				section(document, writer, s);
			}
			document.close();
		}

		private org.openpdf.text.pdf.PdfDictionary viewerPreferences() {
			org.openpdf.text.pdf.PdfDictionary d = new org.openpdf.text.pdf.PdfDictionary();
			d.put(new PdfName("DisplayDocTitle"), org.openpdf.text.pdf.PdfBoolean.PDFTRUE);
			return d;
		}

		private void titre(Document document) throws DocumentException, IOException {
			PdfPTable t = new PdfPTable(ap.logo() != null ? new float[] { 4f, 1f } : new float[] { 1f });
			t.setWidthPercentage(100);
			PdfPCell c = new PdfPCell();
			c.setBorder(Rectangle.NO_BORDER);
			Paragraph p = new Paragraph(doc.titre(), police(19, true, principale));
			p.setLeading(23);
			c.addElement(p);
			Paragraph st = new Paragraph(doc.sousTitre(), police(11, false, texte));
			st.setSpacingBefore(3);
			c.addElement(st);
			Paragraph emp = new Paragraph(doc.identite().nomCollectivite() + " – SIRET " + doc.identite().siret(),
					police(11, true, texte));
			emp.setSpacingBefore(2);
			c.addElement(emp);
			t.addCell(c);
			if (ap.logo() != null) {
				Image logo;
				try {
					logo = Image.getInstance(ap.logo());
				}
				catch (BadElementException e) {
					throw new IOException("logo illisible", e);
				}
				logo.scaleToFit(110, 55);
				PdfPCell cl = new PdfPCell(logo, false);
				cl.setBorder(Rectangle.NO_BORDER);
				cl.setHorizontalAlignment(Element.ALIGN_RIGHT);
				cl.setVerticalAlignment(Element.ALIGN_MIDDLE);
				t.addCell(cl);
			}
			t.setSpacingAfter(6);
			document.add(t);
			PdfPTable filet = new PdfPTable(1);
			filet.setWidthPercentage(100);
			PdfPCell f = new PdfPCell(new Phrase(" ", police(2, false, texte)));
			f.setBorder(Rectangle.NO_BORDER);
			f.setBackgroundColor(awt(ap.accent()));
			f.setFixedHeight(2.5f);
			filet.addCell(f);
			filet.setSpacingAfter(8);
			document.add(filet);
		}

		private void section(Document document, PdfWriter writer, Section s) throws DocumentException {
			if (s.nouvellePage()) {
				document.newPage();
			}
			else if (writer.getVerticalPosition(true) - document.bottom() < 170) {
				// pas de titre seul en bas de page
				document.newPage();
			}
			PdfPTable bande = new PdfPTable(1);
			bande.setWidthPercentage(100);
			PdfPCell c = new PdfPCell(new Phrase(s.titre(), police(12.5f, true, principale)));
			c.setBorder(Rectangle.LEFT);
			c.setBorderWidthLeft(4f);
			c.setBorderColorLeft(principale);
			c.setBackgroundColor(fond);
			c.setPaddingTop(4);
			c.setPaddingBottom(6);
			c.setPaddingLeft(8);
			bande.addCell(c);
			bande.setSpacingBefore(6);
			bande.setSpacingAfter(6);
			bande.setKeepTogether(true);
			document.add(bande);
			for (Bloc b : s.blocs()) {
				bloc(document, writer, b);
			}
		}

		private void bloc(Document document, PdfWriter writer, Bloc b) throws DocumentException {
			switch (b) {
				case Bloc.Paragraphe p -> {
					Paragraph para = new Paragraph(p.texte(), police(9.5f, false, texte));
					para.setLeading(13);
					para.setSpacingAfter(5);
					document.add(para);
				}
				case Bloc.Encadre e -> encadre(document, e);
				case Bloc.ChiffresCles k -> chiffres(document, k);
				case Bloc.Tableau t -> tableau(document, t);
				case Bloc.Graphique g -> graphique(document, writer, g);
			}
		}

		/**
		 * Ajoute au tableau du bloc, en dernière ligne, la note éventuelle et l'explication de « s » et « n.d. » :
		 * elles restent ainsi sur la même page que les valeurs qu'elles expliquent.
		 */
		private void notes(PdfPTable t, Bloc b, @Nullable String note, int colonnes) {
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
			if (!sb.isEmpty()) {
				PdfPCell c = new PdfPCell(
						new Phrase(sb.toString(), police(7.5f, false, new java.awt.Color(0x55, 0x55, 0x55))));
				c.setColspan(colonnes);
				c.setBorder(Rectangle.NO_BORDER);
				c.setPaddingLeft(0);
				c.setPaddingTop(3);
				t.addCell(c);
			}
		}

		private void encadre(Document document, Bloc.Encadre e) throws DocumentException {
			PdfPTable t = new PdfPTable(1);
			t.setWidthPercentage(100);
			PdfPCell c = new PdfPCell();
			boolean lecture = e.style() == Bloc.StyleEncadre.LECTURE;
			c.setBackgroundColor(lecture ? eclaircir(ap.accent(), 0.88) : new java.awt.Color(0xF3, 0xF3, 0xF3));
			c.setBorder(lecture ? Rectangle.LEFT : Rectangle.BOX);
			c.setBorderColor(lecture ? awt(ap.accent()) : new java.awt.Color(0xBB, 0xBB, 0xBB));
			c.setBorderWidth(lecture ? 3f : 0.5f);
			c.setPadding(7);
			c.setPaddingTop(4);
			Paragraph titre = new Paragraph(e.titre(), police(9.5f, true, lecture ? awt(ap.accent()) : principale));
			titre.setSpacingAfter(2);
			c.addElement(titre);
			for (String s : e.paragraphes()) {
				Paragraph p = new Paragraph(s, police(8.5f, false, texte));
				p.setLeading(11.5f);
				p.setSpacingAfter(2.5f);
				c.addElement(p);
			}
			t.addCell(c);
			t.setSpacingBefore(4);
			t.setSpacingAfter(8);
			t.setKeepTogether(true);
			document.add(t);
		}

		private void chiffres(Document document, Bloc.ChiffresCles k) throws DocumentException {
			if (k.titre() != null) {
				legende(document, k.titre());
			}
			List<Bloc.ChiffreCle> tous = k.chiffres();
			int parLigne = tous.size() <= 4 ? tous.size() : (tous.size() % 4 == 0 || tous.size() > 6 ? 4 : 3);
			PdfPTable t = new PdfPTable(parLigne);
			t.setWidthPercentage(100);
			for (Bloc.ChiffreCle c : tous) {
				PdfPCell cell = new PdfPCell();
				cell.setBorder(Rectangle.BOX);
				cell.setBorderColor(java.awt.Color.WHITE);
				cell.setBorderWidth(3f);
				cell.setBackgroundColor(fond);
				cell.setPadding(6);
				cell.setPaddingTop(3);
				Paragraph v = new Paragraph(c.valeur().texte(), police(17, true, principale));
				v.setAlignment(Element.ALIGN_CENTER);
				cell.addElement(v);
				Paragraph l = new Paragraph(c.libelle(), police(8.5f, false, texte));
				l.setAlignment(Element.ALIGN_CENTER);
				l.setLeading(10.5f);
				cell.addElement(l);
				if (c.precision() != null) {
					Paragraph pr = new Paragraph(c.precision(), police(7.5f, false, new java.awt.Color(0x55, 0x55,
							0x55)));
					pr.setAlignment(Element.ALIGN_CENTER);
					pr.setLeading(9.5f);
					cell.addElement(pr);
				}
				t.addCell(cell);
			}
			t.completeRow();
			notes(t, k, null, parLigne);
			t.setSpacingAfter(6);
			t.setKeepTogether(true);
			document.add(t);
		}

		private void legende(Document document, String titre) throws DocumentException {
			Paragraph p = new Paragraph(titre, police(10, true, texte));
			p.setSpacingBefore(4);
			p.setSpacingAfter(4);
			p.setKeepTogether(true);
			document.add(p);
		}

		private void tableau(Document document, Bloc.Tableau tab) throws DocumentException {
			int n = tab.colonnes().size();
			float[] largeurs = new float[n + 1];
			// à six colonnes de valeurs et plus, la colonne des libellés cède de la place : un en-tête comme
			// « d'absentéisme » doit tenir sur sa ligne sans être coupé au milieu du mot
			largeurs[0] = n <= 2 ? 3.2f : n <= 4 ? 2.6f : n == 5 ? 2.1f : 1.5f;
			for (int i = 1; i <= n; i++) {
				largeurs[i] = 1f;
			}
			PdfPTable t = new PdfPTable(largeurs);
			t.setWidthPercentage(n <= 2 ? 75 : 100);
			t.setHorizontalAlignment(Element.ALIGN_LEFT);
			int entetes = 1;
			if (tab.titre() != null) {
				PdfPCell titre = new PdfPCell(new Phrase(tab.titre(), police(10, true, texte)));
				titre.setColspan(n + 1);
				titre.setBorder(Rectangle.NO_BORDER);
				titre.setPaddingBottom(5);
				titre.setPaddingLeft(0);
				t.addCell(titre);
				entetes = 2;
			}
			t.addCell(entete(tab.enteteLignes(), Element.ALIGN_LEFT));
			for (String c : tab.colonnes()) {
				t.addCell(entete(c, Element.ALIGN_RIGHT));
			}
			t.setHeaderRows(entetes);
			int rang = 0;
			for (Bloc.LigneTableau l : tab.lignes()) {
				java.awt.Color fondLigne = l.total() ? fond
						: rang++ % 2 == 1 ? new java.awt.Color(0xF6, 0xF6, 0xF6) : java.awt.Color.WHITE;
				t.addCell(cellule(l.libelle(), Element.ALIGN_LEFT, l.total(), fondLigne));
				for (Valeur v : l.cellules()) {
					t.addCell(cellule(v.texte(), Element.ALIGN_RIGHT, l.total(), fondLigne));
				}
			}
			notes(t, tab, tab.note(), n + 1);
			t.setSpacingAfter(8);
			t.setKeepTogether(tab.lignes().size() <= 30);
			document.add(t);
		}

		private PdfPCell entete(String s, int alignement) {
			PdfPCell c = new PdfPCell(new Phrase(s, police(8.5f, true, java.awt.Color.WHITE)));
			c.setBackgroundColor(principale);
			c.setHorizontalAlignment(alignement);
			c.setVerticalAlignment(Element.ALIGN_BOTTOM);
			c.setBorderColor(java.awt.Color.WHITE);
			c.setPadding(4);
			c.setPaddingBottom(5);
			return c;
		}

		private PdfPCell cellule(String s, int alignement, boolean gras, java.awt.Color fondCellule) {
			PdfPCell c = new PdfPCell(new Phrase(s, police(8.5f, gras, texte)));
			c.setHorizontalAlignment(alignement);
			c.setBackgroundColor(fondCellule);
			c.setBorder(Rectangle.BOTTOM);
			c.setBorderColor(new java.awt.Color(0xDD, 0xDD, 0xDD));
			c.setBorderWidth(0.5f);
			c.setPadding(3.5f);
			c.setPaddingBottom(4.5f);
			return c;
		}

		private void graphique(Document document, PdfWriter writer, Bloc.Graphique g) throws DocumentException {
			PdfPTable t = new PdfPTable(1);
			t.setWidthPercentage(100);
			if (g.titre() != null) {
				PdfPCell titre = new PdfPCell(new Phrase(g.titre(), police(10, true, texte)));
				titre.setBorder(Rectangle.NO_BORDER);
				titre.setPaddingLeft(0);
				titre.setPaddingBottom(4);
				t.addCell(titre);
			}
			if (g.estVide()) {
				PdfPCell vide = new PdfPCell(new Phrase(
						"Aucune valeur publiable pour ce graphique (effectifs trop faibles ou absents).",
						police(8.5f, false, texte)));
				vide.setBorder(Rectangle.NO_BORDER);
				vide.setPaddingLeft(0);
				t.addCell(vide);
			}
			else {
				float largeur = document.right() - document.left();
				float hauteur = g.hauteur();
				PdfContentByte cb = writer.getDirectContent();
				PdfTemplate tp = cb.createTemplate(largeur, hauteur);
				Graphics2D g2 = tp.createGraphics(largeur, hauteur, new Correspondance(normale, grasse));
				try {
					dessinateur.dessiner(g, g2, largeur, hauteur);
				}
				finally {
					g2.dispose();
				}
				Image image;
				try {
					image = Image.getInstance(tp);
				}
				catch (BadElementException e) {
					throw new DocumentException(e);
				}
				PdfPCell c = new PdfPCell(image, false);
				c.setBorder(Rectangle.NO_BORDER);
				c.setPadding(0);
				t.addCell(c);
			}
			notes(t, g, g.note(), 1);
			t.setKeepTogether(true);
			t.setSpacingBefore(2);
			t.setSpacingAfter(6);
			document.add(t);
		}

		/** En-tête et pied de page ; le nombre total de pages est écrit à la fermeture dans un gabarit. */
		private final class EnteteEtPied extends PdfPageEventHelper {

			private final Identite id;

			private @Nullable PdfTemplate total;

			EnteteEtPied(Identite id) {
				this.id = id;
			}

			@Override
			public void onOpenDocument(PdfWriter writer, Document document) {
				total = writer.getDirectContent().createTemplate(30, 12);
			}

			@Override
			public void onEndPage(PdfWriter writer, Document document) {
				PdfContentByte cb = writer.getDirectContent();
				Font petite = police(7.5f, false, new java.awt.Color(0x44, 0x44, 0x44));
				Font petiteGrasse = police(7.5f, true, new java.awt.Color(0x44, 0x44, 0x44));
				float haut = document.getPageSize().getHeight() - 30;
				ColumnText.showTextAligned(cb, Element.ALIGN_LEFT,
						new Phrase(id.nomCollectivite() + " – SIRET " + id.siret(), petiteGrasse), document.left(),
						haut, 0);
				ColumnText.showTextAligned(cb, Element.ALIGN_RIGHT,
						new Phrase(doc.titre(), petite),
						document.right(), haut, 0);
				cb.saveState();
				cb.setColorStroke(principale);
				cb.setLineWidth(0.6f);
				cb.moveTo(document.left(), haut - 5);
				cb.lineTo(document.right(), haut - 5);
				cb.stroke();
				cb.moveTo(document.left(), 36);
				cb.lineTo(document.right(), 36);
				cb.stroke();
				cb.restoreState();
				ColumnText.showTextAligned(cb, Element.ALIGN_LEFT,
						new Phrase("Données au 31/12/" + id.annee() + " – publié le "
								+ FormatFrancais.date(id.datePublication()) + " – " + ap.editeur(), petite),
						document.left(), 25, 0);
				String page = "page " + writer.getPageNumber() + " / ";
				float largeurPage = normale.getWidthPoint(page, 7.5f);
				float x = document.right() - 14 - largeurPage;
				ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, new Phrase(page, petite), x, 25, 0);
				if (total != null) {
					cb.addTemplate(total, x + largeurPage, 25 - 2);
				}
			}

			@Override
			public void onCloseDocument(PdfWriter writer, Document document) {
				if (total != null) {
					// la dernière page est déjà terminée : le total est le numéro courant moins un
					ColumnText.showTextAligned(total, Element.ALIGN_LEFT,
							new Phrase(String.valueOf(writer.getPageNumber() - 1),
									police(7.5f, false, new java.awt.Color(0x44, 0x44, 0x44))),
							0, 2, 0);
				}
			}

		}

	}

	/** Polices AWT des graphiques vers les polices PDF incorporées du document. */
	private final class Correspondance implements FontMapper {

		private final BaseFont normale;

		private final BaseFont grasse;

		Correspondance(BaseFont normale, BaseFont grasse) {
			this.normale = normale;
			this.grasse = grasse;
		}

		@Override
		public BaseFont awtToPdf(java.awt.Font font) {
			return polices.estGrasse(font) ? grasse : normale;
		}

		@Override
		public java.awt.Font pdfToAwt(BaseFont font, int size) {
			return (font == grasse ? polices.awtGrasse() : polices.awtNormale()).deriveFont((float) size);
		}

	}

	private static java.awt.Color awt(Couleur c) {
		return new java.awt.Color(c.rouge(), c.vert(), c.bleu());
	}

	private static java.awt.Color eclaircir(Couleur c, double part) {
		return new java.awt.Color((int) (c.rouge() + (255 - c.rouge()) * part),
				(int) (c.vert() + (255 - c.vert()) * part), (int) (c.bleu() + (255 - c.bleu()) * part));
	}

}
