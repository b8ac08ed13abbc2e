package fr.cdg.rsu.lecture;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import fr.cdg.rsu.domaine.Absence;
import fr.cdg.rsu.domaine.Agent;
import fr.cdg.rsu.domaine.AnneeReference;
import fr.cdg.rsu.domaine.Categorie;
import fr.cdg.rsu.domaine.Collectivite;
import fr.cdg.rsu.domaine.Filiere;
import fr.cdg.rsu.domaine.LignePaie;
import fr.cdg.rsu.domaine.Motif;
import fr.cdg.rsu.domaine.Statut;
import fr.cdg.rsu.domaine.TypeCollectivite;
import org.jspecify.annotations.Nullable;

/**
 * Convertit une ligne brute d'un fichier en enregistrement du domaine, ou la rejette avec la colonne, la valeur et le
 * motif. Les contrôles qui demandent d'autres lignes (matricule en double, absence d'un agent inconnu) se font au
 * calcul, employeur par employeur.
 */
public final class ValidateurLigne {

	/** Au-delà, une période d'absence ou une date d'entrée n'est plus une donnée de l'année mais une erreur de saisie. */
	private static final int ANNEES_EN_ARRIERE_MAXIMUM = 50;

	private static final BigDecimal ETPR_MAXIMUM = new BigDecimal("1.5");

	private static final BigDecimal MONTANT_MAXIMUM = new BigDecimal("1000000");

	private final FichierEntree fichier;

	private final Correspondance correspondance;

	private final boolean classeur;

	private final int annee;

	public ValidateurLigne(FichierEntree fichier, Correspondance correspondance, boolean classeur, int annee) {
		this.fichier = fichier;
		this.correspondance = correspondance;
		this.classeur = classeur;
		this.annee = annee;
	}

	/**
	 * @param ordre rang de la ligne dans la campagne, qui départage deux absences commençant le même jour
	 */
	public LigneLue valider(LigneBrute ligne, long ordre) {
		Curseur c = new Curseur(ligne);
		try {
			Object enregistrement = switch (fichier.type()) {
				case COLLECTIVITES -> collectivite(c);
				case AGENTS -> agent(c);
				case ABSENCES -> absence(c, ordre);
				case REMUNERATIONS -> paie(c);
			};
			return new LigneLue.Acceptee(fichier.nom(), ligne.numero(), enregistrement);
		}
		catch (RejetLigne r) {
			return new LigneLue.Rejetee(
					new Rejet(fichier.nom(), ligne.numero(), r.colonne, r.valeur, r.getMessage(), c.siretLu));
		}
	}

	private Collectivite collectivite(Curseur c) throws RejetLigne {
		// le siret d'une collectivité est obligatoire : jamais celui du dossier ou de la ligne de commande
		c.texteObligatoire("siret");
		String siret = c.siret();
		String nom = c.texteObligatoire("nom");
		String type = c.texte("type");
		TypeCollectivite t = type == null ? TypeCollectivite.AUTRE : c.code("type", type, Codes::typeCollectivite);
		BigDecimal budget = c.nombre("budget_fonctionnement");
		BigDecimal charges = c.nombre("charges_personnel");
		if (budget != null && budget.signum() < 0) {
			throw new RejetLigne("budget_fonctionnement", budget.toPlainString(), "budget négatif");
		}
		return new Collectivite(siret, nom, t, c.texte("departement"), budget, charges);
	}

