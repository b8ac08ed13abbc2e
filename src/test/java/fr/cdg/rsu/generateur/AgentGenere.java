package fr.cdg.rsu.generateur;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import fr.cdg.rsu.domaine.Categorie;
import fr.cdg.rsu.domaine.Filiere;
import fr.cdg.rsu.domaine.Sexe;
import fr.cdg.rsu.domaine.Statut;

/**
 * Un agent généré (une ligne d'agents).
 *
 * @param ratioTnc durée hebdomadaire du poste sur 35 heures (1 = temps complet) ; sert à
 * la paie, pas écrit
 * @param indiceMajore indice majoré de l'agent ; sert à la paie, pas écrit
 */
public record AgentGenere(String siret, String matricule, Sexe sexe, LocalDate dateNaissance, Statut statut,
		@Nullable Categorie categorie, @Nullable Filiere filiere, @Nullable String cadreEmplois,
		boolean emploiFonctionnel, boolean tempsNonComplet, int quotite, @Nullable Boolean tempsPartielDeDroit,
		@Nullable LocalDate dateEntree, @Nullable LocalDate dateSortie, double ratioTnc, int indiceMajore) {
}
