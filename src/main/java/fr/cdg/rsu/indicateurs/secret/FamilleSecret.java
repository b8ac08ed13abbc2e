package fr.cdg.rsu.indicateurs.secret;

import java.util.Set;

import fr.cdg.rsu.indicateurs.Theme;

/**
 * Ce que protège le secret pour un indicateur ({@code docs/secret-statistique.md}, § 1) :
 * la seule table qui range chaque indicateur dans sa famille.
 */
public enum FamilleSecret {

	/**
	 * La composition du personnel (effectifs, parts, féminisation, ETPR, mouvements,
	 * temps de travail) : le CST la connaît, elle n'est jamais masquée.
	 */
	STRUCTURE,

	/** L'âge moyen : une moyenne sur un ou deux agents est leur âge. */
	AGE,

	/**
	 * Santé : tout l'absentéisme et les accidents du travail tirés des absences (jours,
	 * arrêts, agents absents, taux, gravité, carence).
	 */
	SANTE,

	/**
	 * Le handicap (bénéficiaires de l'obligation d'emploi), donnée de santé au sens du
	 * RGPD (art. 9), compté sur les agents présents au 31/12. Une famille à part de la
	 * santé : dans une même case que l'absentéisme, dont la population est celle des
	 * agents employés dans l'année, « 1 bénéficiaire parmi 1 contractuel non permanent
	 * présent » était publié au motif que la case comptait cinq saisonniers employés dans
	 * l'année.
	 */
	HANDICAP,

	/**
	 * Les accidents déclarés (fichier {@code accidents}), comptés sur les agents de la
	 * case présents au 31/12 et les partis victimes d'un accident. Une famille à part de
	 * l'absentéisme, dont la population compte aussi les partis absents pour un autre
	 * motif : dans une case commune, les accidents déclarés des 2 permanents présents
	 * d'un employeur de 3 agents étaient publiés parce que l'absentéisme des permanents
	 * comptait un partant absent (570 lignes de 1 ou 2 agents publiées sur 165 employeurs
	 * générés, {@code AttaqueSecretTest}).
	 */
	ACCIDENTS_DECLARES,

	/**
	 * Les décisions d'inaptitude, de reclassement... (fichier {@code decisions-sante}) :
	 * leur propre population.
	 */
	DECISIONS_SANTE,

	/**
	 * Les actes de violence et signalements (fichier {@code signalements}) : leur propre
	 * population.
	 */
	SIGNALEMENTS,

	/**
	 * Les visites au médecin de prévention à la demande de l'agent (colonne d'agent) :
	 * leur propre population.
	 */
	VISITES_MEDICALES,

	/**
	 * Paie : sommes, moyennes et parts des rémunérations, comptées sur les agents payés
	 * de la cellule.
	 */
	REMUNERATION,

	/**
	 * L'écart de rémunération femmes / hommes : il publie les deux moyennes (numérateur
	 * et dénominateur), il est protégé dès que l'un des deux sexes compte trop peu
	 * d'agents payés.
	 */
	ECART_REMUNERATION;

	/**
	 * Les indicateurs du thème rémunérations qui décrivent la structure et non la paie.
	 */
	private static final Set<String> STRUCTURE_DANS_LA_PAIE = Set.of("etpr");

	/**
	 * Les indicateurs des thèmes de santé qui décrivent la population de la case, pas la
	 * santé de ses agents.
	 */
	private static final Set<String> STRUCTURE_DANS_LA_SANTE = Set.of("effectif", "etpr_assujettissement",
			"assujetti_obligation_emploi");

	/**
	 * Dans les conditions de travail, ce qui touche à la santé : les visites au médecin
	 * de prévention.
	 */
	private static final Set<String> SANTE_DANS_LES_CONDITIONS = Set.of("visites_sur_demande",
			"agents_visite_sur_demande", "part_agents_visite_sur_demande");

	public static FamilleSecret de(Theme theme, String indicateur) {
		return switch (theme) {
			case EFFECTIFS -> indicateur.equals("age_moyen") ? AGE : STRUCTURE;
			// l'effectif d'une cellule d'absentéisme est celui du thème effectifs : de la
			// structure
			case ABSENTEISME -> indicateur.equals("effectif") ? STRUCTURE : SANTE;
			case ACCIDENTS -> SANTE;
			case REMUNERATIONS -> STRUCTURE_DANS_LA_PAIE.contains(indicateur) ? STRUCTURE : REMUNERATION;
			case EGALITE -> indicateur.equals("ecart_remuneration") ? ECART_REMUNERATION : STRUCTURE;
			// la santé des agents (secret.md : « health ») : accidents déclarés,
			// décisions d'inaptitude ou de
			// reclassement, actes de violence subis (une victime se reconnaît dans une
			// petite équipe), et le handicap,
			// donnée de santé au sens du RGPD (art. 9) : « 1 bénéficiaire parmi 2 femmes
			// de catégorie A » la désigne
			// chaque thème facultatif de santé a sa famille : sa population n'est pas
			// celle de l'absentéisme
			case ACCIDENTS_DECLARES -> STRUCTURE_DANS_LA_SANTE.contains(indicateur) ? STRUCTURE : ACCIDENTS_DECLARES;
			case DECISIONS_SANTE -> STRUCTURE_DANS_LA_SANTE.contains(indicateur) ? STRUCTURE : DECISIONS_SANTE;
			case SIGNALEMENTS -> STRUCTURE_DANS_LA_SANTE.contains(indicateur) ? STRUCTURE : SIGNALEMENTS;
			case HANDICAP -> STRUCTURE_DANS_LA_SANTE.contains(indicateur) ? STRUCTURE : HANDICAP;
			// une visite au médecin de prévention à sa demande dit quelque chose de la
			// santé de l'agent ; le
			// télétravail et le conseil en évolution professionnelle disent
			// l'organisation du travail
			case CONDITIONS_TRAVAIL -> SANTE_DANS_LES_CONDITIONS.contains(indicateur) ? VISITES_MEDICALES : STRUCTURE;
			// la formation et les carrières sont l'action de l'employeur sur ses agents,
			// que le CST examine (plan de
			// formation, lignes directrices de gestion) : ni santé ni paie, de la
			// structure, jamais masquée ; les
			// contrats sont la composition du personnel ; les réponses de l'employeur le
			// décrivent, lui
			case FORMATION, CARRIERES, CONTRATS, EMPLOYEUR -> STRUCTURE;
		};
	}

	public boolean protegee() {
		return this != STRUCTURE;
	}

}
