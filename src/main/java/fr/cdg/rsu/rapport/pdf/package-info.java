/**
 * L'export PDF d'un {@link fr.cdg.rsu.rapport.document.DocumentRapport} avec OpenPDF : seul paquet qui importe
 * {@code org.openpdf}. Graphiques vectoriels (gabarit PDF et {@link java.awt.Graphics2D}), police incorporée.
 */
@NullMarked
package fr.cdg.rsu.rapport.pdf;

import org.jspecify.annotations.NullMarked;
