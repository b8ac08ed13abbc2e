package fr.cdg.rsu.lecture;

import static fr.cdg.rsu.lecture.Fixtures.l;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.cdg.rsu.domaine.Agent;
import fr.cdg.rsu.domaine.Collectivite;
import fr.cdg.rsu.domaine.Motif;
import fr.cdg.rsu.domaine.TypeCollectivite;
import fr.cdg.rsu.domaine.themes.Accident;
import fr.cdg.rsu.domaine.themes.ActiviteAccident;
import fr.cdg.rsu.domaine.themes.ColonneAgent;
import fr.cdg.rsu.domaine.themes.DecisionSante;
import fr.cdg.rsu.domaine.themes.FichierFacultatif;
import fr.cdg.rsu.domaine.themes.Formation;
import fr.cdg.rsu.domaine.themes.ModeActionSociale;
import fr.cdg.rsu.domaine.themes.NatureLesion;
import fr.cdg.rsu.domaine.themes.ReponsesEmployeur;
import fr.cdg.rsu.domaine.themes.RubriqueEmployeur;
import fr.cdg.rsu.domaine.themes.SituationAgent;
import fr.cdg.rsu.domaine.themes.TypeDecisionSante;

/**
 * La lecture des fichiers facultatifs ({@code input-themes.md}) : reconnus par leur nom
 * ou leur feuille, lus avec les mêmes règles que les quatre fichiers du contrat, chaque
 * ligne utilisée ou rejetée avec fichier, ligne, colonne et ce qui était attendu ; les
 * contrôles entre lignes à l'assemblage (agent inconnu, employeur décrit deux fois,
 * accident en double) ; rien de changé quand ils manquent.
 */
class FichiersFacultatifsTest {

	@TempDir
	Path dossier;

	private Fixtures.Lecture lire() throws IOException {
		Fixtures.dossierValide(dossier);
		Fixtures.Lecture l = Fixtures.lire(dossier, null, Fixtures.SIRET);
		l.verifierComptes();
		return l;
	}

	private static String motif(Fixtures.Lecture l, String fichier, long ligne) {
		return l.rejets()
			.stream()
			.filter(r -> r.fichier().equals(fichier) && r.ligne() == ligne)
			.findFirst()
			.map(r -> r.rejet().colonne() + " | " + r.rejet().valeur() + " | " + r.rejet().motif())
			.orElse("(acceptée)");
	}

	@Test
	void sansFichierFacultatifRienNeChange() throws IOException {
		Fixtures.Lecture l = lire();
		assertThat(l.inventaire().fichiers()).extracting(f -> f.type().nom())
			.containsExactly("agents", "absences", "remunerations");
		assertThat(FichiersTransmis.depuis(l.inventaire().fichiers()).facultatifsTransmis("agents.csv")).isEmpty();
		// un agent sans colonne facultative n'a pas de situation : ses thèmes sont non
		// renseignés
		assertThat(l.lignes()).allMatch(x -> !(x instanceof LigneLue.Acceptee a) || a.complement() == null);
	}

	@Test
	void accidentsMauvaisCodesMauvaisesDatesEtLibellesAcceptes() throws IOException {
		Fixtures.ecrire(dossier, "accidents.csv",
				"""
						siret;matricule;nature;date_accident;avec_arret;reconnu;activite;siege_lesion;nature_lesion;element_materiel;type_mp
						21250388500018;A1;Accident de service;02/05/2024;oui;1;Espaces verts;Dos;Plaies, coupures;Manutention manuelle;
						21250388500018;A1;MO;02/05/2024;O;O;;;;;
						21250388500018;A1;AT_SERVICE;31/02/2024;O;O;;;;;
						21250388500018;A1;AT_SERVICE;02/01/2025;O;O;;;;;
						21250388500018;A1;AT_SERVICE;03/05/2024;peut-être;O;;;;;
						21250388500018;A1;AT_SERVICE;04/05/2024;O;O;PISCINE;;;;
						21250388500018;A2;AT_SERVICE;05/05/2024;O;O;;;;;TMS
						21250388500018;A2;MP;2023-11-15;O;O;;;;;Troubles musculo-squelettiques
						"""
					.replace("Plaies, coupures", "\"Plaies, coupures\""));
		Fixtures.Lecture l = lire();
		String f = "accidents.csv";
		Accident a = (Accident) l.acceptes().stream().filter(Accident.class::isInstance).findFirst().orElseThrow();
		// les libellés de l'arrêté et les sigles valent les codes
		assertThat(a.nature()).isEqualTo(Motif.AT_SERVICE);
		assertThat(a.activite()).isEqualTo(ActiviteAccident.ESPACES_VERTS);
		assertThat(a.natureLesion()).isEqualTo(NatureLesion.PLAIE);
		assertThat(motif(l, f, 3)).isEqualTo("nature | MO | nature MO : ni accident ni maladie professionnelle "
				+ "(attendu AT_SERVICE, AT_TRAJET ou MP)");
		assertThat(motif(l, f, 4)).startsWith("date_accident | 31/02/2024 | date inexistante");
		assertThat(motif(l, f, 5)).isEqualTo("date_accident | 02/01/2025 | accident postérieur au 31/12/2024 : il "
				+ "n'appartient pas à la campagne");
		assertThat(motif(l, f, 6)).startsWith("avec_arret | peut-être | booléen illisible");
		assertThat(motif(l, f, 7)).isEqualTo("activite | PISCINE | code inconnu (attendu ESPACES_VERTS, VOIRIE, "
				+ "BATIMENT, RESTAURATION, ENTRETIEN_LOCAUX, SPORT, CULTURE, ANIMATION, ADMINISTRATIF, TRAJET ou AUTRE)");
		assertThat(motif(l, f, 8))
			.startsWith("type_mp | TMS | type de maladie professionnelle renseigné pour un " + "accident (AT_SERVICE)");
		// une maladie de 2023 qui cause encore des jours est acceptée (reliquat)
		assertThat(motif(l, f, 9)).isEqualTo("(acceptée)");
		assertThat(l.acceptees(f)).isEqualTo(2);
		assertThat(l.rejetees(f)).isEqualTo(6);
	}

