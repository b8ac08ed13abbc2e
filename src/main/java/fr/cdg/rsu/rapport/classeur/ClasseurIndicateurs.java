package fr.cdg.rsu.rapport.classeur;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.zip.Deflater;

import org.dhatim.fastexcel.BorderSide;
import org.dhatim.fastexcel.BorderStyle;
import org.dhatim.fastexcel.PaperSize;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;

import fr.cdg.rsu.indicateurs.Indicateur;
import fr.cdg.rsu.indicateurs.Theme;
import fr.cdg.rsu.rapport.document.FormatFrancais;
import fr.cdg.rsu.rapport.document.FormatNombre;
import fr.cdg.rsu.rapport.document.Identite;
import fr.cdg.rsu.rapport.document.Valeur;
import fr.cdg.rsu.rapport.modele.Assembleur;
import fr.cdg.rsu.rapport.modele.FormatsParDefaut;
import fr.cdg.rsu.rapport.modele.Libelles;
import fr.cdg.rsu.rapport.modele.Vocabulaire;

/**
 * Écrit les indicateurs d'un employeur en un classeur d'une feuille par thème : en-têtes
 * français, ligne d'en-tête figée, filtre automatique, formats de nombre français,
 * {@code s} pour les cellules secrètes (valeur, numérateur et dénominateur), {@code n.d.}
 * pour une valeur indisponible. Thread-safe (aucun état partagé).
 * <p>
 * Écrit avec fastexcel, en mémoire : SXSSF passait par un fichier temporaire par feuille
 * et un objet par cellule, plus de la moitié du temps de l'étape des documents. Le zip
 * est ensuite recopié une fois pour donner à chaque feuille sa vraie étendue
 * ({@link EtendueDesFeuilles}), que fastexcel n'écrit pas.
 */
public final class ClasseurIndicateurs {

	private static final List<Theme> ORDRE = List.of(Theme.EFFECTIFS, Theme.ABSENTEISME, Theme.ACCIDENTS,
			Theme.REMUNERATIONS, Theme.EGALITE, Theme.ACCIDENTS_DECLARES, Theme.DECISIONS_SANTE, Theme.SIGNALEMENTS,
			Theme.FORMATION, Theme.CARRIERES, Theme.HANDICAP, Theme.CONDITIONS_TRAVAIL, Theme.CONTRATS,
			Theme.EMPLOYEUR);

	/**
	 * Les thèmes qui ont toujours leur feuille, vide comprise (ceux des quatre fichiers
	 * du contrat) ; ceux des fichiers facultatifs n'en ont une que s'ils ont des lignes :
	 * un thème non transmis n'ajoute pas de feuille vide.
	 */
	private static final List<Theme> TOUJOURS = List.of(Theme.EFFECTIFS, Theme.ABSENTEISME, Theme.ACCIDENTS,
			Theme.REMUNERATIONS, Theme.EGALITE);

	/**
	 * Rang d'affichage des populations et des groupes ; un code inconnu passe après les
	 * connus.
	 */
	private static final Map<String, Integer> RANG_POPULATIONS = rangs(Vocabulaire.POPULATIONS);

	private static final Map<String, Integer> RANG_GROUPES = rangs(Vocabulaire.GROUPES);

	/**
	 * Couleurs ARVB des couleurs indexées WHITE et DARK_BLUE de la palette d'Excel,
	 * celles de l'en-tête écrit par POI.
	 */
	private static final String BLANC = "FFFFFFFF";

	private static final String BLEU_FONCE = "FF000080";

	/**
	 * Style des cellules non numériques des colonnes de nombres : {@code s}, {@code n.d.}
	 * ou vide.
	 */
	private static final int A_DROITE = -1;

	private final Libelles libelles;

	private final String editeur;

	/**
	 * La note du secret de la charte, avec ses variables ({@code ${seuil}}) : résolue
	 * pour chaque employeur.
	 */
	private final String noteSecret;

	/**
	 * @param noteSecret la note du secret de la charte ({@code textes.secret}), variables
	 * non résolues : chaque classeur l'écrit avec le seuil de son employeur
	 * ({@link Identite#seuilSecret()})
	 */
	public ClasseurIndicateurs(Libelles libelles, String editeur, String noteSecret) {
		this.libelles = libelles;
		this.editeur = editeur;
		this.noteSecret = noteSecret;
	}

