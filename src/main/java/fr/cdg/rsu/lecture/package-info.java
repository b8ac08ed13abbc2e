/**
 * La lecture des exports RH (CSV et XLSX) : détection de l'encodage et du séparateur,
 * correspondance tolérante des en-têtes, profils de correspondance, conversion des dates,
 * nombres et codes, et validation ligne à ligne. Chaque ligne lue finit acceptée (un
 * enregistrement du domaine) ou rejetée avec son motif.
 */
@NullMarked
package fr.cdg.rsu.lecture;

import org.jspecify.annotations.NullMarked;
