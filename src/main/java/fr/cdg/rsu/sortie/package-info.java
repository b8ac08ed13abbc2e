/**
 * Les sorties en fichiers plats : pour les machines, {@code indicateurs.csv} au format
 * long et la consolidation (virgule, UTF-8 sans BOM) ; pour le service RH,
 * {@code rejets.csv} et {@code avertissements.csv}, qu'il ouvre dans un tableur
 * ({@link fr.cdg.rsu.sortie.CsvTableur}). Chaque fichier est écrit sous un nom temporaire
 * puis renommé une fois complet.
 */
@NullMarked
package fr.cdg.rsu.sortie;

import org.jspecify.annotations.NullMarked;
