/**
 * Les faits RH d'une campagne RSU : employeurs, agents, absences, paie. Java pur : ni
 * Spring, ni entrées-sorties.
 */
@NullMarked
package fr.cdg.rsu.domaine;

import org.jspecify.annotations.NullMarked;
