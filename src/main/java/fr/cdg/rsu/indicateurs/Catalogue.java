package fr.cdg.rsu.indicateurs;

import static fr.cdg.rsu.indicateurs.Catalogue.Affichage.ANS;
import static fr.cdg.rsu.indicateurs.Catalogue.Affichage.DECIMAL_1;
import static fr.cdg.rsu.indicateurs.Catalogue.Affichage.DECIMAL_2;
import static fr.cdg.rsu.indicateurs.Catalogue.Affichage.ENTIER;
import static fr.cdg.rsu.indicateurs.Catalogue.Affichage.EUROS;
import static fr.cdg.rsu.indicateurs.Catalogue.Affichage.HEURES;
import static fr.cdg.rsu.indicateurs.Catalogue.Affichage.TAUX;
import static fr.cdg.rsu.indicateurs.Catalogue.Famille.ABSENCES;
import static fr.cdg.rsu.indicateurs.Catalogue.Famille.ACCIDENTS;
import static fr.cdg.rsu.indicateurs.Catalogue.Famille.CONDITIONS_DE_TRAVAIL;
import static fr.cdg.rsu.indicateurs.Catalogue.Famille.EFFECTIFS;
import static fr.cdg.rsu.indicateurs.Catalogue.Famille.EGALITE;
import static fr.cdg.rsu.indicateurs.Catalogue.Famille.MOUVEMENTS;
import static fr.cdg.rsu.indicateurs.Catalogue.Famille.PAIE;
import static fr.cdg.rsu.indicateurs.Catalogue.Famille.TEMPS_DE_TRAVAIL;
import static fr.cdg.rsu.indicateurs.Catalogue.Nature.ADDITIF;
import static fr.cdg.rsu.indicateurs.Catalogue.Nature.RAPPORT;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import fr.cdg.rsu.domaine.themes.RubriqueEmployeur;

/**
 * Le catalogue des indicateurs du format long : le seul endroit où leurs noms sont
 * écrits. Chaque entrée dit son thème, sa famille, s'il s'additionne (un compte, une
 * somme) ou s'il est un rapport (un taux, une moyenne), son unité et son format
 * d'affichage par défaut. Les autres listes en sont tirées : le vocabulaire des modèles
 * de documents, les formats par défaut des tableaux et du classeur, les facteurs des
 * indicateurs phares ; un test vérifie que chaque clé écrite par les calculs y figure
 * ({@code docs/vocabulaire-indicateurs.md} en donne le sens).
 */
public final class Catalogue {

	/** Ce qu'un indicateur décrit, dans son thème. */
	public enum Famille {

		EFFECTIFS, MOUVEMENTS, TEMPS_DE_TRAVAIL, ABSENCES, ACCIDENTS, PAIE, EGALITE,
		/**
		 * Thèmes des fichiers facultatifs (docs/format-entree.md) : décisions
		 * d'inaptitude, de reclassement...
		 */
		DECISIONS_SANTE, SIGNALEMENTS, FORMATION, CARRIERES, HANDICAP, CONDITIONS_DE_TRAVAIL, CONTRATS,
		/**
		 * Les réponses de l'employeur (prévention, instances, dialogue social, action
		 * sociale).
		 */
		REPONSES_EMPLOYEUR

	}

	/**
	 * Un compte ou une somme s'additionne d'une cellule à l'autre ; un rapport se
	 * recalcule (Σ num / Σ dén).
	 */
	public enum Nature {

		ADDITIF, RAPPORT

	}

	/**
	 * L'unité de la valeur ; un rapport porte le facteur qui multiplie numérateur /
	 * dénominateur.
	 */
	public enum Unite {

		AGENTS(1), JOURS(1), ARRETS(1), ACCIDENTS(1), ETP(1), ANS(1), EUROS(1), HEURES(1), POURCENTAGE(100),
		POUR_MILLE(1000), JOURS_PAR_ARRET(1), JOURS_PAR_AGENT(1), ARRETS_PAR_AGENT(1), EUROS_PAR_ETP(1),
		HEURES_PAR_AGENT(1),
		/** Un nombre d'actes, de décisions, d'actions, de réunions... */
		NOMBRE(1), JOURS_PAR_ACCIDENT(1), EUROS_PAR_AGENT(1), MOIS(1),
		/** Un oui (1) ou un non (0) ; un code choisi (1) ou non (0) d'une liste. */
		OUI_NON(1);

