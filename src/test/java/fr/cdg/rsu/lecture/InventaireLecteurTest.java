package fr.cdg.rsu.lecture;

import static fr.cdg.rsu.lecture.Fixtures.l;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.cdg.rsu.domaine.Absence;
import fr.cdg.rsu.domaine.Agent;
import fr.cdg.rsu.domaine.Collectivite;
import fr.cdg.rsu.domaine.LignePaie;
import fr.cdg.rsu.domaine.Sexe;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InventaireLecteurTest {

	@TempDir
	Path dossier;

	@Test
	void dossierSimpleLuEnEntierAvecComptes() throws Exception {
		Fixtures.dossierValide(dossier);
		Fixtures.ecrire(dossier, "absences.csv", Fixtures.ABSENCES_CSV + "21250388500018;A2;Vacances;03/01/2024;;;\n");
		Fixtures.ecrire(dossier, "LISEZMOI.txt", "notes");
		Fixtures.ecrire(dossier, "export-2023.csv", "x;y\n1;2\n");
		var lecture = Fixtures.lire(dossier);
		assertThat(lecture.inventaire().fichiers()).extracting(FichierEntree::nom)
			.containsExactly("agents.csv", "absences.csv", "remunerations.csv");
		assertThat(lecture.inventaire().fichiersIgnores()).containsExactlyInAnyOrder("LISEZMOI.txt", "export-2023.csv");
		var stats = lecture.statistiques();
		assertThat(stats.keySet()).containsExactly("agents.csv", "absences.csv", "remunerations.csv");
		assertThat(stats.get("agents.csv").lues).isEqualTo(2);
		assertThat(stats.get("agents.csv").rejetees).isZero();
		assertThat(stats.get("absences.csv").lues).isEqualTo(2);
		assertThat(stats.get("absences.csv").rejetees).isEqualTo(1);
		assertThat(stats.get("remunerations.csv").lues).isEqualTo(2);
		assertThat(lecture.acceptees("remunerations.csv")).isEqualTo(2);
		assertThat(stats.get("agents.csv").detection).isEqualTo("encodage UTF-8, séparateur « ; »");
		lecture.verifierComptes();
		assertThat(lecture.rejets()).singleElement().satisfies(r -> {
			assertThat(r.rejet().fichier()).isEqualTo("absences.csv");
			assertThat(r.rejet().ligne()).isEqualTo(3);
			assertThat(r.rejet().colonne()).isEqualTo("motif");
			assertThat(r.rejet().valeur()).isEqualTo("Vacances");
			assertThat(r.rejet().siret()).isEqualTo(Fixtures.SIRET);
		});
	}

	@Test
	void sousDossiersChacunAvecSaDetectionEtSonProfil() throws Exception {
		// racine : UTF-8, point-virgule, sans profil
		Fixtures.dossierValide(dossier);
		// commune-b : Windows-1252, tabulations, son profil, et son fichier collectivites
		// d'un seul SIRET
		Path b = dossier.resolve("commune-b");
		Fixtures.ecrire(b, "profil-mapping.yaml", "colonnes:\n  agents:\n    matricule: [Réf agent]\n"
				+ "valeurs:\n  statut: { CDD: CONTRACTUEL_NON_PERMANENT }\n");
		Fixtures.ecrire(b, "collectivites.csv", "siret\tnom\n21250056500013\tCCAS de Bévilard\n");
		Fixtures.ecrire(b, "agents.csv",
				"Réf agent\tsexe\tdate_naissance\tstatut\nB1\tFemme\t01/02/1990\tCDD\nB2\tX\t01/02/1990\tCDD\n"
					.getBytes(Charset.forName("windows-1252")));
		// commune-c : un classeur à quatre feuilles
		Path c = dossier.resolve("commune-c");
		Map<String, List<List<@Nullable Object>>> feuilles = new LinkedHashMap<>();
		feuilles.put("collectivites", List.of(l("siret", "nom", "type"), l("21250388500026", "Commune C", "commune")));
		feuilles.put("agents", List.of(l("matricule", "sexe", "date_naissance", "statut"),
				l("C1", "2", LocalDate.of(1985, 1, 1), "CNP"), l("C2", "1", 31048, "CNP")));
		feuilles.put("absences", List.of(l("matricule", "motif", "date_debut", "date_fin"),
				l("C1", "Congé de longue durée", LocalDate.of(2024, 2, 1), LocalDate.of(2024, 1, 1))));
		feuilles.put("remunerations", List.of(l("matricule", "traitement_brut", "etpr"), l("C1", 20000, 1)));
		Fixtures.classeur(c.resolve("rsu-2024.xlsx"), feuilles);
		// un dossier caché est ignoré
		Fixtures.ecrire(dossier, ".cache/agents.csv", "n'importe quoi");

		var lecture = Fixtures.lire(dossier);
		lecture.verifierComptes();
		assertThat(lecture.inventaire().fichiers()).extracting(FichierEntree::nom)
			.containsExactly("agents.csv", "absences.csv", "remunerations.csv", "commune-b/collectivites.csv",
					"commune-b/agents.csv", "commune-c/rsu-2024.xlsx#collectivites", "commune-c/rsu-2024.xlsx#agents",
					"commune-c/rsu-2024.xlsx#absences", "commune-c/rsu-2024.xlsx#remunerations");
		var stats = lecture.statistiques();
		assertThat(stats.get("commune-b/agents.csv").detection)
			.isEqualTo("encodage Windows-1252, séparateur tabulation");
		assertThat(stats.get("commune-b/agents.csv").profil).endsWith("profil-mapping.yaml");
		assertThat(stats.get("agents.csv").profil).isEqualTo("(aucun)");
		assertThat(stats.get("commune-c/rsu-2024.xlsx#agents").detection).contains("feuille « agents »");
		assertThat(stats.get("commune-b/agents.csv").lues).isEqualTo(2);
		assertThat(stats.get("commune-b/agents.csv").rejetees).isEqualTo(1);
		assertThat(stats.get("commune-c/rsu-2024.xlsx#agents").lues).isEqualTo(2);
		assertThat(stats.get("commune-c/rsu-2024.xlsx#absences").rejetees).isEqualTo(1);

		var agents = lecture.acceptes().stream().filter(Agent.class::isInstance).map(Agent.class::cast).toList();
		// le dossier d'un seul employeur donne son SIRET aux lignes qui n'en ont pas
		assertThat(agents).filteredOn(a -> a.matricule().startsWith("B")).singleElement().satisfies(a -> {
			assertThat(a.siret()).isEqualTo(Fixtures.SIRET_2);
			assertThat(a.sexe()).isEqualTo(Sexe.F);
		});
		assertThat(agents).filteredOn(a -> a.matricule().startsWith("C"))
			.extracting(Agent::siret, Agent::sexe, Agent::dateNaissance)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("21250388500026", Sexe.F, LocalDate.of(1985, 1, 1)),
					org.assertj.core.groups.Tuple.tuple("21250388500026", Sexe.H, LocalDate.of(1985, 1, 1)));
		assertThat(lecture.acceptes()).filteredOn(Collectivite.class::isInstance).hasSize(2);
		assertThat(lecture.acceptes()).filteredOn(LignePaie.class::isInstance).hasSize(3);
		assertThat(lecture.acceptes()).filteredOn(Absence.class::isInstance).hasSize(1);
		assertThat(lecture.rejets())
			.extracting(r -> r.rejet().fichier() + ":" + r.rejet().ligne() + ":" + r.rejet().colonne())
			.containsExactly("commune-b/agents.csv:3:sexe", "commune-c/rsu-2024.xlsx#absences:2:date_fin");
	}

	@Test
	void classeurUniqueAQuatreFeuilles() throws Exception {
		Map<String, List<List<@Nullable Object>>> feuilles = new LinkedHashMap<>();
		feuilles.put("Collectivités",
				List.of(l("SIRET", "Nom"), l("21250388500018", "Commune A"), l("21250056500013", "CCAS A")));
		feuilles.put("Agents", List.of(l("SIRET", "Matricule", "Sexe", "Date de naissance", "Statut"),
				l("21250388500018", "A1", "F", LocalDate.of(1980, 1, 1), "CNP"),
				l("21250056500013", "A1", "H", LocalDate.of(1981, 1, 1), "CNP"), l(null, "A9", "H", "x", "CNP")));
		feuilles.put("Absences", List.of(l("siret", "matricule", "motif", "date_debut"),
				l("21250388500018", "A1", "MO", LocalDate.of(2024, 5, 2))));
		feuilles.put("Rémunérations", List.of(l("siret", "matricule", "traitement brut", "ETPR"),
				l("21250388500018", "A1", "1 500,00", 0.5), l("21250056500013", "A1", 1500, 2)));
		Fixtures.classeur(dossier.resolve("export.xlsx"), feuilles);
		var lecture = Fixtures.lire(dossier);
		lecture.verifierComptes();
		var stats = lecture.statistiques();
		assertThat(stats.keySet()).containsExactly("export.xlsx#Collectivités", "export.xlsx#Agents",
				"export.xlsx#Absences", "export.xlsx#Rémunérations");
		assertThat(stats.get("export.xlsx#Collectivités").lues).isEqualTo(2);
		assertThat(stats.get("export.xlsx#Agents").lues).isEqualTo(3);
		assertThat(stats.get("export.xlsx#Agents").rejetees).isEqualTo(1);
		assertThat(stats.get("export.xlsx#Absences").lues).isEqualTo(1);
		assertThat(stats.get("export.xlsx#Rémunérations").rejetees).isEqualTo(1);
		// deux employeurs : pas de SIRET par défaut, la ligne sans SIRET est rejetée
		assertThat(lecture.rejets()).extracting(r -> r.rejet().colonne()).containsExactly("siret", "etpr");
	}

	@Test
	void dossierIntrouvable() {
		Path absent = dossier.resolve("nulle-part");
		assertThatThrownBy(() -> InventaireEntrees.inventorier(absent, null, null))
			.isExactlyInstanceOf(EntreeInvalideException.class)
			.hasMessage("Dossier d'entrée introuvable : " + absent);
	}

	@Test
	void fichierAgentsAbsent() throws Exception {
		Fixtures.ecrire(dossier, "absences.csv", Fixtures.ABSENCES_CSV);
		assertThatThrownBy(() -> InventaireEntrees.inventorier(dossier, null, null))
			.isExactlyInstanceOf(EntreeInvalideException.class)
			.hasMessageStartingWith("Aucun fichier agents (agents.csv, agents.xlsx ou feuille « agents »")
			.hasMessageContaining(dossier.toString());
	}

	@Test
	void fichierAgentsAvecLEnTeteSeulement() throws Exception {
		Fixtures.ecrire(dossier, "agents.csv", "matricule;sexe;date_naissance;statut\n\n;;;\n");
		assertThatThrownBy(() -> InventaireEntrees.inventorier(dossier, null, null))
			.isExactlyInstanceOf(EntreeInvalideException.class)
			.hasMessage("Fichier agents.csv : aucun agent (le fichier n'a que l'en-tête).");
	}

	@Test
	void fichierAgentsVide() throws Exception {
		Fixtures.ecrire(dossier, "agents.csv", "");
		assertThatThrownBy(() -> InventaireEntrees.inventorier(dossier, null, null))
			.isExactlyInstanceOf(EntreeInvalideException.class)
			.hasMessage("Fichier agents.csv vide : la ligne d'en-tête est obligatoire.");
	}

	@Test
	void absencesAvecLEnTeteSeulementAdmis() throws Exception {
		Fixtures.dossierValide(dossier);
		Fixtures.ecrire(dossier, "absences.csv", "matricule;motif;date_debut\n");
		var lecture = Fixtures.lire(dossier);
		assertThat(lecture.statistiques().get("absences.csv").lues).isZero();
		lecture.verifierComptes();
	}

	@Test
	void colonneObligatoireManquanteDansUnSousDossierArreteToutAvantLaLecture() throws Exception {
		Fixtures.dossierValide(dossier);
		Fixtures.ecrire(dossier, "commune-b/agents.csv", "matricule;sexe;statut\nB1;F;CNP\n");
		assertThatThrownBy(() -> InventaireEntrees.inventorier(dossier, null, null))
			.isExactlyInstanceOf(EntreeInvalideException.class)
			.hasMessageStartingWith(
					"Fichier commune-b/agents.csv : colonne obligatoire « date_naissance » introuvable.")
			.hasMessageContaining("Noms acceptés : date_naissance, naissance, ne le");
	}

	@Test
	void deuxFichiersDuMemeType() throws Exception {
		Fixtures.dossierValide(dossier);
		Fixtures.classeur(dossier.resolve("agents.xlsx"), Fixtures.feuille("agents", List.of(l("matricule"))));
		assertThatThrownBy(() -> InventaireEntrees.inventorier(dossier, null, null))
			.isExactlyInstanceOf(EntreeInvalideException.class)
			.hasMessageContaining("Deux fichiers agents dans le même dossier");
	}

	@Test
	void profilIllisibleArreteLInventaire() throws Exception {
		Fixtures.dossierValide(dossier);
		Fixtures.ecrire(dossier, "profil-mapping.yml", "colonnes: [\n");
		assertThatThrownBy(() -> InventaireEntrees.inventorier(dossier, null, null))
			.isExactlyInstanceOf(EntreeInvalideException.class)
			.hasMessageContaining("profil-mapping.yml");
	}

	@Test
	void lecteurSansFichier() {
		try (LecteurEntrees l = new LecteurEntrees(List.of(), 2024)) {
			assertThat(l.suivante()).isNull();
			assertThat(l.suivante()).isNull();
			assertThat(l.statistiques()).isEmpty();
		}
	}

	@Test
	void fichierSupprimeEntreInventaireEtLecture() throws Exception {
		Fixtures.dossierValide(dossier);
		var inventaire = InventaireEntrees.inventorier(dossier, null, null);
		Files.delete(dossier.resolve("absences.csv"));
		try (LecteurEntrees l = new LecteurEntrees(inventaire.fichiers(), 2024)) {
			assertThatThrownBy(() -> {
				while (l.suivante() != null) {
					// lire jusqu'au fichier manquant
				}
			}).isExactlyInstanceOf(EntreeInvalideException.class).hasMessageContaining("absences.csv");
		}
	}

}
