package fr.cdg.rsu.indicateurs.absenteisme;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import fr.cdg.rsu.domaine.Absence;
import fr.cdg.rsu.domaine.Agent;
import fr.cdg.rsu.domaine.Categorie;
import fr.cdg.rsu.domaine.Collectivite;
import fr.cdg.rsu.domaine.DonneesEmployeur;
import fr.cdg.rsu.domaine.Filiere;
import fr.cdg.rsu.domaine.LignePaie;
import fr.cdg.rsu.domaine.Motif;
import fr.cdg.rsu.domaine.Sexe;
import fr.cdg.rsu.domaine.Statut;
import fr.cdg.rsu.domaine.TypeCollectivite;

/**
 * Petit constructeur de jeux de données d'un employeur pour les tests (rangs de lignes
 * attribués dans l'ordre).
 */
final class JeuDeDonnees {

	static final String SIRET = "21250388500018";

	final int annee;

	final List<Agent> agents = new ArrayList<>();

	final List<Absence> absences = new ArrayList<>();

	final List<LignePaie> paies = new ArrayList<>();

	private long ordre;

	JeuDeDonnees(int annee) {
		this.annee = annee;
	}

	static LocalDate d(String iso) {
		return LocalDate.parse(iso);
	}

	/** Agent présent toute l'année, âgé de {@code age} ans révolus au 31/12. */
	JeuDeDonnees agent(String matricule, Statut statut, Sexe sexe, int age, @Nullable Categorie categorie,
			@Nullable Filiere filiere) {
		return agent(matricule, statut, sexe, age, categorie, filiere, null, null);
	}

	JeuDeDonnees agent(String matricule, Statut statut, Sexe sexe, int age, @Nullable Categorie categorie,
			@Nullable Filiere filiere, @Nullable LocalDate entree, @Nullable LocalDate sortie) {
		agents.add(new Agent(SIRET, matricule, sexe, LocalDate.of(annee - age, 1, 1), statut, categorie, filiere, null,
				false, false, BigDecimal.valueOf(100), false, entree, sortie));
		return this;
	}

	/**
	 * Fonctionnaire titulaire de catégorie C, filière technique, présent toute l'année.
	 */
	JeuDeDonnees titulaire(String matricule, Sexe sexe, int age) {
		return agent(matricule, Statut.TITULAIRE, sexe, age, Categorie.C, Filiere.TECHNIQUE);
	}

	JeuDeDonnees absence(String matricule, Motif motif, String debut, @Nullable String fin) {
		return absence(matricule, motif, debut, fin, false, 0, null);
	}

	JeuDeDonnees prolongation(String matricule, Motif motif, String debut, @Nullable String fin) {
		return absence(matricule, motif, debut, fin, true, 0, null);
	}

	JeuDeDonnees absence(String matricule, Motif motif, String debut, @Nullable String fin, boolean prolongation,
			int carence, @Nullable String dateAccident) {
		absences.add(new Absence(SIRET, matricule, motif, d(debut), fin == null ? null : d(fin), prolongation, carence,
				dateAccident == null ? null : d(dateAccident), ++ordre));
		return this;
	}

	JeuDeDonnees paie(String matricule, String etpr, @Nullable String heures) {
		paies.add(new LignePaie(SIRET, matricule, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
				BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal(etpr),
				heures == null ? null : new BigDecimal(heures)));
		return this;
	}

	DonneesEmployeur donnees() {
		return new DonneesEmployeur(
				new Collectivite(SIRET, "Commune de test", TypeCollectivite.COMMUNE, "25", null, null), annee, agents,
				absences, paies);
	}

	Resultat calculer() {
		return new Resultat(CalculAbsenteisme.calculer(donnees()));
	}

}
