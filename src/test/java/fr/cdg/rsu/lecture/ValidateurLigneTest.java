package fr.cdg.rsu.lecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import fr.cdg.rsu.domaine.Absence;
import fr.cdg.rsu.domaine.Agent;
import fr.cdg.rsu.domaine.Categorie;
import fr.cdg.rsu.domaine.Collectivite;
import fr.cdg.rsu.domaine.Filiere;
import fr.cdg.rsu.domaine.LignePaie;
import fr.cdg.rsu.domaine.Motif;
import fr.cdg.rsu.domaine.Sexe;
import fr.cdg.rsu.domaine.Statut;
import fr.cdg.rsu.domaine.TypeCollectivite;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ValidateurLigneTest {

	private static final String ENTETES_AGENTS = "siret;matricule;sexe;date_naissance;statut;categorie;filiere;"
			+ "cadre_emplois;emploi_fonctionnel;temps_travail;quotite;temps_partiel_de_droit;date_entree;date_sortie";

	private static final String AGENT_VALIDE = "21250388500018;A1;F;15/03/1980;TITULAIRE;C;technique;"
			+ "Adjoints techniques;N;COMPLET;80;O;01/09/2010;";

	private static final String ENTETES_ABSENCES = "siret;matricule;motif;date_debut;date_fin;prolongation;"
			+ "jours_carence;date_accident";

	private static final String ABSENCE_VALIDE = "21250388500018;A1;Maladie ordinaire;03/01/2024;05/01/2024;N;1;";

	private static final String ENTETES_PAIE = "siret;matricule;traitement_brut;primes;nbi;sft;heures_sup_montant;"
			+ "heures_sup_nombre;etpr;heures_payees";

	private static final String PAIE_VALIDE = "21250388500018;A1;24 000,00;3 000;;;150,5;10;1;1607";

	private static LigneLue valider(TypeFichier type, String entetes, String valeurs, @Nullable String siretDefaut,
			boolean classeur) {
		FichierEntree f = new FichierEntree(Path.of("ent", type.nom() + ".csv"), "ent/" + type.nom() + ".csv", type,
				null, ProfilMapping.VIDE, siretDefaut);
		ValidateurLigne v = new ValidateurLigne(f, Fixtures.correspondance(type, entetes), classeur, Fixtures.ANNEE);
		return v.valider(new LigneBrute(7, Arrays.asList(valeurs.split(";", -1))), 42);
	}

	private static LigneLue valider(TypeFichier type, String entetes, String valeurs) {
		return valider(type, entetes, valeurs, null, false);
	}

	private static Rejet rejet(TypeFichier type, String entetes, String valeurs) {
		LigneLue l = valider(type, entetes, valeurs);
		assertThat(l).as("ligne %s", valeurs).isInstanceOf(LigneLue.Rejetee.class);
		return ((LigneLue.Rejetee) l).rejet();
	}

	private static Object accepte(TypeFichier type, String entetes, String valeurs) {
		LigneLue l = valider(type, entetes, valeurs);
		assertThat(l).as("ligne %s", valeurs).isInstanceOf(LigneLue.Acceptee.class);
		assertThat(l.fichier()).isEqualTo("ent/" + type.nom() + ".csv");
		assertThat(l.ligne()).isEqualTo(7);
		return ((LigneLue.Acceptee) l).enregistrement();
	}

	/** Remplace la valeur d'une colonne de la ligne valide. */
	private static String avec(String entetes, String ligne, String colonne, String valeur) {
		List<String> e = List.of(entetes.split(";", -1));
		String[] v = ligne.split(";", -1);
		int i = e.indexOf(colonne);
		assertThat(i).as("colonne %s", colonne).isNotNegative();
		v[i] = valeur;
		return String.join(";", v);
	}

	private static Rejet rejetAgent(String colonne, String valeur) {
		return rejet(TypeFichier.AGENTS, ENTETES_AGENTS, avec(ENTETES_AGENTS, AGENT_VALIDE, colonne, valeur));
	}

	private static Rejet rejetAbsence(String colonne, String valeur) {
		return rejet(TypeFichier.ABSENCES, ENTETES_ABSENCES, avec(ENTETES_ABSENCES, ABSENCE_VALIDE, colonne, valeur));
	}

	private static Rejet rejetPaie(String colonne, String valeur) {
		return rejet(TypeFichier.REMUNERATIONS, ENTETES_PAIE, avec(ENTETES_PAIE, PAIE_VALIDE, colonne, valeur));
	}

	// --- lignes acceptées

	@Test
	void agentValide() {
		Agent a = (Agent) accepte(TypeFichier.AGENTS, ENTETES_AGENTS, AGENT_VALIDE);
		assertThat(a).isEqualTo(new Agent(Fixtures.SIRET, "A1", Sexe.F, LocalDate.of(1980, 3, 15), Statut.TITULAIRE,
				Categorie.C, Filiere.TECHNIQUE, "Adjoints techniques", false, false, new BigDecimal("80"), true,
				LocalDate.of(2010, 9, 1), null));
	}

	@Test
	void categorieAAcceptee() {
		// « a » est un mot vide de la normalisation des en-têtes : la catégorie A ne doit
		// pas y disparaître
		for (String a : new String[] { "A", "a", "Catégorie A", "A+" }) {
			Agent agent = (Agent) accepte(TypeFichier.AGENTS, ENTETES_AGENTS,
					avec(ENTETES_AGENTS, AGENT_VALIDE, "categorie", a));
			assertThat(agent.categorie()).isEqualTo(Categorie.A);
		}
	}

	@Test
	void agentMinimalNonPermanentAvecSiretParDefaut() {
		LigneLue l = valider(TypeFichier.AGENTS, "matricule;sexe;date_naissance;statut",
				"  B 7 ;Homme;2000-01-31;Contractuel non permanent", "21250388500018", false);
		Agent a = (Agent) ((LigneLue.Acceptee) l).enregistrement();
		assertThat(a.siret()).isEqualTo(Fixtures.SIRET);
		assertThat(a.matricule()).isEqualTo("B 7");
		assertThat(a.quotite()).isEqualByComparingTo("100");
		assertThat(a.categorie()).isNull();
		assertThat(a.filiere()).isNull();
	}

	@Test
	void absenceValide() {
		Absence a = (Absence) accepte(TypeFichier.ABSENCES, ENTETES_ABSENCES, ABSENCE_VALIDE);
		assertThat(a).isEqualTo(new Absence(Fixtures.SIRET, "A1", Motif.MO, LocalDate.of(2024, 1, 3),
				LocalDate.of(2024, 1, 5), false, 1, null, 42));
	}

	@Test
	void absenceSansFinEtCarenceDecimaleEntiere() {
		Absence a = (Absence) accepte(TypeFichier.ABSENCES, ENTETES_ABSENCES,
				"21250388500018;A1;AT_SERVICE;03/01/2024;;O;1,0;28/12/2023");
		assertThat(a.dateFin()).isNull();
		assertThat(a.prolongation()).isTrue();
		assertThat(a.joursCarence()).isEqualTo(1);
		assertThat(a.dateAccident()).isEqualTo(LocalDate.of(2023, 12, 28));
	}

	@Test
	void paieValide() {
		LignePaie p = (LignePaie) accepte(TypeFichier.REMUNERATIONS, ENTETES_PAIE, PAIE_VALIDE);
		assertThat(p.traitementBrut()).isEqualByComparingTo("24000");
		assertThat(p.primes()).isEqualByComparingTo("3000");
		assertThat(p.nbi()).isZero();
		assertThat(p.heuresSupMontant()).isEqualByComparingTo("150.5");
		assertThat(p.heuresSupNombre()).isEqualByComparingTo("10");
		assertThat(p.heuresPayees()).isEqualByComparingTo("1607");
		assertThat(p.remunerationAnnuelleBrute()).isEqualByComparingTo("27150.5");
	}

	@Test
	void paieAvecMontantNegatifDeRegularisation() {
		LignePaie p = (LignePaie) accepte(TypeFichier.REMUNERATIONS, ENTETES_PAIE,
				avec(ENTETES_PAIE, PAIE_VALIDE, "primes", "-250"));
		assertThat(p.primes()).isEqualByComparingTo("-250");
	}

	@Test
	void collectiviteValide() {
		Collectivite c = (Collectivite) accepte(TypeFichier.COLLECTIVITES,
				"siret;nom;type;departement;budget_fonctionnement;charges_personnel",
				"212 503 885 00018;Commune de Mandeure;Commune;25;4 500 000 €;2 100 000,50");
		assertThat(c).isEqualTo(new Collectivite(Fixtures.SIRET, "Commune de Mandeure", TypeCollectivite.COMMUNE, "25",
				new BigDecimal("4500000"), new BigDecimal("2100000.5")));
	}

	// --- chaque motif de rejet, avec fichier, ligne, colonne, valeur et motif

	@Test
	void rejetPorteFichierLigneColonneValeurMotifEtSiret() {
		Rejet r = rejetAgent("date_naissance", "31/02/1980");
		assertThat(r.fichier()).isEqualTo("ent/agents.csv");
		assertThat(r.ligne()).isEqualTo(7);
		assertThat(r.colonne()).isEqualTo("date_naissance");
		assertThat(r.valeur()).isEqualTo("31/02/1980");
		assertThat(r.motif()).isEqualTo("date inexistante (attendu une date réelle JJ/MM/AAAA)");
		assertThat(r.siret()).isEqualTo(Fixtures.SIRET);
	}

	@Test
	void valeurObligatoireManquante() {
		Rejet r = rejetAgent("matricule", "  ");
		assertThat(r.colonne()).isEqualTo("matricule");
		assertThat(r.valeur()).isEmpty();
		assertThat(r.motif()).isEqualTo("valeur obligatoire manquante");
		assertThat(rejetAgent("date_naissance", "").motif()).isEqualTo("date obligatoire manquante");
		assertThat(rejetPaie("traitement_brut", "").motif()).isEqualTo("montant obligatoire manquant");
		assertThat(rejetPaie("etpr", "").motif()).startsWith("ETPR manquant");
		assertThat(rejetAbsence("motif", "").colonne()).isEqualTo("motif");
	}

	@ParameterizedTest
	@ValueSource(strings = { "2125038850001", "212503885000189", "../../etc", "2125038850001A", "21250388500018/..",
			"'21250388500018", "２１２５０３８８５０００１８" })
	void siretInvalide(String siret) {
		Rejet r = rejetAgent("siret", siret);
		assertThat(r.colonne()).isEqualTo("siret");
		assertThat(r.valeur()).isEqualTo(siret);
		assertThat(r.motif()).isEqualTo("SIRET invalide (14 chiffres attendus)");
		assertThat(r.siret()).isNull();
	}

	@Test
	void siretAvecEspacesEtPointsToleres() {
		Agent a = (Agent) accepte(TypeFichier.AGENTS, ENTETES_AGENTS,
				avec(ENTETES_AGENTS, AGENT_VALIDE, "siret", "212\u00A0503\u202F885 000.18"));
		assertThat(a.siret()).isEqualTo(Fixtures.SIRET);
	}

	@Test
	void siretManquantSansDefaut() {
		Rejet r = rejetAgent("siret", "");
		assertThat(r.motif()).startsWith("SIRET manquant");
	}

	@Test
	void collectiviteSansSiretRejeteeMemeAvecUnSiretParDefaut() {
		// le siret est obligatoire dans collectivites : une ligne sans siret ne doit pas
		// prendre celui du dossier
		LigneLue l = valider(TypeFichier.COLLECTIVITES, "siret;nom", ";Commune fantôme", Fixtures.SIRET, false);
		assertThat(l).isInstanceOf(LigneLue.Rejetee.class);
		assertThat(((LigneLue.Rejetee) l).rejet().colonne()).isEqualTo("siret");
	}

	@Test
	void dateIllisible() {
		Rejet r = rejetAbsence("date_debut", "hier");
		assertThat(r.colonne()).isEqualTo("date_debut");
		assertThat(r.motif()).startsWith("date illisible");
	}

	@Test
	void serieExcelRefuseeDansUnCsvAccepteeDansUnClasseur() {
		String ligne = avec(ENTETES_AGENTS, AGENT_VALIDE, "date_naissance", "29295");
		assertThat(valider(TypeFichier.AGENTS, ENTETES_AGENTS, ligne, null, false))
			.isInstanceOf(LigneLue.Rejetee.class);
		assertThat(valider(TypeFichier.AGENTS, ENTETES_AGENTS, ligne, null, true))
			.isInstanceOf(LigneLue.Acceptee.class);
	}

	@ParameterizedTest
	@CsvSource({ "01/01/2025", "31/12/2024", "01/06/2015", "01/01/1900", "01/01/0001" })
	void naissanceApresLAnneeOuAgeAbsurde(String naissance) {
		Rejet r = rejetAgent("date_naissance", naissance);
		assertThat(r.colonne()).isEqualTo("date_naissance");
		assertThat(r.valeur()).isEqualTo(naissance);
		assertThat(r.motif()).startsWith("date de naissance invraisemblable");
	}

	@Test
	void sortieAvantEntree() {
		Rejet r = rejet(TypeFichier.AGENTS, ENTETES_AGENTS, avec(ENTETES_AGENTS,
				avec(ENTETES_AGENTS, AGENT_VALIDE, "date_entree", "01/06/2024"), "date_sortie", "31/05/2024"));
		assertThat(r.colonne()).isEqualTo("date_sortie");
		assertThat(r.motif()).isEqualTo("date de sortie antérieure à la date d'entrée");
	}

	@Test
	void agentSortiAvantLAnneeOuEntreApres() {
		Rejet r = rejetAgent("date_sortie", "31/12/2023");
		assertThat(r.colonne()).isEqualTo("date_sortie");
		assertThat(r.motif()).isEqualTo("agent sorti avant 2024 : il n'a pas été employé dans l'année");
		Rejet r2 = rejetAgent("date_entree", "01/01/2025");
		assertThat(r2.colonne()).isEqualTo("date_entree");
		assertThat(r2.motif()).startsWith("agent entré après 2024");
	}

	@Test
	void finAvantDebut() {
		Rejet r = rejetAbsence("date_fin", "02/01/2024");
		assertThat(r.colonne()).isEqualTo("date_fin");
		assertThat(r.valeur()).isEqualTo("02/01/2024");
		assertThat(r.motif()).isEqualTo("date de fin antérieure à la date de début");
	}

	@Test
	void debutDAbsenceInvraisemblable() {
		assertThat(rejetAbsence("date_debut", "01/01/1950").motif()).startsWith("date de début invraisemblable");
		assertThat(
				rejet(TypeFichier.ABSENCES, ENTETES_ABSENCES, "21250388500018;A1;MO;01/01/2030;02/01/2030;N;;").motif())
			.startsWith("date de début invraisemblable");
	}

	@Test
	void motifInconnu() {
		Rejet r = rejetAbsence("motif", "Vacances au ski");
		assertThat(r.colonne()).isEqualTo("motif");
		assertThat(r.valeur()).isEqualTo("Vacances au ski");
		assertThat(r.motif()).startsWith("code inconnu (attendu un code motif");
	}

	@Test
	void codesInconnusDesAgents() {
		assertThat(rejetAgent("sexe", "X").motif()).isEqualTo("code inconnu (attendu F ou H)");
		assertThat(rejetAgent("statut", "Vacataire").colonne()).isEqualTo("statut");
		assertThat(rejetAgent("categorie", "D").motif()).startsWith("catégorie inconnue");
		assertThat(rejetAgent("filiere", "Informatique").colonne()).isEqualTo("filiere");
		assertThat(rejetAgent("temps_travail", "mi-temps").colonne()).isEqualTo("temps_travail");
		assertThat(rejetAgent("emploi_fonctionnel", "peut-être").motif()).startsWith("booléen illisible");
	}

	@Test
	void permanentSansCategorieOuFiliere() {
		assertThat(rejetAgent("categorie", "").motif()).startsWith("catégorie obligatoire");
		assertThat(rejetAgent("filiere", "").motif()).startsWith("filière obligatoire");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "0", "-10", "100,01", "150", "NaN", "80 pour cent" })
	void quotiteHorsBornes(String quotite) {
		Rejet r = rejetAgent("quotite", quotite);
		assertThat(r.colonne()).isEqualTo("quotite");
		assertThat(r.valeur()).isEqualTo(quotite);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "douze", "1e3", "NaN", "Infinity", "1 2 3,4,5", "1,234.56" })
	void montantNonNumerique(String montant) {
		Rejet r = rejetPaie("traitement_brut", montant);
		assertThat(r.colonne()).isEqualTo("traitement_brut");
		assertThat(r.valeur()).isEqualTo(montant);
		assertThat(r.motif()).startsWith("nombre illisible");
	}

	@Test
	void montantEnorme() {
		assertThat(rejetPaie("primes", "2 000 000").motif()).startsWith("montant invraisemblable");
		assertThat(rejetPaie("traitement_brut", "1e309").motif()).startsWith("nombre illisible");
		assertThat(rejetPaie("nbi", "99999999999999").motif())
			.isEqualTo("nombre hors limites (plus de mille milliards)");
		// sous mille milliards le nombre se lit, mais une ligne de paie garde sa borne
		// d'un million
		assertThat(rejetPaie("nbi", "99999999999").motif()).contains("montant invraisemblable");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "-0,1", "1,51", "1000", "99999999999999" })
	void etprNegatifOuEnorme(String etpr) {
		Rejet r = rejetPaie("etpr", etpr);
		assertThat(r.colonne()).isEqualTo("etpr");
		assertThat(r.valeur()).isEqualTo(etpr);
	}

	@Test
	void heuresNegatives() {
		assertThat(rejetPaie("heures_payees", "-1").motif()).isEqualTo("heures payées négatives");
		assertThat(rejetPaie("heures_sup_nombre", "-3").motif()).isEqualTo("nombre d'heures négatif");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "1,5", "-1", "367", "beaucoup", "1e2" })
	void joursDeCarencePasUnEntier(String carence) {
		Rejet r = rejetAbsence("jours_carence", carence);
		assertThat(r.colonne()).isEqualTo("jours_carence");
		assertThat(r.valeur()).isEqualTo(carence);
	}

	@Test
	void budgetNegatif() {
		Rejet r = rejet(TypeFichier.COLLECTIVITES, "siret;nom;budget_fonctionnement", "21250388500018;X;-5");
		assertThat(r.colonne()).isEqualTo("budget_fonctionnement");
		assertThat(r.motif()).isEqualTo("budget négatif");
	}

	@Test
	void valeurDemesureeTronqueeDansLeRejet() {
		Rejet r = rejetAgent("sexe", "Z".repeat(100_000));
		assertThat(r.valeur()).hasSizeLessThanOrEqualTo(201);
		Rejet r2 = rejetAgent("date_naissance", "9".repeat(100_000));
		assertThat(r2.valeur()).hasSizeLessThanOrEqualTo(201);
	}

	@Test
	void ligneCourteOuLongue() {
		// cellules manquantes en fin de ligne = vides ; cellules en trop ignorées
		Rejet r = rejet(TypeFichier.AGENTS, ENTETES_AGENTS, "21250388500018;A1;F");
		assertThat(r.motif()).isEqualTo("date obligatoire manquante");
		Object a = accepte(TypeFichier.AGENTS, ENTETES_AGENTS, AGENT_VALIDE + ";en;trop;;");
		assertThat(a).isInstanceOf(Agent.class);
	}

}
