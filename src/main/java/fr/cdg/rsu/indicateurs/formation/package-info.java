/**
 * Le thème {@code formation} : agents formés, jours de formation, organismes et types
 * d'actions (fichier {@code formations}).
 */
@NullMarked
package fr.cdg.rsu.indicateurs.formation;

import org.jspecify.annotations.NullMarked;
