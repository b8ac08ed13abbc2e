package fr.cdg.rsu.batch;

/** Ce qu'une étape fait pour un employeur ; renvoie un court résumé pour la ligne de progression. */
@FunctionalInterface
interface TraitementEmployeur {

	String traiter(long campagne, String siret) throws Exception;

}
