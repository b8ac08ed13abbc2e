package fr.cdg.rsu.indicateurs.signalements;

import static fr.cdg.rsu.indicateurs.themes.JeuThemes.ligne;
import static fr.cdg.rsu.indicateurs.themes.JeuThemes.valeur;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import fr.cdg.rsu.domaine.Categorie;
import fr.cdg.rsu.domaine.Filiere;
import fr.cdg.rsu.domaine.Sexe;
import fr.cdg.rsu.domaine.Statut;
import fr.cdg.rsu.domaine.themes.*;
import fr.cdg.rsu.indicateurs.Indicateur;
import fr.cdg.rsu.indicateurs.themes.JeuThemes;

/**
 * Quatre agents permanents et un non permanent présents au 31/12 ; trois lignes : 3
 * violences verbales d'usagers sans arrêt (victimes femmes), 1 violence verbale d'usager
 * avec arrêt (homme), 2 harcèlements moraux du personnel sans arrêt (sexe non renseigné).
 * En tout 6 actes : 4 d'usagers, 2 du personnel, 1 avec arrêt ; pour 1 000 agents
 * permanents : 6 × 1 000 / 4 = 1 500.
 */
class CalculSignalementsTest {

	@Test
	void actesParTypeAuteurArretEtPourMilleAgents() {
		JeuThemes j = new JeuThemes();
		j.transmis.add(FichierFacultatif.SIGNALEMENTS);
		j.titulaire("A1", Sexe.F, Categorie.C)
			.titulaire("A2", Sexe.H, Categorie.C)
			.titulaire("A3", Sexe.F, Categorie.B)
			.titulaire("A4", Sexe.H, Categorie.A)
			.agent("A5", Statut.CONTRACTUEL_NON_PERMANENT, Sexe.F, null, null, "2024-06-01", null);
		j.signalements.add(new Signalement(JeuThemes.SIRET, TypeSignalement.VIOLENCE_VERBALE, AuteurSignalement.USAGER,
				false, Sexe.F, 3));
		j.signalements.add(new Signalement(JeuThemes.SIRET, TypeSignalement.VIOLENCE_VERBALE, AuteurSignalement.USAGER,
				true, Sexe.H, 1));
		j.signalements.add(new Signalement(JeuThemes.SIRET, TypeSignalement.HARCELEMENT_MORAL,
				AuteurSignalement.PERSONNEL, false, null, 2));
		List<Indicateur> l = CalculSignalements.calculer(j.donnees()).indicateurs();
		assertThat(valeur(l, "signalements", "tous", "", "ensemble", "ensemble")).isEqualByComparingTo("6");
		assertThat(valeur(l, "signalements", "tous", "VIOLENCE_VERBALE", "ensemble", "ensemble"))
			.isEqualByComparingTo("4");
		assertThat(valeur(l, "signalements", "tous", "", "auteur", "USAGER")).isEqualByComparingTo("4");
		assertThat(valeur(l, "signalements", "tous", "", "arret", "avec_arret")).isEqualByComparingTo("1");
		assertThat(valeur(l, "signalements", "tous", "", "arret", "sans_arret")).isEqualByComparingTo("5");
		assertThat(valeur(l, "signalements", "tous", "VIOLENCE_VERBALE", "auteur+arret", "USAGER+avec_arret"))
			.isEqualByComparingTo("1");
		assertThat(valeur(l, "signalements", "tous", "", "sexe_victime", "non_renseigne")).isEqualByComparingTo("2");
		// aucune discrimination signalée : zéro écrit, y compris par auteur
		assertThat(valeur(l, "signalements", "tous", "DISCRIMINATION", "auteur", "PERSONNEL")).isZero();
		assertThat(valeur(l, "signalements_pour_1000_agents", "permanents", "", "ensemble", "ensemble"))
			.isEqualByComparingTo("1500");
		assertThat(valeur(l, "signalements_pour_1000_agents", "permanents", "", "auteur", "PERSONNEL"))
			.isEqualByComparingTo("500");
		// le fichier est agrégé : la case décrit tout le personnel présent au 31/12
		assertThat(ligne(l, "signalements", "tous", "", "auteur", "USAGER").orElseThrow().baseAgents()).isEqualTo(5);
	}

}
