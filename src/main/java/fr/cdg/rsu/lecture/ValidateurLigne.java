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
import fr.cdg.rsu.domaine.themes.Accident;
import fr.cdg.rsu.domaine.themes.ActiviteAccident;
import fr.cdg.rsu.domaine.themes.AuteurSignalement;
import fr.cdg.rsu.domaine.themes.ColonneAgent;
import fr.cdg.rsu.domaine.themes.DecisionSante;
import fr.cdg.rsu.domaine.themes.ElementMateriel;
import fr.cdg.rsu.domaine.themes.EvenementCarriere;
import fr.cdg.rsu.domaine.themes.Formation;
import fr.cdg.rsu.domaine.themes.ListeDeCodes;
import fr.cdg.rsu.domaine.themes.MotifContrat;
import fr.cdg.rsu.domaine.themes.NatureLesion;
import fr.cdg.rsu.domaine.themes.OrganismeFormation;
import fr.cdg.rsu.domaine.themes.ReponsesEmployeur;
import fr.cdg.rsu.domaine.themes.RubriqueEmployeur;
import fr.cdg.rsu.domaine.themes.SiegeLesion;
import fr.cdg.rsu.domaine.themes.Signalement;
import fr.cdg.rsu.domaine.themes.SituationAgent;
import fr.cdg.rsu.domaine.themes.TypeBoeth;
import fr.cdg.rsu.domaine.themes.TypeDecisionSante;
import fr.cdg.rsu.domaine.themes.TypeEvenementCarriere;
import fr.cdg.rsu.domaine.themes.TypeFormation;
import fr.cdg.rsu.domaine.themes.TypeMaladieProfessionnelle;
import fr.cdg.rsu.domaine.themes.TypeSignalement;
import org.jspecify.annotations.Nullable;

/**
 * Convertit une ligne brute d'un fichier en enregistrement du domaine, ou la rejette avec
 * la colonne, la valeur et le motif. Les contrôles qui demandent d'autres lignes
 * (matricule en double, absence d'un agent inconnu) se font au calcul, employeur par
 * employeur.
 */
public final class ValidateurLigne {

	/**
	 * Au-delà, une période d'absence ou une date d'entrée n'est plus une donnée de
	 * l'année mais une erreur de saisie.
	 */
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
	 * @param ordre rang de la ligne dans la campagne, qui départage deux absences
	 * commençant le même jour
	 */
	public LigneLue valider(LigneBrute ligne, long ordre) {
		Curseur c = new Curseur(ligne);
		try {
			Object complement = null;
			Object enregistrement = switch (fichier.type()) {
				case COLLECTIVITES -> collectivite(c);
				case AGENTS -> {
					Agent a = agent(c);
					complement = situation(c, a);
					yield a;
				}
				case ABSENCES -> absence(c, ordre);
				case REMUNERATIONS -> paie(c);
				case EMPLOYEUR_RSU -> reponsesEmployeur(c);
				case ACCIDENTS -> accident(c);
				case DECISIONS_SANTE -> decisionSante(c);
				case SIGNALEMENTS -> signalement(c);
				case FORMATIONS -> formation(c);
				case CARRIERES -> carriere(c);
			};
			return new LigneLue.Acceptee(fichier.nom(), ligne.numero(), enregistrement, complement);
		}
		catch (RejetLigne r) {
			return new LigneLue.Rejetee(
					new Rejet(fichier.nom(), ligne.numero(), r.colonne, r.valeur, r.getMessage(), c.siretLu));
		}
	}

