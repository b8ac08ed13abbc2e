/**
 * Le thème {@code accidents_declares} : les accidents de service, de trajet et les
 * maladies professionnelles du fichier {@code accidents}, avec les jours de leurs
 * absences (synthèse santé, sécurité et conditions de travail).
 */
@NullMarked
package fr.cdg.rsu.indicateurs.accidentsdeclares;

import org.jspecify.annotations.NullMarked;
