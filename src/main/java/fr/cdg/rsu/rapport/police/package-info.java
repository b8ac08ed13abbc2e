/**
 * La police des documents (Liberation Sans, fournie par openpdf-fonts-extra), chargée une
 * seule fois et partagée en lecture : les mêmes octets servent à la mise en page AWT des
 * graphiques et à l'incorporation dans le PDF.
 */
@NullMarked
package fr.cdg.rsu.rapport.police;

import org.jspecify.annotations.NullMarked;
