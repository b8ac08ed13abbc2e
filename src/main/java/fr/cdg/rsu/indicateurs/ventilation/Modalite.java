package fr.cdg.rsu.indicateurs.ventilation;

import java.util.List;

import fr.cdg.rsu.indicateurs.Indicateur;

/**
 * La modalité d'une cellule : une valeur par dimension de la ventilation (aucune pour
 * {@code ensemble}). Clé des cumuls : égalité et tri sur les valeurs, dans l'ordre des
 * dimensions.
 */
public record Modalite(List<ModaliteAxe> parties) implements Comparable<Modalite> {

	public static final Modalite ENSEMBLE = new Modalite(List.of());

	public Modalite {
		parties = List.copyOf(parties);
	}

	/**
	 * Code écrit dans la colonne {@code modalite} : valeurs jointes par {@code +}, ou
	 * {@code ensemble}.
	 */
	public String code() {
		if (parties.isEmpty()) {
			return Indicateur.ENSEMBLE;
		}
		if (parties.size() == 1) {
			return parties.get(0).code();
		}
		StringBuilder code = new StringBuilder();
		for (ModaliteAxe partie : parties) {
			if (!code.isEmpty()) {
				code.append('+');
			}
			code.append(partie.code());
		}
		return code.toString();
	}

	@Override
	public int compareTo(Modalite autre) {
		int n = Math.min(parties.size(), autre.parties.size());
		for (int i = 0; i < n; i++) {
			int c = parties.get(i).compareTo(autre.parties.get(i));
			if (c != 0) {
				return c;
			}
		}
		return Integer.compare(parties.size(), autre.parties.size());
	}

}
