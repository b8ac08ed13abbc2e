package fr.cdg.rsu.indicateurs.ventilation;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import fr.cdg.rsu.domaine.Agent;
import fr.cdg.rsu.domaine.Categorie;
import fr.cdg.rsu.domaine.Filiere;
import fr.cdg.rsu.domaine.Sexe;
import fr.cdg.rsu.indicateurs.TranchesAge;

/**
 * Une dimension simple de ventilation, avec le code écrit dans la colonne
 * {@code dimension}. Les valeurs ({@link ModaliteAxe}) portent un rang pour que les
 * tableaux sortent dans l'ordre de lecture (F avant H, A B C, tranches d'âge croissantes)
 * et non dans l'ordre alphabétique.
 */
public enum Axe {

	SEXE("sexe"), CATEGORIE("categorie"), FILIERE("filiere"), CADRE_EMPLOIS("cadre_emplois"),
	TRANCHE_AGE("tranche_age"), TRANCHE_AGE_3("tranche_age_3");

	/**
	 * Modalité d'un agent sans valeur dans la dimension (catégorie d'un non-permanent,
	 * cadre d'emplois vide).
	 */
	public static final String NON_RENSEIGNE = "non_renseigne";

	private static final ModaliteAxe MODALITE_NON_RENSEIGNEE = new ModaliteAxe(Integer.MAX_VALUE, NON_RENSEIGNE);

	private static final ModaliteAxe[] SEXES = { new ModaliteAxe(0, Sexe.F.code()), new ModaliteAxe(1, Sexe.H.code()) };

	private static final ModaliteAxe[] CATEGORIES = modalites(
			List.of(Categorie.A.code(), Categorie.B.code(), Categorie.C.code()));

	private static final ModaliteAxe[] FILIERES = modalites(
			Arrays.stream(Filiere.values()).map(Filiere::code).toList());

	private static final ModaliteAxe[] AGES = modalites(TranchesAge.QUINQUENNALES);

	private static final ModaliteAxe[] AGES_3 = modalites(TranchesAge.TROIS);

	private final String code;

	Axe(String code) {
		this.code = code;
	}

	public String code() {
		return code;
	}

	/**
	 * Valeur de l'agent dans cette dimension.
	 * @param age âge révolu au 31/12, calculé une fois par agent par l'appelant
	 */
	public ModaliteAxe modalite(Agent agent, int age) {
		return switch (this) {
			case SEXE -> SEXES[agent.sexe().ordinal()];
			case CATEGORIE ->
				agent.categorie() == null ? MODALITE_NON_RENSEIGNEE : CATEGORIES[agent.categorie().ordinal()];
			case FILIERE -> agent.filiere() == null ? MODALITE_NON_RENSEIGNEE : FILIERES[agent.filiere().ordinal()];
			// libellé tel que lu : rang commun, l'ordre est alors celui du libellé
			case CADRE_EMPLOIS -> agent.cadreEmplois() == null || agent.cadreEmplois().isBlank()
					? MODALITE_NON_RENSEIGNEE : new ModaliteAxe(0, agent.cadreEmplois());
			case TRANCHE_AGE -> AGES[TranchesAge.rangQuinquennale(age)];
			case TRANCHE_AGE_3 -> AGES_3[TranchesAge.rangTrois(age)];
		};
	}

	/**
	 * Les modalités possibles quand la liste est fermée ({@link #NON_RENSEIGNE} compris)
	 * ; vide pour le cadre d'emplois, libellé libre.
	 */
	public Set<String> modalitesConnues() {
		ModaliteAxe[] connues = switch (this) {
			case SEXE -> SEXES;
			case CATEGORIE -> CATEGORIES;
			case FILIERE -> FILIERES;
			case CADRE_EMPLOIS -> new ModaliteAxe[0];
			case TRANCHE_AGE -> AGES;
			case TRANCHE_AGE_3 -> AGES_3;
		};
		if (connues.length == 0) {
			return Set.of();
		}
		HashSet<String> codes = new HashSet<>();
		for (ModaliteAxe m : connues) {
			codes.add(m.code());
		}
		codes.add(NON_RENSEIGNE);
		return Set.copyOf(codes);
	}

	public static Optional<Axe> depuisCode(String code) {
		for (Axe axe : values()) {
			if (axe.code.equals(code.toLowerCase(Locale.ROOT))) {
				return Optional.of(axe);
			}
		}
		return Optional.empty();
	}

	private static ModaliteAxe[] modalites(List<String> codes) {
		ModaliteAxe[] modalites = new ModaliteAxe[codes.size()];
		for (int i = 0; i < modalites.length; i++) {
			modalites[i] = new ModaliteAxe(i, codes.get(i));
		}
		return modalites;
	}

}
