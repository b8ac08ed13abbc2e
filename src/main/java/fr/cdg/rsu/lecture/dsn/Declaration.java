package fr.cdg.rsu.lecture.dsn;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * L'en-tête d'une déclaration, relevé au premier passage : de quoi décider, avant de lire
 * les individus, si elle est gardée, remplacée, écartée comme doublon ou sautée.
 */
final class Declaration {

	/**
	 * Rang du fichier dans la liste des fichiers DSN, et rang de la déclaration dans son
	 * fichier.
	 */
	final int fichier;

	final int rangDansFichier;

	final long premiereLigne;

	boolean envoiDeTest;

	@Nullable String norme;

	@Nullable String emetteur;

	@Nullable String nature;

	@Nullable String type;

	@Nullable String fraction;

	@Nullable String numeroOrdre;

	@Nullable LocalDate moisPrincipal;

	@Nullable LocalDate constitution;

	@Nullable String constitutionTexte;

	@Nullable String cible;

	@Nullable String siren;

	@Nullable String nic;

	/** Sort décidé par la sélection. */
	Sort sort = Sort.GARDEE;

	@Nullable String raison;

	/**
	 * Rang dans l'ordre de traitement (mois principal, date de constitution, numéro
	 * d'ordre), si gardée.
	 */
	int rang = -1;

	/**
	 * Janvier de l'année suivante : seuls les évènements datés de l'année y sont pris.
	 */
	boolean janvierSuivant;

	Declaration(int fichier, int rangDansFichier, long premiereLigne) {
		this.fichier = fichier;
		this.rangDansFichier = rangDansFichier;
		this.premiereLigne = premiereLigne;
	}

	enum Sort {

		GARDEE, REMPLACEE, SUPPLANTEE, SAUTEE

	}

	@Nullable String siret() {
		return siren == null || nic == null ? null : siren + nic;
	}

	/**
	 * Le SIRET d'une déclaration candidate ou gardée : la sélection saute d'emblée celles
	 * qui n'en ont pas de valide ({@code Selection.selectionner}).
	 */
	String siretRetenu() {
		String s = siret();
		if (s == null) {
			throw new IllegalStateException("déclaration sans SIRET après la sélection : " + description());
		}
		return s;
	}

	/**
	 * Le mois principal d'une déclaration candidate ou gardée (sans mois principal, elle
	 * est sautée d'emblée).
	 */
	LocalDate mois() {
		LocalDate m = moisPrincipal;
		if (m == null) {
			throw new IllegalStateException("déclaration sans mois principal après la sélection : " + description());
		}
		return m;
	}

	/**
	 * {@code S20.G00.05.007} + {@code .004} : {@code 05042022} + {@code 1} =
	 * {@code 050420221}.
	 */
	@Nullable String identifiant() {
		return constitutionTexte == null || numeroOrdre == null ? null : constitutionTexte + numeroOrdre;
	}

	boolean estAnnuleEtRemplace() {
		return "03".equals(type) || "05".equals(type);
	}

	boolean estSansIndividu() {
		return "02".equals(type) || "05".equals(type);
	}

	/** Numéro d'ordre en nombre pour l'ordre de traitement (0 s'il est illisible). */
	long ordreNumerique() {
		try {
			return numeroOrdre == null ? 0 : Long.parseLong(numeroOrdre.strip());
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

	String description() {
		return "déclaration " + (identifiant() == null ? "(sans identifiant)" : identifiant()) + " du mois "
				+ (moisPrincipal == null ? "?" : DatesDsn.mois(moisPrincipal));
	}

}
