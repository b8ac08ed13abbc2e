package fr.cdg.rsu.lecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EntetesCorrespondanceTest {

	@ParameterizedTest
	@ValueSource(strings = { "Date de naissance", "date_naissance", "DATE-NAISSANCE", "Date  de  Naissance",
			"\uFEFFdate_naissance", " date naissance ", "Dâte_de_NAÎSSANCE", "date.naissance" })
	void formesEquivalentesDUnEnTete(String entete) {
		assertThat(Entetes.normaliser(entete)).isEqualTo("datenaissance");
	}

	@Test
	void accentsEtCasseNeComptentPas() {
		assertThat(Entetes.normaliser("Date d'entrée")).isEqualTo(Entetes.normaliser("DATE_ENTREE"));
		assertThat(Entetes.normaliser("Filière")).isEqualTo("filiere");
		assertThat(Entetes.normaliser("Quotité")).isEqualTo("quotite");
		assertThat(Entetes.sansAccents("Médico-sociale Ç")).isEqualTo("Medico-sociale C");
	}

	@Test
	void correspondanceTolerante() {
		Correspondance c = Correspondance.etablir("agents.csv", TypeFichier.AGENTS, List.of("Matricule", "SEXE",
				"Date de naissance", "Statut", "Filière", "Catégorie", "Commentaire", "", "Service"),
				ProfilMapping.VIDE);
		assertThat(c.index("matricule")).isZero();
		assertThat(c.index("sexe")).isEqualTo(1);
		assertThat(c.index("date_naissance")).isEqualTo(2);
		assertThat(c.index("statut")).isEqualTo(3);
		assertThat(c.index("filiere")).isEqualTo(4);
		assertThat(c.index("categorie")).isEqualTo(5);
		assertThat(c.contient("quotite")).isFalse();
		assertThat(c.index("quotite")).isEqualTo(-1);
		// colonnes inconnues listées pour le rapport qualité, les en-têtes vides ne
		// comptent pas
		assertThat(c.colonnesInconnues()).containsExactly("Commentaire", "Service");
	}

	@Test
	void aliasConnus() {
		Correspondance c = Correspondance.etablir("absences.csv", TypeFichier.ABSENCES,
				List.of("N° agent", "Numéro agent", "Nature absence", "Début", "Fin", "Carence"), ProfilMapping.VIDE);
		assertThat(c.index("matricule")).isEqualTo(1);
		assertThat(c.index("motif")).isEqualTo(2);
		assertThat(c.index("date_debut")).isEqualTo(3);
		assertThat(c.index("date_fin")).isEqualTo(4);
		assertThat(c.index("jours_carence")).isEqualTo(5);
		assertThat(c.colonnesInconnues()).containsExactly("N° agent");
	}

	@Test
	void enTeteEnDoubleUtiliseUneSeuleFois() {
		Correspondance c = Correspondance.etablir("agents.csv", TypeFichier.AGENTS,
				List.of("matricule", "sexe", "date_naissance", "statut", "matricule"), ProfilMapping.VIDE);
		assertThat(c.index("matricule")).isZero();
		assertThat(c.colonnesInconnues()).containsExactly("matricule");
	}

	@Test
	void colonneObligatoireManquanteNommeFichierColonneEtNomsAcceptes() {
		assertThatThrownBy(() -> Correspondance.etablir("commune-x/agents.csv", TypeFichier.AGENTS,
				List.of("matricule", "sexe", "statut"), ProfilMapping.VIDE))
			.isExactlyInstanceOf(EntreeInvalideException.class)
			.hasMessageContaining("commune-x/agents.csv")
			.hasMessageContaining("colonne obligatoire « date_naissance » introuvable")
			.hasMessageContaining("Noms acceptés : date_naissance, naissance, ne le")
			.hasMessageContaining("En-têtes trouvés : matricule | sexe | statut");
	}

	@Test
	void messageDeColonneManquanteResteLisibleAvecDixMilleEnTetes() {
		List<String> entetes = new java.util.ArrayList<>();
		for (int i = 0; i < 10_000; i++) {
			entetes.add("colonne" + i);
		}
		assertThatThrownBy(() -> Correspondance.etablir("agents.csv", TypeFichier.AGENTS, entetes, ProfilMapping.VIDE))
			.isExactlyInstanceOf(EntreeInvalideException.class)
			.hasMessageContaining("colonne obligatoire « matricule » introuvable")
			.satisfies(ex -> assertThat(ex.getMessage()).hasSizeLessThan(5_000));
	}

	@Test
	void chaqueColonneObligatoireDeChaqueTypeEstExigee() {
		for (TypeFichier type : TypeFichier.values()) {
			List<String> toutes = type.colonnes().stream().map(TypeFichier.Colonne::nom).toList();
			assertThat(Correspondance.etablir("f", type, toutes, ProfilMapping.VIDE).colonnesInconnues()).isEmpty();
			for (TypeFichier.Colonne manquante : type.colonnes()) {
				List<String> sauf = toutes.stream().filter(n -> !n.equals(manquante.nom())).toList();
				if (manquante.obligatoire()) {
					assertThatThrownBy(() -> Correspondance.etablir("f", type, sauf, ProfilMapping.VIDE))
						.isInstanceOf(EntreeInvalideException.class)
						.hasMessageContaining("« " + manquante.nom() + " »");
				}
				else {
					assertThat(Correspondance.etablir("f", type, sauf, ProfilMapping.VIDE).contient(manquante.nom()))
						.isFalse();
				}
			}
		}
	}

	@Test
	void typeDeFichierDepuisSonNom() {
		assertThat(TypeFichier.depuisNom("Agents")).contains(TypeFichier.AGENTS);
		assertThat(TypeFichier.depuisNom("RÉMUNÉRATIONS")).contains(TypeFichier.REMUNERATIONS);
		assertThat(TypeFichier.depuisNom("collectivités")).contains(TypeFichier.COLLECTIVITES);
		assertThat(TypeFichier.depuisNom("agents2")).isEmpty();
	}

}
