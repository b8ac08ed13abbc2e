package fr.cdg.rsu.indicateurs.accidentsdeclares;

import static fr.cdg.rsu.indicateurs.themes.JeuThemes.ligne;
import static fr.cdg.rsu.indicateurs.themes.JeuThemes.valeur;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.cdg.rsu.domaine.Categorie;
import fr.cdg.rsu.domaine.Filiere;
import fr.cdg.rsu.domaine.Motif;
import fr.cdg.rsu.domaine.Sexe;
import fr.cdg.rsu.domaine.Statut;
import fr.cdg.rsu.domaine.themes.Accident;
import fr.cdg.rsu.domaine.themes.ActiviteAccident;
import fr.cdg.rsu.domaine.themes.FichierFacultatif;
import fr.cdg.rsu.domaine.themes.SiegeLesion;
import fr.cdg.rsu.domaine.themes.TypeMaladieProfessionnelle;
import fr.cdg.rsu.indicateurs.Indicateur;
import fr.cdg.rsu.indicateurs.ResultatEmployeur;
import fr.cdg.rsu.indicateurs.themes.JeuThemes;

/**
 * Les accidents déclarés, sur cinq agents titulaires de la filière technique comptés à la
 * main (année 2024) :
 * <ul>
 * <li>A1 (F, C) : accident de service du 01/03, arrêt du 01/03 au 10/03 (date d'accident
 * renseignée) prolongé du 11/03 au 20/03 (prolongation sans date : elle suit son arrêt) :
 * 20 jours ; voirie, dos ;</li>
 * <li>A2 (H, C) : accident de service du 05/06 déclaré sans arrêt, aucune absence : 0
 * jour ; espaces verts, mains ;</li>
 * <li>A3 (H, B) : maladie professionnelle constatée le 15/11/2023, absence du 15/11/2023
 * au 31/01/2024 : pas un accident de l'année, mais 31 jours de 2024 (reliquat) ; TMS,
 * activité non renseignée ;</li>
 * <li>A4 (F, A) : aucun accident déclaré ; une absence d'accident de service les 01-02/09
 * sans déclaration (signalée, ses 2 jours ne comptent pas) ;</li>
 * <li>A5 (F, C) : partie le 31/05, accident de trajet du 10/02 (« avec arrêt » non
 * renseigné), absence du 10/02 au 14/02 sans date d'accident (jointe par le début de
 * l'arrêt) : 5 jours.</li>
 * </ul>
 * Chacun 1 ETPR payé, 1 820 heures : 9 100 heures pour les cinq.
 */
class CalculAccidentsDeclaresTest {

	private static JeuThemes jeu() {
		JeuThemes j = new JeuThemes();
		j.transmis.add(FichierFacultatif.ACCIDENTS);
		j.titulaire("A1", Sexe.F, Categorie.C)
			.titulaire("A2", Sexe.H, Categorie.C)
			.titulaire("A3", Sexe.H, Categorie.B)
			.titulaire("A4", Sexe.F, Categorie.A)
			.agent("A5", Statut.TITULAIRE, Sexe.F, Categorie.C, Filiere.TECHNIQUE, null, "2024-05-31");
		j.absence("A1", Motif.AT_SERVICE, "2024-03-01", "2024-03-10", false, "2024-03-01")
			.absence("A1", Motif.AT_SERVICE, "2024-03-11", "2024-03-20", true, null)
			.absence("A3", Motif.MP, "2023-11-15", "2024-01-31", false, "2023-11-15")
			.absence("A4", Motif.AT_SERVICE, "2024-09-01", "2024-09-02", false, "2024-09-01")
			.absence("A5", Motif.AT_TRAJET, "2024-02-10", "2024-02-14", false, null);
		for (String m : List.of("A1", "A2", "A3", "A4", "A5")) {
			j.paie(m);
		}
		j.accidents.add(new Accident(JeuThemes.SIRET, "A1", Motif.AT_SERVICE, JeuThemes.d("2024-03-01"), true, true,
				ActiviteAccident.VOIRIE, SiegeLesion.DOS, null, null, null));
		j.accidents.add(new Accident(JeuThemes.SIRET, "A2", Motif.AT_SERVICE, JeuThemes.d("2024-06-05"), false, true,
				ActiviteAccident.ESPACES_VERTS, SiegeLesion.MAINS, null, null, null));
		j.accidents.add(new Accident(JeuThemes.SIRET, "A3", Motif.MP, JeuThemes.d("2023-11-15"), true, true, null, null,
				null, null, TypeMaladieProfessionnelle.TMS));
		j.accidents.add(new Accident(JeuThemes.SIRET, "A5", Motif.AT_TRAJET, JeuThemes.d("2024-02-10"), null, true,
				ActiviteAccident.TRAJET, null, null, null, null));
		return j;
	}

