package fr.cdg.rsu.generateur;

/**
 * Passage des objets générés aux lignes : un tableau de valeurs typées dans l'ordre des
 * colonnes canoniques de la {@link Nature}, suivi éventuellement de colonnes hors
 * contrat. Valeurs : {@code String} (écrite telle quelle), {@code LocalDate},
 * {@code BigDecimal}, {@code Integer}, {@code Boolean}, les énumérations du domaine,
 * {@link SerieExcel}, ou {@code null} (cellule vide).
 */
public final class Lignes {

	private Lignes() {
	}

	/**
	 * Une date que le classeur XLSX écrit en numéro de série Excel brut (cellule
	 * numérique sans format date).
	 */
	public record SerieExcel(java.time.LocalDate date) {

		public long numero() {
			return date.toEpochDay() - java.time.LocalDate.of(1899, 12, 30).toEpochDay();
		}

	}

	public static Object[] ligne(CollectiviteGeneree c) {
		return new Object[] { c.siret(), c.nom(), c.type(), c.departement(), c.budgetFonctionnement(),
				c.chargesPersonnel() };
	}

	public static Object[] ligne(AgentGenere a) {
		return new Object[] { a.siret(), a.matricule(), a.sexe(), a.dateNaissance(), a.statut(), a.categorie(),
				a.filiere(), a.cadreEmplois(), a.emploiFonctionnel(),
				a.tempsNonComplet() ? TempsTravail.NON_COMPLET : TempsTravail.COMPLET, a.quotite(),
				a.tempsPartielDeDroit(), a.dateEntree(), a.dateSortie() };
	}

	public static Object[] ligne(AbsenceGeneree a) {
		return new Object[] { a.siret(), a.matricule(), a.motif(), a.dateDebut(), a.dateFin(), a.prolongation(),
				a.joursCarence(), a.dateAccident() };
	}

	/**
	 * Ligne de paie, avec en colonne supplémentaire la période (mois) quand elle existe.
	 */
	public static Object[] ligne(PaieGeneree p) {
		return new Object[] { p.siret(), p.matricule(), p.traitementBrut(), p.primes(), p.nbi(), p.sft(),
				p.heuresSupMontant(), p.heuresSupNombre(), p.etpr(), p.heuresPayees(), p.periode() };
	}

}
