package fr.cdg.rsu.generateur;

import static fr.cdg.rsu.domaine.Filiere.*;

import java.util.EnumMap;
import java.util.Map;

import fr.cdg.rsu.domaine.Categorie;
import fr.cdg.rsu.domaine.Filiere;
import fr.cdg.rsu.domaine.Statut;
import fr.cdg.rsu.domaine.TypeCollectivite;

/**
 * Répartitions de la fonction publique territoriale utilisées par le générateur (ordres
 * de grandeur publiés).
 */
public final class Referentiels {

	private Referentiels() {
	}

	/** Valeur annuelle du point d'indice au 1/1/2024 (4,92278 € par mois). */
	static final double POINT_ANNUEL = 4.92278 * 12;

	static final Statut[] STATUTS = Statut.values();

	/** Poids TITULAIRE, STAGIAIRE, CONTRACTUEL_PERMANENT, CONTRACTUEL_NON_PERMANENT. */
	static double[] poidsStatuts(TypeCollectivite type) {
		return switch (type) {
			case COMMUNE -> new double[] { 74, 3, 13, 10 };
			case EPCI -> new double[] { 70, 3, 17, 10 };
			case CCAS -> new double[] { 55, 3, 25, 17 };
			case DEPARTEMENT -> new double[] { 80, 3, 10, 7 };
			case REGION -> new double[] { 82, 3, 10, 5 };
			case SDIS -> new double[] { 88, 4, 5, 3 };
			case SYNDICAT, AUTRE -> new double[] { 60, 3, 22, 15 };
		};
	}

	static final Filiere[] FILIERES = { ADMINISTRATIVE, TECHNIQUE, CULTURELLE, SPORTIVE, MEDICO_SOCIALE,
			MEDICO_TECHNIQUE, POLICE_MUNICIPALE, INCENDIE_SECOURS, ANIMATION, SOCIALE };

	static double[] poidsFilieres(TypeCollectivite type) {
		return switch (type) {
			case COMMUNE -> new double[] { 20, 50, 3, 1.5, 10, 0, 3, 0, 12.5, 0.5 };
			case EPCI -> new double[] { 28, 45, 6, 4, 6, 0.2, 0.5, 0, 6, 4 };
			case CCAS -> new double[] { 18, 12, 0, 0, 40, 0.5, 0, 0, 5, 25 };
			case DEPARTEMENT -> new double[] { 30, 35, 3, 0.5, 12, 1, 0, 0, 0.5, 18 };
			case REGION -> new double[] { 35, 55, 4, 1, 1, 0.5, 0, 0, 1, 2.5 };
			case SDIS -> new double[] { 12, 8, 0, 0, 1, 0.5, 0, 78, 0, 0.5 };
			case SYNDICAT -> new double[] { 25, 60, 2, 1, 3, 0, 0, 0, 8, 1 };
			case AUTRE -> new double[] { 40, 35, 5, 2, 5, 0, 0, 0, 8, 5 };
		};
	}

	/** Part de femmes par filière. */
	static double partFemmes(Filiere f) {
		return switch (f) {
			case ADMINISTRATIVE -> 0.82;
			case TECHNIQUE -> 0.40;
			case CULTURELLE -> 0.70;
			case SPORTIVE -> 0.30;
			case MEDICO_SOCIALE -> 0.93;
			case MEDICO_TECHNIQUE -> 0.75;
			case POLICE_MUNICIPALE -> 0.25;
			case INCENDIE_SECOURS -> 0.08;
			case ANIMATION -> 0.75;
			case SOCIALE -> 0.92;
		};
	}

	static final Categorie[] CATEGORIES = Categorie.values();

	/** Poids A, B, C par filière. */
	static double[] poidsCategories(Filiere f) {
		return switch (f) {
			case ADMINISTRATIVE -> new double[] { 10, 20, 70 };
			case TECHNIQUE -> new double[] { 2.5, 6.5, 91 };
			case CULTURELLE -> new double[] { 15, 35, 50 };
			case SPORTIVE -> new double[] { 10, 70, 20 };
			case MEDICO_SOCIALE -> new double[] { 12, 15, 73 };
			case MEDICO_TECHNIQUE -> new double[] { 30, 70, 0 };
			case POLICE_MUNICIPALE -> new double[] { 3, 12, 85 };
			case INCENDIE_SECOURS -> new double[] { 10, 15, 75 };
			case ANIMATION -> new double[] { 0, 12, 88 };
			case SOCIALE -> new double[] { 30, 12, 58 };
		};
	}

	private static final Map<Filiere, String[][]> CADRES = new EnumMap<>(Filiere.class);