	@Test
	void accidentsDeLAnneeJoursAvecReliquatsEtTaux() {
		ResultatEmployeur r = CalculAccidentsDeclares.calculer(jeu().donnees());
		List<Indicateur> l = r.indicateurs();
		// toutes natures : A1, A2 et A5 sont de 2024 (la MP de A3 date de 2023) ; A2 seul
		// sans arrêt
		assertThat(valeur(l, "accidents_declares", "permanents", "", "ensemble", "ensemble")).isEqualByComparingTo("3");
		assertThat(valeur(l, "accidents_sans_arret", "permanents", "", "ensemble", "ensemble"))
			.isEqualByComparingTo("1");
		// 1 × 100 / 3
		assertThat(valeur(l, "part_sans_arret", "permanents", "", "ensemble", "ensemble"))
			.isEqualByComparingTo("33.33333333333333");
		// 20 (A1, prolongation comprise) + 0 (A2) + 31 (reliquat de A3) + 5 (A5) ; les 2
		// jours de A4 non déclarés exclus
		assertThat(valeur(l, "jours", "permanents", "", "ensemble", "ensemble")).isEqualByComparingTo("56");
		assertThat(valeur(l, "jours_par_accident", "permanents", "", "ensemble", "ensemble"))
			.isEqualByComparingTo("18.66666666666667");
		// 2 accidents avec arrêt × 1 000 / (9 100 h / 1 820) = 400 ; 56 jours × 1 000 / 9
		// 100 h = 6,1538...
		assertThat(valeur(l, "indice_frequence", "permanents", "", "ensemble", "ensemble")).isEqualByComparingTo("400");
		assertThat(valeur(l, "taux_gravite", "permanents", "", "ensemble", "ensemble"))
			.isEqualByComparingTo("6.153846153846154");
		// par nature
		assertThat(valeur(l, "accidents_declares", "permanents", "AT_SERVICE", "ensemble", "ensemble"))
			.isEqualByComparingTo("2");
		assertThat(valeur(l, "part_sans_arret", "permanents", "AT_SERVICE", "ensemble", "ensemble"))
			.isEqualByComparingTo("50");
		assertThat(valeur(l, "jours", "permanents", "AT_SERVICE", "ensemble", "ensemble")).isEqualByComparingTo("20");
		assertThat(valeur(l, "jours", "permanents", "AT_TRAJET", "ensemble", "ensemble")).isEqualByComparingTo("5");
		assertThat(valeur(l, "accidents_declares", "permanents", "MP", "ensemble", "ensemble")).isZero();
		assertThat(valeur(l, "jours", "permanents", "MP", "ensemble", "ensemble")).isEqualByComparingTo("31");
		// aucune maladie de l'année : la part sans arrêt est indisponible, jamais 0 ni
		// NaN
		assertThat(valeur(l, "part_sans_arret", "permanents", "MP", "ensemble", "ensemble")).isNull();
		// femmes : A1 et A5 (partie, mais victime : comptée), 25 jours ; la case décrit
		// A1, A4, A5
		assertThat(valeur(l, "accidents_declares", "permanents", "", "sexe", "F")).isEqualByComparingTo("2");
		assertThat(valeur(l, "jours", "permanents", "", "sexe", "F")).isEqualByComparingTo("25");
		assertThat(ligne(l, "jours", "permanents", "", "sexe", "F").orElseThrow().baseAgents()).isEqualTo(3);
		// filière × sexe et cadre d'emplois (non renseigné ici) : la même ventilation que
		// les agents
		assertThat(valeur(l, "accidents_declares", "permanents", "", "filiere+sexe", "technique+H"))
			.isEqualByComparingTo("1");
		assertThat(valeur(l, "jours", "permanents", "", "cadre_emplois", "non_renseigne")).isEqualByComparingTo("56");
		assertThat(valeur(l, "accidents_declares", "permanents", "", "categorie", "C")).isEqualByComparingTo("3");
	}

