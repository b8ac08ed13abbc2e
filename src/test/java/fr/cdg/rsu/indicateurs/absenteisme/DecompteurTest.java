package fr.cdg.rsu.indicateurs.absenteisme;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import fr.cdg.rsu.domaine.Absence;
import fr.cdg.rsu.domaine.Agent;
import fr.cdg.rsu.domaine.Categorie;
import fr.cdg.rsu.domaine.Filiere;
import fr.cdg.rsu.domaine.Motif;
import fr.cdg.rsu.domaine.Sexe;
import fr.cdg.rsu.domaine.Statut;
import fr.cdg.rsu.indicateurs.Avertissement;

/** Le décompte d'un seul agent, cas limites. Année 2022. */
class DecompteurTest {

	private static final Agent AGENT = new Agent(JeuDeDonnees.SIRET, "A1", Sexe.F, LocalDate.of(1980, 1, 1),
			Statut.TITULAIRE, Categorie.C, Filiere.TECHNIQUE, null, false, false, BigDecimal.valueOf(100), false, null,
			null);

	private final List<Avertissement> avertissements = new ArrayList<>();

	private static Absence p(long ordre, Motif motif, String debut, @Nullable String fin, boolean prolongation,
			@Nullable String accident) {
		return new Absence(JeuDeDonnees.SIRET, "A1", motif, LocalDate.parse(debut),
				fin == null ? null : LocalDate.parse(fin), prolongation, 0,
				accident == null ? null : LocalDate.parse(accident), ordre);
	}

	private DecompteAgent decompter(Absence... periodes) {
		return Decompteur.decompter(AGENT, List.of(periodes), 2022, avertissements);
	}

	@Test
	void periodesHorsDeLAnneeNeComptentPas() {
		// entièrement en 2021 ; commencée en 2023 (ouverte) : 0 jour, 0 arrêt, aucun
		// avertissement
		DecompteAgent d = decompter(p(1, Motif.MO, "2021-03-01", "2021-03-10", false, null),
				p(2, Motif.MO, "2023-01-05", null, false, null));
		assertThat(d.jours(Motif.MO)).isZero();
		assertThat(d.arrets(Motif.MO)).isZero();
		assertThat(avertissements).isEmpty();
	}

	@Test
	void egaliteDeDebutDepartageeParLeRangPasParLOrdreDeLaListe() {
		// même début le 01/03 ; CLM rang 1 (01/03-10/03) passe avant MO rang 2
		// (01/03-05/03) même donné après :
		// MO entièrement recouvert -> 0 jour, 0 arrêt ; CLM 10 jours
		DecompteAgent d = decompter(p(2, Motif.MO, "2022-03-01", "2022-03-05", false, null),
				p(1, Motif.CLM, "2022-03-01", "2022-03-10", false, null));
		assertThat(d.jours(Motif.CLM)).isEqualTo(10);
		assertThat(d.jours(Motif.MO)).isZero();
		assertThat(d.arrets(Motif.MO)).isZero();
		assertThat(avertissements).extracting(Avertissement::type).containsExactly("CHEVAUCHEMENT");
	}

	@Test
	void arretInitialRecouvertMaisProlongationAvecDesJoursCompteUnArret() {
		// CLM 01/03-31/03 ; MO 05/03-10/03 recouvert (0 j) puis prolongation MO
		// 01/04-05/04 (5 j) :
		// l'arrêt MO a 5 jours, il compte pour 1 arrêt
		DecompteAgent d = decompter(p(1, Motif.CLM, "2022-03-01", "2022-03-31", false, null),
				p(2, Motif.MO, "2022-03-05", "2022-03-10", false, null),
				p(3, Motif.MO, "2022-04-01", "2022-04-05", true, null));
		assertThat(d.jours(Motif.MO)).isEqualTo(5);
		assertThat(d.arrets(Motif.MO)).isEqualTo(1);
		assertThat(d.arrets(Motif.CLM)).isEqualTo(1);
	}

	@Test
	void prolongationRejointLeDernierArretDuMemeMotif() {
		// MO 01/02-03/02, MO 01/06-03/06, prolongation MO 04/06-06/06 : 2 arrêts, 9 jours
		// ;
		// une prolongation AT au milieu ne rejoint pas le MO : arrêt AT orphelin
		DecompteAgent d = decompter(p(1, Motif.MO, "2022-02-01", "2022-02-03", false, null),
				p(2, Motif.MO, "2022-06-01", "2022-06-03", false, null),
				p(3, Motif.MO, "2022-06-04", "2022-06-06", true, null),
				p(4, Motif.AT_SERVICE, "2022-06-07", "2022-06-08", true, null));
		assertThat(d.arrets(Motif.MO)).isEqualTo(2);
		assertThat(d.jours(Motif.MO)).isEqualTo(9);
		assertThat(d.arrets(Motif.AT_SERVICE)).isEqualTo(1);
		assertThat(avertissements).extracting(Avertissement::type).containsExactly("PROLONGATION_SANS_ARRET");
	}

	@Test
	void accidentDateeParSaProlongationEtRechutesDUnMemeAccident() {
		// AT sans date 20/12/2021-10/01/2022, prolongation datée du 20/12/2021 : accident
		// de 2021 -> 0 accident.
		// AT_TRAJET du 02/02/2022 (sans date) et rechute datée du 02/02/2022 en mai : un
		// seul accident.
		DecompteAgent d = decompter(p(1, Motif.AT_SERVICE, "2021-12-20", "2022-01-05", false, null),
				p(2, Motif.AT_SERVICE, "2022-01-06", "2022-01-10", true, "2021-12-20"),
				p(3, Motif.AT_TRAJET, "2022-02-02", "2022-02-04", false, null),
				p(4, Motif.AT_TRAJET, "2022-05-02", "2022-05-04", false, "2022-02-02"));
		assertThat(d.accidents(Motif.AT_SERVICE)).isZero();
		assertThat(d.jours(Motif.AT_SERVICE)).isEqualTo(10);
		assertThat(d.accidents(Motif.AT_TRAJET)).isEqualTo(1);
		assertThat(d.arrets(Motif.AT_TRAJET)).isEqualTo(2);
	}

	@Test
	void doublonGardeLaPremiereLigne() {
		DecompteAgent d = decompter(p(7, Motif.MO, "2022-02-01", "2022-02-03", false, null),
				p(3, Motif.MO, "2022-02-01", "2022-02-03", false, null));
		assertThat(d.jours(Motif.MO)).isEqualTo(3);
		assertThat(avertissements).singleElement().satisfies(a -> {
			assertThat(a.type()).isEqualTo("DOUBLON");
			assertThat(a.message()).contains("en double");
		});
	}

}