	@Test
	void employeurRsuNombresBooleensCodesEtAnnee() throws IOException {
		Fixtures.ecrire(dossier, "employeur-rsu.csv",
				"""
						siret;annee;nb_assistants_prevention;duerp;duerp_date_maj;depenses_prevention;action_sociale_mode;nb_reunions_cst
						21250388500018;2024;2;oui;15/03/2024;1 250,50 €;CNAS|Directe;
						21250388500018;2023;2;O;;;;
						21250388500018;2024;1,5;O;;;;
						21250388500018;2024;1;O;;;COS|Tombola;
						""");
		Fixtures.Lecture l = lire();
		ReponsesEmployeur r = (ReponsesEmployeur) l.acceptes()
			.stream()
			.filter(ReponsesEmployeur.class::isInstance)
			.findFirst()
			.orElseThrow();
		assertThat(r.nombres().get(RubriqueEmployeur.DEPENSES_PREVENTION)).isEqualByComparingTo("1250.5");
		assertThat(r.ouiNon().get(RubriqueEmployeur.DUERP)).isTrue();
		assertThat(r.codes().get(RubriqueEmployeur.ACTION_SOCIALE_MODE)).containsExactlyInAnyOrder(
				ModeActionSociale.ASSOCIATION_NATIONALE.name(), ModeActionSociale.DIRECTE.name());
		// cellule vide : pas renseigné, pas zéro
		assertThat(r.renseignee(RubriqueEmployeur.NB_REUNIONS_CST)).isFalse();
		String f = "employeur-rsu.csv";
		assertThat(motif(l, f, 3)).isEqualTo("annee | 2023 | ligne d'une autre année que la campagne (2024 attendu)");
		assertThat(motif(l, f, 4)).isEqualTo("nb_assistants_prevention | 1,5 | nombre entier de 0 à 1000000 attendu");
		assertThat(motif(l, f, 5)).startsWith("action_sociale_mode | Tombola | code inconnu (attendu DIRECTE, CDG, "
				+ "ASSOCIATION_NATIONALE ou ORGANISME_LOCAL)");
	}

	@Test
	void decisionsFormationsCarrieresHorsDeLAnneeRejetees() throws IOException {
		Fixtures.ecrire(dossier, "decisions-sante.csv", """
				siret;matricule;date;type;lie_at_mp
				21250388500018;A1;01/06/2024;TPT;N
				21250388500018;A1;01/06/2023;TPT;N
				21250388500018;A1;01/06/2024;CONGE;N
				""");
		Fixtures.ecrire(dossier, "formations.csv", """
				siret;matricule;date_debut;jours;organisme;type;cout
				21250388500018;A1;01/02/2024;0,5;CNFPT;Prévention;
				21250388500018;A1;01/02/2024;-1;CNFPT;;
				21250388500018;A2;01/02/2024;400;;;
				""");
		Fixtures.ecrire(dossier, "carrieres.csv", """
				siret;matricule;date;type
				21250388500018;A2;01/09/2024;Promotion interne
				21250388500018;A2;;AVANCEMENT_GRADE
				""");
		Fixtures.Lecture l = lire();
		DecisionSante d = (DecisionSante) l.acceptes()
			.stream()
			.filter(DecisionSante.class::isInstance)
			.findFirst()
			.orElseThrow();
		assertThat(d.type()).isEqualTo(TypeDecisionSante.TEMPS_PARTIEL_THERAPEUTIQUE);
		assertThat(motif(l, "decisions-sante.csv", 3))
			.isEqualTo("date | 01/06/2023 | décision hors de l'année 2024 " + "(une ligne par décision de l'année)");
		assertThat(motif(l, "decisions-sante.csv", 4))
			.startsWith("type | CONGE | code inconnu (attendu " + "TEMPS_PARTIEL_THERAPEUTIQUE");
		Formation fo = (Formation) l.acceptes().stream().filter(Formation.class::isInstance).findFirst().orElseThrow();
		assertThat(fo.jours()).isEqualByComparingTo("0.5");
		assertThat(motif(l, "formations.csv", 3)).isEqualTo("jours | -1 | nombre de jours hors de [0 ; 366]");
		assertThat(motif(l, "formations.csv", 4)).isEqualTo("jours | 400 | nombre de jours hors de [0 ; 366]");
		assertThat(motif(l, "carrieres.csv", 3)).isEqualTo("date |  | date obligatoire manquante");
	}

