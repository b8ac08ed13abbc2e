package fr.cdg.rsu.rapport;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Extraction du texte d'un PDF avec PDFBox, page par page. */
public final class TextePdf {

	private TextePdf() {
	}

	public static String texte(Path pdf) throws IOException {
		try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
			return new PDFTextStripper().getText(d);
		}
	}

	public static String page(Path pdf, int page) throws IOException {
		try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
			PDFTextStripper s = new PDFTextStripper();
			s.setStartPage(page);
			s.setEndPage(page);
			return s.getText(d);
		}
	}

}