	public void ecrire(Identite identite, List<Indicateur> lignes, OutputStream sortie) throws IOException {
		Map<Theme, List<Indicateur>> parTheme = new EnumMap<>(Theme.class);
		// ordre de première apparition de chaque indicateur dans son thème
		Map<Theme, Map<String, Integer>> ordreIndicateurs = new EnumMap<>(Theme.class);
		for (Indicateur i : lignes) {
			parTheme.computeIfAbsent(i.theme(), t -> new ArrayList<>()).add(i);
			Map<String, Integer> ordre = ordreIndicateurs.computeIfAbsent(i.theme(), t -> new HashMap<>());
			ordre.putIfAbsent(i.indicateur(), ordre.size());
		}
		Croisements croisements = new Croisements(libelles, lignes);
		String note = Assembleur.texte(noteSecret, identite);
		// en mémoire d'abord : l'étendue de chaque feuille n'est connue qu'une fois la
		// feuille écrite
		ByteArrayOutputStream brut = new ByteArrayOutputStream(1 << 16);
		// fastexcel ne prend qu'un nom, pour l'auteur (dc:creator) comme pour
		// l'application (app.xml) : l'éditeur
		Workbook wb = new Workbook(brut, editeur, null);
		wb.setCompressionLevel(Deflater.BEST_SPEED);
		wb.properties()
			.setTitle("Indicateurs RSU " + identite.annee() + " – " + identite.nomCollectivite())
			.setSubject("Rapport Social Unique " + identite.annee() + ", SIRET " + identite.siret());
		for (Theme theme : ORDRE) {
			Map<String, Integer> ordre = ordreIndicateurs.getOrDefault(theme, Map.of());
			List<Indicateur> l = parTheme.getOrDefault(theme, List.of());
			if (l.isEmpty() && !TOUJOURS.contains(theme)) {
				continue;
			}
			Ligne[] triees = new Ligne[l.size()];
			for (int k = 0; k < triees.length; k++) {
				Indicateur i = l.get(k);
				// chaque indicateur du thème a son rang d'apparition
				triees[k] = new Ligne(i, Objects.requireNonNull(ordre.get(i.indicateur())),
						rang(RANG_POPULATIONS, i.population()), rang(RANG_GROUPES, i.groupe()), croisements.de(i));
			}
			// tri stable, comme l'ancien tri sur clé texte : les lignes égales gardent
			// l'ordre d'entrée
			Arrays.sort(triees, Ligne.ORDRE);
			feuille(wb, theme, identite, note, triees);
		}
		wb.finish();
		// fastexcel écrit <dimension ref="A1"/> sur chaque feuille ; le flux, qui
		// appartient à l'appelant, reste ouvert
		EtendueDesFeuilles.corriger(brut.toByteArray(), sortie);
	}

	private void feuille(Workbook wb, Theme theme, Identite identite, String note, Ligne[] lignes) throws IOException {
		String nom = libelles.libelle(Libelles.THEMES, theme.code()).replaceAll("[\\\\/?*\\[\\]:]", " ");
		Worksheet ws = wb.newWorksheet(nom.length() > 31 ? nom.substring(0, 31) : nom);
		boolean absences = theme == Theme.ABSENTEISME || theme == Theme.ACCIDENTS;
		// les thèmes facultatifs ont un groupe quand ils en écrivent un : nature
		// d'accident, type de décision...
		boolean groupe = absences || Arrays.stream(lignes).anyMatch(l -> !l.indicateur.groupe().isEmpty());
		List<String> entetes = new ArrayList<>(List.of("Indicateur", "Population"));
		if (groupe) {
			entetes.add(absences ? "Groupe d'absences / motif" : "Nature / type");
		}
		entetes.addAll(List.of("Dimension", "Modalité", "Valeur", "Numérateur", "Dénominateur"));
		int[] largeurs = groupe ? new int[] { 40, 26, 30, 24, 34, 14, 14, 14 }
				: new int[] { 40, 26, 24, 34, 14, 14, 14 };
		for (int c = 0; c < largeurs.length; c++) {
			ws.width(c, largeurs[c]);
		}
		for (int c = 0; c < entetes.size(); c++) {
			ws.value(0, c, entetes.get(c));
		}
		ws.range(0, 0, 0, entetes.size() - 1)
			.style()
			.bold()
			.fontColor(BLANC)
			.fillColor(BLEU_FONCE)
			.borderStyle(BorderSide.BOTTOM, BorderStyle.THIN)
			.wrapText(true)
			.set();
		ws.freezePane(0, 1);
		// fastexcel écrit toujours un format de papier, Letter par défaut : celui d'un
		// tableur français
		ws.paperSize(PaperSize.A4_PAPER);
		int colValeur = entetes.size() - 3;
		// style de chaque cellule des trois colonnes de nombres : A_DROITE ou le rang du
		// format
		int[][] styles = new int[3][lignes.length];
		int r = 1;
		for (Ligne ligne : lignes) {
			Indicateur i = ligne.indicateur;
			int c = 0;
			ws.value(r, c++, libelles.libelle(Libelles.INDICATEURS, i.indicateur()));
			ws.value(r, c++,
					i.population().isEmpty() ? "Employeur" : libelles.libelle(Libelles.POPULATIONS, i.population()));
			if (groupe) {
				ws.value(r, c++, i.groupe().isEmpty() ? "" : libelles.libelle(Libelles.GROUPES, i.groupe()));
			}
			ws.value(r, c++, ligne.croisement.libelleDimension);
			ws.value(r, c, ligne.croisement.libelleModalite);
			if (i.secret()) {
				for (int k = 0; k < 3; k++) {
					ws.value(r, colValeur + k, Valeur.SECRET);
					styles[k][r - 1] = A_DROITE;
				}
			}
			else {
				FormatNombre f = FormatsParDefaut.pour(i.theme(), i.indicateur());
				styles[0][r - 1] = nombre(ws, r, colValeur, i.valeur(), f, Valeur.NON_DISPONIBLE);
				styles[1][r - 1] = nombre(ws, r, colValeur + 1, i.numerateur(), null, "");
				styles[2][r - 1] = nombre(ws, r, colValeur + 2, i.denominateur(), null, "");
			}
			r++;
		}
		for (int k = 0; k < 3; k++) {
			styler(ws, colValeur + k, styles[k]);
		}
		if (r > 1) {
			ws.setAutoFilter(0, 0, r - 1, entetes.size() - 1);
		}
		r++;
		ws.value(r++, 0, note);
		ws.value(r++, 0, "n.d. : non disponible (dénominateur nul).");
		ws.value(r, 0, identite.nomCollectivite() + " – SIRET " + identite.siret() + " – données au 31/12/"
				+ identite.annee() + " – publié le " + FormatFrancais.date(identite.datePublication()));
		ws.finish();
	}