	static {
		// par catégorie A, B, C
		CADRES.put(ADMINISTRATIVE, new String[][] { { "Attachés territoriaux", "Administrateurs territoriaux" },
				{ "Rédacteurs territoriaux" }, { "Adjoints administratifs territoriaux" } });
		CADRES.put(TECHNIQUE,
				new String[][] { { "Ingénieurs territoriaux" }, { "Techniciens territoriaux" },
						{ "Adjoints techniques territoriaux", "Adjoints techniques territoriaux",
								"Adjoints techniques territoriaux", "Adjoints techniques territoriaux",
								"Agents de maîtrise territoriaux" } });
		CADRES.put(CULTURELLE,
				new String[][] {
						{ "Bibliothécaires territoriaux", "Professeurs territoriaux d'enseignement artistique" },
						{ "Assistants territoriaux de conservation du patrimoine et des bibliothèques",
								"Assistants territoriaux d'enseignement artistique" },
						{ "Adjoints territoriaux du patrimoine" } });
		CADRES.put(SPORTIVE,
				new String[][] { { "Conseillers territoriaux des activités physiques et sportives" },
						{ "Éducateurs territoriaux des activités physiques et sportives" },
						{ "Opérateurs territoriaux des activités physiques et sportives" } });
		CADRES.put(MEDICO_SOCIALE,
				new String[][] {
						{ "Infirmiers territoriaux en soins généraux", "Puéricultrices territoriales",
								"Médecins territoriaux" },
						{ "Auxiliaires de puériculture territoriaux", "Auxiliaires de soins territoriaux" },
						{ "Agents territoriaux spécialisés des écoles maternelles" } });
		CADRES.put(MEDICO_TECHNIQUE, new String[][] { { "Biologistes, vétérinaires et pharmaciens territoriaux" },
				{ "Techniciens paramédicaux territoriaux" }, { "Techniciens paramédicaux territoriaux" } });
		CADRES.put(POLICE_MUNICIPALE, new String[][] { { "Directeurs de police municipale" },
				{ "Chefs de service de police municipale" }, { "Agents de police municipale" } });
		CADRES.put(INCENDIE_SECOURS,
				new String[][] {
						{ "Capitaines, commandants et lieutenants-colonels de sapeurs-pompiers professionnels" },
						{ "Lieutenants de sapeurs-pompiers professionnels" },
						{ "Sapeurs et caporaux de sapeurs-pompiers professionnels",
								"Sous-officiers de sapeurs-pompiers professionnels" } });
		CADRES.put(ANIMATION, new String[][] { { "Animateurs territoriaux" }, { "Animateurs territoriaux" },
				{ "Adjoints territoriaux d'animation" } });
		CADRES.put(SOCIALE, new String[][] {
				{ "Assistants territoriaux socio-éducatifs", "Éducateurs territoriaux de jeunes enfants",
						"Conseillers territoriaux socio-éducatifs" },
				{ "Moniteurs-éducateurs et intervenants familiaux territoriaux" }, { "Agents sociaux territoriaux" } });
	}

	static String cadreEmplois(Tirage t, Filiere f, Categorie c) {
		return t.parmi(CADRES.get(f)[c.ordinal()]);
	}

	/** Indice majoré plausible selon la catégorie et l'âge (ancienneté). */
	static int indiceMajore(Tirage t, Categorie c, int age, boolean contractuel) {
		double im = switch (c) {
			case C -> 366 + Math.max(0, age - 20) * 2.1;
			case B -> 392 + Math.max(0, age - 22) * 4.0;
			case A -> 420 + Math.max(0, age - 23) * 9.5;
		};
		double plafond = switch (c) {
			case C -> 478;
			case B -> 597;
			case A -> 830;
		};
		im = Math.min(im, plafond) * (1 + 0.05 * t.gauss());
		if (contractuel) {
			im *= 0.95;
		}
		return (int) Math.max(366, Math.round(im));
	}

	/** Régime indemnitaire (RIFSEEP) en part du traitement. */
	static double tauxPrimes(Tirage t, Statut s, Categorie c) {
		double base = switch (c) {
			case C -> 0.15;
			case B -> 0.23;
			case A -> 0.36;
		};
		if (s == Statut.CONTRACTUEL_PERMANENT) {
			base *= 0.7;
		}
		else if (s == Statut.CONTRACTUEL_NON_PERMANENT) {
			return t.chance(0.3) ? 0.03 + 0.04 * t.uniforme() : 0;
		}
		return Math.max(0, base * (1 + 0.2 * t.gauss()));
	}

	/** Quelques noms de lieux inventés pour nommer les employeurs fictifs. */
	private static final String[] DEBUTS = { "Val", "Mont", "Roche", "Belle", "Font", "Bois", "Clair", "Haute", "Pré",
			"Saule", "Grand", "Marn", "Vign", "Court", "Ville", "Brune", "Chanter", "Ros", "Lorm", "Aub" };

	private static final String[] FINS = { "brune", "fleury", "mont", "court", "ville", "ferrand", "aulnay", "sec",
			"lac", "moutier", "champ", "rive", "bourg", "noue", "vaux", "fontaine", "erin", "ouze", "igny", "ac" };

	static String nomLieu(Tirage t) {
		String nom = t.parmi(DEBUTS) + t.parmi(FINS);
		if (t.chance(0.15)) {
			nom = nom + "-sur-" + t.parmi(DEBUTS) + "ette";
		}
		return nom;
	}

	static String nomEmployeur(Tirage t, TypeCollectivite type) {
		String lieu = nomLieu(t);
		return switch (type) {
			case COMMUNE -> "Commune de " + lieu;
			case EPCI -> "Communauté de communes du Pays de " + lieu;
			case CCAS -> "CCAS de " + lieu;
			case DEPARTEMENT -> "Département de " + lieu;
			case REGION -> "Région " + lieu;
			case SDIS -> "SDIS de " + lieu;
			case SYNDICAT -> "Syndicat intercommunal des eaux de " + lieu;
			case AUTRE -> "Établissement public de " + lieu;
		};
	}

	/**
	 * SIRET fictif : 14 chiffres, clé de Luhn valide, SIREN commençant par 000 (aucun
	 * SIREN réel).
	 */
	public static String siret(long numero) {
		String base = String.format("000%06d%04d", numero % 1_000_000, (numero / 1_000_000) % 10_000);
		int somme = 0;
		for (int i = 0; i < 13; i++) {
			int c = base.charAt(12 - i) - '0';
			if (i % 2 == 0) {
				c *= 2;
				if (c > 9) {
					c -= 9;
				}
			}
			somme += c;
		}
		int cle = (10 - somme % 10) % 10;
		return base + cle;
	}

}
