package fr.cdg.rsu.rapport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * veraPDF, le valideur de référence de PDF/A et de PDF/UA : les règles qu'un PDF
 * enfreint, chacune avec le nombre de contrôles échoués et le premier message.
 */
public final class Verapdf {

	/** Les deux profils que chaque document écrit doit respecter. */
	public static final List<PDFAFlavour> PROFILS = List.of(PDFAFlavour.PDFUA_1, PDFAFlavour.PDFA_2_A);

	static {
		VeraGreenfieldFoundryProvider.initialise();
	}

	private Verapdf() {
	}

	/**
	 * Règle enfreinte (clause-test) → « n × description : premier contexte ». Vide si le
	 * PDF est conforme.
	 */
	public static Map<String, String> echecs(Path pdf, PDFAFlavour profil) throws Exception {
		Map<String, Integer> comptes = new TreeMap<>();
		Map<String, String> exemples = new TreeMap<>();
		try (InputStream in = Files.newInputStream(pdf);
				PDFAParser parser = Foundries.defaultInstance().createParser(in, profil);
				PDFAValidator validateur = Foundries.defaultInstance()
					.createValidator(profil, 1000, false, true, false)) {
			ValidationResult r = validateur.validate(parser);
			for (TestAssertion a : r.getTestAssertions()) {
				if (a.getStatus() == TestAssertion.Status.FAILED) {
					String regle = a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber();
					comptes.merge(regle, 1, Integer::sum);
					exemples.putIfAbsent(regle, a.getMessage() + " @ " + a.getLocation().getContext());
				}
			}
		}
		Map<String, String> r = new TreeMap<>();
		comptes.forEach((k, n) -> r.put(k, n + " × " + exemples.get(k)));
		return r;
	}

	/**
	 * Pour voir à la main : {@code Verapdf <dossier ou fichier>...} écrit les règles
	 * enfreintes de chaque PDF.
	 */
	public static void main(String[] args) throws Exception {
		for (String a : args) {
			List<Path> fichiers;
			try (Stream<Path> s = Files.walk(Path.of(a))) {
				fichiers = s.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
			}
			for (Path f : fichiers) {
				for (PDFAFlavour profil : PROFILS) {
					Map<String, String> e = echecs(f, profil);
					System.out.println(f + " " + profil.getId() + " : " + e.size() + " règle(s) enfreinte(s)");
					e.forEach((k, v) -> System.out.println("   " + k + " " + v));
				}
			}
		}
	}

}
