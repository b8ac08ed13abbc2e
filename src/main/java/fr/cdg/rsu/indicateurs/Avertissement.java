package fr.cdg.rsu.indicateurs;

/**
 * Un avertissement de qualité des données relevé pendant le calcul (chevauchement,
 * doublon, plus de 365 jours...). Compté par type dans {@code rapport-execution.json},
 * sans donnée nominative ; le détail, avec le matricule, est écrit pour le service RH
 * dans {@code avertissements.csv} : le message est en français, ses dates en JJ/MM/AAAA.
 *
 * @param type code stable ({@code CHEVAUCHEMENT}, {@code DOUBLON},
 * {@code PLUS_DE_365_JOURS}...)
 */
public record Avertissement(String siret, String type, String matricule, String message) {
}
