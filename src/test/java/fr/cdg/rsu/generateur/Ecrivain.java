package fr.cdg.rsu.generateur;

import java.io.Closeable;
import java.io.IOException;

/** Reçoit les lignes une à une et les écrit aussitôt (rien n'est gardé en mémoire). */
public interface Ecrivain extends Closeable {

	void ecrire(Nature nature, Object[] ligne) throws IOException;

	/**
	 * Une ligne d'un fichier facultatif ; seuls les écrivains ouverts avec ces fichiers
	 * les écrivent.
	 */
	default void ecrire(NatureFacultative nature, Object[] ligne) throws IOException {
		throw new UnsupportedOperationException("cet écrivain n'écrit pas le fichier " + nature.nom());
	}

	default void ecrire(LotEmployeur lot) throws IOException {
		ecrire(Nature.COLLECTIVITES, Lignes.ligne(lot.collectivite()));
		for (AgentGenere a : lot.agents()) {
			ecrire(Nature.AGENTS, Lignes.ligne(a));
		}
		for (AbsenceGeneree a : lot.absences()) {
			ecrire(Nature.ABSENCES, Lignes.ligne(a));
		}
		for (PaieGeneree p : lot.paies()) {
			ecrire(Nature.REMUNERATIONS, Lignes.ligne(p));
		}
	}

}