	/**
	 * Écrit un nombre, ou {@code siNul} s'il manque (rien si {@code siNul} est vide).
	 * @param format le format imposé, ou {@code null} : entier ou deux décimales selon le
	 * nombre
	 * @return le style de la cellule : {@link #A_DROITE} ou le rang du format
	 */
	@SuppressWarnings("EnumOrdinal") // le rang ne vit que le temps d'écrire la feuille
										// (styler le relit aussitôt)
	private static int nombre(Worksheet ws, int r, int c, @Nullable BigDecimal v, @Nullable FormatNombre format,
			String siNul) {
		if (v == null) {
			if (!siNul.isEmpty()) {
				ws.value(r, c, siNul);
			}
			return A_DROITE;
		}
		ws.value(r, c, v.doubleValue());
		if (format != null) {
			return format.ordinal();
		}
		return (v.stripTrailingZeros().scale() <= 0 ? FormatNombre.ENTIER : FormatNombre.DECIMAL_2).ordinal();
	}

	/**
	 * Pose les styles d'une colonne par plages de lignes consécutives de même style : un
	 * style posé cellule par cellule coûte une fusion et une recherche dans le cache de
	 * styles de fastexcel à chaque fois.
	 */
	@SuppressWarnings("EnumOrdinal") // relit le rang que nombre() vient de donner, jamais
										// un rang enregistré
	private static void styler(Worksheet ws, int c, int[] styles) {
		int debut = 0;
		for (int k = 1; k <= styles.length; k++) {
			if (k == styles.length || styles[k] != styles[debut]) {
				var plage = ws.range(debut + 1, c, k, c).style();
				if (styles[debut] == A_DROITE) {
					plage.horizontalAlignment("right").set();
				}
				else {
					plage.format(motif(FormatNombre.values()[styles[debut]])).set();
				}
				debut = k;
			}
		}
	}

	/**
	 * Le format de nombre tel qu'écrit dans {@code styles.xml}. fastexcel 0.19 y recopie
	 * le format sans l'échapper : les guillemets des suffixes sont donc déjà échappés ici
	 * (<code>&amp;quot;</code>). Une version qui les échappe elle-même
	 * (dhatim/fastexcel#472) les doublerait : ClasseurIndicateursTest relit le format et
	 * le verrait.
	 */
	static String motif(FormatNombre f) {
		return switch (f) {
			case TAUX -> "#,##0.00&quot; %&quot;";
			case TAUX_1 -> "#,##0.0&quot; %&quot;";
			case ENTIER -> "#,##0";
			case DECIMAL_1 -> "#,##0.0";
			case DECIMAL_2 -> "#,##0.00";
			case EUROS -> "#,##0&quot; €&quot;";
			case ANS -> "0.0&quot; ans&quot;";
			case JOURS -> "#,##0.0&quot; jours&quot;";
			case HEURES -> "#,##0&quot; h&quot;";
		};
	}

