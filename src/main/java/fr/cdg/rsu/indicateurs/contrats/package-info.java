/**
 * Le thème {@code contrats} : CDI des contractuels sur emploi permanent, motifs de
 * recrutement des contractuels non permanents (colonnes {@code cdi} et
 * {@code motif_contrat} des agents).
 */
@NullMarked
package fr.cdg.rsu.indicateurs.contrats;

import org.jspecify.annotations.NullMarked;
