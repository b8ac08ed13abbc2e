/**
 * Les données facultatives du RSU ({@code docs/format-entree.md}, fichiers facultatifs) :
 * réponses de l'employeur, accidents et maladies professionnelles déclarés, décisions de
 * santé, signalements, formations, carrières, et les colonnes facultatives des agents.
 * Java pur : ni Spring, ni entrées-sorties.
 *
 * <p>
 * Un thème dont le fichier n'a pas été transmis n'est pas un thème vide :
 * {@link DonneesComplementaires} dit, thème par thème, ce qui a été transmis, pour que
 * les documents impriment « non renseigné » et jamais un zéro que personne n'a déclaré.
 */
@NullMarked
package fr.cdg.rsu.domaine.themes;

import org.jspecify.annotations.NullMarked;
