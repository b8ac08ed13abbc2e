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

/**
 * Le catalogue des indicateurs du format long : le seul endroit où leurs noms sont écrits. Chaque entrée dit son
 * thème, sa famille, s'il s'additionne (un compte, une somme) ou s'il est un rapport (un taux, une moyenne), son unité
 * et son format d'affichage par défaut. Les autres listes en sont tirées : le vocabulaire des modèles de documents,
 * les formats par défaut des tableaux et du classeur, les facteurs des indicateurs phares ; un test vérifie que
 * chaque clé écrite par les calculs y figure ({@code docs/vocabulaire-indicateurs.md} en donne le sens).
 */
public final class Catalogue {

	/** Ce qu'un indicateur décrit, dans son thème. */
	public enum Famille {
		EFFECTIFS, MOUVEMENTS, TEMPS_DE_TRAVAIL, ABSENCES, ACCIDENTS, PAIE, EGALITE
	}

	/** Un compte ou une somme s'additionne d'une cellule à l'autre ; un rapport se recalcule (Σ num / Σ dén). */
	public enum Nature {
		ADDITIF, RAPPORT
	}

	/** L'unité de la valeur ; un rapport porte le facteur qui multiplie numérateur / dénominateur. */
	public enum Unite {

		AGENTS(1), JOURS(1), ARRETS(1), ACCIDENTS(1), ETP(1), ANS(1), EUROS(1), HEURES(1), POURCENTAGE(100),
		POUR_MILLE(1000), JOURS_PAR_ARRET(1), JOURS_PAR_AGENT(1), EUROS_PAR_ETP(1), HEURES_PAR_AGENT(1);

		private final BigDecimal facteur;

		Unite(int facteur) {
			this.facteur = BigDecimal.valueOf(facteur);
		}

		public BigDecimal facteur() {
			return facteur;
		}

	}

	/** Le format d'affichage par défaut (les formats des documents portent les mêmes noms). */
	public enum Affichage {
		ENTIER, DECIMAL_1, DECIMAL_2, TAUX, EUROS, HEURES, ANS
	}

	/** Un indicateur du catalogue. */
	public record Entree(Theme theme, String nom, Famille famille, Nature nature, Unite unite, Affichage affichage) {
	}

	private static final List<Entree> ENTREES = List.of(
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
			e(Theme.ABSENTEISME, "part_agents_carence", ABSENCES, RAPPORT, Unite.POURCENTAGE, TAUX),
			// accidents du travail
			e(Theme.ACCIDENTS, "accidents", ACCIDENTS, ADDITIF, Unite.ACCIDENTS, ENTIER),
			e(Theme.ACCIDENTS, "jours", ACCIDENTS, ADDITIF, Unite.JOURS, ENTIER),
			e(Theme.ACCIDENTS, "indice_frequence", ACCIDENTS, RAPPORT, Unite.POUR_MILLE, DECIMAL_2),
			e(Theme.ACCIDENTS, "taux_gravite", ACCIDENTS, RAPPORT, Unite.POUR_MILLE, DECIMAL_2),
			// effectifs, mouvements, temps de travail (docs/methode-remunerations.md)
			e(Theme.EFFECTIFS, "effectif", EFFECTIFS, ADDITIF, Unite.AGENTS, ENTIER),
			e(Theme.EFFECTIFS, "part", EFFECTIFS, RAPPORT, Unite.POURCENTAGE, TAUX),
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
			// égalité professionnelle
			e(Theme.EGALITE, "taux_feminisation", EGALITE, RAPPORT, Unite.POURCENTAGE, TAUX),
			e(Theme.EGALITE, "ecart_remuneration", EGALITE, RAPPORT, Unite.POURCENTAGE, TAUX));

	private static final Map<Theme, Set<String>> NOMS_PAR_THEME = nomsParTheme();

	private Catalogue() {
	}

	private static Entree e(Theme theme, String nom, Famille famille, Nature nature, Unite unite,
			Affichage affichage) {
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

	/** Une entrée que le code nomme lui-même (un indicateur phare...) : son absence est une faute de programmation. */
	public static Entree exiger(Theme theme, String nom) {
		return trouver(theme, nom)
			.orElseThrow(() -> new IllegalStateException("indicateur absent du catalogue : " + theme + " " + nom));
	}

	/**
	 * Les entrées de ce nom, tous thèmes confondus ({@code effectif}, {@code jours}, {@code etpr} sont dans deux
	 * thèmes, avec le même affichage).
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
