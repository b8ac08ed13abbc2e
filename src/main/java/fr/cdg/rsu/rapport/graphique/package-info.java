/**
 * Les graphiques, dessinés par JFreeChart sur un {@link java.awt.Graphics2D} fourni par
 * l'exportateur (vectoriel dans le PDF). Seul paquet qui importe {@code org.jfree}. Le
 * thème est appliqué graphique par graphique (aucun état statique partagé), pour le rendu
 * en parallèle.
 */
@NullMarked
package fr.cdg.rsu.rapport.graphique;

import org.jspecify.annotations.NullMarked;
