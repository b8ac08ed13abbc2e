package fr.cdg.rsu.indicateurs.remunerations;

import static fr.cdg.rsu.indicateurs.ventilation.Axe.CADRE_EMPLOIS;
import static fr.cdg.rsu.indicateurs.ventilation.Axe.CATEGORIE;
import static fr.cdg.rsu.indicateurs.ventilation.Axe.FILIERE;
import static fr.cdg.rsu.indicateurs.ventilation.Axe.SEXE;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import fr.cdg.rsu.domaine.Agent;
import fr.cdg.rsu.domaine.Collectivite;
import fr.cdg.rsu.domaine.DonneesEmployeur;
import fr.cdg.rsu.domaine.Population;
import fr.cdg.rsu.indicateurs.Indicateur;
import fr.cdg.rsu.indicateurs.ResultatEmployeur;
import fr.cdg.rsu.indicateurs.Theme;
import fr.cdg.rsu.indicateurs.ventilation.Cumuls;
import fr.cdg.rsu.indicateurs.ventilation.Lignes;
import fr.cdg.rsu.indicateurs.ventilation.Modalite;
import fr.cdg.rsu.indicateurs.ventilation.Ventilation;

/**
 * Thème {@code remunerations} : agents permanents (selon le fichier agents) ayant au
 * moins une ligne de paie dans l'année, qu'ils soient encore là au 31/12 ou non — leur
 * paie de l'année a été versée, et leurs ETPR la proratisent.
 */
public final class CalculRemunerations {

	/** Populations de la paie : la méthode ne publie que les emplois permanents. */
	public static final List<Population> POPULATIONS = List.of(Population.FONCTIONNAIRES,
			Population.CONTRACTUELS_PERMANENTS, Population.PERMANENTS);

	/** Dimensions des sommes, moyennes et parts de primes. */
	public static final List<Ventilation> VENTILATIONS = List.of(Ventilation.ENSEMBLE, Ventilation.de(CATEGORIE),
			Ventilation.de(SEXE), Ventilation.de(FILIERE), Ventilation.de(CATEGORIE, SEXE),
			Ventilation.de(FILIERE, CATEGORIE), Ventilation.de(FILIERE, CATEGORIE, SEXE));

	/** Dimensions de {@code heures_sup_par_agent}. */
	public static final List<Ventilation> VENTILATIONS_HEURES_SUP = List.of(Ventilation.ENSEMBLE, Ventilation.de(SEXE),
			Ventilation.de(FILIERE), Ventilation.de(CADRE_EMPLOIS));

	private static final List<Ventilation> CUMULEES;

	static {
		List<Ventilation> cumulees = new ArrayList<>(VENTILATIONS);
		cumulees.add(Ventilation.de(CADRE_EMPLOIS));
		CUMULEES = List.copyOf(cumulees);
	}

	private CalculRemunerations() {
	}

