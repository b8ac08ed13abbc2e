/**
 * Absentéisme et accidents du travail (méthode des observatoires des Centres de Gestion,
 * sections 1 à 5) : un décompte par agent (jours, arrêts, carence, accidents), puis une
 * agrégation en cellules population × groupe × dimension. Java pur, sans état partagé.
 * Les lectures de la méthode retenues sont décrites dans
 * {@code docs/methode-absenteisme.md}.
 */
@NullMarked
package fr.cdg.rsu.indicateurs.absenteisme;

import org.jspecify.annotations.NullMarked;
