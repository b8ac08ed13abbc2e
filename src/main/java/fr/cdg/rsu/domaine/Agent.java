package fr.cdg.rsu.domaine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Un agent employé à un moment de l'année de référence, tel que lu dans le fichier
 * agents.
 *
 * @param quotite quotité de temps partiel en pourcentage (100 = temps plein)
 * @param tempsNonComplet emploi à temps non complet ({@code temps_travail = NON_COMPLET})
 */
public record Agent(String siret, String matricule, Sexe sexe, LocalDate dateNaissance, Statut statut,
		@Nullable Categorie categorie, @Nullable Filiere filiere, @Nullable String cadreEmplois,
		boolean emploiFonctionnel, boolean tempsNonComplet, BigDecimal quotite, boolean tempsPartielDeDroit,
		@Nullable LocalDate dateEntree, @Nullable LocalDate dateSortie) {

	public static final BigDecimal TEMPS_PLEIN = BigDecimal.valueOf(100);

	public Agent {
		Objects.requireNonNull(siret, "siret");
		Objects.requireNonNull(matricule, "matricule");
		Objects.requireNonNull(sexe, "sexe");
		Objects.requireNonNull(dateNaissance, "dateNaissance");
		Objects.requireNonNull(statut, "statut");
		Objects.requireNonNull(quotite, "quotite");
	}

	/** Présent au jour donné : entré au plus tard ce jour, et pas sorti avant ce jour. */
	public boolean estPresentLe(LocalDate jour) {
		return (dateEntree == null || !dateEntree.isAfter(jour)) && (dateSortie == null || !dateSortie.isBefore(jour));
	}

	/**
	 * Présent au 31/12 de l'année : il compte dans les effectifs, dénominateurs des taux.
	 */
	public boolean estPresentAu31Decembre(int annee) {
		return estPresentLe(new AnneeReference(annee).dernierJour());
	}

	/** Âge révolu au 31/12 de l'année. */
	public int ageAu31Decembre(int annee) {
		return Period.between(dateNaissance, new AnneeReference(annee).dernierJour()).getYears();
	}

	/** À temps partiel (quotité inférieure à 100 %). */
	public boolean estATempsPartiel() {
		return quotite.compareTo(TEMPS_PLEIN) < 0;
	}

}