		private final BigDecimal facteur;

		Unite(int facteur) {
			this.facteur = BigDecimal.valueOf(facteur);
		}

		public BigDecimal facteur() {
			return facteur;
		}

	}

	/**
	 * Le format d'affichage par défaut (les formats des documents portent les mêmes
	 * noms).
	 */
	public enum Affichage {

		ENTIER, DECIMAL_1, DECIMAL_2, TAUX, EUROS, HEURES, ANS

	}

	/** Un indicateur du catalogue. */
	public record Entree(Theme theme, String nom, Famille famille, Nature nature, Unite unite, Affichage affichage) {
	}

	private static final List<Entree> INDICATEURS_CALCULES = List.of(
			// absentéisme (docs/methode-absenteisme.md)
			e(Theme.ABSENTEISME, "effectif", EFFECTIFS, ADDITIF, Unite.AGENTS, ENTIER),
			e(Theme.ABSENTEISME, "jours", ABSENCES, ADDITIF, Unite.JOURS, ENTIER),
			e(Theme.ABSENTEISME, "arrets", ABSENCES, ADDITIF, Unite.ARRETS, ENTIER),
			e(Theme.ABSENTEISME, "agents_absents", ABSENCES, ADDITIF, Unite.AGENTS, ENTIER),
			e(Theme.ABSENTEISME, "taux_absenteisme", ABSENCES, RAPPORT, Unite.POURCENTAGE, TAUX),
			e(Theme.ABSENTEISME, "taux_exposition", ABSENCES, RAPPORT, Unite.POURCENTAGE, TAUX),
			e(Theme.ABSENTEISME, "taux_frequence", ABSENCES, RAPPORT, Unite.POURCENTAGE, TAUX),
			e(Theme.ABSENTEISME, "gravite", ABSENCES, RAPPORT, Unite.JOURS_PAR_ARRET, DECIMAL_1),
			e(Theme.ABSENTEISME, "jours_moyens", ABSENCES, RAPPORT, Unite.JOURS_PAR_AGENT, DECIMAL_1),
			e(Theme.ABSENTEISME, "arrets_par_absent", ABSENCES, RAPPORT, Unite.ARRETS_PAR_AGENT, DECIMAL_1),
			e(Theme.ABSENTEISME, "part_agents_carence", ABSENCES, RAPPORT, Unite.POURCENTAGE, TAUX),
			// accidents du travail
			e(Theme.ACCIDENTS, "accidents", ACCIDENTS, ADDITIF, Unite.ACCIDENTS, ENTIER),
			e(Theme.ACCIDENTS, "jours", ACCIDENTS, ADDITIF, Unite.JOURS, ENTIER),
			e(Theme.ACCIDENTS, "indice_frequence", ACCIDENTS, RAPPORT, Unite.POUR_MILLE, DECIMAL_2),
			e(Theme.ACCIDENTS, "taux_gravite", ACCIDENTS, RAPPORT, Unite.POUR_MILLE, DECIMAL_2),
			// effectifs, mouvements, temps de travail (docs/methode-remunerations.md)
			e(Theme.EFFECTIFS, "effectif", EFFECTIFS, ADDITIF, Unite.AGENTS, ENTIER),
			e(Theme.EFFECTIFS, "part", EFFECTIFS, RAPPORT, Unite.POURCENTAGE, TAUX),
			e(Theme.EFFECTIFS, "part_statut", EFFECTIFS, RAPPORT, Unite.POURCENTAGE, TAUX),
			e(Theme.EFFECTIFS, "etpr", EFFECTIFS, ADDITIF, Unite.ETP, DECIMAL_2),
			e(Theme.EFFECTIFS, "age_moyen", EFFECTIFS, RAPPORT, Unite.ANS, ANS),
			e(Theme.EFFECTIFS, "emploi_fonctionnel", EFFECTIFS, ADDITIF, Unite.AGENTS, ENTIER),
			e(Theme.EFFECTIFS, "arrivees", MOUVEMENTS, ADDITIF, Unite.AGENTS, ENTIER),
			e(Theme.EFFECTIFS, "departs", MOUVEMENTS, ADDITIF, Unite.AGENTS, ENTIER),
			e(Theme.EFFECTIFS, "effectif_precedent", MOUVEMENTS, ADDITIF, Unite.AGENTS, ENTIER),
			e(Theme.EFFECTIFS, "variation_effectif", MOUVEMENTS, RAPPORT, Unite.POURCENTAGE, TAUX),
			e(Theme.EFFECTIFS, "taux_rotation", MOUVEMENTS, RAPPORT, Unite.POURCENTAGE, TAUX),
			e(Theme.EFFECTIFS, "temps_complet", TEMPS_DE_TRAVAIL, ADDITIF, Unite.AGENTS, ENTIER),
			e(Theme.EFFECTIFS, "temps_non_complet", TEMPS_DE_TRAVAIL, ADDITIF, Unite.AGENTS, ENTIER),
			e(Theme.EFFECTIFS, "temps_partiel", TEMPS_DE_TRAVAIL, ADDITIF, Unite.AGENTS, ENTIER),
			e(Theme.EFFECTIFS, "temps_partiel_de_droit", TEMPS_DE_TRAVAIL, ADDITIF, Unite.AGENTS, ENTIER),
			e(Theme.EFFECTIFS, "temps_partiel_sur_autorisation", TEMPS_DE_TRAVAIL, ADDITIF, Unite.AGENTS, ENTIER),
			// rémunérations
			e(Theme.REMUNERATIONS, "traitement_brut", PAIE, ADDITIF, Unite.EUROS, EUROS),
			e(Theme.REMUNERATIONS, "primes", PAIE, ADDITIF, Unite.EUROS, EUROS),
			e(Theme.REMUNERATIONS, "nbi", PAIE, ADDITIF, Unite.EUROS, EUROS),
			e(Theme.REMUNERATIONS, "sft", PAIE, ADDITIF, Unite.EUROS, EUROS),
			e(Theme.REMUNERATIONS, "heures_sup_montant", PAIE, ADDITIF, Unite.EUROS, EUROS),
			e(Theme.REMUNERATIONS, "heures_sup_nombre", PAIE, ADDITIF, Unite.HEURES, HEURES),
			e(Theme.REMUNERATIONS, "remuneration_annuelle_brute", PAIE, ADDITIF, Unite.EUROS, EUROS),
			e(Theme.REMUNERATIONS, "etpr", EFFECTIFS, ADDITIF, Unite.ETP, DECIMAL_2),
			e(Theme.REMUNERATIONS, "remuneration_moyenne_etpr", PAIE, RAPPORT, Unite.EUROS_PAR_ETP, EUROS),
			e(Theme.REMUNERATIONS, "part_primes", PAIE, RAPPORT, Unite.POURCENTAGE, TAUX),
			e(Theme.REMUNERATIONS, "heures_sup_par_agent", PAIE, RAPPORT, Unite.HEURES_PAR_AGENT, HEURES),
			e(Theme.REMUNERATIONS, "part_charges_personnel", PAIE, RAPPORT, Unite.POURCENTAGE, TAUX),
			e(Theme.REMUNERATIONS, "budget_fonctionnement", PAIE, ADDITIF, Unite.EUROS, EUROS),
			e(Theme.REMUNERATIONS, "charges_personnel", PAIE, ADDITIF, Unite.EUROS, EUROS),
			e(Theme.REMUNERATIONS, "part_traitement_brut", PAIE, RAPPORT, Unite.POURCENTAGE, TAUX),
			e(Theme.REMUNERATIONS, "part_nbi", PAIE, RAPPORT, Unite.POURCENTAGE, TAUX),
			e(Theme.REMUNERATIONS, "part_sft", PAIE, RAPPORT, Unite.POURCENTAGE, TAUX),
			e(Theme.REMUNERATIONS, "part_heures_sup", PAIE, RAPPORT, Unite.POURCENTAGE, TAUX),
			// égalité professionnelle
			e(Theme.EGALITE, "taux_feminisation", EGALITE, RAPPORT, Unite.POURCENTAGE, TAUX),
			e(Theme.EGALITE, "ecart_remuneration", EGALITE, RAPPORT, Unite.POURCENTAGE, TAUX),
			// accidents et maladies professionnelles déclarés (fichier accidents)
			e(Theme.ACCIDENTS_DECLARES, "accidents_declares", ACCIDENTS, ADDITIF, Unite.ACCIDENTS, ENTIER),
			e(Theme.ACCIDENTS_DECLARES, "accidents_sans_arret", ACCIDENTS, ADDITIF, Unite.ACCIDENTS, ENTIER),
			e(Theme.ACCIDENTS_DECLARES, "part_sans_arret", ACCIDENTS, RAPPORT, Unite.POURCENTAGE, TAUX),
			e(Theme.ACCIDENTS_DECLARES, "jours", ACCIDENTS, ADDITIF, Unite.JOURS, ENTIER),
			e(Theme.ACCIDENTS_DECLARES, "jours_par_accident", ACCIDENTS, RAPPORT, Unite.JOURS_PAR_ACCIDENT, DECIMAL_1),
			e(Theme.ACCIDENTS_DECLARES, "indice_frequence", ACCIDENTS, RAPPORT, Unite.POUR_MILLE, DECIMAL_2),
			e(Theme.ACCIDENTS_DECLARES, "taux_gravite", ACCIDENTS, RAPPORT, Unite.POUR_MILLE, DECIMAL_2),
			// décisions d'inaptitude, de reclassement, d'aménagement de poste (fichier
			// decisions-sante)
			e(Theme.DECISIONS_SANTE, "decisions", Famille.DECISIONS_SANTE, ADDITIF, Unite.NOMBRE, ENTIER),
			e(Theme.DECISIONS_SANTE, "agents_concernes", Famille.DECISIONS_SANTE, ADDITIF, Unite.AGENTS, ENTIER),
			e(Theme.DECISIONS_SANTE, "decisions_liees_at_mp", Famille.DECISIONS_SANTE, ADDITIF, Unite.NOMBRE, ENTIER),
			// actes de violence et signalements (fichier signalements)
			e(Theme.SIGNALEMENTS, "signalements", Famille.SIGNALEMENTS, ADDITIF, Unite.NOMBRE, ENTIER),
			e(Theme.SIGNALEMENTS, "signalements_pour_1000_agents", Famille.SIGNALEMENTS, RAPPORT, Unite.POUR_MILLE,
					DECIMAL_1),
			// formation (fichier formations)
			e(Theme.FORMATION, "agents_formes", Famille.FORMATION, ADDITIF, Unite.AGENTS, ENTIER),
			e(Theme.FORMATION, "part_agents_formes", Famille.FORMATION, RAPPORT, Unite.POURCENTAGE, TAUX),
			e(Theme.FORMATION, "jours_formation", Famille.FORMATION, ADDITIF, Unite.JOURS, DECIMAL_1),
			e(Theme.FORMATION, "jours_formation_par_agent", Famille.FORMATION, RAPPORT, Unite.JOURS_PAR_AGENT,
					DECIMAL_1),
			e(Theme.FORMATION, "jours_par_agent_forme", Famille.FORMATION, RAPPORT, Unite.JOURS_PAR_AGENT, DECIMAL_1),
			e(Theme.FORMATION, "actions_formation", Famille.FORMATION, ADDITIF, Unite.NOMBRE, ENTIER),
			e(Theme.FORMATION, "cout_formation", Famille.FORMATION, ADDITIF, Unite.EUROS, EUROS),
			e(Theme.FORMATION, "actions_avec_cout", Famille.FORMATION, ADDITIF, Unite.NOMBRE, ENTIER),
			// carrières : promotions, avancements, concours (fichier carrieres)
			e(Theme.CARRIERES, "evenements", Famille.CARRIERES, ADDITIF, Unite.NOMBRE, ENTIER),
			e(Theme.CARRIERES, "agents_concernes", Famille.CARRIERES, ADDITIF, Unite.AGENTS, ENTIER),
			e(Theme.CARRIERES, "taux_feminisation", Famille.CARRIERES, RAPPORT, Unite.POURCENTAGE, TAUX),
			// handicap et obligation d'emploi (colonnes facultatives des agents)
			e(Theme.HANDICAP, "boeth", Famille.HANDICAP, ADDITIF, Unite.AGENTS, ENTIER),
			e(Theme.HANDICAP, "part_boeth", Famille.HANDICAP, RAPPORT, Unite.POURCENTAGE, TAUX),
			e(Theme.HANDICAP, "etpr_assujettissement", Famille.HANDICAP, ADDITIF, Unite.ETP, DECIMAL_2),
			e(Theme.HANDICAP, "assujetti_obligation_emploi", Famille.HANDICAP, ADDITIF, Unite.OUI_NON, ENTIER),
			e(Theme.HANDICAP, "taux_emploi_direct", Famille.HANDICAP, RAPPORT, Unite.POURCENTAGE, TAUX),
			e(Theme.HANDICAP, "unites_manquantes", Famille.HANDICAP, ADDITIF, Unite.AGENTS, ENTIER),
			// télétravail, visites au médecin de prévention, conseil en évolution
			// professionnelle
			e(Theme.CONDITIONS_TRAVAIL, "teletravailleurs", CONDITIONS_DE_TRAVAIL, ADDITIF, Unite.AGENTS, ENTIER),
			e(Theme.CONDITIONS_TRAVAIL, "part_teletravail", CONDITIONS_DE_TRAVAIL, RAPPORT, Unite.POURCENTAGE, TAUX),
			e(Theme.CONDITIONS_TRAVAIL, "demandes_teletravail", CONDITIONS_DE_TRAVAIL, ADDITIF, Unite.AGENTS, ENTIER),
			e(Theme.CONDITIONS_TRAVAIL, "part_demandes_teletravail", CONDITIONS_DE_TRAVAIL, RAPPORT, Unite.POURCENTAGE,
					TAUX),
			e(Theme.CONDITIONS_TRAVAIL, "visites_sur_demande", CONDITIONS_DE_TRAVAIL, ADDITIF, Unite.NOMBRE, ENTIER),
			e(Theme.CONDITIONS_TRAVAIL, "agents_visite_sur_demande", CONDITIONS_DE_TRAVAIL, ADDITIF, Unite.AGENTS,
					ENTIER),
			e(Theme.CONDITIONS_TRAVAIL, "part_agents_visite_sur_demande", CONDITIONS_DE_TRAVAIL, RAPPORT,
					Unite.POURCENTAGE, TAUX),
			e(Theme.CONDITIONS_TRAVAIL, "accompagnements_cep", CONDITIONS_DE_TRAVAIL, ADDITIF, Unite.NOMBRE, ENTIER),
			e(Theme.CONDITIONS_TRAVAIL, "agents_accompagnes_cep", CONDITIONS_DE_TRAVAIL, ADDITIF, Unite.AGENTS, ENTIER),
			// contrats des contractuels
			e(Theme.CONTRATS, "contractuels_cdi", Famille.CONTRATS, ADDITIF, Unite.AGENTS, ENTIER),
			e(Theme.CONTRATS, "part_cdi", Famille.CONTRATS, RAPPORT, Unite.POURCENTAGE, TAUX),
			e(Theme.CONTRATS, "effectif", Famille.CONTRATS, ADDITIF, Unite.AGENTS, ENTIER),
			e(Theme.CONTRATS, "agents_employes_annee", Famille.CONTRATS, ADDITIF, Unite.AGENTS, ENTIER));

