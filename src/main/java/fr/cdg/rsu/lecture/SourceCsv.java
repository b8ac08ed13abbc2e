package fr.cdg.rsu.lecture;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import org.jspecify.annotations.Nullable;

/**
 * Un fichier CSV lu en flux avec FastCSV, après détection de l'encodage (UTF-8 avec ou
 * sans BOM, sinon Windows-1252) et du séparateur ({@code ;}, {@code ,} ou tabulation).
 */
public final class SourceCsv implements SourceTabulaire {

	/** Taille maximale d'un champ : au-delà, le fichier n'est pas un export RH. */
	static final int CHAMP_MAXIMUM = 1 << 20;

	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	private final CsvReader<CsvRecord> lecteur;

	private final Iterator<CsvRecord> lignes;

	private final List<String> entetes;

	private final String detection;

	private SourceCsv(CsvReader<CsvRecord> lecteur, List<String> entetes, String detection) {
		this.lecteur = lecteur;
		this.lignes = lecteur.iterator();
		this.entetes = entetes;
		this.detection = detection;
	}

	public static SourceCsv ouvrir(Path fichier) throws IOException {
		Encodage encodage = detecterEncodage(fichier);
		char separateur = detecterSeparateur(fichier, encodage);
		InputStream flux = new BufferedInputStream(Files.newInputStream(fichier), 1 << 16);
		CsvReader<CsvRecord> lecteur;
		try {
			if (encodage.bom()) {
				flux.skipNBytes(3);
			}
			// les lignes vides sont rendues (et comptées vides par le lecteur) plutôt que
			// sautées en silence
			lecteur = CsvReader.builder()
				.fieldSeparator(separateur)
				.skipEmptyLines(false)
				.allowExtraFields(true)
				.allowMissingFields(true)
				.allowExtraCharsAfterClosingQuote(true)
				.maxBufferSize(CHAMP_MAXIMUM)
				.ofCsvRecord(flux, encodage.charset());
		}
		catch (IOException | RuntimeException ex) {
			flux.close();
			throw ex;
		}
		Iterator<CsvRecord> it = lecteur.iterator();
		List<String> entetes = List.of();
		try {
			while (it.hasNext()) {
				CsvRecord r = it.next();
				if (r.getFields().stream().anyMatch(c -> !c.isBlank())) {
					entetes = r.getFields().stream().map(String::strip).toList();
					break;
				}
			}
		}
		catch (CsvParseException | UncheckedIOException ex) {
			lecteur.close();
			throw new IOException("en-tête illisible : " + message(ex), ex);
		}
		String detection = "encodage " + encodage.libelle() + ", séparateur "
				+ (separateur == '\t' ? "tabulation" : "« " + separateur + " »");
		return new SourceCsv(lecteur, entetes, detection);
	}

	@Override
	public List<String> entetes() {
		return entetes;
	}

	@Override
	public @Nullable LigneBrute suivante() throws IOException {
		try {
			if (!lignes.hasNext()) {
				return null;
			}
			CsvRecord r = lignes.next();
			return new LigneBrute(r.getStartingLineNumber(), r.getFields());
		}
		catch (CsvParseException | UncheckedIOException ex) {
			throw new IOException("CSV illisible : " + message(ex), ex);
		}
	}

