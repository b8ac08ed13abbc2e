/**
 * Le thème {@code decisions_sante} : temps partiels thérapeutiques, aménagements,
 * inaptitudes, reclassements, disponibilités d'office, retraites pour invalidité,
 * licenciements pour inaptitude (fichier {@code decisions-sante}).
 */
@NullMarked
package fr.cdg.rsu.indicateurs.decisionssante;

import org.jspecify.annotations.NullMarked;
