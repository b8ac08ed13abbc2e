/**
 * Ce que partagent les calculs des thèmes facultatifs ({@code input-themes.md}) : les
 * cases où chaque agent tombe (population × dimension × modalité), dans l'ordre
 * d'écriture, et la fabrique des lignes.
 */
@NullMarked
package fr.cdg.rsu.indicateurs.themes;

import org.jspecify.annotations.NullMarked;
