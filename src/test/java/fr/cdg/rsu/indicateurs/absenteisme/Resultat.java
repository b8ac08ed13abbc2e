package fr.cdg.rsu.indicateurs.absenteisme;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import fr.cdg.rsu.indicateurs.Avertissement;
import fr.cdg.rsu.indicateurs.Indicateur;
import fr.cdg.rsu.indicateurs.ResultatEmployeur;
import fr.cdg.rsu.indicateurs.Theme;

/**
 * Accès par clé aux lignes d'un {@link ResultatEmployeur}, pour des assertions lisibles.
 */
final class Resultat {

	final ResultatEmployeur brut;

	private final Map<Indicateur.Cle, Indicateur> parCle = new HashMap<>();

	Resultat(ResultatEmployeur brut) {
		this.brut = brut;
		for (Indicateur i : brut.indicateurs()) {
			if (parCle.put(i.cle(), i) != null) {
				throw new AssertionError("clé en double : " + i.cle());
			}
		}
	}

	@Nullable Indicateur ligne(Theme theme, String indicateur, String population, String groupe, String dimension,
			String modalite) {
		return parCle.get(new Indicateur.Cle(theme, indicateur, population, groupe, dimension, modalite));
	}

	Indicateur abs(String indicateur, String population, String groupe) {
		return abs(indicateur, population, groupe, "ensemble", "ensemble");
	}

	Indicateur abs(String indicateur, String population, String groupe, String dimension, String modalite) {
		Indicateur i = ligne(Theme.ABSENTEISME, indicateur, population, groupe, dimension, modalite);
		if (i == null) {
			throw new AssertionError("ligne absente : " + indicateur + "/" + population + "/" + groupe + "/" + dimension
					+ "/" + modalite);
		}
		return i;
	}

	Indicateur acc(String indicateur, String population, String groupe, String dimension, String modalite) {
		Indicateur i = ligne(Theme.ACCIDENTS, indicateur, population, groupe, dimension, modalite);
		if (i == null) {
			throw new AssertionError("ligne absente : " + indicateur + "/" + population + "/" + groupe + "/" + dimension
					+ "/" + modalite);
		}
		return i;
	}

	/** Valeur d'un compte, en entier. */
	long n(String indicateur, String population, String groupe) {
		return valeur(abs(indicateur, population, groupe)).longValueExact();
	}

	/** Valeur arrondie à l'affichage (demi vers le haut), comme dans les documents. */
	static String arrondi(Indicateur i, int decimales) {
		return valeur(i).setScale(decimales, RoundingMode.HALF_UP).toPlainString();
	}

	static BigDecimal valeur(Indicateur i) {
		BigDecimal v = i.valeur();
		if (v == null) {
			throw new AssertionError("valeur vide : " + i);
		}
		return v;
	}

	List<Avertissement> avertissements(TypeAvertissement type) {
		return brut.avertissements().stream().filter(a -> a.type().equals(type.code())).toList();
	}

}
