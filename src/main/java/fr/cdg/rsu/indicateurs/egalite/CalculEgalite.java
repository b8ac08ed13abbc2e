package fr.cdg.rsu.indicateurs.egalite;

import static fr.cdg.rsu.indicateurs.ventilation.Axe.CADRE_EMPLOIS;
import static fr.cdg.rsu.indicateurs.ventilation.Axe.CATEGORIE;
import static fr.cdg.rsu.indicateurs.ventilation.Axe.FILIERE;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import fr.cdg.rsu.domaine.Agent;
import fr.cdg.rsu.domaine.AnneeReference;
import fr.cdg.rsu.domaine.DonneesEmployeur;
import fr.cdg.rsu.domaine.Population;
import fr.cdg.rsu.domaine.Sexe;
import fr.cdg.rsu.indicateurs.Indicateur;
import fr.cdg.rsu.indicateurs.ResultatEmployeur;
import fr.cdg.rsu.indicateurs.Theme;
import fr.cdg.rsu.indicateurs.remunerations.CumulPaie;
import fr.cdg.rsu.indicateurs.remunerations.PaiesAgents;
import fr.cdg.rsu.indicateurs.ventilation.Cumuls;
import fr.cdg.rsu.indicateurs.ventilation.Lignes;
import fr.cdg.rsu.indicateurs.ventilation.Modalite;
import fr.cdg.rsu.indicateurs.ventilation.Ventilation;

/**
 * Thème {@code egalite}.
 *
 * <ul>
 * <li>{@code taux_feminisation} : femmes présentes au 31/12 × 100 / agents présents au
 * 31/12 ;</li>
 * <li>{@code ecart_remuneration} : (moyenne H − moyenne F) × 100 / moyenne H, chaque
 * moyenne étant la rémunération annuelle brute par ETPR des agents permanents payés dans
 * l'année (comme {@code remuneration_moyenne_etpr}).</li>
 * </ul>
 */
public final class CalculEgalite {

	private static final List<Population> POPULATIONS_FEMINISATION = List.of(Population.PERMANENTS, Population.TOUS);

	private static final List<Ventilation> VENTILATIONS_FEMINISATION = List.of(Ventilation.ENSEMBLE,
			Ventilation.de(CATEGORIE), Ventilation.de(FILIERE), Ventilation.de(CADRE_EMPLOIS));

	private static final List<Population> POPULATIONS_ECART = List.of(Population.FONCTIONNAIRES,
			Population.CONTRACTUELS_PERMANENTS, Population.PERMANENTS);

	private static final List<Ventilation> VENTILATIONS_ECART = List.of(Ventilation.ENSEMBLE, Ventilation.de(CATEGORIE),
			Ventilation.de(FILIERE));

	/**
	 * Un taux de féminisation révèle le nombre de femmes et celui d'hommes quand
	 * l'effectif est publié : il repose sur le plus petit des deux. Un groupe tout
	 * féminin ou tout masculin ne désigne personne en particulier.
	 */
	static int baseFeminisation(int femmes, int agents) {
		int hommes = agents - femmes;
		return femmes == 0 || hommes == 0 ? agents : Math.min(femmes, hommes);
	}

	/** Comptes d'une cellule de féminisation. */
	private static final class Presents {

		int agents;

		int femmes;

	}

	/** La paie d'une cellule, femmes et hommes à part. */
	private static final class PaieParSexe {

		final CumulPaie femmes = new CumulPaie();

		final CumulPaie hommes = new CumulPaie();

	}

	private CalculEgalite() {
	}

	public static ResultatEmployeur calculer(DonneesEmployeur donnees) {
		int annee = donnees.annee();
		AnneeReference reference = new AnneeReference(annee);
		LocalDate dernierJour = reference.dernierJour();
		PaiesAgents paies = PaiesAgents.agreger(donnees);
		Cumuls<Presents> presents = new Cumuls<>(annee, POPULATIONS_FEMINISATION, VENTILATIONS_FEMINISATION,
				Presents::new);
		Cumuls<PaieParSexe> remunerations = new Cumuls<>(annee, POPULATIONS_ECART, VENTILATIONS_ECART,
				PaieParSexe::new);
		for (Agent agent : donnees.agents()) {
			boolean present = agent.estPresentLe(dernierJour);
			if (present || reference.emploie(agent)) {
				boolean femme = agent.sexe() == Sexe.F;
				presents.pourChaqueCellule(agent, c -> {
					if (present) {
						c.agents++;
						if (femme) {
							c.femmes++;
						}
					}
				});
			}
			CumulPaie paie = paies.prendre(agent);
			if (paie != null) {
				remunerations.pourChaqueCellule(agent,
						c -> (agent.sexe() == Sexe.F ? c.femmes : c.hommes).ajouterAgent(paie));
			}
		}
		Lignes lignes = new Lignes(Theme.EGALITE);
		presents.parcourir(POPULATIONS_FEMINISATION, VENTILATIONS_FEMINISATION,
				(p, v, m, c) -> lignes.rapport("taux_feminisation", p, v, m, BigDecimal.valueOf(c.femmes),
						BigDecimal.valueOf(c.agents), Lignes.CENT, baseFeminisation(c.femmes, c.agents)));
		remunerations.parcourir(POPULATIONS_ECART, VENTILATIONS_ECART,
				(p, v, m, c) -> lignes.ajouter(ecart(p, v, m, c)));
		return new ResultatEmployeur(donnees.siret(), annee, lignes.lignes(), List.of());
	}

	/**
	 * L'écart repose sur les deux moyennes : sa base est le plus petit des deux effectifs
	 * payés, pour qu'un écart calculé sur une ou deux femmes (ou un ou deux hommes) soit
	 * masqué — avec la moyenne des hommes, publiée à côté, il donnerait la paie de ces
	 * agents. Sans femme ou sans homme payé (ou sans ETPR), la moyenne manque : valeur
	 * vide, jamais de division par zéro ; la ligne publie alors encore la moyenne du sexe
	 * présent, et sa base est l'effectif payé de ce sexe.
	 */
	private static Indicateur ecart(Population population, Ventilation ventilation, Modalite modalite,
			PaieParSexe paie) {
		BigDecimal moyenneFemmes = moyenne(paie.femmes);
		BigDecimal moyenneHommes = moyenne(paie.hommes);
		int femmes = paie.femmes.agents();
		int hommes = paie.hommes.agents();
		// sans agent d'un sexe, la ligne publie encore la moyenne de l'autre
		// (dénominateur) : elle repose sur lui
		int base = femmes == 0 || hommes == 0 ? Math.max(femmes, hommes) : Math.min(femmes, hommes);
		if (moyenneFemmes == null || moyenneHommes == null) {
			return new Indicateur(Theme.EGALITE, "ecart_remuneration", population.code(), "", ventilation.code(),
					modalite.code(), null, moyenneHommes, null, base, false);
		}
		return Indicateur.rapport(Theme.EGALITE, "ecart_remuneration", population.code(), "", ventilation.code(),
				modalite.code(), moyenneHommes.subtract(moyenneFemmes), moyenneHommes, Lignes.CENT, base);
	}

	private static @Nullable BigDecimal moyenne(CumulPaie paie) {
		return Indicateur.quotient(paie.remunerationAnnuelleBrute(), paie.etpr());
	}

}
