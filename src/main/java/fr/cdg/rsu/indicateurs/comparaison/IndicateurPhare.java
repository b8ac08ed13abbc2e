package fr.cdg.rsu.indicateurs.comparaison;

import java.math.BigDecimal;

import fr.cdg.rsu.indicateurs.Catalogue;
import fr.cdg.rsu.indicateurs.Indicateur;
import fr.cdg.rsu.indicateurs.Theme;

/**
 * Les indicateurs d'ensemble comparés entre employeurs (consolidation, strates, évolution
 * N-1), chacun désigné par sa clé du format long (dimension {@code ensemble}) et le
 * facteur de son rapport.
 */
public enum IndicateurPhare {

	TAUX_ABSENTEISME_GLOBAL(Theme.ABSENTEISME, "taux_absenteisme", "permanents", "global", "Taux d'absentéisme global"),
	TAUX_ABSENTEISME_MEDICAL(Theme.ABSENTEISME, "taux_absenteisme", "permanents", "medical",
			"Taux d'absentéisme médical"),
	TAUX_ABSENTEISME_COMPRESSIBLE(Theme.ABSENTEISME, "taux_absenteisme", "permanents", "compressible",
			"Taux d'absentéisme compressible"),
	TAUX_EXPOSITION_GLOBAL(Theme.ABSENTEISME, "taux_exposition", "permanents", "global", "Taux d'exposition"),
	TAUX_FREQUENCE_GLOBAL(Theme.ABSENTEISME, "taux_frequence", "permanents", "global", "Taux de fréquence"),
	GRAVITE_GLOBALE(Theme.ABSENTEISME, "gravite", "permanents", "global", "Gravité (jours par arrêt)"),
	REMUNERATION_MOYENNE_ETPR(Theme.REMUNERATIONS, "remuneration_moyenne_etpr", "permanents", "",
			"Rémunération annuelle brute moyenne par ETPR"),
	PART_PRIMES(Theme.REMUNERATIONS, "part_primes", "permanents", "", "Part des primes"),
	TAUX_ROTATION(Theme.EFFECTIFS, "taux_rotation", "permanents", "", "Taux de rotation"),
	VARIATION_EFFECTIF(Theme.EFFECTIFS, "variation_effectif", "permanents", "", "Variation des effectifs");

	private final Theme theme;

	private final String indicateur;

	private final String population;

	private final String groupe;

	private final BigDecimal facteur;

	private final String libelle;

	IndicateurPhare(Theme theme, String indicateur, String population, String groupe, String libelle) {
		this.theme = theme;
		this.indicateur = indicateur;
		this.population = population;
		this.groupe = groupe;
		// le facteur du rapport (100 pour un pourcentage) est celui de l'unité de
		// l'indicateur au catalogue
		this.facteur = Catalogue.exiger(theme, indicateur).unite().facteur();
		this.libelle = libelle;
	}

	public boolean designe(Indicateur ligne) {
		return ligne.theme() == theme && ligne.indicateur().equals(indicateur) && ligne.population().equals(population)
				&& ligne.groupe().equals(groupe) && ligne.dimension().equals(Indicateur.ENSEMBLE);
	}

	/** La ligne est-elle celle d'un indicateur phare ? */
	public static boolean phare(Indicateur ligne) {
		if (!ligne.dimension().equals(Indicateur.ENSEMBLE)) {
			return false;
		}
		for (IndicateurPhare p : values()) {
			if (p.designe(ligne)) {
				return true;
			}
		}
		return false;
	}

	public Theme theme() {
		return theme;
	}

	public String indicateur() {
		return indicateur;
	}

	public String population() {
		return population;
	}

	public String groupe() {
		return groupe;
	}

	public BigDecimal facteur() {
		return facteur;
	}

	public String libelle() {
		return libelle;
	}

	/** Nom de colonne dans la consolidation. */
	public String colonne() {
		return (indicateur + "_" + population + (groupe.isEmpty() ? "" : "_" + groupe));
	}

}
