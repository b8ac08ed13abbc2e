package fr.cdg.rsu.indicateurs.secret;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import fr.cdg.rsu.indicateurs.ventilation.Axe;

/**
 * Retrouve les valeurs d'une modalité croisée. Le séparateur {@code +} peut aussi figurer
 * dans une valeur ({@code 65+}, un libellé de cadre d'emplois) : on essaie les coupures
 * possibles, en n'acceptant pour une dimension à liste fermée qu'une valeur de sa liste,
 * le libellé libre (cadre d'emplois, dimension inconnue) prenant ce qui reste.
 */
final class DecoupageModalite {

	/** Valeurs acceptées par dimension à liste fermée, calculées une fois. */
	private static final Map<String, Set<String>> CONNUES;

	static {
		Map<String, Set<String>> connues = new HashMap<>();
		for (Axe axe : Axe.values()) {
			connues.put(axe.code(), axe.modalitesConnues());
		}
		CONNUES = Map.copyOf(connues);
	}

	private DecoupageModalite() {
	}

	/**
	 * Les valeurs par dimension, ou {@code null} si la modalité ne correspond pas à la
	 * dimension.
	 */
	static @Nullable List<String> decouper(List<String> dimensions, String modalite) {
		if (dimensions.size() == 1) {
			return List.of(modalite);
		}
		List<Set<String>> acceptees = new ArrayList<>(dimensions.size());
		for (String dimension : dimensions) {
			acceptees.add(CONNUES.getOrDefault(dimension, Set.of()));
		}
		String[] parties = new String[dimensions.size()];
		return essayer(acceptees, modalite, 0, 0, parties) ? List.of(parties) : null;
	}

	private static boolean essayer(List<Set<String>> acceptees, String modalite, int rang, int debut,
			String[] parties) {
		if (rang == parties.length - 1) {
			String reste = modalite.substring(debut);
			if (!accepte(acceptees.get(rang), reste)) {
				return false;
			}
			parties[rang] = reste;
			return true;
		}
		for (int plus = modalite.indexOf('+', debut); plus >= 0; plus = modalite.indexOf('+', plus + 1)) {
			String valeur = modalite.substring(debut, plus);
			if (accepte(acceptees.get(rang), valeur)) {
				parties[rang] = valeur;
				if (essayer(acceptees, modalite, rang + 1, plus + 1, parties)) {
					return true;
				}
			}
		}
		return false;
	}

	/** Liste vide : libellé libre, toute valeur non vide convient. */
	private static boolean accepte(Set<String> acceptees, String valeur) {
		return acceptees.isEmpty() ? !valeur.isEmpty() : acceptees.contains(valeur);
	}

}
