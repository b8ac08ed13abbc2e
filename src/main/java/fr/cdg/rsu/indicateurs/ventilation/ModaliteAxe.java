package fr.cdg.rsu.indicateurs.ventilation;

import java.util.Objects;

/**
 * La valeur d'un agent dans une dimension simple.
 *
 * @param rang ordre d'affichage dans la dimension ({@code non_renseigne} en dernier)
 * @param code valeur écrite dans la colonne {@code modalite}
 */
public record ModaliteAxe(int rang, String code) implements Comparable<ModaliteAxe> {

	public ModaliteAxe {
		Objects.requireNonNull(code, "code");
	}

	@Override
	public int compareTo(ModaliteAxe autre) {
		int parRang = Integer.compare(rang, autre.rang);
		return parRang != 0 ? parRang : code.compareTo(autre.code);
	}

}
