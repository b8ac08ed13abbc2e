/**
 * Les documents publiés d'un employeur : quatre synthèses PDF et le classeur des
 * indicateurs, produits par {@link fr.cdg.rsu.rapport.GenerateurDocuments} à partir des
 * lignes d'indicateurs et des modèles de {@code report-templates/}.
 */
@NullMarked
package fr.cdg.rsu.rapport;

import org.jspecify.annotations.NullMarked;
