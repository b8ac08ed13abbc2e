/**
 * Le secret statistique (section 9 de la méthode) : masquage des cellules reposant sur
 * trop peu d'agents, et masquage complémentaire pour qu'aucune cellule masquée ne se
 * retrouve par soustraction.
 */
@NullMarked
package fr.cdg.rsu.indicateurs.secret;

import org.jspecify.annotations.NullMarked;
