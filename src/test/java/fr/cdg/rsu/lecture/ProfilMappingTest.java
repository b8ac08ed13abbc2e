package fr.cdg.rsu.lecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import fr.cdg.rsu.domaine.Absence;
import fr.cdg.rsu.domaine.Agent;
import fr.cdg.rsu.domaine.Motif;
import fr.cdg.rsu.domaine.Sexe;
import fr.cdg.rsu.domaine.Statut;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfilMappingTest {

	@TempDir
	Path dossier;

	/** Le profil d'un logiciel RH fictif : ses en-têtes et ses codes. */
	private static final String PROFIL = """
			logiciel: PaieCiril 4.2
			description: export standard
			colonnes:
			  agents:
			    matricule: [Matricule agent, Mat.]
			    sexe: Civilité
			    date_naissance: [Né(e) le]
			    statut: [Position statutaire]
			  absences:
			    motif: Code arrêt
			valeurs:
			  sexe: { "MME": F, "M.": H, "MLLE": F }
			  statut: { TIT: TITULAIRE, CDI: CONTRACTUEL_PERMANENT, CDD: CONTRACTUEL_NON_PERMANENT }
			  motif: { "01": MO, "12": CLM, "Cure thermale": AUTRE }
			""";

	@Test
	void profilAppliqueAuxEnTetesEtAuxCodes() throws Exception {
		Fixtures.ecrire(dossier, "profil-mapping.yaml", PROFIL);
		Fixtures.ecrire(dossier, "agents.csv", """
				Matricule agent;Civilité;Né(e) le;Position statutaire;Service
				A1;MME;15/03/1980;CDD;Voirie
				A2;M.;01/07/1975;CDD;Écoles
				A3;Mme;01/07/1975;TIT;Écoles
				""");
		Fixtures.ecrire(dossier, "absences.csv", """
				matricule;Code arrêt;date_debut
				A1;01;03/01/2024
				A1;12;04/02/2024
				A2;Cure thermale;04/02/2024
				A2;CLD;04/03/2024
				A2;99;04/03/2024
				""");
		var lecture = Fixtures.lire(dossier, null, Fixtures.SIRET);
		lecture.verifierComptes();
		var agents = lecture.acceptes().stream().filter(Agent.class::isInstance).map(Agent.class::cast).toList();
		assertThat(agents).extracting(Agent::sexe).containsExactly(Sexe.F, Sexe.H);
		assertThat(agents).extracting(Agent::statut).containsOnly(Statut.CONTRACTUEL_NON_PERMANENT);
		// A3 est titulaire sans catégorie ni filière : rejeté (le profil a bien traduit
		// TIT)
		assertThat(lecture.rejets())
			.extracting(r -> r.rejet().fichier() + ":" + r.rejet().ligne() + ":" + r.rejet().colonne())
			.containsExactly("agents.csv:4:categorie", "absences.csv:6:motif");
		var absences = lecture.acceptes().stream().filter(Absence.class::isInstance).map(Absence.class::cast).toList();
		// les alias natifs restent valables à côté du profil
		assertThat(absences).extracting(Absence::motif).containsExactly(Motif.MO, Motif.CLM, Motif.AUTRE, Motif.CLD);
		var stats = lecture.statistiques().get("agents.csv");
		assertThat(stats.profil).endsWith("profil-mapping.yaml");
		assertThat(stats.colonnesInconnues).containsExactly("Service");
		// le code inconnu est expliqué avec les codes du logiciel RH, ceux que le fichier
		// emploie
		assertThat(lecture.rejets().get(1).rejet().motif())
			.isEqualTo("code inconnu (attendu un code du profil de correspondance : 01, 12 ou Cure thermale)");
		assertThat(lecture.rejets().get(1).rejet().valeur()).isEqualTo("99");
		// et les colonnes sont nommées comme dans le fichier, pour rejets.csv
		assertThat(stats.libellesColonnes).containsExactly(Map.entry("matricule", "Matricule agent (matricule)"),
				Map.entry("sexe", "Civilité (sexe)"), Map.entry("date_naissance", "Né(e) le (date_naissance)"),
				Map.entry("statut", "Position statutaire (statut)"));
		assertThat(lecture.statistiques().get("absences.csv").libellesColonnes)
			.containsExactly(Map.entry("motif", "Code arrêt (motif)"));
	}

	@Test
	void leNomDUneColonnePourLeServiceRhEstSonEnTete() {
		assertThat(Correspondance.libelle("sexe", "Genre")).isEqualTo("Genre (sexe)");
		assertThat(Correspondance.libelle("motif", "Code absence")).isEqualTo("Code absence (motif)");
		// même nom à la casse et aux séparateurs près : l'en-tête seul, tel qu'écrit
		assertThat(Correspondance.libelle("date_naissance", "Date de naissance")).isEqualTo("Date de naissance");
		assertThat(Correspondance.libelle("sexe", "SEXE")).isEqualTo("SEXE");
		assertThat(Correspondance.libelle("sexe", "sexe")).isEqualTo("sexe");
		// un en-tête encombré de blancs et de caractères de contrôle est nettoyé
		assertThat(Correspondance.libelle("sexe", " \uFEFFGenre\u0000  ")).isEqualTo("Genre (sexe)");
	}

	@Test
	void unProfilQuiTraduitEnUnCodeInconnuEstRefuseASonChargement() throws Exception {
		// sinon chaque ligne de ce code serait rejetée comme une faute du fichier, que le
		// service RH ne peut corriger
		Path p = Fixtures.ecrire(dossier, "profil-mapping.yaml", "valeurs:\n  sexe: { \"1\": \"H\", \"3\": \"Z\" }\n");
		assertThatThrownBy(() -> ProfilMapping.lire(p)).isExactlyInstanceOf(EntreeInvalideException.class)
			.hasMessage("Profil de correspondance " + p + " : valeurs.sexe traduit « 3 » en « Z », que le programme "
					+ "ne connaît pas (code inconnu (attendu F ou H)).");
	}

	@Test
	void uneLongueListeDeCodesEstCoupee() {
		assertThat(ValidateurLigne.enumerer(List.of("A"))).isEqualTo("A");
		assertThat(ValidateurLigne.enumerer(List.of("A", "B", "C"))).isEqualTo("A, B ou C");
		List<String> codes = java.util.stream.IntStream.range(0, 300).mapToObj(i -> "CODE" + i).toList();
		String liste = ValidateurLigne.enumerer(codes);
		assertThat(liste).startsWith("CODE0, CODE1, ").hasSizeLessThan(600).endsWith(" autres, voir le profil)");
	}

	@Test
	void colonneObligatoireManquanteCiteAussiLesNomsDuProfil() throws Exception {
		Path p = Fixtures.ecrire(dossier, "p.yaml", PROFIL);
		ProfilMapping profil = ProfilMapping.lire(p);
		assertThatThrownBy(() -> Correspondance.etablir("agents.csv", TypeFichier.AGENTS,
				List.of("Civilité", "Né(e) le", "Position statutaire"), profil))
			.isInstanceOf(EntreeInvalideException.class)
			.hasMessageContaining("« matricule »")
			.hasMessageContaining("matricule, numero agent, id agent");
	}

	@Test
	void profilVideOuAbsent() throws Exception {
		Path p = Fixtures.ecrire(dossier, "p.yaml", "");
		assertThat(ProfilMapping.lire(p).traduire("sexe", "1")).isEqualTo("1");
		assertThat(ProfilMapping.VIDE.nomsDeColonne(TypeFichier.AGENTS, "sexe")).isEmpty();
	}

	@Test
	void cleInconnueALaRacine() throws Exception {
		Path p = Fixtures.ecrire(dossier, "profil-mapping.yaml", "colonnes: {}\ncolones: {}\n");
		assertThatThrownBy(() -> ProfilMapping.lire(p)).isExactlyInstanceOf(EntreeInvalideException.class)
			.hasMessageContaining(p.toString())
			.hasMessageContaining("clé « colones »");
	}

	@Test
	void typeDeFichierInconnu() throws Exception {
		Path p = Fixtures.ecrire(dossier, "profil-mapping.yaml", "colonnes:\n  agent:\n    matricule: Mat\n");
		assertThatThrownBy(() -> ProfilMapping.lire(p)).isExactlyInstanceOf(EntreeInvalideException.class)
			.hasMessageContaining(p.toString())
			.hasMessageContaining("clé « colonnes.agent »");
	}

	@Test
	void colonneInconnue() throws Exception {
		Path p = Fixtures.ecrire(dossier, "profil-mapping.yaml", "colonnes:\n  agents:\n    matricul: Mat\n");
		assertThatThrownBy(() -> ProfilMapping.lire(p)).isExactlyInstanceOf(EntreeInvalideException.class)
			.hasMessageContaining(p.toString())
			.hasMessageContaining("clé « colonnes.agents.matricul »");
	}

	@Test
	void colonneDeValeursInconnue() throws Exception {
		// une faute de frappe dans valeurs ne doit pas être ignorée en silence
		Path p = Fixtures.ecrire(dossier, "profil-mapping.yaml", "valeurs:\n  sexxe: { \"1\": H }\n");
		assertThatThrownBy(() -> ProfilMapping.lire(p)).isExactlyInstanceOf(EntreeInvalideException.class)
			.hasMessageContaining(p.toString())
			.hasMessageContaining("clé « valeurs.sexxe »");
	}

	@Test
	void colonneSansNom() throws Exception {
		Path p = Fixtures.ecrire(dossier, "profil-mapping.yaml", "colonnes:\n  agents:\n    matricule:\n");
		assertThatThrownBy(() -> ProfilMapping.lire(p)).isExactlyInstanceOf(EntreeInvalideException.class)
			.hasMessageContaining("clé « colonnes.agents.matricule »");
	}

	@Test
	void formeFautive() throws Exception {
		Path p1 = Fixtures.ecrire(dossier, "a.yaml", "- une\n- liste\n");
		assertThatThrownBy(() -> ProfilMapping.lire(p1)).isExactlyInstanceOf(EntreeInvalideException.class)
			.hasMessageContaining("(racine)");
		Path p2 = Fixtures.ecrire(dossier, "b.yaml", "valeurs:\n  sexe: H\n");
		assertThatThrownBy(() -> ProfilMapping.lire(p2)).isExactlyInstanceOf(EntreeInvalideException.class)
			.hasMessageContaining("clé « valeurs.sexe »");
		Path p3 = Fixtures.ecrire(dossier, "c.yaml", "colonnes: [ pas: fermé\n");
		assertThatThrownBy(() -> ProfilMapping.lire(p3)).isExactlyInstanceOf(EntreeInvalideException.class)
			.hasMessageStartingWith("Profil de correspondance illisible : " + p3);
	}

	@Test
	void profilHostile() throws Exception {
		// milliard de rires YAML, balise Java arbitraire, octets non UTF-8 : refusés
		// proprement
		String rires = "a: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n"
				+ "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n";
		Path p1 = Fixtures.ecrire(dossier, "a.yaml", rires);
		assertThatThrownBy(() -> ProfilMapping.lire(p1)).isExactlyInstanceOf(EntreeInvalideException.class);
		Path p2 = Fixtures.ecrire(dossier, "b.yaml",
				"!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://localhost:1/\"]]]]\n");
		assertThatThrownBy(() -> ProfilMapping.lire(p2)).isExactlyInstanceOf(EntreeInvalideException.class);
		Path p3 = Fixtures.ecrire(dossier, "c.yaml", new byte[] { 'a', ':', ' ', (byte) 0xE9, '\n' });
		assertThatThrownBy(() -> ProfilMapping.lire(p3)).isExactlyInstanceOf(EntreeInvalideException.class);
	}

	@Test
	void profilDuDossierParentSurLaLigneDeCommandeAppliqueAuxDossiersSansProfil() throws Exception {
		Path profil = Fixtures.ecrire(dossier, "profils/ciril.yaml", PROFIL);
		Path entree = dossier.resolve("entree");
		Fixtures.ecrire(entree, "agents.csv", "Mat.;Civilité;Né(e) le;Position statutaire\nA1;MME;15/03/1980;CDD\n");
		var lecture = Fixtures.lire(entree, profil, Fixtures.SIRET);
		assertThat(lecture.rejets()).isEmpty();
		assertThat(lecture.acceptes()).singleElement().satisfies(o -> assertThat(((Agent) o).sexe()).isEqualTo(Sexe.F));
	}

}
