package fr.cdg.rsu.lecture.dsn;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import fr.cdg.rsu.lecture.EntreeInvalideException;
import org.jspecify.annotations.Nullable;

/**
 * Premier passage sur un fichier DSN : vérifie la forme de chaque ligne (une ligne mal
 * formée est rejetée, la lecture continue), relève l'en-tête de chaque déclaration et
 * contrôle les comptes du {@code S90}. Rien d'autre n'est gardé : les individus ne sont
 * lus qu'au second passage, une fois connues les déclarations à garder.
 */
final class Recensement {

	/**
	 * Les blocs que la lecture utilise ou connaît ; les autres sont sautés et comptés.
	 */
	static final Set<String> BLOCS_CONNUS = Set.of("S10.G00.00", "S10.G00.01", "S10.G00.02", "S20.G00.05", "S21.G00.06",
			"S21.G00.11", "S21.G00.30", "S21.G00.40", "S21.G00.60", "S21.G00.62", "S21.G00.65", "S21.G00.66",
			"S21.G00.71", "S21.G00.50", "S21.G00.51", "S21.G00.52", "S21.G00.54", "S21.G00.58", "S21.G00.78",
			"S21.G00.81", "S90.G00.90");

	/**
	 * Les normes dont les listes de codes ont été vérifiées pour ces règles (cahier
	 * technique CT2025.1.3).
	 */
	static final Set<String> NORMES_VERIFIEES = Set.of("P25V01");

	private Recensement() {
	}

	static List<Declaration> recenser(Path chemin, int rangFichier, Journal.BilanFichier bilan, Journal journal) {
		List<Declaration> declarations = new ArrayList<>();
		Set<String> normesSignalees = new java.util.HashSet<>();
		Envoi envoi = new Envoi();
		Declaration courante = null;
		try (LectureLignesDsn lecture = new LectureLignesDsn(chemin)) {
			LigneDsn l;
			while ((l = lecture.suivante()) != null) {
				envoi.lignes++;
				if (l.estMalFormee()) {
					journal.rejeter(bilan, l.numero(), "ligne", l.valeur(),
							"ligne mal formée (attendu Sxx.Gyy.zz.aaa,'valeur')", null);
					continue;
				}
				String r = l.rubrique();
				String bloc = l.bloc();
				if (!BLOCS_CONNUS.contains(bloc) || l.numeroRubrique() >= 900) {
					bilan.rubriquesInconnues++;
					continue;
				}
				switch (r) {
					case "S10.G00.00.001" -> {
						// un nouvel envoi : le précédent est fini, ses comptes se
						// vérifient
						if (envoi.lignes > 1) {
							envoi.lignes--;
							envoi.controler(bilan, journal);
							envoi = new Envoi();
							envoi.lignes = 1;
						}
						courante = null;
					}
					case "S10.G00.00.005" -> envoi.test = "01".equals(l.valeur());
					case "S10.G00.00.006" -> {
						envoi.norme = l.valeur();
						if (!NORMES_VERIFIEES.contains(l.valeur().strip()) && normesSignalees.add(l.valeur())) {
							journal.avertir(null, "DSN_NORME",
									bilan.nom + " : norme " + l.valeur() + " ; les règles "
											+ "valent, mais les listes de codes n'ont été vérifiées que pour "
											+ NORMES_VERIFIEES);
						}
					}
					case "S10.G00.01.003" -> envoi.emetteur = l.valeur();
					case "S20.G00.05.001" -> {
						courante = new Declaration(rangFichier, declarations.size(), l.numero());
						courante.envoiDeTest = envoi.test;
						courante.norme = envoi.norme;
						courante.emetteur = envoi.emetteur;
						courante.nature = l.valeur();
						declarations.add(courante);
						envoi.declarations++;
					}
					case "S90.G00.90.001" -> {
						envoi.lignesAnnoncees = l.valeur();
						envoi.ligneS90 = l.numero();
						courante = null;
					}
					case "S90.G00.90.002" -> envoi.declarationsAnnoncees = l.valeur();
					default -> {
						if (courante != null) {
							entete(courante, r, l, bilan, journal);
						}
					}
				}
			}
			envoi.controler(bilan, journal);
			bilan.lues = lecture.lues;
			bilan.vides = lecture.vides;
			bilan.longues = lecture.longues;
			if (lecture.longues > 0) {
				journal.avertir(null, "DSN_LIGNE_LONGUE", bilan.nom + " : " + lecture.longues + " ligne(s) de plus de "
						+ LectureLignesDsn.LONGUEUR_MAXIMUM + " caractères (lues quand même)");
			}
		}
		catch (IOException ex) {
			throw new EntreeInvalideException("Fichier DSN illisible : " + bilan.nom + " (" + ex.getMessage() + ")");
		}
		return declarations;
	}

	private static void entete(Declaration d, String r, LigneDsn l, Journal.BilanFichier bilan, Journal journal) {
		String v = l.valeur();
		switch (r) {
			case "S20.G00.05.002" -> d.type = v;
			case "S20.G00.05.003" -> d.fraction = v;
			case "S20.G00.05.004" -> d.numeroOrdre = v;
			case "S20.G00.05.005" -> {
				d.moisPrincipal = DatesDsn.date(v);
				if (d.moisPrincipal == null) {
					journal.rejeter(bilan, l.numero(), r, v, "mois principal déclaré illisible (attendu JJMMAAAA)",
							null);
				}
			}
			case "S20.G00.05.006" -> d.cible = v;
			case "S20.G00.05.007" -> {
				d.constitution = DatesDsn.date(v);
				d.constitutionTexte = v;
			}
			case "S21.G00.06.001" -> {
				if (d.siren == null) {
					d.siren = v.strip();
				}
			}
			case "S21.G00.11.001" -> {
				if (d.nic == null) {
					d.nic = v.strip();
				}
			}
			default -> {
				// les autres rubriques sont lues au second passage
			}
		}
	}

	/** Un envoi ({@code S10} … {@code S90}) : ses comptes annoncés et constatés. */
	private static final class Envoi {

		long lignes;

		int declarations;

		boolean test;

		@Nullable String norme;

		@Nullable String emetteur;

		@Nullable String lignesAnnoncees;

		@Nullable String declarationsAnnoncees;

		long ligneS90;

		void controler(Journal.BilanFichier bilan, Journal journal) {
			if (lignesAnnoncees == null) {
				if (lignes > 0) {
					String m = bilan.nom + " : envoi sans S90.G00.90.001 (fichier tronqué ?)";
					bilan.controlesS90.add(m);
					journal.avertir(null, "DSN_S90", m);
				}
				return;
			}
			if (!String.valueOf(lignes).equals(lignesAnnoncees.strip())) {
				String m = bilan.nom + " : le S90 annonce " + lignesAnnoncees + " lignes, l'envoi en a " + lignes
						+ " (fichier tronqué ?)";
				bilan.controlesS90.add(m);
				journal.avertir(null, "DSN_S90", m);
			}
			if (declarationsAnnoncees != null && !String.valueOf(declarations).equals(declarationsAnnoncees.strip())) {
				String m = bilan.nom + " : le S90 annonce " + declarationsAnnoncees + " déclarations, l'envoi en a "
						+ declarations + " (fichier tronqué ?)";
				bilan.controlesS90.add(m);
				journal.avertir(null, "DSN_S90", m);
			}
		}

	}

}
