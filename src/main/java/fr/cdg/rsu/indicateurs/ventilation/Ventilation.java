package fr.cdg.rsu.indicateurs.ventilation;

import java.util.List;

import fr.cdg.rsu.domaine.Agent;
import fr.cdg.rsu.indicateurs.Indicateur;

/**
 * Une ventilation : aucune dimension ({@code ensemble}), une, ou plusieurs croisées
 * ({@code categorie+sexe}).
 */
public record Ventilation(List<Axe> axes) {

	public static final Ventilation ENSEMBLE = new Ventilation(List.of());

	public Ventilation {
		axes = List.copyOf(axes);
	}

	public static Ventilation de(Axe... axes) {
		return new Ventilation(List.of(axes));
	}

	/** Code écrit dans la colonne {@code dimension}. */
	public String code() {
		if (axes.isEmpty()) {
			return Indicateur.ENSEMBLE;
		}
		StringBuilder code = new StringBuilder();
		for (Axe axe : axes) {
			if (!code.isEmpty()) {
				code.append('+');
			}
			code.append(axe.code());
		}
		return code.toString();
	}

	/**
	 * Modalité de l'agent ; {@code parAxe} : ses valeurs dans chaque dimension, indexées
	 * par ordinal.
	 */
	Modalite modaliteDe(ModaliteAxe[] parAxe) {
		return switch (axes.size()) {
			case 0 -> Modalite.ENSEMBLE;
			case 1 -> new Modalite(List.of(parAxe[axes.get(0).ordinal()]));
			default -> {
				ModaliteAxe[] parties = new ModaliteAxe[axes.size()];
				for (int i = 0; i < parties.length; i++) {
					parties[i] = parAxe[axes.get(i).ordinal()];
				}
				yield new Modalite(List.of(parties));
			}
		};
	}

	/**
	 * Valeurs de l'agent dans toutes les dimensions simples, indexées par ordinal
	 * d'{@link Axe}.
	 */
	static ModaliteAxe[] valeursDe(Agent agent, int annee) {
		int age = agent.ageAu31Decembre(annee);
		Axe[] tous = Axe.values();
		ModaliteAxe[] valeurs = new ModaliteAxe[tous.length];
		for (Axe axe : tous) {
			valeurs[axe.ordinal()] = axe.modalite(agent, age);
		}
		return valeurs;
	}

}