	@Test
	void colonnesFacultativesDesAgents() throws IOException {
		Fixtures.ecrire(dossier, "agents.csv",
				"""
						siret;matricule;sexe;date_naissance;statut;categorie;filiere;boeth;boeth_type;teletravail;visites_medecin_sur_demande;cdi;motif_contrat
						21250388500018;A1;F;15/03/1980;TITULAIRE;C;technique;O;RQTH;oui;;;
						21250388500018;A2;H;1975-07-01;CONTRACTUEL_PERMANENT;B;administrative;;;;2;O;
						21250388500018;A3;H;1975-07-01;TITULAIRE;B;administrative;N;ATI;;;;
						21250388500018;A4;H;1975-07-01;TITULAIRE;B;administrative;;;;;O;
						21250388500018;A5;H;1975-07-01;CONTRACTUEL_PERMANENT;B;administrative;;;;;;SAISONNIER
						21250388500018;A6;H;1975-07-01;CONTRACTUEL_NON_PERMANENT;;;;;;beaucoup;;
						""");
		Fixtures.Lecture l = Fixtures.lire(dossier, null, Fixtures.SIRET);
		l.verifierComptes();
		List<SituationAgent> s = new ArrayList<>();
		for (LigneLue x : l.lignes()) {
			if (x instanceof LigneLue.Acceptee a && a.complement() instanceof SituationAgent sa) {
				s.add(sa);
			}
		}
		assertThat(s).hasSize(2);
		assertThat(s.get(0).estBoeth()).isTrue();
		assertThat(s.get(0).estEnTeletravail()).isTrue();
		// colonne présente, cellule vide : « non », 0 ; colonne absente : non transmise
		assertThat(s.get(1).estBoeth()).isFalse();
		assertThat(s.get(1).visites()).isEqualTo(2);
		assertThat(s.get(1).estEnCdi()).isTrue();
		assertThat(s.get(1).transmise(ColonneAgent.BOETH)).isTrue();
		assertThat(s.get(1).transmise(ColonneAgent.ACCOMPAGNEMENTS_CEP)).isFalse();
		String f = "agents.csv";
		assertThat(motif(l, f, 4)).startsWith(
				"boeth_type | ATI | type de bénéficiaire renseigné pour un agent déclaré " + "non bénéficiaire");
		assertThat(motif(l, f, 5)).isEqualTo("cdi | O | CDI déclaré pour un fonctionnaire (réservé aux contractuels)");
		assertThat(motif(l, f, 6)).startsWith(
				"motif_contrat | SAISONNIER | motif de contrat renseigné pour un agent " + "sur emploi permanent");
		assertThat(motif(l, f, 7))
			.isEqualTo("visites_medecin_sur_demande | beaucoup | nombre illisible (attendu par " + "exemple 1234,56)");
	}

