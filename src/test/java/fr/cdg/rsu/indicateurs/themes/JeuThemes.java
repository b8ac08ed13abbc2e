package fr.cdg.rsu.indicateurs.themes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
import fr.cdg.rsu.domaine.themes.Accident;
import fr.cdg.rsu.domaine.themes.ColonneAgent;
import fr.cdg.rsu.domaine.themes.DecisionSante;
import fr.cdg.rsu.domaine.themes.DonneesComplementaires;
import fr.cdg.rsu.domaine.themes.EvenementCarriere;
import fr.cdg.rsu.domaine.themes.FichierFacultatif;
import fr.cdg.rsu.domaine.themes.Formation;
import fr.cdg.rsu.domaine.themes.ReponsesEmployeur;
import fr.cdg.rsu.domaine.themes.Signalement;
import fr.cdg.rsu.domaine.themes.SituationAgent;
import fr.cdg.rsu.indicateurs.Indicateur;

/**
 * Petit employeur pour tester les calculs des thèmes facultatifs : des agents, leurs
 * absences et leur paie, et ce qui a été transmis des fichiers et colonnes facultatifs.
 * Année 2024.
 */
public final class JeuThemes {

	public static final int ANNEE = 2024;

	public static final String SIRET = "21250388500018";

	final List<Agent> agents = new ArrayList<>();

	final List<Absence> absences = new ArrayList<>();

	final List<LignePaie> paies = new ArrayList<>();

	public final Set<FichierFacultatif> transmis = EnumSet.noneOf(FichierFacultatif.class);

	public @Nullable ReponsesEmployeur reponses;

	public final List<Accident> accidents = new ArrayList<>();

	public final List<DecisionSante> decisions = new ArrayList<>();

	public final List<Signalement> signalements = new ArrayList<>();

	public final List<Formation> formations = new ArrayList<>();

	public final List<EvenementCarriere> carrieres = new ArrayList<>();

	public final Map<String, SituationAgent> situations = new HashMap<>();

	private long ordre;

	public boolean absencesTransmises = true;

	public boolean remunerationsTransmises = true;

	public static LocalDate d(String iso) {
		return LocalDate.parse(iso);
	}

	/** Un agent présent toute l'année (ou entre {@code entree} et {@code sortie}). */
	public JeuThemes agent(String matricule, Statut statut, Sexe sexe, @Nullable Categorie categorie,
			@Nullable Filiere filiere, @Nullable String entree, @Nullable String sortie) {
		agents.add(new Agent(SIRET, matricule, sexe, LocalDate.of(1980, 1, 1), statut, categorie, filiere, null, false,
				false, BigDecimal.valueOf(100), false, entree == null ? null : d(entree),
				sortie == null ? null : d(sortie)));
		return this;
	}

	public JeuThemes titulaire(String matricule, Sexe sexe, Categorie categorie) {
		return agent(matricule, Statut.TITULAIRE, sexe, categorie, Filiere.TECHNIQUE, null, null);
	}

	public JeuThemes absence(String matricule, Motif motif, String debut, @Nullable String fin, boolean prolongation,
			@Nullable String dateAccident) {
		absences.add(new Absence(SIRET, matricule, motif, d(debut), fin == null ? null : d(fin), prolongation, 0,
				dateAccident == null ? null : d(dateAccident), ++ordre));
		return this;
	}

	/** Une ligne de paie d'un temps plein toute l'année : 1 ETPR, 1 820 heures. */
	public JeuThemes paie(String matricule) {
		paies.add(new LignePaie(SIRET, matricule, BigDecimal.valueOf(20000), BigDecimal.ZERO, BigDecimal.ZERO,
				BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ONE, null));
		return this;
	}

	/** Les colonnes facultatives d'un agent (toutes présentes dans son fichier). */
	public JeuThemes situation(SituationAgent s) {
		situations.put(s.matricule(), s);
		return this;
	}

	public static Set<ColonneAgent> toutesLesColonnes() {
		return EnumSet.allOf(ColonneAgent.class);
	}

	public DonneesEmployeur donnees() {
		return new DonneesEmployeur(
				new Collectivite(SIRET, "Commune de test", TypeCollectivite.COMMUNE, "25", null, null), ANNEE, agents,
				absences, paies, absencesTransmises, remunerationsTransmises, new DonneesComplementaires(transmis,
						reponses, accidents, decisions, signalements, formations, carrieres, situations));
	}

	/** La valeur de la ligne de clé donnée, ou vide si elle n'existe pas. */
	public static Optional<Indicateur> ligne(List<Indicateur> lignes, String indicateur, String population,
			String groupe, String dimension, String modalite) {
		return lignes.stream()
			.filter(l -> l.indicateur().equals(indicateur) && l.population().equals(population)
					&& l.groupe().equals(groupe) && l.dimension().equals(dimension) && l.modalite().equals(modalite))
			.findFirst();
	}

	public static BigDecimal valeur(List<Indicateur> lignes, String indicateur, String population, String groupe,
			String dimension, String modalite) {
		Indicateur l = ligne(lignes, indicateur, population, groupe, dimension, modalite)
			.orElseThrow(() -> new AssertionError("ligne absente : " + indicateur + "/" + population + "/" + groupe
					+ "/" + dimension + "/" + modalite));
		return l.valeur();
	}

}
