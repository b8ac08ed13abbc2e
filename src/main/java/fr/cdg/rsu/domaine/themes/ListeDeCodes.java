package fr.cdg.rsu.domaine.themes;

import java.util.List;

/**
 * Une liste fermée de codes d'un fichier facultatif : chaque code a son libellé, et les
 * autres écritures qu'on lui connaît (sigles, libellés de l'arrêté du 10 décembre 2021).
 * La lecture les accepte tous.
 */
public interface ListeDeCodes {

	String name();

	String libelle();

	/** Autres écritures acceptées à la lecture, en plus du code et du libellé. */
	default List<String> alias() {
		return List.of();
	}

	/** Le code écrit dans les sorties : le nom de la constante. */
	default String code() {
		return name();
	}

}
