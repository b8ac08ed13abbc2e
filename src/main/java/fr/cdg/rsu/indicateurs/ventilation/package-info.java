/**
 * Les ventilations des indicateurs (sexe, catégorie, filière, cadre d'emplois, tranches
 * d'âge, et leurs croisements) et le cumul d'un employeur en cellules : un seul passage
 * sur les agents, chaque agent ajouté à chacune de ses cellules, jamais de relecture par
 * cellule.
 */
@NullMarked
package fr.cdg.rsu.indicateurs.ventilation;

import org.jspecify.annotations.NullMarked;
