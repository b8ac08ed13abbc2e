/**
 * Les rémunérations des agents permanents payés dans l'année : sommes, rémunération
 * moyenne par ETPR, part des primes, heures supplémentaires, part des charges de
 * personnel (section 7 de la méthode).
 */
@NullMarked
package fr.cdg.rsu.indicateurs.remunerations;

import org.jspecify.annotations.NullMarked;
