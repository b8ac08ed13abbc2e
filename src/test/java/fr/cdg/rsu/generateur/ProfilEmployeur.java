package fr.cdg.rsu.generateur;

import fr.cdg.rsu.domaine.TypeCollectivite;

/**
 * Ce qu'on demande au générateur pour un employeur.
 *
 * @param effectif nombre d'agents employés dans l'année (lignes du fichier agents)
 * @param intensiteAbsences multiplicateur des fréquences d'absence (1 = moyenne nationale
 * visée)
 * @param paieMensuelle une ligne de paie par mois de présence au lieu d'une ligne
 * annuelle
 * @param heuresPayees écrire la colonne heures_payees (sinon vide : ETPR × 1820)
 * @param budget écrire budget de fonctionnement et charges de personnel
 */
public record ProfilEmployeur(long graine, String siret, String nom, TypeCollectivite type, String departement,
		int effectif, double intensiteAbsences, boolean paieMensuelle, boolean heuresPayees, boolean budget) {
}