	private Collectivite collectivite(Curseur c) throws RejetLigne {
		// le siret d'une collectivité est obligatoire : jamais celui du dossier ou de la
		// ligne de commande
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
			throw new RejetLigne("categorie", "",
					"catégorie obligatoire pour un agent sur emploi permanent (A, B ou C)");
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
			if (carence.signum() < 0 || carence.stripTrailingZeros().scale() > 0
					|| carence.compareTo(BigDecimal.valueOf(366)) > 0) {
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
			throw new RejetLigne("etpr", "",
					"ETPR manquant (équivalent temps plein rémunéré, 1 = temps plein toute l'année)");
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

	// ------------------------------------------------------------------ colonnes
	// facultatives des agents

	/**
	 * Au-delà, un compte de visites ou d'accompagnements dans l'année est une erreur de
	 * saisie.
	 */
	private static final int COMPTE_ANNUEL_MAXIMUM = 366;

	/**
	 * Ce que disent les colonnes facultatives de l'agent, ou {@code null} si son fichier
	 * n'en a aucune. Une valeur illisible rejette la ligne entière, comme pour les autres
	 * colonnes facultatives (quotité, emploi fonctionnel) : garder l'agent en taisant la
	 * cellule ferait d'un « illisible » un « non ».
	 */
	private @Nullable SituationAgent situation(Curseur c, Agent agent) throws RejetLigne {
		java.util.Set<ColonneAgent> presentes = java.util.EnumSet.noneOf(ColonneAgent.class);
		for (ColonneAgent col : ColonneAgent.values()) {
			if (correspondance.contient(col.colonne())) {
				presentes.add(col);
			}
		}
		if (presentes.isEmpty()) {
			return null;
		}
		Boolean boeth = c.booleen("boeth");
		String type = c.texte("boeth_type");
		TypeBoeth boethType = type == null ? null : c.code("boeth_type", type, t -> Codes.code(TypeBoeth.class, t));
		if (Boolean.FALSE.equals(boeth) && boethType != null) {
			throw new RejetLigne("boeth_type", c.brut("boeth_type"),
					"type de bénéficiaire renseigné pour un agent déclaré non bénéficiaire (boeth = N)");
		}
		Integer visites = c.compte("visites_medecin_sur_demande", COMPTE_ANNUEL_MAXIMUM);
		Integer cep = c.compte("accompagnements_cep", COMPTE_ANNUEL_MAXIMUM);
		Boolean cdi = c.booleen("cdi");
		if (Boolean.TRUE.equals(cdi) && agent.statut().estFonctionnaire()) {
			throw new RejetLigne("cdi", c.brut("cdi"), "CDI déclaré pour un fonctionnaire (réservé aux contractuels)");
		}
		String motif = c.texte("motif_contrat");
		MotifContrat motifContrat = motif == null ? null
				: c.code("motif_contrat", motif, t -> Codes.code(MotifContrat.class, t));
		if (motifContrat != null && agent.statut().estPermanent()) {
			throw new RejetLigne("motif_contrat", c.brut("motif_contrat"),
					"motif de contrat renseigné pour un agent sur emploi permanent (réservé aux contractuels non "
							+ "permanents)");
		}
		return new SituationAgent(agent.siret(), agent.matricule(), presentes, boeth, boethType,
				c.booleen("teletravail"), c.booleen("teletravail_demande"), visites, cep, cdi, motifContrat);
	}

	// ------------------------------------------------------------------------- fichiers
	// facultatifs

	private ReponsesEmployeur reponsesEmployeur(Curseur c) throws RejetLigne {
		String siret = c.siret();
		BigDecimal a = c.nombre("annee");
		if (a == null) {
			throw new RejetLigne("annee", "", "année obligatoire manquante");
		}
		if (a.stripTrailingZeros().scale() > 0 || a.intValue() != annee
				|| a.compareTo(BigDecimal.valueOf(annee)) != 0) {
			throw new RejetLigne("annee", c.brut("annee"),
					"ligne d'une autre année que la campagne (" + annee + " attendu)");
		}
		java.util.Map<RubriqueEmployeur, BigDecimal> nombres = new java.util.EnumMap<>(RubriqueEmployeur.class);
		java.util.Map<RubriqueEmployeur, Boolean> ouiNon = new java.util.EnumMap<>(RubriqueEmployeur.class);
		java.util.Map<RubriqueEmployeur, java.util.Set<String>> codes = new java.util.EnumMap<>(
				RubriqueEmployeur.class);
		LocalDate duerp = null;
		for (RubriqueEmployeur r : RubriqueEmployeur.values()) {
			String col = r.colonne();
			if (Valeurs.estVide(c.brut(col))) {
				continue;
			}
			switch (r.nature()) {
				case NOMBRE -> nombres.put(r, c.entierPositif(col, 1_000_000));
				case DECIMAL, MONTANT -> {
					BigDecimal n = c.nombreObligatoire(col);
					if (n.signum() < 0) {
						throw new RejetLigne(col, c.brut(col), "nombre négatif (attendu 0 ou plus)");
					}
					nombres.put(r, n);
				}
				case OUI_NON -> {
					Boolean oui = c.booleen(col);
					if (oui != null) {
						ouiNon.put(r, oui);
					}
				}
				case DATE -> {
					LocalDate date = c.dateObligatoire(col);
					duerp = date;
					if (date.isAfter(LocalDate.of(annee + 1, 12, 31))
							|| date.getYear() < annee - ANNEES_EN_ARRIERE_MAXIMUM) {
						throw new RejetLigne(col, c.brut(col), "date invraisemblable pour la campagne " + annee);
					}
				}
				case CODE ->
					codes.put(r, java.util.Set.of(c.codeParmi(col, c.texteObligatoire(col), r.codes()).code()));
				case CODES_MULTIPLES -> {
					java.util.Set<String> choisis = new java.util.TreeSet<>();
					for (String partie : c.texteObligatoire(col).split("\\|")) {
						if (!partie.isBlank()) {
							choisis.add(c.codeParmi(col, partie.strip(), r.codes()).code());
						}
					}
					codes.put(r, choisis);
				}
			}
		}
		return new ReponsesEmployeur(siret, annee, nombres, ouiNon, codes, duerp);
	}

	private Accident accident(Curseur c) throws RejetLigne {
		String siret = c.siret();
		String matricule = c.texteObligatoire("matricule");
		Motif nature = c.code("nature", c.texteObligatoire("nature"), Codes::natureAccident);
		LocalDate date = c.dateObligatoire("date_accident");
		if (date.isAfter(LocalDate.of(annee, 12, 31))) {
			throw new RejetLigne("date_accident", c.brut("date_accident"),
					"accident postérieur au 31/12/" + annee + " : il n'appartient pas à la campagne");
		}
		if (date.getYear() < annee - ANNEES_EN_ARRIERE_MAXIMUM) {
			throw new RejetLigne("date_accident", c.brut("date_accident"),
					"date d'accident invraisemblable pour la campagne " + annee);
		}
		String typeMp = c.texte("type_mp");
		TypeMaladieProfessionnelle mp = typeMp == null ? null
				: c.code("type_mp", typeMp, t -> Codes.code(TypeMaladieProfessionnelle.class, t));
		if (mp != null && nature != Motif.MP) {
			throw new RejetLigne("type_mp", c.brut("type_mp"),
					"type de maladie professionnelle renseigné pour un accident (" + nature.name()
							+ ") : réservé à la nature MP");
		}
		return new Accident(siret, matricule, nature, date, c.booleen("avec_arret"), c.booleen("reconnu"),
				c.codeFacultatif("activite", ActiviteAccident.class),
				c.codeFacultatif("siege_lesion", SiegeLesion.class),
				c.codeFacultatif("nature_lesion", NatureLesion.class),
				c.codeFacultatif("element_materiel", ElementMateriel.class), mp);
	}

	private DecisionSante decisionSante(Curseur c) throws RejetLigne {
		String siret = c.siret();
		String matricule = c.texteObligatoire("matricule");
		LocalDate date = c.dateDeLAnnee("date", "décision");
		TypeDecisionSante type = c.code("type", c.texteObligatoire("type"),
				t -> Codes.code(TypeDecisionSante.class, t));
		return new DecisionSante(siret, matricule, date, type, Boolean.TRUE.equals(c.booleen("lie_at_mp")));
	}

	private Signalement signalement(Curseur c) throws RejetLigne {
		String siret = c.siret();
		TypeSignalement type = c.code("type", c.texteObligatoire("type"), t -> Codes.code(TypeSignalement.class, t));
		AuteurSignalement auteur = c.code("auteur", c.texteObligatoire("auteur"),
				t -> Codes.code(AuteurSignalement.class, t));
		String sexe = c.texte("sexe_victime");
		var sexeVictime = sexe == null ? null : c.code("sexe_victime", sexe, Codes::sexe);
		if (Valeurs.estVide(c.brut("nombre"))) {
			throw new RejetLigne("nombre", "", "nombre obligatoire manquant");
		}
		int nombre = c.entierPositif("nombre", 100_000).intValueExact();
		return new Signalement(siret, type, auteur, Boolean.TRUE.equals(c.booleen("avec_arret")), sexeVictime, nombre);
	}

	private Formation formation(Curseur c) throws RejetLigne {
		String siret = c.siret();
		String matricule = c.texteObligatoire("matricule");
		LocalDate debut = c.dateDeLAnnee("date_debut", "action de formation commencée");
		BigDecimal jours = c.nombre("jours");
		if (jours == null) {
			throw new RejetLigne("jours", "", "nombre de jours obligatoire manquant");
		}
		if (jours.signum() < 0 || jours.compareTo(BigDecimal.valueOf(366)) > 0) {
			throw new RejetLigne("jours", c.brut("jours"), "nombre de jours hors de [0 ; 366]");
		}
		BigDecimal cout = c.nombre("cout");
		if (cout != null && (cout.signum() < 0 || cout.compareTo(MONTANT_MAXIMUM) > 0)) {
			throw new RejetLigne("cout", c.brut("cout"), "coût hors de [0 ; 1 000 000] €");
		}
		OrganismeFormation organisme = c.codeFacultatif("organisme", OrganismeFormation.class);
		TypeFormation type = c.codeFacultatif("type", TypeFormation.class);
		return new Formation(siret, matricule, debut, jours, organisme == null ? OrganismeFormation.AUTRE : organisme,
				type == null ? TypeFormation.AUTRE : type, cout);
	}

	private EvenementCarriere carriere(Curseur c) throws RejetLigne {
		String siret = c.siret();
		String matricule = c.texteObligatoire("matricule");
		LocalDate date = c.dateDeLAnnee("date", "événement de carrière");
		return new EvenementCarriere(siret, matricule, date,
				c.code("type", c.texteObligatoire("type"), t -> Codes.code(TypeEvenementCarriere.class, t)));
	}

	/**
	 * Le SIRET sans ses espaces (ordinaires, insécables, fines) ni points : sans regex,
	 * il y en a un par ligne.
	 */
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

	/**
	 * Au-delà, la liste des codes d'un profil est coupée : le motif d'un rejet reste
	 * lisible (et tient en base).
	 */
	private static final int LONGUEUR_MAXIMUM_CODES = 500;

	/**
	 * {@code A, B ou C} ; une liste trop longue est coupée avec le nombre de codes omis.
	 */
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
			String traduit = profil.traduire(fichier.type(), colonne, valeur);
			try {
				return lecteur.lire(traduit);
			}
			catch (ValeurInvalideException ex) {
				List<String> codes = profil.codesDeLExport(fichier.type(), colonne);
				if (codes.isEmpty()) {
					throw new RejetLigne(colonne, valeur, ex.getMessage());
				}
				// les valeurs d'arrivée du profil sont vérifiées à son chargement : ce
				// code lui est inconnu ; le fichier est écrit avec les codes de son
				// logiciel : l'indice les cite, pas les nôtres
				throw new RejetLigne(colonne, valeur,
						"code inconnu (attendu un code du profil de correspondance : " + enumerer(codes) + ")");
			}
		}

		/** Un code facultatif d'une liste fermée ; vide = {@code null}. */
		<E extends Enum<E> & ListeDeCodes> @Nullable E codeFacultatif(String colonne, Class<E> liste)
				throws RejetLigne {
			String t = texte(colonne);
			return t == null ? null : code(colonne, t, v -> Codes.code(liste, v));
		}

		/** Un code parmi une liste donnée (rubrique codée du fichier employeur-rsu). */
		ListeDeCodes codeParmi(String colonne, String valeur, List<? extends ListeDeCodes> liste) throws RejetLigne {
			return code(colonne, valeur, v -> {
				String n = Entetes.normaliser(v);
				for (ListeDeCodes l : liste) {
					if (Entetes.normaliser(l.name()).equals(n) || Entetes.normaliser(l.libelle()).equals(n)
							|| l.alias().stream().anyMatch(a -> Entetes.normaliser(a).equals(n))) {
						return l;
					}
				}
				throw new ValeurInvalideException(
						"code inconnu (attendu " + enumerer(liste.stream().map(ListeDeCodes::name).toList()) + ")");
			});
		}

		/** Un entier de 0 à {@code maximum} (compte d'agents, de réunions, d'actes). */
		BigDecimal entierPositif(String colonne, int maximum) throws RejetLigne {
			BigDecimal n = nombre(colonne);
			if (n == null || n.signum() < 0 || n.stripTrailingZeros().scale() > 0
					|| n.compareTo(BigDecimal.valueOf(maximum)) > 0) {
				throw new RejetLigne(colonne, brut(colonne), "nombre entier de 0 à " + maximum + " attendu");
			}
			return n;
		}

		/**
		 * Un compte facultatif de l'année : vide = 0 dans une colonne présente,
		 * {@code null} si la colonne manque.
		 */
		@Nullable Integer compte(String colonne, int maximum) throws RejetLigne {
			if (!correspondance.contient(colonne)) {
				return null;
			}
			if (Valeurs.estVide(brut(colonne))) {
				return 0;
			}
			return entierPositif(colonne, maximum).intValueExact();
		}

		/**
		 * Une date obligatoire qui tombe dans l'année de la campagne (décision,
		 * formation, carrière).
		 */
		LocalDate dateDeLAnnee(String colonne, String quoi) throws RejetLigne {
			LocalDate d = dateObligatoire(colonne);
			if (d.getYear() != annee) {
				throw new RejetLigne(colonne, brut(colonne),
						quoi + " hors de l'année " + annee + " (une ligne par " + quoi.split(" ")[0] + " de l'année)");
			}
			return d;
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

		BigDecimal nombreObligatoire(String colonne) throws RejetLigne {
			BigDecimal n = nombre(colonne);
			if (n == null) {
				throw new RejetLigne(colonne, "", "nombre obligatoire manquant");
			}
			return n;
		}

		@Nullable Boolean booleen(String colonne) throws RejetLigne {
			try {
				return Valeurs.booleen(brut(colonne));
			}
			catch (ValeurInvalideException ex) {
				throw new RejetLigne(colonne, brut(colonne), ex.getMessage());
			}
		}

		/**
		 * Un montant de paie : vide = 0 ; négatif accepté (régularisations mensuelles)
		 * mais borné.
		 */
		BigDecimal montant(String colonne) throws RejetLigne {
			BigDecimal m = nombre(colonne);
			if (m == null) {
				return BigDecimal.ZERO;
			}
			if (m.abs().compareTo(MONTANT_MAXIMUM) > 0) {
				throw new RejetLigne(colonne, brut(colonne),
						"montant invraisemblable (plus d'un million d'euros sur une ligne)");
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