	private static Map<String, Integer> rangs(List<String> ordre) {
		Map<String, Integer> r = new HashMap<>();
		for (int k = 0; k < ordre.size(); k++) {
			r.putIfAbsent(ordre.get(k), k);
		}
		return Map.copyOf(r);
	}

	private static int rang(Map<String, Integer> rangs, String code) {
		return rangs.getOrDefault(code, Integer.MAX_VALUE);
	}

	/** Une ligne de la feuille et ses clés de tri, calculées une fois. */
	private record Ligne(Indicateur indicateur, int ordre, int population, int groupe, Croisement croisement) {

		static final Comparator<Ligne> ORDRE = Comparator.comparingInt(Ligne::ordre)
			.thenComparingInt(Ligne::population)
			.thenComparingInt(Ligne::groupe)
			.thenComparingInt(l -> l.croisement.rang);

	}

	/**
	 * Une dimension et une modalité : leurs libellés et leur rang d'affichage parmi
	 * celles de l'employeur.
	 */
	private static final class Croisement {

		final String libelleDimension;

		final String libelleModalite;

		final String cle;

		int rang;

		Croisement(Libelles libelles, String dimension, String modalite) {
			this.libelleDimension = libelles.dimension(dimension);
			this.libelleModalite = libelles.modalite(dimension, modalite);
			this.cle = cleDimension(dimension) + "|" + cleModalite(dimension, modalite);
		}

	}

	/**
	 * Les croisements (dimension, modalité) d'un employeur, quelques centaines pour des
	 * milliers de lignes : libellés et clé de tri sont calculés une fois par croisement,
	 * puis les clés classées une fois pour toutes en rangs entiers.
	 */
	private static final class Croisements {

		private final Map<String, Map<String, Croisement>> parDimension = new HashMap<>();

		Croisements(Libelles libelles, List<Indicateur> lignes) {
			List<Croisement> tous = new ArrayList<>();
			for (Indicateur i : lignes) {
				parDimension.computeIfAbsent(i.dimension(), d -> new HashMap<>()).computeIfAbsent(i.modalite(), m -> {
					Croisement c = new Croisement(libelles, i.dimension(), m);
					tous.add(c);
					return c;
				});
			}
			tous.sort(Comparator.comparing(c -> c.cle));
			int rang = 0;
			for (int k = 0; k < tous.size(); k++) {
				if (k > 0 && !tous.get(k).cle.equals(tous.get(k - 1).cle)) {
					rang++;
				}
				tous.get(k).rang = rang;
			}
		}

		Croisement de(Indicateur i) {
			// chaque ligne a été vue à la construction
			return Objects.requireNonNull(Objects.requireNonNull(parDimension.get(i.dimension())).get(i.modalite()));
		}

	}

	/**
	 * Clé de tri d'une dimension : {@code ensemble} d'abord, puis les simples, puis les
	 * composées, chacune selon le rang de ses parties. Suivie de {@code |} dans la clé
	 * d'un croisement, ce qui la compare comme l'ancienne clé texte d'une ligne.
	 */
	private static String cleDimension(String dimension) {
		if (dimension.equals(Indicateur.ENSEMBLE)) {
			return "0";
		}
		StringBuilder sb = new StringBuilder(dimension.contains("+") ? "2" : "1");
		for (String p : dimension.split("\\+", -1)) {
			chiffres(sb, Vocabulaire.DIMENSIONS_SIMPLES.indexOf(p), 2);
		}
		return sb.toString();
	}

	/**
	 * Clé de tri d'une modalité : le rang de chaque partie connue, sinon son texte, les
	 * non renseignées à la fin.
	 */
	private static String cleModalite(String dimension, String modalite) {
		String[] dims = dimension.split("\\+", -1);
		List<String> mods = Vocabulaire.decouper(dimension, modalite);
		StringBuilder sb = new StringBuilder();
		for (int k = 0; k < mods.size(); k++) {
			String mod = mods.get(k);
			List<String> ordre = k < dims.length ? Vocabulaire.MODALITES.get(dims[k]) : null;
			int rang = ordre == null ? -1 : ordre.indexOf(mod);
			if (rang >= 0) {
				chiffres(sb, rang, 3);
			}
			else {
				sb.append(mod.equals("non_renseigne") ? "~" : "").append(mod);
			}
			sb.append('|');
		}
		return sb.toString();
	}

	/**
	 * Le rang sur {@code n} chiffres, comme {@code %0nd} du reste modulo 10ⁿ (un rang
	 * inconnu vaut MAX_VALUE).
	 */
	private static void chiffres(StringBuilder sb, int rang, int n) {
		int modulo = n == 2 ? 100 : 1000;
		String s = Integer.toString((rang < 0 ? Integer.MAX_VALUE : rang) % modulo);
		sb.repeat('0', n - s.length()).append(s);
	}

}
