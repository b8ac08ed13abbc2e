package fr.cdg.rsu.indicateurs.signalements;

import java.math.BigDecimal;
import java.util.List;

import fr.cdg.rsu.domaine.Agent;
import fr.cdg.rsu.domaine.DonneesEmployeur;
import fr.cdg.rsu.domaine.Population;
import fr.cdg.rsu.domaine.Sexe;
import fr.cdg.rsu.domaine.themes.AuteurSignalement;
import fr.cdg.rsu.domaine.themes.FichierFacultatif;
import fr.cdg.rsu.domaine.themes.Signalement;
import fr.cdg.rsu.domaine.themes.TypeSignalement;
import fr.cdg.rsu.indicateurs.ResultatEmployeur;
import fr.cdg.rsu.indicateurs.Theme;
import fr.cdg.rsu.indicateurs.themes.Case;
import fr.cdg.rsu.indicateurs.themes.Cases;
import fr.cdg.rsu.indicateurs.themes.Ecriture;
import fr.cdg.rsu.indicateurs.ventilation.Axe;
import fr.cdg.rsu.indicateurs.ventilation.ModaliteAxe;

/**
 * Les actes signalés dans l'année, par type (groupe ; vide = tous les types) : à
 * l'ensemble, par auteur (usager, personnel), avec ou sans arrêt, auteur × arrêt, et par
 * sexe des victimes ; et pour 1 000 agents sur emploi permanent présents au 31/12
 * (synthèse RPS, indicateurs de la DGAFP).
 *
 * <p>
 * Le fichier est agrégé, sans nom : ses cases décrivent le personnel de l'employeur
 * (population {@code tous}, dont la population du secret est l'effectif au 31/12), pas un
 * sous-groupe d'agents. Toutes les modalités des auteurs et de l'arrêt sont écrites,
 * zéros compris : « aucun acte de violence physique d'un usager » est une information.
 */
public final class CalculSignalements {

	private static final TypeSignalement[] TYPES = TypeSignalement.values();

	private static final String AVEC_ARRET = "avec_arret";

	private static final String SANS_ARRET = "sans_arret";

	private CalculSignalements() {
	}

	static final class Cumul {

		/** Indice 0 = tous les types, puis chaque type. */
		final long[] nombre = new long[TYPES.length + 1];

	}

	public static ResultatEmployeur calculer(DonneesEmployeur donnees) {
		if (!donnees.complements().transmis(FichierFacultatif.SIGNALEMENTS)) {
			return new ResultatEmployeur(donnees.siret(), donnees.annee(), List.of(), List.of());
		}
		int annee = donnees.annee();
		int effectifTous = 0;
		int effectifPermanents = 0;
		for (Agent a : donnees.agents()) {
			if (a.estPresentAu31Decembre(annee)) {
				effectifTous++;
				if (a.statut().estPermanent()) {
					effectifPermanents++;
				}
			}
		}
		Population tous = Population.TOUS;
		Cases<Cumul> cases = new Cases<>(Cumul::new);
		// toutes les modalités d'abord : les zéros sont écrits
		cases.de(Case.ensemble(tous));
		for (AuteurSignalement auteur : AuteurSignalement.values()) {
			cases.de(Case.de(tous, 1, "auteur", auteur));
			for (boolean arret : new boolean[] { true, false }) {
				cases.de(croisement(tous, auteur, arret));
			}
		}
		for (boolean arret : new boolean[] { true, false }) {
			cases.de(arret(tous, arret));
		}
		for (Sexe s : Sexe.values()) {
			cases.de(sexe(tous, s));
		}
		for (Signalement s : donnees.complements().signalements()) {
			for (Case c : List.of(Case.ensemble(tous), Case.de(tous, 1, "auteur", s.auteur()),
					arret(tous, s.avecArret()), croisement(tous, s.auteur(), s.avecArret()),
					sexe(tous, s.sexeVictime()))) {
				Cumul cu = cases.de(c);
				cu.nombre[0] += s.nombre();
				cu.nombre[s.type().ordinal() + 1] += s.nombre();
			}
		}
		Ecriture e = new Ecriture(Theme.SIGNALEMENTS);
		for (var entree : cases.toutes().entrySet()) {
			Case c = entree.getKey();
			for (int g = 0; g <= TYPES.length; g++) {
				e.valeur("signalements", c, groupe(g), entree.getValue().nombre[g], effectifTous);
			}
		}
		// pour 1 000 agents sur emploi permanent : l'ensemble et chaque auteur
		for (var entree : cases.toutes().entrySet()) {
			Case c = entree.getKey();
			if (!c.dimension().equals("ensemble") && !c.dimension().equals("auteur")) {
				continue;
			}
			Case permanents = new Case(Population.PERMANENTS, c.rangDimension(), c.dimension(), c.parties());
			for (int g = 0; g <= TYPES.length; g++) {
				e.rapport("signalements_pour_1000_agents", permanents, groupe(g),
						BigDecimal.valueOf(entree.getValue().nombre[g]), BigDecimal.valueOf(effectifPermanents),
						Ecriture.MILLE, effectifPermanents);
			}
		}
		return new ResultatEmployeur(donnees.siret(), annee, e.lignes(), List.of());
	}

	private static String groupe(int g) {
		return g == 0 ? "" : TYPES[g - 1].code();
	}

	private static Case arret(Population p, boolean avec) {
		return Case.libre(p, 2, "arret", avec ? 0 : 1, avec ? AVEC_ARRET : SANS_ARRET);
	}

	private static Case croisement(Population p, AuteurSignalement auteur, boolean avec) {
		return new Case(p, 3, "auteur+arret",
				List.of(Case.modalite(auteur), new ModaliteAxe(avec ? 0 : 1, avec ? AVEC_ARRET : SANS_ARRET)));
	}

	private static Case sexe(Population p, @org.jspecify.annotations.Nullable Sexe s) {
		return s == null ? Case.libre(p, 4, "sexe_victime", Integer.MAX_VALUE, Axe.NON_RENSEIGNE)
				: Case.libre(p, 4, "sexe_victime", s.ordinal(), s.code());
	}

}