	/**
	 * Les réponses de l'employeur, une par rubrique du fichier employeur-rsu (le nom est
	 * celui de sa colonne), et ce que le calcul en tire : l'ancienneté du document
	 * unique, sa mise à jour dans l'année, les dépenses de prévention par agent.
	 */
	private static List<Entree> reponsesEmployeur() {
		List<Entree> r = new ArrayList<>();
		for (RubriqueEmployeur rubrique : RubriqueEmployeur.values()) {
			switch (rubrique.nature()) {
				case NOMBRE -> r.add(reponse(rubrique.colonne(), ADDITIF, Unite.NOMBRE, ENTIER));
				case DECIMAL -> r.add(reponse(rubrique.colonne(), ADDITIF,
						rubrique == RubriqueEmployeur.HEURES_DECHARGE ? Unite.HEURES : Unite.JOURS,
						rubrique == RubriqueEmployeur.HEURES_DECHARGE ? HEURES : DECIMAL_1));
				case MONTANT -> r.add(reponse(rubrique.colonne(), ADDITIF, Unite.EUROS, EUROS));
				case OUI_NON, CODE, CODES_MULTIPLES ->
					r.add(reponse(rubrique.colonne(), ADDITIF, Unite.OUI_NON, ENTIER));
				case DATE -> {
					// une date n'est pas un nombre du format long : elle devient les deux
					// indicateurs ci-dessous
				}
			}
		}
		r.add(reponse("duerp_anciennete_mois", ADDITIF, Unite.MOIS, ENTIER));
		r.add(reponse("duerp_maj_dans_l_annee", ADDITIF, Unite.OUI_NON, ENTIER));
		r.add(reponse("depenses_prevention_par_agent", RAPPORT, Unite.EUROS_PAR_AGENT, EUROS));
		return r;
	}

