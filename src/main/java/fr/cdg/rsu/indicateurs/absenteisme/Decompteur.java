package fr.cdg.rsu.indicateurs.absenteisme;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import fr.cdg.rsu.domaine.Absence;
import fr.cdg.rsu.domaine.Agent;
import fr.cdg.rsu.domaine.AnneeReference;
import fr.cdg.rsu.domaine.Motif;
import fr.cdg.rsu.indicateurs.Avertissement;

/**
 * Décompte des périodes d'un agent pour l'année (méthode, section 3) : une passe sur ses
 * périodes triées par date de début puis par rang dans le fichier, sans jamais énumérer
 * les jours. Les jours d'un chevauchement vont à la période commencée la première ; un
 * arrêt est une période non prolongation suivie de ses prolongations, compté s'il a au
 * moins un jour retenu dans l'année.
 */
final class Decompteur {

	/** Premier puis rang : c'est aussi l'ordre qui départage les chevauchements. */
	static final Comparator<Absence> ORDRE_CHRONOLOGIQUE = Comparator.comparing(Absence::dateDebut)
		.thenComparingLong(Absence::ordre);

	private Decompteur() {
	}

	/**
	 * @param periodes les périodes d'absence de l'agent (motifs hors absence déjà
	 * écartés), dans n'importe quel ordre
	 * @param avertissements reçoit les doublons, chevauchements, prolongations orphelines
	 * et dépassements de 365 jours
	 */
	static DecompteAgent decompter(Agent agent, List<Absence> periodes, int annee, List<Avertissement> avertissements) {
		DecompteAgent decompte = new DecompteAgent(agent);
		if (periodes.isEmpty()) {
			return decompte;
		}
		List<Absence> triees = sansDoublons(periodes, agent, avertissements);
		AnneeReference reference = new AnneeReference(annee);
		int debutAnnee = (int) reference.premierJour().toEpochDay();
		int finAnnee = (int) reference.dernierJour().toEpochDay();

		int n = triees.size();
		// indexés par arrêt : une période non prolongation ouvre un arrêt, ses
		// prolongations le rejoignent
		int[] joursArret = new int[n];
		Motif[] motifArret = new Motif[n];
		int[] dateAccidentArret = new int[n];
		boolean[] dateAccidentConnue = new boolean[n];
		int nbArrets = 0;
		int[] dernierArretDuMotif = new int[Motif.values().length];
		Arrays.fill(dernierArretDuMotif, -1);

		int couvertJusqua = debutAnnee - 1;
		@Nullable Absence derniereCouvrante = null;
		for (int i = 0; i < n; i++) {
			Absence p = triees.get(i);
			Motif motif = p.motif();
			int debut = (int) p.dateDebut().toEpochDay();
			int fin = p.dateFin() == null ? finAnnee : Math.min((int) p.dateFin().toEpochDay(), finAnnee);
			int debutDansAnnee = Math.max(debut, debutAnnee);
			int joursBruts = Math.max(0, fin - debutDansAnnee + 1);
			int joursRetenus = Math.max(0, fin - Math.max(debutDansAnnee, couvertJusqua + 1) + 1);
			if (joursRetenus < joursBruts && derniereCouvrante != null) {
				avertissements
					.add(new Avertissement(agent.siret(), TypeAvertissement.CHEVAUCHEMENT.code(), agent.matricule(),
							"Période " + decrire(p) + " recouverte sur " + (joursBruts - joursRetenus)
									+ " jour(s) de l'année par " + decrire(derniereCouvrante)
									+ " : jours comptés une fois, pour la période commencée la première"));
			}
			// une période commencée après l'année ne couvre rien (et toutes les suivantes
			// commencent après elle)
			if (fin >= debut && fin > couvertJusqua) {
				couvertJusqua = fin;
				derniereCouvrante = p;
			}

			int arret;
			int precedent = dernierArretDuMotif[motif.ordinal()];
			if (p.prolongation() && precedent >= 0) {
				arret = precedent;
			}
			else {
				if (p.prolongation()) {
					avertissements.add(new Avertissement(agent.siret(),
							TypeAvertissement.PROLONGATION_SANS_ARRET.code(), agent.matricule(),
							"Prolongation " + decrire(p)
									+ " sans arrêt antérieur du même motif dans les données : comptée comme un arrêt"));
				}
				arret = nbArrets++;
				motifArret[arret] = motif;
				dateAccidentArret[arret] = debut;
				dernierArretDuMotif[motif.ordinal()] = arret;
			}
			joursArret[arret] += joursRetenus;
			if (!dateAccidentConnue[arret] && p.dateAccident() != null) {
				dateAccidentArret[arret] = (int) p.dateAccident().toEpochDay();
				dateAccidentConnue[arret] = true;
			}
			// le jour de carence est le premier jour de l'arrêt : il pèse sur l'année où
			// la période commence
			if (p.joursCarence() > 0 && debut >= debutAnnee && debut <= finAnnee) {
				decompte.carence[motif.ordinal()] = true;
			}
		}

		Map<Long, Integer> joursParAccident = null;
		for (int a = 0; a < nbArrets; a++) {
			int m = motifArret[a].ordinal();
			decompte.jours[m] += joursArret[a];
			if (joursArret[a] > 0) {
				decompte.arrets[m]++;
			}
			if (motifArret[a].estAccidentDuTravail()) {
				if (joursParAccident == null) {
					joursParAccident = new HashMap<>();
				}
				// un accident = agent + motif + date : ses rechutes et ses arrêts
				// successifs n'en font qu'un
				long cle = ((long) m << 32) | (dateAccidentArret[a] & 0xFFFFFFFFL);
				joursParAccident.merge(cle, joursArret[a], Integer::sum);
			}
		}
		if (joursParAccident != null) {
			for (Map.Entry<Long, Integer> e : joursParAccident.entrySet()) {
				int date = (int) e.getKey().longValue();
				if (date >= debutAnnee && date <= finAnnee && e.getValue() > 0) {
					decompte.accidents[(int) (e.getKey() >>> 32)]++;
				}
			}
		}

		int total = decompte.joursTotal();
		// 366 jours en année bissextile sont normaux (toute l'année absente ; taux de
		// 100,27 % par la règle des
		// 365, que la méthode veut) ; au-delà de la longueur de l'année, des jours
		// seraient comptés deux fois
		if (total > java.time.Year.of(annee).length()) {
			avertissements.add(new Avertissement(agent.siret(), TypeAvertissement.PLUS_DE_365_JOURS.code(),
					agent.matricule(), total + " jours d'absence comptés dans l'année " + annee
							+ ", plus que l'année n'en compte : des jours sont comptés deux fois"));
		}
		return decompte;
	}

