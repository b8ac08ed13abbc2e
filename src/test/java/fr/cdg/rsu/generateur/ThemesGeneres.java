package fr.cdg.rsu.generateur;

import java.util.List;
import java.util.Map;

/**
 * Les fichiers facultatifs d'un employeur généré et les colonnes facultatives de ses
 * agents, en lignes typées (voir {@link Lignes}).
 *
 * @param lignes par fichier, ses lignes dans l'ordre des colonnes de
 * {@link NatureFacultative#colonnes()}
 * @param colonnesAgents par matricule, les valeurs de
 * {@link NatureFacultative#COLONNES_AGENTS}
 */
public record ThemesGeneres(Map<NatureFacultative, List<Object[]>> lignes, Map<String, Object[]> colonnesAgents) {
}
