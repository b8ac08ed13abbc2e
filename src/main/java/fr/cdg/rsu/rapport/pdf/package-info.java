/**
 * L'export PDF d'un {@link fr.cdg.rsu.rapport.document.DocumentRapport} avec Apache
 * PDFBox, balisé PDF/UA-1 et PDF/A-2a ({@code docs/pdf-accessible.md}) : seul paquet qui
 * importe {@code org.apache.pdfbox}. Graphiques vectoriels (XObject de formulaire dessiné
 * par {@link java.awt.Graphics2D}), police incorporée.
 */
@NullMarked
package fr.cdg.rsu.rapport.pdf;

import org.jspecify.annotations.NullMarked;
