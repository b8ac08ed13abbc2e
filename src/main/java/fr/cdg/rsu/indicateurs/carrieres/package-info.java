/**
 * Le thème {@code carrieres} : promotions, concours, examens professionnels, avancements,
 * titularisations par sexe (fichier {@code carrieres}).
 */
@NullMarked
package fr.cdg.rsu.indicateurs.carrieres;

import org.jspecify.annotations.NullMarked;
