package fr.cdg.rsu.indicateurs.ventilation;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import fr.cdg.rsu.domaine.Agent;
import fr.cdg.rsu.domaine.Population;

/**
 * Les cellules d'un employeur pour un jeu de populations et de ventilations, créées à la
 * première rencontre d'un agent : une modalité n'existe que si la population y compte un
 * agent, ce qui est la règle d'écriture du contrat ; la cellule {@code ensemble} de
 * chaque population existe toujours, même vide.
 *
 * <p>
 * Chaque agent est ajouté une fois à chacune de ses cellules (au plus trois populations ×
 * les ventilations) : le coût est linéaire en agents, sans relecture de la liste par
 * cellule.
 *
 * @param <C> le cumul d'une cellule (compteurs mutables, propres au calcul)
 */
public final class Cumuls<C> {

	/** Visite d'une cellule, dans l'ordre d'affichage. */
	@FunctionalInterface
	public interface Visiteur<C> {

		void visiter(Population population, Ventilation ventilation, Modalite modalite, C cellule);

	}

	private final int annee;

	private final List<Population> populations;

	private final List<Ventilation> ventilations;

	private final Supplier<C> nouvelleCellule;

	/**
	 * [ordinal de population][rang de ventilation] ; null pour une population non suivie.
	 */
	private final Map<Modalite, C>[][] tables;

	/** Tables déjà triées, par identité de table. */
	private final Map<Map<Modalite, C>, List<Map.Entry<Modalite, C>>> triees = new IdentityHashMap<>();

	@SuppressWarnings("unchecked")
	public Cumuls(int annee, List<Population> populations, List<Ventilation> ventilations,
			Supplier<C> nouvelleCellule) {
		this.annee = annee;
		this.populations = List.copyOf(populations);
		this.ventilations = List.copyOf(ventilations);
		this.nouvelleCellule = nouvelleCellule;
		this.tables = new Map[Population.values().length][];
		for (Population population : this.populations) {
			Map<Modalite, C>[] parVentilation = new Map[this.ventilations.size()];
			for (int v = 0; v < parVentilation.length; v++) {
				parVentilation[v] = new HashMap<>();
			}
			this.tables[population.ordinal()] = parVentilation;
		}
		int ensemble = this.ventilations.indexOf(Ventilation.ENSEMBLE);
		if (ensemble < 0) {
			throw new IllegalArgumentException("la ventilation ensemble est obligatoire");
		}
		for (Population population : this.populations) {
			this.tables[population.ordinal()][ensemble].put(Modalite.ENSEMBLE, nouvelleCellule.get());
		}
	}

	/**
	 * Applique l'action à chaque cellule de l'agent (populations qui comptent son statut
	 * × ventilations).
	 */
	public void pourChaqueCellule(Agent agent, Consumer<? super C> action) {
		if (!triees.isEmpty()) {
			triees.clear();
		}
		ModaliteAxe[] valeurs = null;
		for (Population population : populations) {
			if (!population.inclut(agent.statut())) {
				continue;
			}
			if (valeurs == null) {
				valeurs = Ventilation.valeursDe(agent, annee);
			}
			Map<Modalite, C>[] parVentilation = tables[population.ordinal()];
			for (int v = 0; v < parVentilation.length; v++) {
				Modalite modalite = ventilations.get(v).modaliteDe(valeurs);
				action.accept(parVentilation[v].computeIfAbsent(modalite, m -> nouvelleCellule.get()));
			}
		}
	}

	/**
	 * Applique l'action à la seule cellule {@code ensemble} de chaque population de
	 * l'agent.
	 */
	public void pourChaqueEnsemble(Agent agent, Consumer<? super C> action) {
		for (Population population : populations) {
			if (population.inclut(agent.statut())) {
				action.accept(ensemble(population));
			}
		}
	}

	public C ensemble(Population population) {
		C cellule = table(population, Ventilation.ENSEMBLE).get(Modalite.ENSEMBLE);
		if (cellule == null) {
			throw new IllegalStateException("cellule ensemble absente");
		}
		return cellule;
	}

	/** La cellule d'une modalité, {@code null} quand aucun agent n'y tombe. */
	public @Nullable C cellule(Population population, Ventilation ventilation, Modalite modalite) {
		return table(population, ventilation).get(modalite);
	}

	/**
	 * Parcourt les cellules dans l'ordre : population, ventilation, puis modalités
	 * triées.
	 */
	public void parcourir(List<Population> pops, List<Ventilation> vents, Visiteur<? super C> visiteur) {
		for (Population population : pops) {
			for (Ventilation ventilation : vents) {
				for (Map.Entry<Modalite, C> cellule : triee(population, ventilation)) {
					visiteur.visiter(population, ventilation, cellule.getKey(), cellule.getValue());
				}
			}
		}
	}

	/**
	 * Les cellules d'une table triées par modalité. Le tri est gardé : plusieurs
	 * indicateurs parcourent la même table ; ajouter un agent l'invalide.
	 */
	private List<Map.Entry<Modalite, C>> triee(Population population, Ventilation ventilation) {
		Map<Modalite, C> table = table(population, ventilation);
		return triees.computeIfAbsent(table, t -> List.copyOf(new TreeMap<>(t).entrySet()));
	}

	private Map<Modalite, C> table(Population population, Ventilation ventilation) {
		Map<Modalite, C>[] parVentilation = tables[population.ordinal()];
		int v = ventilations.indexOf(ventilation);
		if (parVentilation == null || v < 0) {
			throw new IllegalArgumentException("table non cumulée : " + population + " " + ventilation.code());
		}
		return parVentilation[v];
	}

}
