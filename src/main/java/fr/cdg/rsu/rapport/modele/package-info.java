/**
 * Les modèles de documents (fichiers YAML de {@code report-templates/}) : lecture,
 * validation au démarrage contre le vocabulaire des indicateurs, et assemblage d'un
 * {@link fr.cdg.rsu.rapport.document.DocumentRapport} à partir des lignes d'un employeur.
 */
@NullMarked
package fr.cdg.rsu.rapport.modele;

import org.jspecify.annotations.NullMarked;
