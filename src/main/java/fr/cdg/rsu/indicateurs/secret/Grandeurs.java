package fr.cdg.rsu.indicateurs.secret;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import fr.cdg.rsu.domaine.GroupeAbsence;
import fr.cdg.rsu.domaine.Motif;
import fr.cdg.rsu.indicateurs.Indicateur;

/**
 * Les grandeurs additives qu'une ligne publiée donne à un attaquant : un compte donne sa
 * valeur, un rapport son numérateur et, quand ce n'est pas de la structure connue, son
 * dénominateur (la gravité donne les jours et les arrêts ; la part des primes, les primes
 * et la rémunération annuelle brute). Une même grandeur vue dans deux thèmes porte un
 * seul nom : les jours d'accident du travail de l'absentéisme et ceux du thème accidents.
 *
 * <p>
 * S'y ajoutent les identités entre grandeurs d'une même case, que tout lecteur connaît
 * par la méthode : les motifs d'un groupe d'absences, les natures d'accidents, les
 * composantes de la rémunération annuelle brute.
 */
final class Grandeurs {

	static final String ECART = "ecart";

	static final String RAB = "remuneration_annuelle_brute";

	/**
	 * Les composantes de la rémunération annuelle brute
	 * ({@code docs/methode-remunerations.md}).
	 */
	static final List<String> COMPOSANTES_PAIE = List.of("traitement_brut", "primes", "nbi", "sft",
			"heures_sup_montant");

	/**
	 * La composante dont chaque part de la rémunération annuelle brute est le numérateur.
	 */
	private static final Map<String, String> COMPOSANTE_DE_LA_PART = Map.of("part_primes", "primes",
			"part_traitement_brut", "traitement_brut", "part_nbi", "nbi", "part_sft", "sft", "part_heures_sup",
			"heures_sup_montant");

	private Grandeurs() {
	}

	/**
	 * Une grandeur et sa valeur vraie dans la ligne ({@code null} : non calculée, un
	 * dénominateur nul).
	 */
	record Revelee(String nom, @Nullable BigDecimal valeur) {
	}

	/**
	 * Ce que la ligne donne, grandeur par grandeur (vide pour la structure, que le secret
	 * ne protège pas).
	 */
	static List<Revelee> de(Indicateur l) {
		String g = l.groupe();
		BigDecimal num = l.numerateur() != null ? l.numerateur() : l.valeur();
		List<Revelee> r = new ArrayList<>(2);
		switch (l.theme()) {
			case ABSENTEISME -> {
				switch (l.indicateur()) {
					case "jours", "arrets", "agents_absents" ->
						r.add(new Revelee(l.indicateur() + "/" + g, l.valeur()));
					case "taux_absenteisme", "jours_moyens" -> r.add(new Revelee("jours/" + g, num));
					case "taux_exposition" -> r.add(new Revelee("agents_absents/" + g, num));
					case "taux_frequence" -> r.add(new Revelee("arrets/" + g, num));
					case "gravite" -> {
						r.add(new Revelee("jours/" + g, num));
						r.add(new Revelee("arrets/" + g, l.denominateur()));
					}
					case "arrets_par_absent" -> {
						r.add(new Revelee("arrets/" + g, num));
						r.add(new Revelee("agents_absents/" + g, l.denominateur()));
					}
					case "part_agents_carence" -> r.add(new Revelee("carence/" + g, num));
					default -> r.add(new Revelee(propre(l), num));
				}
			}
			case ACCIDENTS -> {
				switch (l.indicateur()) {
					case "accidents", "indice_frequence" -> r.add(new Revelee("accidents/" + g, num));
					// les jours d'un motif sont ceux de l'absentéisme ; le groupe vide,
					// les jours d'AT et de MP
					case "jours", "taux_gravite" -> r.add(new Revelee(g.isEmpty() ? "jours_at_mp" : "jours/" + g, num));
					default -> r.add(new Revelee(propre(l), num));
				}
			}
			case REMUNERATIONS -> {
				switch (l.indicateur()) {
					case "remuneration_moyenne_etpr" -> r.add(new Revelee(RAB, num));
					case "part_primes", "part_traitement_brut", "part_nbi", "part_sft", "part_heures_sup" -> {
						r.add(new Revelee(Objects.requireNonNull(COMPOSANTE_DE_LA_PART.get(l.indicateur())), num));
						r.add(new Revelee(RAB, l.denominateur()));
					}
					case "heures_sup_par_agent" -> {
						r.add(new Revelee("heures_sup_nombre", num));
						r.add(new Revelee("agents_heures_sup", l.denominateur()));
					}
					case "part_charges_personnel" -> {
						r.add(new Revelee("charges_personnel", num));
						r.add(new Revelee("budget_fonctionnement", l.denominateur()));
					}
					default -> r.add(new Revelee(l.indicateur(), l.numerateur() != null ? l.numerateur() : l.valeur()));
				}
			}
			case EFFECTIFS -> r.add(new Revelee(l.indicateur().equals("age_moyen") ? "somme_ages" : propre(l), num));
			case EGALITE -> r.add(new Revelee(l.indicateur().equals("ecart_remuneration") ? ECART : propre(l), num));
		}
		return r;
	}

