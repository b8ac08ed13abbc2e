package fr.cdg.rsu.indicateurs.themes;

import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;

import fr.cdg.rsu.domaine.Population;
import fr.cdg.rsu.domaine.themes.ListeDeCodes;
import fr.cdg.rsu.indicateurs.Indicateur;
import fr.cdg.rsu.indicateurs.ventilation.Axe;
import fr.cdg.rsu.indicateurs.ventilation.ModaliteAxe;

/**
 * Une case d'un thème facultatif : une population, une dimension (simple, croisée ou
 * propre au thème, comme l'activité d'un accident) et une modalité. Les cases se trient
 * dans l'ordre d'écriture : population, rang de la dimension dans le thème, rang de la
 * modalité (non renseigné en dernier).
 *
 * @param population la population, ou {@code null} pour l'employeur (colonne
 * {@code population} vide)
 * @param rangDimension ordre de la dimension dans le thème
 * @param parties la valeur dans chaque partie de la dimension (vide pour
 * {@code ensemble})
 */
public record Case(@Nullable Population population, int rangDimension, String dimension,
		List<ModaliteAxe> parties) implements Comparable<Case> {

	private static final Comparator<Case> ORDRE = Comparator
		.comparingInt((Case c) -> c.population == null ? -1 : c.population.ordinal())
		.thenComparingInt(Case::rangDimension)
		.thenComparing(Case::dimension)
		.thenComparing(Case::parties, Case::comparerParties);

	public Case {
		parties = List.copyOf(parties);
	}

	/** La case d'ensemble d'une population. */
	public static Case ensemble(@Nullable Population population) {
		return new Case(population, 0, Indicateur.ENSEMBLE, List.of());
	}

	/**
	 * Une case d'une dimension propre au thème (activité, siège des lésions,
	 * organisme...).
	 */
	public static Case de(@Nullable Population population, int rangDimension, String dimension,
			@Nullable ListeDeCodes code) {
		return new Case(population, rangDimension, dimension, List.of(modalite(code)));
	}

	/**
	 * Une case à modalité libre (un code qui n'est pas d'une liste : {@code avec_arret}).
	 */
	public static Case libre(@Nullable Population population, int rangDimension, String dimension, int rang,
			String modalite) {
		return new Case(population, rangDimension, dimension, List.of(new ModaliteAxe(rang, modalite)));
	}

	/**
	 * La modalité d'un code d'une liste fermée, ou non renseignée ; son rang est celui de
	 * la liste.
	 */
	public static ModaliteAxe modalite(@Nullable ListeDeCodes code) {
		if (code == null) {
			return new ModaliteAxe(Integer.MAX_VALUE, Axe.NON_RENSEIGNE);
		}
		return new ModaliteAxe(((Enum<?>) code).ordinal(), code.code());
	}

	public String codePopulation() {
		return population == null ? "" : population.code();
	}

	/**
	 * Le code écrit dans la colonne {@code modalite} : {@code ensemble}, {@code F},
	 * {@code technique+F}...
	 */
	public String modalite() {
		if (parties.isEmpty()) {
			return Indicateur.ENSEMBLE;
		}
		StringBuilder sb = new StringBuilder();
		for (ModaliteAxe m : parties) {
			if (!sb.isEmpty()) {
				sb.append('+');
			}
			sb.append(m.code());
		}
		return sb.toString();
	}

	@Override
	public int compareTo(Case autre) {
		return ORDRE.compare(this, autre);
	}

	private static int comparerParties(List<ModaliteAxe> a, List<ModaliteAxe> b) {
		for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
			int c = a.get(i).compareTo(b.get(i));
			if (c != 0) {
				return c;
			}
		}
		return Integer.compare(a.size(), b.size());
	}

}
