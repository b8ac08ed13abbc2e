/**
 * Le thème {@code employeur} : les réponses de l'employeur (fichier
 * {@code employeur-rsu}) : personnels et dépenses de prévention, documents et démarches,
 * instances, dialogue social, organisation, action sociale et protection sociale
 * complémentaire.
 */
@NullMarked
package fr.cdg.rsu.indicateurs.employeur;

import org.jspecify.annotations.NullMarked;