	private static Entree reponse(String nom, Nature nature, Unite unite, Affichage affichage) {
		return new Entree(Theme.EMPLOYEUR, nom, Famille.REPONSES_EMPLOYEUR, nature, unite, affichage);
	}

	private static final List<Entree> ENTREES = concatener(INDICATEURS_CALCULES, reponsesEmployeur());

	private static List<Entree> concatener(List<Entree> a, List<Entree> b) {
		List<Entree> r = new ArrayList<>(a);
		r.addAll(b);
		return List.copyOf(r);
	}

	private static final Map<Theme, Set<String>> NOMS_PAR_THEME = nomsParTheme();

	private Catalogue() {
	}

	private static Entree e(Theme theme, String nom, Famille famille, Nature nature, Unite unite, Affichage affichage) {
		return new Entree(theme, nom, famille, nature, unite, affichage);
	}

	private static Map<Theme, Set<String>> nomsParTheme() {
		Map<Theme, Set<String>> r = new EnumMap<>(Theme.class);
		for (Theme t : Theme.values()) {
			r.put(t, new LinkedHashSet<>());
		}
		for (Entree e : ENTREES) {
			if (!r.computeIfAbsent(e.theme(), t -> new LinkedHashSet<>()).add(e.nom())) {
				throw new IllegalStateException("indicateur en double dans le catalogue : " + e);
			}
		}
		r.replaceAll((t, noms) -> Collections.unmodifiableSet(noms));
		return Collections.unmodifiableMap(r);
	}

