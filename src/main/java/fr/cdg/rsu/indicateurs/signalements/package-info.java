/**
 * Le thème {@code signalements} : actes de violence, de harcèlement, de discrimination,
 * agissements sexistes et menaces signalés (fichier {@code signalements}, agrégé), par
 * type, auteur et arrêt, et pour 1 000 agents permanents.
 */
@NullMarked
package fr.cdg.rsu.indicateurs.signalements;

import org.jspecify.annotations.NullMarked;
