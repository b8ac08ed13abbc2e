package fr.cdg.rsu.generateur;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import fr.cdg.rsu.domaine.Motif;

/**
 * Une période d'absence générée (une ligne d'absences) ; {@code dateFin} nulle = période
 * ouverte.
 */
public record AbsenceGeneree(String siret, String matricule, Motif motif, LocalDate dateDebut,
		@Nullable LocalDate dateFin, boolean prolongation, int joursCarence, @Nullable LocalDate dateAccident) {
}