	private Agent agent(Curseur c) throws RejetLigne {
		String siret = c.siret();
		String matricule = c.texteObligatoire("matricule");
		var sexe = c.code("sexe", c.texteObligatoire("sexe"), Codes::sexe);
		LocalDate naissance = c.dateObligatoire("date_naissance");
		LocalDate fin = new AnneeReference(annee).dernierJour();
		int age = naissance.until(fin).getYears();
		if (naissance.isAfter(fin) || age < 14 || age > 100) {
			throw new RejetLigne("date_naissance", c.brut("date_naissance"),
					"date de naissance invraisemblable (âge au 31/12/" + annee + " hors de 14 à 100 ans)");
		}
		Statut statut = c.code("statut", c.texteObligatoire("statut"), Codes::statut);
		String cat = c.texte("categorie");
		String fil = c.texte("filiere");
		if (statut.estPermanent() && cat == null) {
			throw new RejetLigne("categorie", "", "catégorie obligatoire pour un agent sur emploi permanent (A, B ou C)");
		}
		if (statut.estPermanent() && fil == null) {
			throw new RejetLigne("filiere", "", "filière obligatoire pour un agent sur emploi permanent");
		}
		Categorie categorie = cat == null ? null : c.code("categorie", cat, Codes::categorie);
		Filiere filiere = fil == null ? null : c.code("filiere", fil, Codes::filiere);
		Boolean fonctionnel = c.booleen("emploi_fonctionnel");
		String tempsTravail = c.texte("temps_travail");
		boolean nonComplet = tempsTravail != null && c.code("temps_travail", tempsTravail, Codes::tempsNonComplet);
		BigDecimal quotite = c.nombre("quotite");
		if (quotite == null) {
			quotite = Agent.TEMPS_PLEIN;
		}
		else if (quotite.signum() <= 0 || quotite.compareTo(Agent.TEMPS_PLEIN) > 0) {
			throw new RejetLigne("quotite", c.brut("quotite"), "quotité hors de ]0 ; 100] (pourcentage attendu)");
		}
		Boolean deDroit = c.booleen("temps_partiel_de_droit");
		LocalDate entree = c.date("date_entree");
		LocalDate sortie = c.date("date_sortie");
		if (entree != null && sortie != null && sortie.isBefore(entree)) {
			throw new RejetLigne("date_sortie", c.brut("date_sortie"), "date de sortie antérieure à la date d'entrée");
		}
		if (sortie != null && sortie.getYear() < annee) {
			throw new RejetLigne("date_sortie", c.brut("date_sortie"),
					"agent sorti avant " + annee + " : il n'a pas été employé dans l'année");
		}
		if (entree != null && entree.getYear() > annee) {
			throw new RejetLigne("date_entree", c.brut("date_entree"),
					"agent entré après " + annee + " : il n'a pas été employé dans l'année");
		}
		return new Agent(siret, matricule, sexe, naissance, statut, categorie, filiere, c.texte("cadre_emplois"),
				Boolean.TRUE.equals(fonctionnel), nonComplet, quotite, Boolean.TRUE.equals(deDroit), entree, sortie);
	}

	private Absence absence(Curseur c, long ordre) throws RejetLigne {
		String siret = c.siret();
		String matricule = c.texteObligatoire("matricule");
		Motif motif = c.code("motif", c.texteObligatoire("motif"), Codes::motif);
		LocalDate debut = c.dateObligatoire("date_debut");
		LocalDate fin = c.date("date_fin");
		if (fin != null && fin.isBefore(debut)) {
			throw new RejetLigne("date_fin", c.brut("date_fin"), "date de fin antérieure à la date de début");
		}
		if (debut.getYear() < annee - ANNEES_EN_ARRIERE_MAXIMUM || debut.getYear() > annee + 1) {
			throw new RejetLigne("date_debut", c.brut("date_debut"),
					"date de début invraisemblable pour la campagne " + annee);
		}
		Boolean prolongation = c.booleen("prolongation");
		BigDecimal carence = c.nombre("jours_carence");
		int joursCarence = 0;
		if (carence != null) {
			if (carence.signum() < 0 || carence.stripTrailingZeros().scale() > 0 || carence.compareTo(BigDecimal.valueOf(366)) > 0) {
				throw new RejetLigne("jours_carence", c.brut("jours_carence"),
						"nombre de jours de carence invalide (entier de 0 à 366 attendu)");
			}
			joursCarence = carence.intValueExact();
		}
		LocalDate accident = c.date("date_accident");
		return new Absence(siret, matricule, motif, debut, fin, Boolean.TRUE.equals(prolongation), joursCarence,
				accident, ordre);
	}

