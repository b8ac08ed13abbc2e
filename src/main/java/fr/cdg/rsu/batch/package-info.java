/**
 * Le câblage Spring Batch de la campagne RSU : lecture des exports → calcul par employeur
 * (partitionné) → documents par employeur (partitionné) → bilan. Aucune règle métier ici
 * : elles sont dans {@code lecture} et {@code indicateurs}.
 */
@NullMarked
package fr.cdg.rsu.batch;

import org.jspecify.annotations.NullMarked;