	/** Toutes les entrées, thème par thème, dans l'ordre du catalogue. */
	public static List<Entree> entrees() {
		return ENTREES;
	}

	/** Les noms des indicateurs du thème, dans l'ordre du catalogue. */
	public static Set<String> noms(Theme theme) {
		return NOMS_PAR_THEME.getOrDefault(theme, Set.of());
	}

	/** Les noms par thème (pour le vocabulaire des modèles). */
	public static Map<Theme, Set<String>> nomsParThemes() {
		return NOMS_PAR_THEME;
	}

	public static Optional<Entree> trouver(Theme theme, String nom) {
		for (Entree e : ENTREES) {
			if (e.theme() == theme && e.nom().equals(nom)) {
				return Optional.of(e);
			}
		}
		return Optional.empty();
	}

	/**
	 * Une entrée que le code nomme lui-même (un indicateur phare...) : son absence est
	 * une faute de programmation.
	 */
	public static Entree exiger(Theme theme, String nom) {
		return trouver(theme, nom)
			.orElseThrow(() -> new IllegalStateException("indicateur absent du catalogue : " + theme + " " + nom));
	}

	/**
	 * Les entrées de ce nom, tous thèmes confondus ({@code effectif}, {@code jours},
	 * {@code etpr} sont dans deux thèmes, avec le même affichage).
	 */
	public static List<Entree> duNom(String nom) {
		List<Entree> r = new ArrayList<>();
		for (Entree e : ENTREES) {
			if (e.nom().equals(nom)) {
				r.add(e);
			}
		}
		return r;
	}

}