	private LignePaie paie(Curseur c) throws RejetLigne {
		String siret = c.siret();
		String matricule = c.texteObligatoire("matricule");
		BigDecimal traitement = c.montantObligatoire("traitement_brut");
		BigDecimal etpr = c.nombre("etpr");
		if (etpr == null) {
			throw new RejetLigne("etpr", "", "ETPR manquant (équivalent temps plein rémunéré, 1 = temps plein toute l'année)");
		}
		if (etpr.signum() < 0 || etpr.compareTo(ETPR_MAXIMUM) > 0) {
			throw new RejetLigne("etpr", c.brut("etpr"), "ETPR hors de [0 ; 1,5]");
		}
		BigDecimal heuresPayees = c.nombre("heures_payees");
		if (heuresPayees != null && heuresPayees.signum() < 0) {
			throw new RejetLigne("heures_payees", c.brut("heures_payees"), "heures payées négatives");
		}
		BigDecimal heuresSup = c.nombre("heures_sup_nombre");
		if (heuresSup != null && heuresSup.signum() < 0) {
			throw new RejetLigne("heures_sup_nombre", c.brut("heures_sup_nombre"), "nombre d'heures négatif");
		}
		return new LignePaie(siret, matricule, traitement, c.montant("primes"), c.montant("nbi"), c.montant("sft"),
				c.montant("heures_sup_montant"), heuresSup == null ? BigDecimal.ZERO : heuresSup, etpr, heuresPayees);
	}

	/** Le SIRET sans ses espaces (ordinaires, insécables, fines) ni points : sans regex, il y en a un par ligne. */
	static String sansSeparateurs(String brut) {
		StringBuilder sb = new StringBuilder(brut.length());
		for (int i = 0; i < brut.length(); i++) {
			char c = brut.charAt(i);
			if (!Character.isWhitespace(c) && c != '\u00A0' && c != '\u202F' && c != '.') {
				sb.append(c);
			}
		}
		return sb.toString();
	}

	/** Au-delà, la liste des codes d'un profil est coupée : le motif d'un rejet reste lisible (et tient en base). */
	private static final int LONGUEUR_MAXIMUM_CODES = 500;

	/** {@code A, B ou C} ; une liste trop longue est coupée avec le nombre de codes omis. */
	static String enumerer(List<String> codes) {
		StringBuilder sb = new StringBuilder();
		for (int i = 0; i < codes.size(); i++) {
			if (sb.length() > LONGUEUR_MAXIMUM_CODES) {
				return sb + "… (et " + (codes.size() - i) + " autres, voir le profil)";
			}
			sb.append(i == 0 ? "" : i == codes.size() - 1 ? " ou " : ", ").append(Textes.nettoyer(codes.get(i)));
		}
		return sb.toString();
	}

	/** Motif de rejet d'une ligne, levé à la première valeur fautive. */
	private static final class RejetLigne extends Exception {

		final String colonne;

		final String valeur;

		RejetLigne(String colonne, String valeur, String motif) {
			super(motif, null, false, false);
			this.colonne = colonne;
			this.valeur = valeur;
		}

		@Override
		public String getMessage() {
			String m = super.getMessage();
			return m == null ? "" : m;
		}

	}

	@FunctionalInterface
	private interface LecteurCode<T> {

		T lire(String texte) throws ValeurInvalideException;

	}

	/** Accès aux cellules d'une ligne par nom de colonne canonique. */
	private final class Curseur {

		private final LigneBrute ligne;

		@Nullable String siretLu;

		Curseur(LigneBrute ligne) {
			this.ligne = ligne;
		}

