package fr.cdg.rsu.generateur;

/** Valeurs de la colonne {@code temps_travail} du contrat. */
public enum TempsTravail {

	COMPLET, NON_COMPLET

}