	/**
	 * Trie et retire les lignes identiques hors rang ; la première du fichier est gardée.
	 */
	private static List<Absence> sansDoublons(List<Absence> periodes, Agent agent, List<Avertissement> avertissements) {
		List<Absence> triees = new ArrayList<>(periodes);
		triees.sort(ORDRE_CHRONOLOGIQUE);
		if (triees.size() < 2) {
			return triees;
		}
		Set<CleDoublon> vues = new HashSet<>();
		List<Absence> uniques = new ArrayList<>(triees.size());
		for (Absence p : triees) {
			if (vues.add(CleDoublon.de(p))) {
				uniques.add(p);
			}
			else {
				avertissements.add(new Avertissement(agent.siret(), TypeAvertissement.DOUBLON.code(), agent.matricule(),
						"Période " + decrire(p) + " en double : comptée une fois"));
			}
		}
		return uniques;
	}

	/**
	 * Les dates des avertissements, lus par le service RH : JJ/MM/AAAA, comme dans ses
	 * exports.
	 */
	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

	static String decrire(Absence p) {
		return p.motif().code() + " du " + DATE.format(p.dateDebut()) + " au "
				+ (p.dateFin() == null ? "(ouverte)" : DATE.format(p.dateFin()))
				+ (p.prolongation() ? " (prolongation)" : "");
	}

	/**
	 * Tout ce qui définit une ligne d'absence d'un agent, sauf son rang dans le fichier.
	 */
	private record CleDoublon(Motif motif, LocalDate debut, @Nullable LocalDate fin, boolean prolongation,
			int joursCarence, @Nullable LocalDate dateAccident) {

		static CleDoublon de(Absence p) {
			return new CleDoublon(p.motif(), p.dateDebut(), p.dateFin(), p.prolongation(), p.joursCarence(),
					p.dateAccident());
		}

	}

}
