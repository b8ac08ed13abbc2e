package fr.cdg.rsu.lecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cdg.rsu.domaine.Categorie;
import fr.cdg.rsu.domaine.Filiere;
import fr.cdg.rsu.domaine.Motif;
import fr.cdg.rsu.domaine.Sexe;
import fr.cdg.rsu.domaine.Statut;
import fr.cdg.rsu.domaine.TypeCollectivite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CodesTest {

	@ParameterizedTest
	@CsvSource({ "F,F", "f,F", "2,F", "Femme,F", "FEMME,F", "Féminin,F", "H,H", "M,H", "1,H", "Homme,H", "masculin,H" })
	void sexe(String texte, Sexe attendu) throws Exception {
		assertThat(Codes.sexe(texte)).isEqualTo(attendu);
	}

	@ParameterizedTest
	@CsvSource({ "TITULAIRE,TITULAIRE", "Titulaire,TITULAIRE", "TIT,TITULAIRE", "Fonctionnaire titulaire,TITULAIRE",
			"stagiaire,STAGIAIRE", "STG,STAGIAIRE", "CONTRACTUEL_PERMANENT,CONTRACTUEL_PERMANENT",
			"Contractuel permanent,CONTRACTUEL_PERMANENT", "Contractuel sur emploi permanent,CONTRACTUEL_PERMANENT",
			"contractuel-non-permanent,CONTRACTUEL_NON_PERMANENT", "CNP,CONTRACTUEL_NON_PERMANENT" })
	void statut(String texte, Statut attendu) throws Exception {
		assertThat(Codes.statut(texte)).isEqualTo(attendu);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "MO|MO", "Maladie ordinaire|MO", "maladie|MO", "CMO|MO", "Congé de maladie ordinaire|MO",
					"CLM|CLM", "Congé de longue maladie|CLM", "Longue maladie|CLM", "Congé de longue durée|CLD",
					"CONGE LONGUE DUREE|CLD", "cld|CLD", "Accident de service|AT_SERVICE", "AT_SERVICE|AT_SERVICE",
					"Accident de trajet|AT_TRAJET", "at-trajet|AT_TRAJET", "CGM|CGM",
					"Disponibilité d'office pour raison de santé|DOS", "Maladie professionnelle|MP", "MP|MP",
					"Maternité|MATERNITE", "Congé pathologique|MATERNITE", "Paternité et accueil de l'enfant|PATERNITE",
					"Adoption|ADOPTION", "ASA|AUTRE", "Autres raisons|AUTRE", "Formation|FORMATION",
					"Syndical|SYNDICAL", "Décharge syndicale|SYNDICAL" })
	void motifs(String texte, Motif attendu) throws Exception {
		assertThat(Codes.motif(texte)).isEqualTo(attendu);
	}

	@Test
	void chaqueMotifParSonCodeEtSonLibelle() throws Exception {
		for (Motif m : Motif.values()) {
			assertThat(Codes.motif(m.code())).isEqualTo(m);
			assertThat(Codes.motif(m.libelle())).isEqualTo(m);
		}
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "administrative|ADMINISTRATIVE", "Administrative|ADMINISTRATIVE",
			"Technique|TECHNIQUE", "medico-sociale|MEDICO_SOCIALE", "Médico-sociale|MEDICO_SOCIALE",
			"Médico sociale|MEDICO_SOCIALE", "Sanitaire et sociale|MEDICO_SOCIALE", "medico-technique|MEDICO_TECHNIQUE",
			"Police municipale|POLICE_MUNICIPALE", "Police|POLICE_MUNICIPALE", "POLICE_MUNICIPALE|POLICE_MUNICIPALE",
			"Incendie et secours|INCENDIE_SECOURS", "Sapeurs-pompiers|INCENDIE_SECOURS", "Animation|ANIMATION",
			"sociale|SOCIALE", "Culturelle|CULTURELLE", "SPORTIVE|SPORTIVE" })
	void filieres(String texte, Filiere attendu) throws Exception {
		assertThat(Codes.filiere(texte)).isEqualTo(attendu);
	}

	@ParameterizedTest
	@CsvSource({ "A,A", "a,A", "A+,A", "Catégorie B,B", "C,C" })
	void categories(String texte, Categorie attendu) throws Exception {
		assertThat(Codes.categorie(texte)).isEqualTo(attendu);
	}

	@Test
	void typesEtTempsDeTravail() throws Exception {
		assertThat(Codes.typeCollectivite("commune")).isEqualTo(TypeCollectivite.COMMUNE);
		assertThat(Codes.typeCollectivite("Communauté de communes")).isEqualTo(TypeCollectivite.EPCI);
		assertThat(Codes.typeCollectivite("CCAS")).isEqualTo(TypeCollectivite.CCAS);
		assertThat(Codes.tempsNonComplet("COMPLET")).isFalse();
		assertThat(Codes.tempsNonComplet("NON_COMPLET")).isTrue();
		assertThat(Codes.tempsNonComplet("Temps non complet")).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "X", "3", "Autre sexe", "", "\u0000" })
	void sexeInconnuRejete(String texte) {
		assertThatThrownBy(() -> Codes.sexe(texte)).isInstanceOf(ValeurInvalideException.class)
			.hasMessage("code inconnu (attendu F ou H)");
	}

	@Test
	void codesInconnusRejetesAvecLesCodesAttendus() {
		assertThatThrownBy(() -> Codes.motif("Vacances")).isInstanceOf(ValeurInvalideException.class)
			.hasMessageStartingWith("code inconnu (attendu un code motif : MO, AT_SERVICE");
		assertThatThrownBy(() -> Codes.statut("Vacataire")).isInstanceOf(ValeurInvalideException.class)
			.hasMessageContaining("TITULAIRE, STAGIAIRE");
		assertThatThrownBy(() -> Codes.filiere("Informatique")).isInstanceOf(ValeurInvalideException.class)
			.hasMessageContaining("une filière : administrative");
		assertThatThrownBy(() -> Codes.categorie("D")).isInstanceOf(ValeurInvalideException.class)
			.hasMessage("catégorie inconnue (attendu A, B ou C)");
		assertThatThrownBy(() -> Codes.typeCollectivite("Royaume")).isInstanceOf(ValeurInvalideException.class);
		assertThatThrownBy(() -> Codes.tempsNonComplet("mi-temps")).isInstanceOf(ValeurInvalideException.class)
			.hasMessageContaining("COMPLET ou NON_COMPLET");
	}

}
