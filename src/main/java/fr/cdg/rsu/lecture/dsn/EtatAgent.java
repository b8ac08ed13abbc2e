package fr.cdg.rsu.lecture.dsn;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import fr.cdg.rsu.domaine.Sexe;
import org.jspecify.annotations.Nullable;

/**
 * Ce que la fusion retient d'un individu d'un employeur, mois après mois. Chaque
 * évènement porte sa clé d'ordre (rang de la déclaration, puis ligne) : « la dernière
 * occurrence l'emporte » se décide en comparant des clés, et les fichiers peuvent être
 * lus dans n'importe quel ordre.
 */
final class EtatAgent {

	final String identite;

	/** Au moins un contrat autre qu'un mandat d'élu dans une déclaration de l'année. */
	boolean agent;

	/** Au moins un mandat d'élu (nature 81). */
	boolean elu;

	long cleIdentite = -1;

	@Nullable String matricule;

	@Nullable Sexe sexe;

	@Nullable LocalDate naissance;

	int fichier;

	String nomFichier = "";

	long ligne;

	/** Le dernier contrat (bloc 40) de la dernière déclaration de l'année. */
	long cleContrat = -1;

	Individu.@Nullable Contrat dernierContrat;

	@Nullable LocalDate entree;

	/** Numéros des contrats (hors mandats d'élu) déclarés dans l'année. */
	final Set<String> contratsAnnee = new HashSet<>();

	/** Dernier bloc 62 de chaque contrat, et la date de fin qu'un bloc 099 a annulée. */
	final Map<String, FinConnue> fins = new HashMap<>();

	final Map<String, ArretConnu> arrets = new LinkedHashMap<>();

	/** Dernière annulation (motif 99) par contrat et dernier jour travaillé. */
	final Map<String, Long> annulations = new HashMap<>();

	final Map<String, SuspensionConnue> suspensions = new LinkedHashMap<>();

	/** Dernière annulation (code 998) par contrat et date de début. */
	final Map<String, Long> annulationsSuspensions = new HashMap<>();

	BigDecimal traitement = BigDecimal.ZERO;

	BigDecimal primes = BigDecimal.ZERO;

	BigDecimal nbi = BigDecimal.ZERO;

	BigDecimal sft = BigDecimal.ZERO;

	BigDecimal heuresSupMontant = BigDecimal.ZERO;

	BigDecimal heuresSupNombre = BigDecimal.ZERO;

	/** Σ des fractions de mois rémunérées, avant la division par 12. */
	BigDecimal moisRemuneres = BigDecimal.ZERO;

	/** Fichier de chaque absence produite, par son ordre (pour la ligne d'origine). */
	final Map<Long, String> origineAbsence = new HashMap<>();

	EtatAgent(String identite) {
		this.identite = identite;
	}

	static final class FinConnue {

		long cle = -1;

		@Nullable LocalDate date;

		boolean annulee;

		/**
		 * Date de la fin annulée par un 099, pour l'avertissement quand les dates
		 * diffèrent.
		 */
		@Nullable LocalDate dateAnnulee;

	}

	static final class ArretConnu {

		long cle;

		String contrat = "";

		String motif = "";

		LocalDate dernierJourTravaille = LocalDate.MIN;

		@Nullable LocalDate finPrevisionnelle;

		@Nullable LocalDate reprise;

		@Nullable String statutEmploi;

		String fichier = "";

		long ligne;

		long ordre;

		/**
		 * Connu seulement par janvier de l'année suivante : gardé si son contrat est
		 * connu de l'année.
		 */
		boolean seulementJanvierSuivant;

	}

	static final class SuspensionConnue {

		long cle;

		String contrat = "";

		String code = "";

		LocalDate debut = LocalDate.MIN;

		@Nullable LocalDate fin;

		String fichier = "";

		long ligne;

		long ordre;

		boolean seulementJanvierSuivant;

	}

}
