package fr.cdg.rsu.indicateurs.absenteisme;

import java.util.List;

import fr.cdg.rsu.domaine.Agent;
import fr.cdg.rsu.domaine.Categorie;
import fr.cdg.rsu.domaine.Filiere;
import fr.cdg.rsu.indicateurs.Indicateur;
import fr.cdg.rsu.indicateurs.TranchesAge;

/**
 * Les dimensions de ventilation de l'absentéisme et des accidents. Chaque agent tombe
 * dans exactement une modalité de chaque dimension ({@value #NON_RENSEIGNE} quand il n'a
 * pas de valeur) : la somme des modalités redonne l'ensemble. Les modalités sont repérées
 * par leur rang dans {@link #modalites()}, qui fixe aussi l'ordre d'écriture.
 */
enum Dimension {

	ENSEMBLE("ensemble", List.of(Indicateur.ENSEMBLE)), SEXE("sexe", List.of("F", "H")),
	TRANCHE_AGE("tranche_age", TranchesAge.QUINQUENNALES), TRANCHE_AGE_3("tranche_age_3", TranchesAge.TROIS),
	CATEGORIE("categorie", List.of("A", "B", "C", Dimension.NON_RENSEIGNE)), FILIERE("filiere", modalitesFiliere());

	static final String NON_RENSEIGNE = "non_renseigne";

	private final String code;

	private final List<String> modalites;

	Dimension(String code, List<String> modalites) {
		this.code = code;
		this.modalites = modalites;
	}

	String code() {
		return code;
	}

	List<String> modalites() {
		return modalites;
	}

	/** Rang de la modalité de l'agent ; l'âge est l'âge révolu au 31/12 de l'année. */
	int rang(Agent agent, int annee) {
		return switch (this) {
			case ENSEMBLE -> 0;
			case SEXE -> agent.sexe().ordinal();
			case TRANCHE_AGE -> TranchesAge.rangQuinquennale(agent.ageAu31Decembre(annee));
			case TRANCHE_AGE_3 -> TranchesAge.rangTrois(agent.ageAu31Decembre(annee));
			case CATEGORIE -> {
				Categorie c = agent.categorie();
				yield c == null ? Categorie.values().length : c.ordinal();
			}
			case FILIERE -> {
				Filiere f = agent.filiere();
				yield f == null ? Filiere.values().length : f.ordinal();
			}
		};
	}

	private static List<String> modalitesFiliere() {
		String[] codes = new String[Filiere.values().length + 1];
		for (Filiere f : Filiere.values()) {
			codes[f.ordinal()] = f.code();
		}
		codes[codes.length - 1] = NON_RENSEIGNE;
		return List.of(codes);
	}

}
