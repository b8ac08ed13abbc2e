/**
 * La lecture des DSN mensuelles (norme NEODeS) d'un employeur : analyse en flux des
 * fichiers {@code *.dsn}, arbre des blocs, sélection des déclarations (envois de test,
 * natures, « annule et remplace », doublons), puis fusion des douze mois en agents,
 * absences et paies du domaine, les mêmes que celles des exports CSV. Les règles sont
 * celles de {@code docs/lecture-dsn.md}.
 */
@NullMarked
package fr.cdg.rsu.lecture.dsn;

import org.jspecify.annotations.NullMarked;
