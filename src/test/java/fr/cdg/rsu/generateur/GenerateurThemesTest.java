package fr.cdg.rsu.generateur;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.cdg.rsu.domaine.Absence;
import fr.cdg.rsu.domaine.Agent;
import fr.cdg.rsu.domaine.Collectivite;
import fr.cdg.rsu.domaine.LignePaie;
import fr.cdg.rsu.domaine.themes.FichierFacultatif;
import fr.cdg.rsu.indicateurs.CalculIndicateurs;
import fr.cdg.rsu.lecture.AssemblageEmployeur;
import fr.cdg.rsu.lecture.FichiersTransmis;
import fr.cdg.rsu.lecture.InventaireEntrees;
import fr.cdg.rsu.lecture.LecteurEntrees;
import fr.cdg.rsu.lecture.LigneLue;
import fr.cdg.rsu.lecture.LignesFacultatives;
import fr.cdg.rsu.lecture.Origine;

/**
 * Les fichiers facultatifs générés ({@code --themes}) se lisent sans un rejet et se tiennent avec les absences : le
 * calcul des accidents déclarés ne trouve ni absence d'accident sans déclaration, ni déclaration contredite.
 */
class GenerateurThemesTest {

	@Test
	void lesFichiersFacultatifsGeneresSeLisentSansRejetEtSeTiennent(@TempDir Path dossier) throws IOException {
		new GenerateurLots().generer(new GenerateurLots.Demande(2024, 3, 12, 900, 0, "csv", dossier, "25", true));
		for (FichierFacultatif f : FichierFacultatif.values()) {
			assertThat(dossier.resolve(f.nom() + ".csv")).isNotEmptyFile();
		}
		var inventaire = InventaireEntrees.inventorier(dossier, null, null);
		Map<String, List<Origine<Agent>>> agents = new HashMap<>();
		Map<String, List<Origine<Absence>>> absences = new HashMap<>();
		Map<String, List<Origine<LignePaie>>> paies = new HashMap<>();
		Map<String, LignesFacultatives> facultatives = new HashMap<>();
		Map<String, Collectivite> collectivites = new HashMap<>();
		try (LecteurEntrees lecteur = new LecteurEntrees(inventaire.fichiers(), 2024)) {
			LigneLue l;
			while ((l = lecteur.suivante()) != null) {
				assertThat(l).as("ligne générée rejetée").isInstanceOf(LigneLue.Acceptee.class);
				LigneLue.Acceptee a = (LigneLue.Acceptee) l;
				Origine<Object> o = new Origine<>(a.enregistrement(), a.fichier(), a.ligne());
				switch (a.enregistrement()) {
					case Collectivite c -> collectivites.put(c.siret(), c);
					case Agent g -> {
						agents.computeIfAbsent(g.siret(), k -> new ArrayList<>()).add(new Origine<>(g, a.fichier(),
								a.ligne()));
						LignesFacultatives f = facultatives.computeIfAbsent(g.siret(), k -> LignesFacultatives.vides());
						f.situations().add(new Origine<>((fr.cdg.rsu.domaine.themes.SituationAgent) a.complement(),
								a.fichier(), a.ligne()));
					}
					case Absence b -> absences.computeIfAbsent(b.siret(), k -> new ArrayList<>())
						.add(new Origine<>(b, a.fichier(), a.ligne()));
					case LignePaie p -> paies.computeIfAbsent(p.siret(), k -> new ArrayList<>())
						.add(new Origine<>(p, a.fichier(), a.ligne()));
					case fr.cdg.rsu.domaine.themes.Accident x -> facultatives
						.computeIfAbsent(x.siret(), k -> LignesFacultatives.vides()).accidents()
						.add(new Origine<>(x, a.fichier(), a.ligne()));
					default -> assertThat(o.enregistrement()).isNotNull();
				}
			}
		}
		var transmis = FichiersTransmis.depuis(inventaire.fichiers());
		int accidents = 0;
		for (String siret : agents.keySet()) {
			var assemblage = AssemblageEmployeur.assembler(collectivites.get(siret), 2024, agents.get(siret),
					absences.getOrDefault(siret, List.of()), paies.getOrDefault(siret, List.of()), true, true,
					facultatives.get(siret).avecTransmis(transmis.facultatifsTransmis("agents.csv")));
			assertThat(assemblage.rejets()).isEmpty();
			accidents += assemblage.donnees().complements().accidents().size();
			var r = CalculIndicateurs.calculer(assemblage.donnees());
			assertThat(r.avertissements()).extracting(x -> x.type())
				.doesNotContain("ABSENCE_SANS_ACCIDENT_DECLARE", "ACCIDENT_ARRET_INCOHERENT", "ACCIDENT_SANS_ABSENCE");
		}
		assertThat(accidents).isPositive();
	}

	@Test
	void pasDeFichiersFacultatifsEnDsn(@TempDir Path dossier) {
		assertThatThrownBy(() -> new GenerateurLots()
			.generer(new GenerateurLots.Demande(2024, 3, 2, 20, 0, "dsn", dossier, "25", true)))
			.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--themes");
		assertThat(Files.exists(dossier.resolve("accidents.csv"))).isFalse();
	}

}
