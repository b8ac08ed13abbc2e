/**
 * Le classeur {@code indicateurs.xlsx} : une feuille lisible par thème, écrite en flux (POI {@code SXSSFWorkbook}).
 */
@NullMarked
package fr.cdg.rsu.rapport.classeur;

import org.jspecify.annotations.NullMarked;
