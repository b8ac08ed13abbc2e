package fr.cdg.rsu.indicateurs.absenteisme;

import fr.cdg.rsu.domaine.DonneesEmployeur;

/**
 * Le jeu de la synthèse absentéisme 2022 reconstituée
 * ({@link Synthese2022ReconstitueeTest}, agent par agent), pour les tests des autres
 * paquets : les documents produits à partir de ce jeu doivent imprimer les chiffres
 * publiés.
 */
public final class Synthese2022Reconstituee {

	/** Le SIRET de la commune reconstituée. */
	public static final String SIRET = JeuDeDonnees.SIRET;

	/** L'année des données. */
	public static final int ANNEE = 2022;

	private Synthese2022Reconstituee() {
	}

	/**
	 * Les données de l'employeur (agents, absences, paie), construites à chaque appel.
	 */
	public static DonneesEmployeur donnees() {
		return Synthese2022ReconstitueeTest.jeu().donnees();
	}

}
