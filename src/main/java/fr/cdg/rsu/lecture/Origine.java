package fr.cdg.rsu.lecture;

/**
 * Un enregistrement accepté et la ligne d'où il vient, pour le rejeter plus tard si
 * d'autres lignes le contredisent.
 */
public record Origine<T>(T enregistrement, String fichier, long ligne) {
}