		String brut(String colonne) {
			int i = correspondance.index(colonne);
			return i < 0 ? "" : ligne.cellule(i);
		}

		@Nullable String texte(String colonne) {
			String t = Textes.nettoyer(brut(colonne));
			return t.isEmpty() ? null : t;
		}

		String texteObligatoire(String colonne) throws RejetLigne {
			String t = texte(colonne);
			if (t == null) {
				throw new RejetLigne(colonne, "", "valeur obligatoire manquante");
			}
			return t;
		}

		String siret() throws RejetLigne {
			String brut = brut("siret");
			String siret = sansSeparateurs(brut);
			if (siret.isEmpty()) {
				siret = fichier.siretParDefaut() == null ? "" : fichier.siretParDefaut();
			}
			if (siret.isEmpty()) {
				throw new RejetLigne("siret", "",
						"SIRET manquant : plusieurs employeurs possibles (ajoutez la colonne siret ou l'option --siret)");
			}
			if (!Collectivite.estSiretValide(siret)) {
				throw new RejetLigne("siret", brut, "SIRET invalide (14 chiffres attendus)");
			}
			siretLu = siret;
			return siret;
		}

		<T> T code(String colonne, String valeur, LecteurCode<T> lecteur) throws RejetLigne {
			ProfilMapping profil = fichier.profil();
			String traduit = profil.traduire(colonne, valeur);
			try {
				return lecteur.lire(traduit);
			}
			catch (ValeurInvalideException ex) {
				List<String> codes = profil.codesDeLExport(colonne);
				if (codes.isEmpty()) {
					throw new RejetLigne(colonne, valeur, ex.getMessage());
				}
				// les valeurs d'arrivée du profil sont vérifiées à son chargement : ce code lui est inconnu ; le fichier est écrit avec les codes de son logiciel : l'indice les cite, pas les nôtres
				throw new RejetLigne(colonne, valeur,
						"code inconnu (attendu un code du profil de correspondance : " + enumerer(codes) + ")");
			}
		}

		@Nullable LocalDate date(String colonne) throws RejetLigne {
			try {
				return Valeurs.date(brut(colonne), classeur);
			}
			catch (ValeurInvalideException ex) {
				throw new RejetLigne(colonne, brut(colonne), ex.getMessage());
			}
		}

		LocalDate dateObligatoire(String colonne) throws RejetLigne {
			LocalDate d = date(colonne);
			if (d == null) {
				throw new RejetLigne(colonne, "", "date obligatoire manquante");
			}
			return d;
		}

		@Nullable BigDecimal nombre(String colonne) throws RejetLigne {
			try {
				return Valeurs.nombre(brut(colonne));
			}
			catch (ValeurInvalideException ex) {
				throw new RejetLigne(colonne, brut(colonne), ex.getMessage());
			}
		}

		@Nullable Boolean booleen(String colonne) throws RejetLigne {
			try {
				return Valeurs.booleen(brut(colonne));
			}
			catch (ValeurInvalideException ex) {
				throw new RejetLigne(colonne, brut(colonne), ex.getMessage());
			}
		}

		/** Un montant de paie : vide = 0 ; négatif accepté (régularisations mensuelles) mais borné. */
		BigDecimal montant(String colonne) throws RejetLigne {
			BigDecimal m = nombre(colonne);
			if (m == null) {
				return BigDecimal.ZERO;
			}
			if (m.abs().compareTo(MONTANT_MAXIMUM) > 0) {
				throw new RejetLigne(colonne, brut(colonne), "montant invraisemblable (plus d'un million d'euros sur une ligne)");
			}
			return m;
		}

		BigDecimal montantObligatoire(String colonne) throws RejetLigne {
			if (Valeurs.estVide(brut(colonne))) {
				throw new RejetLigne(colonne, "", "montant obligatoire manquant");
			}
			return montant(colonne);
		}

	}

}
