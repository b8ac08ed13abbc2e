package fr.cdg.rsu.indicateurs;

/**
 * Un avertissement de qualité des données relevé pendant le calcul (chevauchement, doublon, plus de 365 jours...),
 * destiné au rapport d'exécution. Ne contient pas de donnée nominative publiable : le matricule n'y figure que pour
 * le gestionnaire RH, dans {@code rapport-execution.json}.
 *
 * @param type code stable ({@code CHEVAUCHEMENT}, {@code DOUBLON}, {@code PLUS_DE_365_JOURS}...)
 */
public record Avertissement(String siret, String type, String matricule, String message) {
}
