package fr.cdg.rsu.lecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * La lecture dans un fil à part rend exactement les lignes de la lecture directe, dans le
 * même ordre, avec les mêmes comptes, et une erreur du fil de lecture ressort chez
 * l'appelant avec son message.
 */
class LectureAnticipeeTest {

	@Test
	void rendLesMemesLignesDansLeMemeOrdreQueLaLectureDirecte() {
		// input-samples : 4 employeurs, 4 529 lignes (fichiers facultatifs compris) dont
		// 6 rejetées, CSV et XLSX :
		// plusieurs paquets de 1 000 lignes
		var inventaire = InventaireEntrees.inventorier(Path.of("input-samples"), null, null);
		List<LigneLue> directes = new ArrayList<>();
		try (LecteurEntrees lecteur = new LecteurEntrees(inventaire.fichiers(), 2024)) {
			LigneLue l;
			while ((l = lecteur.suivante()) != null) {
				directes.add(l);
			}
		}
		List<LigneLue> anticipees = new ArrayList<>();
		try (LectureAnticipee lecture = new LectureAnticipee(new LecteurEntrees(inventaire.fichiers(), 2024))) {
			LigneLue l;
			while ((l = lecture.suivante()) != null) {
				anticipees.add(l);
			}
			assertThat(lecture.suivante()).isNull();
			assertThat(lecture.statistiques().values().stream().mapToLong(s -> s.lues).sum()).isEqualTo(4_529);
			assertThat(lecture.statistiques().values().stream().mapToLong(s -> s.rejetees).sum())
				.isEqualTo(directes.stream().filter(LigneLue.Rejetee.class::isInstance).count());
		}
		assertThat(directes).hasSize(4_529);
		assertThat(anticipees).isEqualTo(directes);
	}

	@Test
	void uneErreurDuFilDeLectureRessortChezLAppelant(@TempDir Path dossier) throws IOException {
		// le second fichier disparaît entre l'inventaire et sa lecture : l'erreur
		// survient dans le fil de lecture,
		// après les lignes du premier
		Files.writeString(dossier.resolve("agents.csv"), """
				siret;matricule;sexe;date_naissance;statut;categorie;filiere;date_entree
				00010000000009;A1;F;1980-01-01;titulaire;C;technique;2010-01-01
				""", StandardCharsets.UTF_8);
		Files.writeString(dossier.resolve("absences.csv"), """
				siret;matricule;motif;date_debut;date_fin
				00010000000009;A1;MO;2024-01-02;2024-01-03
				""", StandardCharsets.UTF_8);
		var inventaire = InventaireEntrees.inventorier(dossier, null, null);
		Files.delete(dossier.resolve("absences.csv"));
		try (LectureAnticipee lecture = new LectureAnticipee(new LecteurEntrees(inventaire.fichiers(), 2024))) {
			assertThatThrownBy(() -> {
				while (lecture.suivante() != null) {
					// jusqu'à l'erreur
				}
			}).isInstanceOf(EntreeInvalideException.class).hasMessageContaining("absences.csv");
			assertThat(lecture.suivante()).isNull();
		}
	}

}
