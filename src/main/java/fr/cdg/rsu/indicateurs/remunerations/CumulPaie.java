package fr.cdg.rsu.indicateurs.remunerations;

import java.math.BigDecimal;

import fr.cdg.rsu.domaine.LignePaie;

/**
 * Sommes de paie d'un agent (ses lignes additionnées) ou d'une cellule (ses agents
 * additionnés). Mutable et propre au calcul d'un employeur : on ajoute, on ne partage
 * pas.
 */
public final class CumulPaie {

	private BigDecimal traitementBrut = BigDecimal.ZERO;

	private BigDecimal primes = BigDecimal.ZERO;

	private BigDecimal nbi = BigDecimal.ZERO;

	private BigDecimal sft = BigDecimal.ZERO;

	private BigDecimal heuresSupMontant = BigDecimal.ZERO;

	private BigDecimal heuresSupNombre = BigDecimal.ZERO;

	private BigDecimal etpr = BigDecimal.ZERO;

	/** Agents payés additionnés (1 pour le cumul d'un agent). */
	private int agents;

	/** Agents ayant au moins une heure supplémentaire ou complémentaire payée. */
	private int agentsHeuresSup;

	/** Ajoute une ligne de paie au cumul d'un agent. */
	public void ajouter(LignePaie ligne) {
		traitementBrut = traitementBrut.add(ligne.traitementBrut());
		primes = primes.add(ligne.primes());
		nbi = nbi.add(ligne.nbi());
		sft = sft.add(ligne.sft());
		heuresSupMontant = heuresSupMontant.add(ligne.heuresSupMontant());
		heuresSupNombre = heuresSupNombre.add(ligne.heuresSupNombre());
		etpr = etpr.add(ligne.etpr());
		agents = 1;
	}

	/** Ajoute le cumul d'un agent à celui d'une cellule. */
	public void ajouterAgent(CumulPaie agent) {
		traitementBrut = traitementBrut.add(agent.traitementBrut);
		primes = primes.add(agent.primes);
		nbi = nbi.add(agent.nbi);
		sft = sft.add(agent.sft);
		heuresSupMontant = heuresSupMontant.add(agent.heuresSupMontant);
		heuresSupNombre = heuresSupNombre.add(agent.heuresSupNombre);
		etpr = etpr.add(agent.etpr);
		agents += 1;
		// l'agent compte parmi ceux qui ont fait des heures quand ses lignes de l'année
		// en totalisent
		if (agent.heuresSupNombre.signum() > 0) {
			agentsHeuresSup += 1;
		}
	}

	public BigDecimal traitementBrut() {
		return traitementBrut;
	}

	public BigDecimal primes() {
		return primes;
	}

	public BigDecimal nbi() {
		return nbi;
	}

	public BigDecimal sft() {
		return sft;
	}

	public BigDecimal heuresSupMontant() {
		return heuresSupMontant;
	}

	public BigDecimal heuresSupNombre() {
		return heuresSupNombre;
	}

	public BigDecimal etpr() {
		return etpr;
	}

	/**
	 * Traitement + primes + NBI + SFT + heures supplémentaires (les heures elles-mêmes
	 * exclues).
	 */
	public BigDecimal remunerationAnnuelleBrute() {
		return traitementBrut.add(primes).add(nbi).add(sft).add(heuresSupMontant);
	}

	public int agents() {
		return agents;
	}

	public int agentsHeuresSup() {
		return agentsHeuresSup;
	}

}
