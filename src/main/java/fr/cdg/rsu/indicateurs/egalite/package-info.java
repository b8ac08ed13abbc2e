/**
 * L'égalité professionnelle (section 8 de la méthode) : taux de féminisation et écart de
 * rémunération entre femmes et hommes. Les autres comparaisons femmes / hommes se lisent
 * dans les lignes de dimension {@code sexe} des autres thèmes et ne sont pas recalculées
 * ici.
 */
@NullMarked
package fr.cdg.rsu.indicateurs.egalite;

import org.jspecify.annotations.NullMarked;
