package fr.cdg.rsu.indicateurs.ventilation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import fr.cdg.rsu.domaine.Agent;
import fr.cdg.rsu.domaine.Categorie;
import fr.cdg.rsu.domaine.Collectivite;
import fr.cdg.rsu.domaine.DonneesEmployeur;
import fr.cdg.rsu.domaine.Filiere;
import fr.cdg.rsu.domaine.LignePaie;
import fr.cdg.rsu.domaine.Sexe;
import fr.cdg.rsu.domaine.Statut;
import fr.cdg.rsu.domaine.TypeCollectivite;
import fr.cdg.rsu.indicateurs.Indicateur;
import fr.cdg.rsu.indicateurs.ResultatEmployeur;

/**
 * Petits jeux de données des tests des indicateurs : agents par défaut modifiés champ à
 * champ.
 */
public final class JeuDeDonnees {

	public static final String SIRET = "21250388500018";

	private JeuDeDonnees() {
	}

	public static Collectivite collectivite() {
		return collectivite(null, null);
	}

	public static Collectivite collectivite(@Nullable String budget, @Nullable String charges) {
		return new Collectivite(SIRET, "Commune de Test", TypeCollectivite.COMMUNE, "25",
				budget == null ? null : new BigDecimal(budget), charges == null ? null : new BigDecimal(charges));
	}

	public static DonneesEmployeur donnees(int annee, List<Agent> agents, List<LignePaie> paies) {
		return new DonneesEmployeur(collectivite(), annee, agents, List.of(), paies);
	}

	public static AgentDeTest agent(String matricule) {
		return new AgentDeTest(matricule);
	}

	/**
	 * Une ligne de paie : traitement, primes, NBI, SFT, montant et nombre d'heures sup.,
	 * ETPR.
	 */
	public static LignePaie paie(String matricule, String traitement, String primes, String nbi, String sft,
			String heuresSupMontant, String heuresSupNombre, String etpr) {
		return new LignePaie(SIRET, matricule, new BigDecimal(traitement), new BigDecimal(primes), new BigDecimal(nbi),
				new BigDecimal(sft), new BigDecimal(heuresSupMontant), new BigDecimal(heuresSupNombre),
				new BigDecimal(etpr), null);
	}

	/** Une ligne avec seulement un traitement et un ETPR. */
	public static LignePaie paie(String matricule, String traitement, String etpr) {
		return paie(matricule, traitement, "0", "0", "0", "0", "0", etpr);
	}

	public static Optional<Indicateur> chercher(ResultatEmployeur resultat, String indicateur, String population,
			String dimension, String modalite) {
		return resultat.indicateurs()
			.stream()
			.filter(l -> l.indicateur().equals(indicateur) && l.population().equals(population)
					&& l.dimension().equals(dimension) && l.modalite().equals(modalite))
			.findFirst();
	}

	public static Indicateur ligne(ResultatEmployeur resultat, String indicateur, String population, String dimension,
			String modalite) {
		return chercher(resultat, indicateur, population, dimension, modalite).orElseThrow(() -> new AssertionError(
				"ligne absente : " + indicateur + " " + population + " " + dimension + " " + modalite));
	}

	/** Valeur d'une ligne, ou null si vide. */
	public static @Nullable BigDecimal valeur(ResultatEmployeur resultat, String indicateur, String population,
			String dimension, String modalite) {
		return ligne(resultat, indicateur, population, dimension, modalite).valeur();
	}

	/**
	 * Agent à compléter ; par défaut femme titulaire de catégorie C, filière technique, à
	 * temps plein.
	 */
	public static final class AgentDeTest {

		private final String matricule;

		private Sexe sexe = Sexe.F;

		private LocalDate naissance = LocalDate.of(1980, 1, 1);

		private Statut statut = Statut.TITULAIRE;

		private @Nullable Categorie categorie = Categorie.C;

		private @Nullable Filiere filiere = Filiere.TECHNIQUE;

		private @Nullable String cadreEmplois = "Adjoints techniques territoriaux";

		private boolean emploiFonctionnel;

		private boolean tempsNonComplet;

		private BigDecimal quotite = BigDecimal.valueOf(100);

		private boolean tempsPartielDeDroit;

		private @Nullable LocalDate entree;

		private @Nullable LocalDate sortie;

		AgentDeTest(String matricule) {
			this.matricule = matricule;
		}

		public AgentDeTest homme() {
			sexe = Sexe.H;
			return this;
		}

		public AgentDeTest sexe(Sexe valeur) {
			sexe = valeur;
			return this;
		}

		public AgentDeTest ne(int annee, int mois, int jour) {
			naissance = LocalDate.of(annee, mois, jour);
			return this;
		}

		public AgentDeTest statut(Statut valeur) {
			statut = valeur;
			if (valeur == Statut.CONTRACTUEL_NON_PERMANENT) {
				categorie = null;
				filiere = null;
				cadreEmplois = null;
			}
			return this;
		}

		public AgentDeTest categorie(@Nullable Categorie valeur) {
			categorie = valeur;
			return this;
		}

		public AgentDeTest filiere(@Nullable Filiere valeur) {
			filiere = valeur;
			return this;
		}

		public AgentDeTest cadre(@Nullable String valeur) {
			cadreEmplois = valeur;
			return this;
		}

		public AgentDeTest emploiFonctionnel() {
			emploiFonctionnel = true;
			return this;
		}

		public AgentDeTest tempsNonComplet() {
			tempsNonComplet = true;
			return this;
		}

		public AgentDeTest tempsPartiel(int pourcentage, boolean deDroit) {
			quotite = BigDecimal.valueOf(pourcentage);
			tempsPartielDeDroit = deDroit;
			return this;
		}

		public AgentDeTest entre(int annee, int mois, int jour) {
			entree = LocalDate.of(annee, mois, jour);
			return this;
		}

		public AgentDeTest sorti(int annee, int mois, int jour) {
			sortie = LocalDate.of(annee, mois, jour);
			return this;
		}

		public Agent creer() {
			return new Agent(SIRET, matricule, sexe, naissance, statut, categorie, filiere, cadreEmplois,
					emploiFonctionnel, tempsNonComplet, quotite, tempsPartielDeDroit, entree, sortie);
		}

	}

}
