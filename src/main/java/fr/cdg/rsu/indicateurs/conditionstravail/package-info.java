/**
 * Le thème {@code conditions_travail} : télétravail, visites au médecin de prévention à
 * la demande de l'agent, accompagnements en conseil en évolution professionnelle
 * (colonnes facultatives des agents).
 */
@NullMarked
package fr.cdg.rsu.indicateurs.conditionstravail;

import org.jspecify.annotations.NullMarked;
