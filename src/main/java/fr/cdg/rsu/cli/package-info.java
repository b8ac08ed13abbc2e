/**
 * La ligne de commande : options à la manière de Spring Boot
 * ({@code --annee=2024 --entree=... --sortie=...}), aide, lancement ou reprise de la
 * campagne, écran de fin et code de sortie.
 */
@NullMarked
package fr.cdg.rsu.cli;

import org.jspecify.annotations.NullMarked;