	public static ResultatEmployeur calculer(DonneesEmployeur donnees) {
		PaiesAgents paies = PaiesAgents.agreger(donnees);
		Cumuls<CumulPaie> cumuls = new Cumuls<>(donnees.annee(), POPULATIONS, CUMULEES, CumulPaie::new);
		for (Agent agent : donnees.agents()) {
			CumulPaie paie = paies.prendre(agent);
			if (paie != null) {
				cumuls.pourChaqueCellule(agent, cellule -> cellule.ajouterAgent(paie));
			}
		}
		Lignes lignes = new Lignes(Theme.REMUNERATIONS);
		somme(lignes, cumuls, "traitement_brut", CumulPaie::traitementBrut);
		somme(lignes, cumuls, "primes", CumulPaie::primes);
		somme(lignes, cumuls, "nbi", CumulPaie::nbi);
		somme(lignes, cumuls, "sft", CumulPaie::sft);
		somme(lignes, cumuls, "heures_sup_montant", CumulPaie::heuresSupMontant);
		somme(lignes, cumuls, "heures_sup_nombre", CumulPaie::heuresSupNombre);
		somme(lignes, cumuls, "remuneration_annuelle_brute", CumulPaie::remunerationAnnuelleBrute);
		somme(lignes, cumuls, "etpr", CumulPaie::etpr);
		cumuls.parcourir(POPULATIONS, VENTILATIONS, (p, v, m, c) -> lignes.rapport("remuneration_moyenne_etpr", p, v, m,
				c.remunerationAnnuelleBrute(), c.etpr(), BigDecimal.ONE, c.agents()));
		part(lignes, cumuls, "part_primes", CumulPaie::primes);
		// les autres composantes en % de la rémunération annuelle brute, comme le pack («
		// traitement 98 % » en 2022)
		part(lignes, cumuls, "part_traitement_brut", CumulPaie::traitementBrut);
		part(lignes, cumuls, "part_nbi", CumulPaie::nbi);
		part(lignes, cumuls, "part_sft", CumulPaie::sft);
		part(lignes, cumuls, "part_heures_sup", CumulPaie::heuresSupMontant);
		// moyenne sur les seuls agents qui en ont fait ; le secret protège la cellule par
		// ses agents payés (secret.md)
		cumuls.parcourir(POPULATIONS, VENTILATIONS_HEURES_SUP, (p, v, m, c) -> lignes.rapport("heures_sup_par_agent", p,
				v, m, c.heuresSupNombre(), BigDecimal.valueOf(c.agentsHeuresSup()), BigDecimal.ONE, c.agents()));
		partChargesPersonnel(donnees, lignes);
		return new ResultatEmployeur(donnees.siret(), donnees.annee(), lignes.lignes(), List.of());
	}

	private static void somme(Lignes lignes, Cumuls<CumulPaie> cumuls, String indicateur,
			Function<CumulPaie, BigDecimal> montant) {
		cumuls.parcourir(POPULATIONS, VENTILATIONS,
				(p, v, m, c) -> lignes.valeur(indicateur, p, v, m, montant.apply(c), c.agents()));
	}

	/** Part d'une composante dans la rémunération annuelle brute de la cellule, × 100. */
	private static void part(Lignes lignes, Cumuls<CumulPaie> cumuls, String indicateur,
			Function<CumulPaie, BigDecimal> composante) {
		cumuls.parcourir(POPULATIONS, VENTILATIONS, (p, v, m, c) -> lignes.rapport(indicateur, p, v, m,
				composante.apply(c), c.remunerationAnnuelleBrute(), Lignes.CENT, c.agents()));
	}

	/**
	 * Indicateurs de l'employeur (population vide) : chaque montant fourni
	 * ({@code budget_fonctionnement}, {@code charges_personnel}, en euros, comme le pack
	 * : « 5 641 220 € ») et leur part, écrite seulement quand les deux sont fournis. Ils
	 * ne reposent sur aucune cellule d'agents ; leur base est l'ensemble des agents de
	 * l'employeur, pour que le secret les masque comme le reste chez un employeur de
	 * moins de trois agents (les charges divisées par un ou deux agents trahiraient leur
	 * paie).
	 */
	private static void partChargesPersonnel(DonneesEmployeur donnees, Lignes lignes) {
		Collectivite collectivite = donnees.collectivite();
		BigDecimal charges = collectivite.chargesPersonnel();
		BigDecimal budget = collectivite.budgetFonctionnement();
		int base = donnees.agents().size();
		if (budget != null) {
			lignes.ajouter(Indicateur.valeur(Theme.REMUNERATIONS, "budget_fonctionnement", "", "", Indicateur.ENSEMBLE,
					Modalite.ENSEMBLE.code(), budget, base));
		}
		if (charges != null) {
			lignes.ajouter(Indicateur.valeur(Theme.REMUNERATIONS, "charges_personnel", "", "", Indicateur.ENSEMBLE,
					Modalite.ENSEMBLE.code(), charges, base));
		}
		if (charges == null || budget == null) {
			return;
		}
		lignes.ajouter(Indicateur.rapport(Theme.REMUNERATIONS, "part_charges_personnel", "", "", Indicateur.ENSEMBLE,
				Modalite.ENSEMBLE.code(), charges, budget, Lignes.CENT, base));
	}

}
