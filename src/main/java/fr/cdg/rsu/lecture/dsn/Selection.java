package fr.cdg.rsu.lecture.dsn;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Décide du sort de chaque déclaration recensée, avant toute lecture d'individu : envois
 * de test et natures autres que la DSN mensuelle sautés, « annule et remplace » résolus
 * sur tout le lot de fichiers (le remplaçant peut être rangé dans un autre sous-dossier),
 * doublons d'un même mois écartés au profit du plus récent, mois hors campagne sautés.
 * Les gardées reçoivent leur rang dans l'ordre de traitement.
 */
final class Selection {

	private Selection() {
	}

	static final Comparator<Declaration> ORDRE = Comparator
		.comparing((Declaration d) -> d.moisPrincipal, Comparator.nullsFirst(Comparator.naturalOrder()))
		.thenComparing(d -> d.constitution, Comparator.nullsFirst(Comparator.naturalOrder()))
		.thenComparingLong(Declaration::ordreNumerique)
		.thenComparingInt(d -> d.fichier)
		.thenComparingInt(d -> d.rangDansFichier);

	/**
	 * @return les déclarations gardées, dans l'ordre de traitement
	 */
	static List<Declaration> selectionner(List<Declaration> toutes, int annee, Journal journal) {
		List<Declaration> candidates = new ArrayList<>();
		for (Declaration d : toutes) {
			if (d.envoiDeTest) {
				sauter(d, "envoi de test (S10.G00.00.005 = 01)");
			}
			else if (!"01".equals(d.nature)) {
				sauter(d, "nature " + d.nature + " : seule la DSN mensuelle (01) est lue");
			}
			else if (d.siret() == null || d.siret().length() != 14 || !DatesDsn.chiffres(d.siret())) {
				sauter(d, "SIRET de l'employeur absent ou invalide (S21.G00.06.001 + S21.G00.11.001)");
				journal.avertir(null, "DSN_SIRET", d.description() + " : SIRET absent ou invalide, déclaration sautée");
			}
			else if (d.moisPrincipal == null) {
				sauter(d, "mois principal absent ou illisible");
			}
			else {
				candidates.add(d);
			}
		}
		annuleEtRemplace(candidates, journal);
		LocalDate janvierSuivant = LocalDate.of(annee + 1, 1, 1);
		Map<String, List<Declaration>> parMois = new LinkedHashMap<>();
		for (Declaration d : candidates) {
			if (d.sort != Declaration.Sort.GARDEE) {
				continue;
			}
			LocalDate m = d.mois();
			if (m.getYear() != annee && !m.withDayOfMonth(1).equals(janvierSuivant)) {
				sauter(d, "mois principal " + DatesDsn.mois(m) + " hors de la campagne " + annee);
				continue;
			}
			d.janvierSuivant = m.getYear() != annee;
			parMois.computeIfAbsent(d.siret() + "|" + m.withDayOfMonth(1) + "|" + d.fraction, k -> new ArrayList<>())
				.add(d);
		}
		List<Declaration> gardees = new ArrayList<>();
		for (List<Declaration> memes : parMois.values()) {
			memes.sort(ORDRE);
			Declaration retenue = memes.get(memes.size() - 1);
			for (Declaration d : memes.subList(0, memes.size() - 1)) {
				d.sort = Declaration.Sort.SUPPLANTEE;
				d.raison = "doublon du même mois et de la même fraction : " + retenue.description()
						+ " (plus récente) est gardée";
			}
			gardees.add(retenue);
		}
		fractions(gardees, journal);
		gardees.sort(ORDRE);
		for (int i = 0; i < gardees.size(); i++) {
			gardees.get(i).rang = i;
		}
		return gardees;
	}

	private static void sauter(Declaration d, String raison) {
		d.sort = Declaration.Sort.SAUTEE;
		d.raison = raison;
	}

	/**
	 * Une déclaration de type 03 / 05 remplace celle du même SIRET dont l'identifiant est
	 * son {@code .006}.
	 */
	private static void annuleEtRemplace(List<Declaration> candidates, Journal journal) {
		Map<String, List<Declaration>> parIdentifiant = new HashMap<>();
		for (Declaration d : candidates) {
			if (d.identifiant() != null) {
				parIdentifiant.computeIfAbsent(d.siret() + "|" + d.identifiant(), k -> new ArrayList<>()).add(d);
			}
		}
		for (Declaration d : candidates) {
			if (!d.estAnnuleEtRemplace()) {
				continue;
			}
			List<Declaration> cibles = d.cible == null ? null : parIdentifiant.get(d.siret() + "|" + d.cible.strip());
			if (cibles == null || cibles.stream().allMatch(c -> c == d)) {
				journal.avertir(d.siret(), "DSN_CIBLE_INTROUVABLE", d.description() + " annule et remplace " + d.cible
						+ ", introuvable parmi les fichiers lus : rien n'est retiré");
				continue;
			}
			for (Declaration cible : cibles) {
				if (cible == d) {
					continue;
				}
				cible.sort = Declaration.Sort.REMPLACEE;
				cible.raison = "annulée et remplacée par " + d.description();
				if (!cible.mois().withDayOfMonth(1).equals(d.mois().withDayOfMonth(1))) {
					journal.avertir(d.siret(), "DSN_REMPLACEMENT_AUTRE_MOIS", d.description()
							+ " remplace une déclaration d'un autre mois principal : " + cible.description());
				}
			}
		}
	}

	/**
	 * {@code S20.G00.05.003} = {@code nd} : fraction n sur d ; il manque une fraction
	 * quand un n de 1..d manque.
	 */
	private static void fractions(List<Declaration> gardees, Journal journal) {
		Map<String, TreeSet<Integer>> vues = new LinkedHashMap<>();
		Map<String, Integer> attendues = new HashMap<>();
		for (Declaration d : gardees) {
			String f = d.fraction == null ? "11" : d.fraction.strip();
			if (f.length() != 2 || !DatesDsn.chiffres(f)) {
				continue;
			}
			String cle = d.siret() + "|" + DatesDsn.mois(d.mois());
			vues.computeIfAbsent(cle, k -> new TreeSet<>()).add(f.charAt(0) - '0');
			attendues.merge(cle, f.charAt(1) - '0', Math::max);
		}
		for (var e : vues.entrySet()) {
			int d = attendues.getOrDefault(e.getKey(), 0);
			for (int n = 1; n <= d; n++) {
				if (!e.getValue().contains(n)) {
					String[] cle = e.getKey().split("\\|");
					journal.avertir(cle[0], "DSN_FRACTION_MANQUANTE",
							"mois " + cle[1] + " : fraction " + n + "/" + d + " absente");
				}
			}
		}
	}

}
