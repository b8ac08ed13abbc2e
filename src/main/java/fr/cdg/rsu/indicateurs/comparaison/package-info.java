/**
 * Comparaisons entre employeurs : strate de chaque employeur (type et effectif au 31/12),
 * valeurs de strate en rapports poolés (Σ numérateurs / Σ dénominateurs, pas des moyennes
 * de taux), médiane des taux des employeurs, publication seulement à partir de 5
 * employeurs. Java pur.
 */
@NullMarked
package fr.cdg.rsu.indicateurs.comparaison;

import org.jspecify.annotations.NullMarked;
