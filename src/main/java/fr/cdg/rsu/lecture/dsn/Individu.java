package fr.cdg.rsu.lecture.dsn;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Une occurrence d'individu (bloc 30) dans une déclaration, avec ses contrats et ses
 * versements : la seule partie d'un fichier gardée en mémoire pendant la lecture, le
 * temps d'être versée dans l'état de fusion de l'agent.
 */
final class Individu {

	final long ligne;

	@Nullable String nir;

	@Nullable String ntt;

	@Nullable String matricule;

	@Nullable String sexe;

	@Nullable String naissance;

	final List<Contrat> contrats = new ArrayList<>();

	final List<Versement> versements = new ArrayList<>();

	Individu(long ligne) {
		this.ligne = ligne;
	}

	@Nullable String identite() {
		if (nir != null && !nir.isBlank()) {
			return nir.strip();
		}
		return ntt != null && !ntt.isBlank() ? ntt.strip() : null;
	}

	/** Bloc 40. */
	static final class Contrat {

		final long ligne;

		@Nullable LocalDate debut;

		@Nullable String numero;

		@Nullable String statutEmploi;

		@Nullable String nature;

		@Nullable String dispositif;

		@Nullable String motifRecours;

		@Nullable String modaliteTemps;

		@Nullable String uniteTravail;

		@Nullable String grade;

		@Nullable String gradeAutre;

		@Nullable BigDecimal quotiteReference;

		@Nullable BigDecimal quotiteContrat;

		@Nullable BigDecimal tauxTempsPartiel;

		@Nullable BigDecimal pointsNbi;

		final List<Arret> arrets = new ArrayList<>();

		final List<Fin> fins = new ArrayList<>();

		final List<Suspension> suspensions = new ArrayList<>();

		Contrat(long ligne) {
			this.ligne = ligne;
		}

		boolean estMandatElu() {
			return "81".equals(nature);
		}

		String numeroOuVide() {
			return numero == null ? "" : numero.strip();
		}

		/** Part payée d'un temps partiel : 80 → 6/7, 90 → 32/35, x → x/100 (§6). */
		boolean estTempsPartiel() {
			return ("20".equals(modaliteTemps) || "41".equals(modaliteTemps) || "42".equals(modaliteTemps))
					&& tauxTempsPartiel != null;
		}

	}

	/** Bloc 60. */
	static final class Arret {

		final long ligne;

		@Nullable String motif;

		@Nullable LocalDate dernierJourTravaille;

		@Nullable LocalDate finPrevisionnelle;

		@Nullable LocalDate reprise;

		Arret(long ligne) {
			this.ligne = ligne;
		}

	}

	/** Bloc 62. */
	static final class Fin {

		final long ligne;

		@Nullable LocalDate date;

		@Nullable String motif;

		Fin(long ligne) {
			this.ligne = ligne;
		}

	}

	/** Bloc 65. */
	static final class Suspension {

		final long ligne;

		@Nullable String code;

		@Nullable LocalDate debut;

		@Nullable LocalDate fin;

		Suspension(long ligne) {
			this.ligne = ligne;
		}

	}

	/** Bloc 50 et ses blocs 51, 52, 78 › 81. */
	static final class Versement {

		final List<Remuneration> remunerations = new ArrayList<>();

		final List<Prime> primes = new ArrayList<>();

		final List<Base> bases = new ArrayList<>();

	}

	/** Bloc 51. */
	static final class Remuneration {

		@Nullable LocalDate debutPeriode;

		@Nullable String contrat;

		@Nullable String type;

		@Nullable BigDecimal nombreHeures;

		@Nullable BigDecimal montant;

	}

	/** Bloc 52. */
	static final class Prime {

		@Nullable String type;

		@Nullable BigDecimal montant;

		@Nullable LocalDate debutRattachement;

		@Nullable String contrat;

	}

	/** Bloc 78, et ses cotisations (bloc 81). */
	static final class Base {

		@Nullable LocalDate debutPeriode;

		final List<Cotisation> cotisations = new ArrayList<>();

	}

	/** Bloc 81. */
	static final class Cotisation {

		@Nullable String code;

		@Nullable BigDecimal montant;

	}

}
