/**
 * Le document neutre, indépendant du format de sortie : sections, chiffres clés,
 * tableaux, graphiques et encadrés, dont chaque valeur est déjà mise en forme à la
 * française. Construit par {@code fr.cdg.rsu.rapport.modele} à partir des modèles et des
 * lignes d'indicateurs, puis exporté par {@code fr.cdg.rsu.rapport.pdf}.
 */
@NullMarked
package fr.cdg.rsu.rapport.document;

import org.jspecify.annotations.NullMarked;
