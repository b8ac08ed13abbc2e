/**
 * Les sorties pour les machines : {@code indicateurs.csv} au format long, {@code rejets.csv},
 * {@code rapport-execution.json}. Chaque fichier est écrit sous un nom temporaire puis renommé une fois complet.
 */
@NullMarked
package fr.cdg.rsu.sortie;

import org.jspecify.annotations.NullMarked;
