package fr.cdg.rsu.indicateurs.absenteisme;

import java.util.List;

import fr.cdg.rsu.domaine.Agent;
import fr.cdg.rsu.domaine.Categorie;
import fr.cdg.rsu.domaine.Filiere;
import fr.cdg.rsu.indicateurs.Indicateur;

/**
 * Les dimensions de ventilation de l'absentéisme et des accidents. Chaque agent tombe dans exactement une modalité
 * de chaque dimension ({@value #NON_RENSEIGNE} quand il n'a pas de valeur) : la somme des modalités redonne
 * l'ensemble. Les modalités sont repérées par leur rang dans {@link #modalites()}, qui fixe aussi l'ordre d'écriture.
 */
enum Dimension {

	ENSEMBLE("ensemble", List.of(Indicateur.ENSEMBLE)),
	SEXE("sexe", List.of("F", "H")),
	TRANCHE_AGE("tranche_age",
			List.of("<20", "20-24", "25-29", "30-34", "35-39", "40-44", "45-49", "50-54", "55-59", "60-64", "65+")),
	TRANCHE_AGE_3("tranche_age_3", List.of("<30", "30-49", "50+")),
	CATEGORIE("categorie", List.of("A", "B", "C", Dimension.NON_RENSEIGNE)),
	FILIERE("filiere", modalitesFiliere());

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
			case TRANCHE_AGE -> rangTrancheAge(agent.ageAu31Decembre(annee));
			case TRANCHE_AGE_3 -> rangTrancheAge3(agent.ageAu31Decembre(annee));
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

	static int rangTrancheAge(int age) {
		if (age < 20) {
			return 0;
		}
		return Math.min(10, (age - 20) / 5 + 1);
	}

	static int rangTrancheAge3(int age) {
		return age < 30 ? 0 : age < 50 ? 1 : 2;
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