	@Test
	void feuillesDUnClasseurEtProfilPrefixe() throws IOException {
		Path profil = Fixtures.ecrire(dossier, "profil-mapping.yaml", """
				colonnes:
				  decisions-sante:
				    type: [Code décision]
				valeurs:
				  decisions-sante.type: { AMP: AMENAGEMENT_POSTE }
				  type: { COM: commune }
				""");
		Fixtures.classeur(dossier.resolve("export.xlsx"), Map.of("agents",
				List.of(l("siret", "matricule", "sexe", "date_naissance", "statut", "categorie", "filiere"),
						l(Fixtures.SIRET, "A1", "F", "1980-01-01", "TITULAIRE", "C", "technique")),
				"Décisions santé", List.of(l("siret", "matricule", "date", "Code décision"),
						l(Fixtures.SIRET, "A1", "2024-04-01", "AMP"), l(Fixtures.SIRET, "A1", "2024-04-02", "COM"))));
		Fixtures.Lecture lu = Fixtures.lire(dossier, null, Fixtures.SIRET);
		lu.verifierComptes();
		assertThat(lu.inventaire().fichiers()).extracting(x -> x.type().nom()).contains("decisions-sante");
		DecisionSante d = (DecisionSante) lu.acceptes()
			.stream()
			.filter(DecisionSante.class::isInstance)
			.findFirst()
			.orElseThrow();
		assertThat(d.type()).isEqualTo(TypeDecisionSante.AMENAGEMENT_POSTE);
		// le « type » nu traduit le type de collectivité, pas celui d'une décision : COM
		// reste inconnu ici, et le
		// rejet cite les codes de l'export (ceux du profil pour ce fichier)
		assertThat(lu.rejets()).singleElement()
			.satisfies(r -> assertThat(r.rejet().motif())
				.isEqualTo("code inconnu (attendu un code du profil de correspondance : AMP)"));
		assertThat(profil).exists();
	}

	@Test
	void unProfilQuiTraduitVersUnTypeInconnuEstRefuseAuChargement() throws IOException {
		Path profil = Fixtures.ecrire(dossier, "p.yaml", """
				valeurs:
				  formations.type: { X: COURS_DE_CUISINE }
				""");
		assertThatThrownBy(() -> ProfilMapping.lire(profil)).isInstanceOf(EntreeInvalideException.class)
			.hasMessageContaining("valeurs.formations.type traduit « X » en « COURS_DE_CUISINE »");
		Path faute = Fixtures.ecrire(dossier, "q.yaml", """
				valeurs:
				  formation.type: { X: AUTRE }
				""");
		assertThatThrownBy(() -> ProfilMapping.lire(faute)).isInstanceOf(EntreeInvalideException.class)
			.hasMessageContaining("valeurs.formation.type");
	}

	/**
	 * L'assemblage : agent inconnu, employeur décrit deux fois, accident déclaré deux
	 * fois.
	 */
	@Test
	void controlesEntreLignesALAssemblage() {
		Collectivite c = new Collectivite(Fixtures.SIRET, "Commune", TypeCollectivite.COMMUNE, null, null, null);
		Agent a1 = new Agent(Fixtures.SIRET, "A1", fr.cdg.rsu.domaine.Sexe.F, java.time.LocalDate.of(1980, 1, 1),
				fr.cdg.rsu.domaine.Statut.TITULAIRE, fr.cdg.rsu.domaine.Categorie.C,
				fr.cdg.rsu.domaine.Filiere.TECHNIQUE, null, false, false, BigDecimal.valueOf(100), false, null, null);
		var reponses = new ReponsesEmployeur(Fixtures.SIRET, 2024, Map.of(), Map.of(), Map.of(), null);
		Accident acc = new Accident(Fixtures.SIRET, "A1", Motif.AT_SERVICE, java.time.LocalDate.of(2024, 5, 2), true,
				true, null, null, null, null, null);
		Accident inconnu = new Accident(Fixtures.SIRET, "A9", Motif.AT_SERVICE, java.time.LocalDate.of(2024, 5, 2),
				true, true, null, null, null, null, null);
		LignesFacultatives f = LignesFacultatives.vides()
			.avecTransmis(java.util.EnumSet.of(FichierFacultatif.ACCIDENTS, FichierFacultatif.EMPLOYEUR_RSU));
		f.reponses().add(new Origine<>(reponses, "employeur-rsu.csv", 2));
		f.reponses().add(new Origine<>(reponses, "employeur-rsu.csv", 3));
		f.accidents().add(new Origine<>(acc, "accidents.csv", 2));
		f.accidents().add(new Origine<>(acc, "accidents.csv", 3));
		f.accidents().add(new Origine<>(inconnu, "accidents.csv", 4));
		var assemblage = AssemblageEmployeur.assembler(c, 2024, List.of(new Origine<>(a1, "agents.csv", 2)), List.of(),
				List.of(), true, true, f);
		assertThat(assemblage.rejets())
			.extracting(r -> r.fichier() + ":" + r.ligne() + " " + r.colonne() + " " + r.motif())
			.containsExactly(
					"employeur-rsu.csv:3 siret employeur déjà décrit plus haut pour cette année (la première ligne est "
							+ "retenue)",
					"accidents.csv:4 matricule matricule absent du fichier agents de cet employeur",
					"accidents.csv:3 date_accident accident déjà déclaré plus haut (même agent, même nature, même "
							+ "date) : la première ligne est retenue");
		var complements = assemblage.donnees().complements();
		assertThat(complements.accidents()).hasSize(1);
		assertThat(complements.reponses()).isSameAs(reponses);
		assertThat(complements.transmis(FichierFacultatif.FORMATIONS)).isFalse();
	}

}
