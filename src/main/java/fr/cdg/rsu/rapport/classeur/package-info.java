/**
 * Les classeurs : {@code indicateurs.xlsx}, une feuille lisible par thème, écrite en flux
 * avec fastexcel ; et {@code consolidation.xlsx}, écrit avec POI ({@code SXSSFWorkbook}).
 */
@NullMarked
package fr.cdg.rsu.rapport.classeur;

import org.jspecify.annotations.NullMarked;
