package fr.cdg.rsu.domaine.themes;

import java.util.Locale;

/**
 * Les colonnes facultatives du fichier agents ({@code input-themes.md}, « New optional
 * columns of agents »). Une colonne absente du fichier n'est pas une colonne vide : sans
 * colonne {@code boeth}, le nombre de bénéficiaires de l'obligation d'emploi n'est pas
 * connu (et non nul).
 */
public enum ColonneAgent {

	BOETH, BOETH_TYPE, TELETRAVAIL, TELETRAVAIL_DEMANDE, VISITES_MEDECIN_SUR_DEMANDE, ACCOMPAGNEMENTS_CEP, CDI,
	MOTIF_CONTRAT;

	/** Nom canonique de la colonne : {@code visites_medecin_sur_demande}. */
	public String colonne() {
		return name().toLowerCase(Locale.ROOT);
	}

}
