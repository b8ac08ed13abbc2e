/**
 * Les effectifs au 31/12, les ETPR de l'année, l'âge moyen et les mouvements (arrivées,
 * départs, variation, rotation), le temps de travail (section 6 de la méthode).
 */
@NullMarked
package fr.cdg.rsu.indicateurs.effectifs;

import org.jspecify.annotations.NullMarked;
