package fr.cdg.rsu.batch;

import java.util.List;

/**
 * Ce qu'une étape fait pour un employeur ; renvoie un court résumé pour la ligne de
 * progression.
 */
@FunctionalInterface
interface TraitementEmployeur {

	String traiter(long campagne, String siret) throws Exception;

	/**
	 * Annonce les employeurs qui vont être traités dans la même transaction, dans cet
	 * ordre : une étape peut charger leurs lignes d'un coup (une requête par table pour
	 * le bloc plutôt qu'une par employeur).
	 */
	default void preparer(long campagne, List<String> bloc) {
	}

}