	/**
	 * Un indicateur sans sens connu ici : une grandeur à lui, qui ne se combine avec
	 * aucune autre.
	 */
	private static String propre(Indicateur l) {
		return l.theme().code() + "/" + l.indicateur() + "/" + l.groupe();
	}

	/** Une identité d'une case : {@code total} = somme des {@code parties}. */
	record Identite(String total, List<String> parties) {
	}

	/**
	 * Les identités entre grandeurs d'une même case, tirées du domaine (groupes et motifs
	 * d'absence).
	 */
	static final List<Identite> IDENTITES = identites();

	private static List<Identite> identites() {
		List<Identite> liste = new ArrayList<>();
		for (String mesure : List.of("jours", "arrets")) {
			GroupeAbsence precedent = null;
			for (GroupeAbsence groupe : GroupeAbsence.values()) {
				List<String> parties = new ArrayList<>();
				if (precedent != null) {
					parties.add(mesure + "/" + precedent.code());
				}
				for (Motif m : Motif.values()) {
					if (m.groupe() == groupe) {
						parties.add(mesure + "/" + m.code());
					}
				}
				liste.add(new Identite(mesure + "/" + groupe.code(), List.copyOf(parties)));
				precedent = groupe;
			}
		}
		// le regroupement CLM + CLD de l'indicateur CCFP (ses agents absents ne
		// s'additionnent pas : un agent peut
		// avoir eu les deux congés)
		for (String mesure : List.of("jours", "arrets")) {
			liste.add(new Identite(mesure + "/CLM_CLD", List.of(mesure + "/CLM", mesure + "/CLD")));
		}
		liste.add(new Identite("jours_at_mp", List.of("jours/AT_SERVICE", "jours/AT_TRAJET", "jours/MP")));
		liste.add(new Identite("accidents/", List.of("accidents/AT_SERVICE", "accidents/AT_TRAJET")));
		liste.add(new Identite(RAB, COMPOSANTES_PAIE));
		return List.copyOf(liste);
	}

	/**
	 * Des grandeurs d'une même case nulles ensemble : zéro jour d'un motif, c'est zéro
	 * arrêt et zéro agent absent pour ce motif, et réciproquement ({@code declencheurs})
	 * ; sans jour d'accident du travail, pas d'accident (la réciproque est fausse : des
	 * jours peuvent venir d'un accident d'une année passée), d'où les {@code suivantes},
	 * qu'un zéro des déclencheurs annule sans pouvoir les annuler à son tour.
	 */
	record Nullite(List<String> declencheurs, List<String> suivantes) {
	}

	static final List<Nullite> NULLITES = nullites();

	private static List<Nullite> nullites() {
		List<Nullite> liste = new ArrayList<>();
		List<String> groupes = new ArrayList<>();
		for (GroupeAbsence g : GroupeAbsence.values()) {
			groupes.add(g.code());
		}
		for (Motif m : Motif.values()) {
			if (m.estAbsence()) {
				groupes.add(m.code());
			}
		}
		groupes.add("CLM_CLD");
		for (String g : groupes) {
			boolean accident = g.equals(Motif.AT_SERVICE.code()) || g.equals(Motif.AT_TRAJET.code());
			liste.add(new Nullite(List.of("jours/" + g, "arrets/" + g, "agents_absents/" + g),
					accident ? List.of("accidents/" + g) : List.of()));
		}
		liste.add(new Nullite(List.of("jours_at_mp"), List.of("accidents/")));
		return List.copyOf(liste);
	}

}
