package fr.cdg.rsu.rapport.modele;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

import fr.cdg.rsu.indicateurs.Indicateur;
import fr.cdg.rsu.indicateurs.Theme;
import fr.cdg.rsu.indicateurs.comparaison.LignesDeComparaison;

/** Les lignes d'un employeur, indexées par clé. Non modifiable après construction. */
public final class IndexIndicateurs {

	private final Map<Indicateur.Cle, Indicateur> parCle;

	/**
	 * Les thèmes qui ont au moins une ligne : un thème sans ligne vient d'un fichier non
	 * transmis.
	 */
	private final java.util.Set<Theme> themes;

	private final Map<List<Object>, List<Indicateur>> parSerie;

	/**
	 * Reçoit la clé de chaque ligne que l'assemblage d'un document lit pour l'imprimer.
	 */
	private final Consumer<Indicateur.Cle> lectures;

	public IndexIndicateurs(Collection<Indicateur> lignes) {
		this(lignes, cle -> {
		});
	}

	/**
	 * @param lectures reçoit la clé de chaque cellule demandée par un document
	 * ({@link #trouver}, {@link #serie}) : c'est ainsi que l'on sait ce que les modèles
	 * publient
	 */
	public IndexIndicateurs(Collection<Indicateur> lignes, Consumer<Indicateur.Cle> lectures) {
		this.lectures = lectures;
		Map<Indicateur.Cle, Indicateur> m = new HashMap<>();
		Map<List<Object>, List<Indicateur>> s = new HashMap<>();
		java.util.EnumSet<Theme> t = java.util.EnumSet.noneOf(Theme.class);
		for (Indicateur i : lignes) {
			m.put(i.cle(), i);
			s.computeIfAbsent(List.of(i.theme(), i.indicateur(), i.population(), i.groupe(), i.dimension()),
					k -> new ArrayList<>())
				.add(i);
			// les valeurs de la strate et de l'année précédente ne disent pas que
			// l'employeur a transmis ce thème
			if (!LignesDeComparaison.DIMENSION.equals(i.dimension())) {
				t.add(i.theme());
			}
		}
		// vues non modifiables plutôt que copies : recopier dans Map.copyOf rehachait
		// chaque clé, près du dixième du
		// rendu des documents d'un employeur
		this.themes = t;
		this.parCle = Collections.unmodifiableMap(m);
		this.parSerie = Collections.unmodifiableMap(s);
	}

	/**
	 * Vrai si le thème a au moins une ligne ; faux s'il vient d'un fichier qui n'a pas
	 * été transmis.
	 */
	public boolean aDesLignes(Theme theme) {
		return themes.contains(theme);
	}

	public @Nullable Indicateur trouver(Theme theme, String indicateur, String population, String groupe,
			String dimension, String modalite) {
		Indicateur.Cle cle = new Indicateur.Cle(theme, indicateur, population, groupe, dimension, modalite);
		lectures.accept(cle);
		return parCle.get(cle);
	}

	/**
	 * Les lignes d'une série (toutes les modalités d'une dimension), dans l'ordre
	 * d'arrivée.
	 */
	public List<Indicateur> serie(Theme theme, String indicateur, String population, String groupe, String dimension) {
		List<Indicateur> serie = lignesDeLaSerie(theme, indicateur, population, groupe, dimension);
		serie.forEach(i -> lectures.accept(i.cle()));
		return serie;
	}

	private List<Indicateur> lignesDeLaSerie(Theme theme, String indicateur, String population, String groupe,
			String dimension) {
		return parSerie.getOrDefault(List.of(theme, indicateur, population, groupe, dimension), List.of());
	}

	/**
	 * Les valeurs présentes de la dimension {@code nomDimension} dans les séries données
	 * (chacune : thème, indicateur, population, groupe, dimension composée), dans l'ordre
	 * du vocabulaire (ou alphabétique pour les cadres d'emplois), {@code non_renseigne}
	 * en dernier.
	 */
	public List<String> modalites(List<Indicateur.Cle> series, String nomDimension) {
		Set<String> vues = new LinkedHashSet<>();
		for (Indicateur.Cle c : series) {
			int rang = List.of(c.dimension().split("\\+")).indexOf(nomDimension);
			if (rang < 0) {
				continue;
			}
			// savoir quelles modalités existent n'imprime aucune cellule : pas de lecture
			// notée
			for (Indicateur i : lignesDeLaSerie(c.theme(), c.indicateur(), c.population(), c.groupe(), c.dimension())) {
				List<String> parties = Vocabulaire.decouper(i.dimension(), i.modalite());
				if (parties.size() > rang) {
					vues.add(parties.get(rang));
				}
			}
		}
		List<String> ordre = Vocabulaire.MODALITES.get(nomDimension);
		List<String> r = new ArrayList<>(vues);
		if (ordre != null) {
			r.sort(Comparator.comparingInt(v -> ordre.indexOf(v) < 0 ? Integer.MAX_VALUE : ordre.indexOf(v)));
		}
		else {
			r.sort(Comparator.comparing((String v) -> v.equals("non_renseigne")).thenComparing(v -> v));
		}
		return r;
	}

}