	@Test
	void caracteristiquesDesAccidentsAvecLaPopulationDeLEnsemble() {
		List<Indicateur> l = CalculAccidentsDeclares.calculer(jeu().donnees()).indicateurs();
		assertThat(valeur(l, "accidents_declares", "permanents", "", "activite", "VOIRIE")).isEqualByComparingTo("1");
		assertThat(valeur(l, "jours", "permanents", "", "activite", "VOIRIE")).isEqualByComparingTo("20");
		assertThat(valeur(l, "jours", "permanents", "", "activite", "TRAJET")).isEqualByComparingTo("5");
		assertThat(valeur(l, "jours", "permanents", "", "activite", "ESPACES_VERTS")).isZero();
		// la MP de A3 n'a pas d'activité : non renseignée, ses 31 jours y sont
		assertThat(valeur(l, "jours", "permanents", "MP", "activite", "non_renseigne")).isEqualByComparingTo("31");
		assertThat(valeur(l, "jours", "permanents", "MP", "type_mp", "TMS")).isEqualByComparingTo("31");
		assertThat(valeur(l, "accidents_declares", "permanents", "AT_SERVICE", "siege_lesion", "DOS"))
			.isEqualByComparingTo("1");
		// le siège ne concerne pas les maladies professionnelles ; une activité sans
		// accident n'a pas de ligne
		assertThat(ligne(l, "jours", "permanents", "MP", "siege_lesion", "DOS")).isEmpty();
		assertThat(ligne(l, "jours", "permanents", "", "activite", "BATIMENT")).isEmpty();
		// une caractéristique décrit l'accident, pas un sous-groupe : la case a la
		// population de l'ensemble (5)
		assertThat(ligne(l, "jours", "permanents", "", "activite", "VOIRIE").orElseThrow().baseAgents()).isEqualTo(5);
	}

	@Test
	void uneAbsenceDAccidentSansDeclarationEstSignalee() {
		var r = CalculAccidentsDeclares.calculer(jeu().donnees());
		assertThat(r.avertissements()).extracting(a -> a.type() + " " + a.matricule())
			.containsExactly("ABSENCE_SANS_ACCIDENT_DECLARE A4");
	}

	@Test
	void sansFichierAbsencesNiJoursNiSansArretDevine() {
		JeuThemes j = jeu();
		j.absencesTransmises = false;
		List<Indicateur> l = CalculAccidentsDeclares.calculer(j.donnees()).indicateurs();
		// A5 : « avec arrêt » non renseigné et pas d'absences connues : pas compté sans
		// arrêt ; seul A2 l'est
		assertThat(valeur(l, "accidents_sans_arret", "permanents", "", "ensemble", "ensemble"))
			.isEqualByComparingTo("1");
		assertThat(l).noneMatch(i -> i.indicateur().equals("jours") || i.indicateur().equals("taux_gravite"));
	}

	@Test
	void fichierNonTransmisAucuneLigneFichierVideDesZeros() {
		JeuThemes j = jeu();
		j.transmis.clear();
		assertThat(CalculAccidentsDeclares.calculer(j.donnees()).indicateurs()).isEmpty();
		j.transmis.add(FichierFacultatif.ACCIDENTS);
		j.accidents.clear();
		List<Indicateur> l = CalculAccidentsDeclares.calculer(j.donnees()).indicateurs();
		// déclaré vide : « aucun accident », un zéro publié
		assertThat(valeur(l, "accidents_declares", "tous", "", "ensemble", "ensemble")).isEqualTo(BigDecimal.ZERO);
	}

}
