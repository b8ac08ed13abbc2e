/**
 * Le thème {@code handicap} : bénéficiaires de l'obligation d'emploi (BOETH) sur les
 * emplois permanents, leur part, l'obligation d'emploi de 6 % (colonnes {@code boeth} et
 * {@code boeth_type} des agents).
 */
@NullMarked
package fr.cdg.rsu.indicateurs.handicap;

import org.jspecify.annotations.NullMarked;
