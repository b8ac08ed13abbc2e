package fr.cdg.rsu.indicateurs.comparaison;

import java.math.BigDecimal;

import fr.cdg.rsu.indicateurs.Indicateur;
import fr.cdg.rsu.indicateurs.Theme;

/**
 * Les indicateurs d'ensemble comparés entre employeurs (consolidation, strates, évolution N-1), chacun désigné par sa
 * clé du format long (dimension {@code ensemble}) et le facteur de son rapport.
 */
public enum IndicateurPhare {

	TAUX_ABSENTEISME_GLOBAL(Theme.ABSENTEISME, "taux_absenteisme", "permanents", "global", 100,
			"Taux d'absentéisme global"),
	TAUX_ABSENTEISME_MEDICAL(Theme.ABSENTEISME, "taux_absenteisme", "permanents", "medical", 100,
			"Taux d'absentéisme médical"),
	TAUX_ABSENTEISME_COMPRESSIBLE(Theme.ABSENTEISME, "taux_absenteisme", "permanents", "compressible", 100,
			"Taux d'absentéisme compressible"),
	TAUX_EXPOSITION_GLOBAL(Theme.ABSENTEISME, "taux_exposition", "permanents", "global", 100, "Taux d'exposition"),
	TAUX_FREQUENCE_GLOBAL(Theme.ABSENTEISME, "taux_frequence", "permanents", "global", 100, "Taux de fréquence"),
	GRAVITE_GLOBALE(Theme.ABSENTEISME, "gravite", "permanents", "global", 1, "Gravité (jours par arrêt)"),
	REMUNERATION_MOYENNE_ETPR(Theme.REMUNERATIONS, "remuneration_moyenne_etpr", "permanents", "", 1,
			"Rémunération annuelle brute moyenne par ETPR"),
	PART_PRIMES(Theme.REMUNERATIONS, "part_primes", "permanents", "", 100, "Part des primes"),
	TAUX_ROTATION(Theme.EFFECTIFS, "taux_rotation", "permanents", "", 100, "Taux de rotation"),
	VARIATION_EFFECTIF(Theme.EFFECTIFS, "variation_effectif", "permanents", "", 100, "Variation des effectifs");

	private final Theme theme;

	private final String indicateur;

	private final String population;

	private final String groupe;

	private final BigDecimal facteur;

	private final String libelle;

	IndicateurPhare(Theme theme, String indicateur, String population, String groupe, int facteur, String libelle) {
		this.theme = theme;
		this.indicateur = indicateur;
		this.population = population;
		this.groupe = groupe;
		this.facteur = BigDecimal.valueOf(facteur);
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
