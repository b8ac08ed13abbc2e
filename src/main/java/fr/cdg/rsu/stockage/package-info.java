/**
 * Les tables de la campagne dans la base du job (HSQLDB par défaut, PostgreSQL par
 * configuration) : lignes validées en attente de calcul, rejets, comptes par fichier,
 * avertissements, indicateurs d'ensemble et sort de chaque employeur à chaque étape. SQL
 * paramétré, écritures par lots.
 */
@NullMarked
package fr.cdg.rsu.stockage;

import org.jspecify.annotations.NullMarked;