	/**
	 * Les messages de FastCSV sont en anglais ; le cas courant (champ démesuré) est dit
	 * en français.
	 */
	private static String message(RuntimeException ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			String m = String.valueOf(t.getMessage());
			if (m.contains("maximum buffer size")) {
				var ligne = java.util.regex.Pattern.compile("line (\\d+)").matcher(m);
				return "champ de plus de " + (CHAMP_MAXIMUM >> 20) + " Mo (guillemet jamais refermé ?)"
						+ (ligne.find() ? " dans l'enregistrement commencé à la ligne " + ligne.group(1) : "");
			}
		}
		return String.valueOf(ex.getMessage());
	}

	@Override
	public boolean estClasseur() {
		return false;
	}

	@Override
	public String detection() {
		return detection;
	}

	@Override
	public void close() throws IOException {
		lecteur.close();
	}

	/**
	 * L'encodage retenu : UTF-8 si tout le fichier en est, sinon Windows-1252 (ce
	 * qu'écrit Excel en français).
	 */
	record Encodage(Charset charset, boolean bom, String libelle) {
	}

	static Encodage detecterEncodage(Path fichier) throws IOException {
		try (InputStream in = new BufferedInputStream(Files.newInputStream(fichier), 1 << 16)) {
			byte[] debut = in.readNBytes(4);
			boolean utf16SansBom = debut.length == 4
					&& (debut[1] == 0 && debut[3] == 0 && debut[0] != 0 && debut[2] != 0
							|| debut[0] == 0 && debut[2] == 0 && debut[1] != 0 && debut[3] != 0);
			if (utf16SansBom || debut.length >= 2 && ((debut[0] & 0xFF) == 0xFF && (debut[1] & 0xFF) == 0xFE
					|| (debut[0] & 0xFF) == 0xFE && (debut[1] & 0xFF) == 0xFF)) {
				// « Texte Unicode » d'Excel : lu en Windows-1252, chaque caractère serait
				// suivi d'un NUL
				throw new IOException("encodage UTF-16 non pris en charge : enregistrez le fichier en « CSV UTF-8 »"
						+ " ou en « CSV (séparateur : point-virgule) »");
			}
			boolean bom = debut.length >= 3 && (debut[0] & 0xFF) == 0xEF && (debut[1] & 0xFF) == 0xBB
					&& (debut[2] & 0xFF) == 0xBF;
			CharsetDecoder decodeur = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
			ByteBuffer octets = ByteBuffer.allocate(1 << 16);
			CharBuffer caracteres = CharBuffer.allocate(1 << 16);
			if (bom) {
				octets.put(debut, 3, debut.length - 3);
			}
			else {
				octets.put(debut);
			}
			boolean utf8 = true;
			byte[] tampon = new byte[1 << 15];
			// Tout le fichier est vérifié : un seul octet invalide suffit à écarter
			// UTF-8, où qu'il soit.
			while (utf8) {
				int lus = in.read(tampon);
				boolean fin = lus < 0;
				if (!fin) {
					octets.put(tampon, 0, lus);
				}
				octets.flip();
				CoderResult res = decodeur.decode(octets, caracteres, fin);
				if (res.isError()) {
					utf8 = false;
				}
				caracteres.clear();
				octets.compact();
				if (fin) {
					if (utf8 && decodeur.flush(caracteres).isError()) {
						utf8 = false;
					}
					break;
				}
			}
			if (utf8) {
				return new Encodage(StandardCharsets.UTF_8, bom, bom ? "UTF-8 avec BOM" : "UTF-8");
			}
			if (bom) {
				// le BOM dit UTF-8 : quelques octets invalides ne doivent pas faire lire
				// tous les « é » en « Ã© »
				return new Encodage(StandardCharsets.UTF_8, true, "UTF-8 avec BOM (octets invalides remplacés par �)");
			}
			return new Encodage(WINDOWS_1252, false, "Windows-1252");
		}
	}

	/**
	 * Le séparateur le plus fréquent hors guillemets sur la première ligne non vide ; à
	 * égalité, le point-virgule.
	 */
	static char detecterSeparateur(Path fichier, Encodage encodage) throws IOException {
		// lecteur qui remplace les octets indécodables (0x81, 0x8D... en Windows-1252) au
		// lieu d'échouer, ce qui
		// faisait retenir le point-virgule quel que soit le séparateur
		try (var r = new java.io.BufferedReader(
				new java.io.InputStreamReader(Files.newInputStream(fichier), encodage.charset()))) {
			String ligne;
			do {
				ligne = lignePlafonnee(r);
			}
			while (ligne != null && ligne.isBlank());
			if (ligne == null) {
				return ';';
			}
			int[] comptes = new int[3];
			char[] candidats = { ';', ',', '\t' };
			boolean entreGuillemets = false;
			for (char c : ligne.toCharArray()) {
				if (c == '"') {
					entreGuillemets = !entreGuillemets;
				}
				else if (!entreGuillemets) {
					for (int i = 0; i < 3; i++) {
						if (c == candidats[i]) {
							comptes[i]++;
						}
					}
				}
			}
			int meilleur = 0;
			for (int i = 1; i < 3; i++) {
				if (comptes[i] > comptes[meilleur]) {
					meilleur = i;
				}
			}
			return candidats[meilleur];
		}
		catch (CharacterCodingException ex) {
			return ';';
		}
	}

	/**
	 * Une ligne lue sans dépasser {@link #CHAMP_MAXIMUM} caractères en mémoire (un
	 * fichier binaire peut n'avoir aucun retour à la ligne) ; {@code null} à la fin.
	 */
	private static @Nullable String lignePlafonnee(java.io.BufferedReader r) throws IOException {
		StringBuilder sb = new StringBuilder();
		int c;
		while ((c = r.read()) >= 0) {
			if (c == '\n') {
				return sb.toString();
			}
			if (c != '\r') {
				sb.append((char) c);
			}
			if (sb.length() >= CHAMP_MAXIMUM) {
				return sb.toString();
			}
		}
		return sb.isEmpty() ? null : sb.toString();
	}

}
