package fr.cdg.rsu.domaine;

import org.jspecify.annotations.Nullable;

/**
 * Motif d'une période d'absence. Le groupe est le plus petit groupe qui contient le motif
 * ; {@code FORMATION} et {@code SYNDICAL} ne sont pas des absences (groupe nul) : lus,
 * comptés dans le rapport qualité, exclus des indicateurs.
 */
public enum Motif {

	MO(GroupeAbsence.COMPRESSIBLE, "Maladie ordinaire"),
	AT_SERVICE(GroupeAbsence.COMPRESSIBLE, "Accident du travail imputable au service"),
	AT_TRAJET(GroupeAbsence.COMPRESSIBLE, "Accident du travail imputable au trajet"),
	CLM(GroupeAbsence.MEDICAL, "Congé de longue maladie"), CLD(GroupeAbsence.MEDICAL, "Congé de longue durée"),
	CGM(GroupeAbsence.MEDICAL, "Congé de grave maladie"),
	DOS(GroupeAbsence.MEDICAL, "Disponibilité d'office pour raison de santé"),
	MP(GroupeAbsence.MEDICAL, "Maladie professionnelle ou contractée en service"),
	MATERNITE(GroupeAbsence.GLOBAL, "Maternité"), PATERNITE(GroupeAbsence.GLOBAL, "Paternité et accueil de l'enfant"),
	ADOPTION(GroupeAbsence.GLOBAL, "Adoption"), AUTRE(GroupeAbsence.GLOBAL, "Autres raisons"),
	FORMATION(null, "Formation"), SYNDICAL(null, "Motif syndical ou de représentation");

	private final @Nullable GroupeAbsence groupe;

	private final String libelle;

	Motif(@Nullable GroupeAbsence groupe, String libelle) {
		this.groupe = groupe;
		this.libelle = libelle;
	}

	/**
	 * Plus petit groupe contenant ce motif, ou {@code null} si ce n'est pas une absence.
	 */
	public @Nullable GroupeAbsence groupe() {
		return groupe;
	}

	public boolean estAbsence() {
		return groupe != null;
	}

	/** Accident du travail (service ou trajet) : compté dans les accidents de l'année. */
	public boolean estAccidentDuTravail() {
		return this == AT_SERVICE || this == AT_TRAJET;
	}

	public String code() {
		return name();
	}

	public String libelle() {
		return libelle;
	}

}
