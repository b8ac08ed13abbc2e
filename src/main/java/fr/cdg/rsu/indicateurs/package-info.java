/**
 * Le calcul des indicateurs RSU, en Java pur (ni Spring, ni entrées-sorties) : une
 * fonction des données validées d'un employeur vers les lignes du format long.
 */
@NullMarked
package fr.cdg.rsu.indicateurs;

import org.jspecify.annotations.NullMarked;
