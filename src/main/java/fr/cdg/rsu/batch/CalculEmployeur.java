package fr.cdg.rsu.batch;

import fr.cdg.rsu.lecture.FichiersTransmis;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import fr.cdg.rsu.domaine.Collectivite;
import fr.cdg.rsu.domaine.TypeCollectivite;
import fr.cdg.rsu.domaine.themes.ColonneAgent;
import fr.cdg.rsu.domaine.themes.DonneesComplementaires;
import fr.cdg.rsu.domaine.themes.FichierFacultatif;
import fr.cdg.rsu.indicateurs.Avertissement;
import fr.cdg.rsu.indicateurs.CalculIndicateurs;
import fr.cdg.rsu.indicateurs.ResultatEmployeur;
import fr.cdg.rsu.rapport.GenerateurDocuments;
import fr.cdg.rsu.rapport.GenerateurDocuments.Publication;
import fr.cdg.rsu.lecture.AssemblageEmployeur;
import fr.cdg.rsu.lecture.Codes;
import fr.cdg.rsu.lecture.Rejet;
import fr.cdg.rsu.lecture.ValeurInvalideException;
import fr.cdg.rsu.sortie.IndicateursCsv;
import fr.cdg.rsu.stockage.DepotCampagne;
import fr.cdg.rsu.stockage.DepotCampagne.CollectiviteLue;
import fr.cdg.rsu.stockage.DepotCampagne.LignesEmployeur;

/**
 * Le calcul d'un employeur : ses lignes relues de la base, les contrôles entre lignes,
 * tous les indicateurs, puis {@code indicateurs.csv} et la base. Tout ce qui peut échouer
 * sur les données se passe avant la première écriture.
 */
class CalculEmployeur implements TraitementEmployeur {

	static final String ETAPE = "calcul";

	private final DepotCampagne depot;

	private final ParametresCampagne parametres;

	/** Dans le dossier de l'employeur, avec ses documents : ce qui peut être publié. */
	static final String INDICATEURS_PUBLIABLES = "indicateurs.csv";

	/**
	 * Le dossier des fichiers qui ne doivent pas être diffusés : les vraies valeurs des
	 * cellules secrètes.
	 */
	static final String NON_DIFFUSABLE = "non-diffusable";

	/**
	 * Le tableau complet d'un employeur, vraies valeurs des cellules secrètes comprises.
	 */
	static Path indicateursComplets(Path dossierAnnee, String siret) {
		return dossierAnnee.resolve(NON_DIFFUSABLE).resolve("indicateurs-complets-" + siret + ".csv");
	}

	private final GenerateurDocuments documents;

	private final FichiersTransmis transmis;

	/**
	 * Employeurs dont les absences ne couvrent pas l'année
	 * ({@link VerificationAvantCalcul}) : ils échouent.
	 */
	private final Set<String> nonCouverts;

	/**
	 * @param lignesParChargement lignes lues chargées en mémoire d'un coup au plus
	 * ({@link #LIGNES_PAR_CHARGEMENT})
	 * @param documents les modèles : ce qu'ils impriment décide de ce qui est publié,
	 * donc du secret
	 */
	CalculEmployeur(DepotCampagne depot, ParametresCampagne parametres, long lignesParChargement,
			GenerateurDocuments documents, FichiersTransmis transmis, Set<String> nonCouverts) {
		this.documents = documents;
		this.transmis = transmis;
		this.nonCouverts = nonCouverts;
		this.depot = depot;
		this.parametres = parametres;
		this.lignesParChargement = lignesParChargement;
	}

	/**
	 * Lignes chargées en mémoire d'un coup au plus (sauf un employeur seul qui les
	 * dépasse) : les grands employeurs (départements, régions, 3 000 à 12 000 agents) ont
	 * des SIRET voisins ; 64 d'entre eux chargés ensemble remplissaient le tas de 1 Gio
	 * au national.
	 */
	static final long LIGNES_PAR_CHARGEMENT = 60_000;

	private final long lignesParChargement;

	/** Les employeurs du bloc en cours, dans l'ordre où ils seront traités. */
	private List<String> bloc = List.of();

	/** Lignes lues de chaque employeur du bloc (notées à la lecture). */
	private Map<String, Long> poids = Map.of();

	/**
	 * Les lignes chargées : une suite d'employeurs du bloc dont le total tient dans
	 * {@link #lignesParChargement}.
	 */
	private Map<String, LignesEmployeur> charges = Map.of();

	@Override
	public void preparer(long campagne, List<String> sirets) {
		bloc = sirets;
		charges = Map.of();
		poids = depot.lignesParSiret(campagne, sirets);
	}

	/**
	 * Charge, d'une requête par table, l'employeur demandé et ceux qui le suivent dans le
	 * bloc, dans la limite.
	 */
	private LignesEmployeur charger(long campagne, String siret) {
		int debut = bloc.indexOf(siret);
		List<String> suite = new ArrayList<>();
		if (debut < 0) {
			suite.add(siret);
		}
		else {
			long total = 0;
			for (String s : bloc.subList(debut, bloc.size())) {
				long p = poids.getOrDefault(s, 0L);
				if (!suite.isEmpty() && total + p > lignesParChargement) {
					break;
				}
				suite.add(s);
				total += p;
			}
		}
		charges = depot.lignes(campagne, suite);
		// le dépôt rend une entrée (vide au besoin) pour chaque SIRET demandé
		return Objects.requireNonNull(charges.get(siret), siret);
	}

	@Override
	public String traiter(long campagne, String siret) throws IOException {
		if (nonCouverts.contains(siret)) {
			throw new IllegalStateException("les données de cet employeur ne couvrent pas l'année " + parametres.annee()
					+ " : " + depot.couverture(campagne, siret).decrire(parametres.annee())
					+ " (--annee-hors-donnees pour le calculer quand même)");
		}
		LignesEmployeur lues = charges.get(siret);
		if (lues == null) {
			lues = charger(campagne, siret);
		}
		List<Rejet> rejets = new ArrayList<>();
		List<Avertissement> avertissements = new ArrayList<>();
		Collectivite collectivite = collectivite(lues.collectivites(), siret, rejets, avertissements);
		// un employeur dont l'export n'a pas de fichier absences n'a pas d'absences
		// connues (pas 0 %)
		boolean absences = lues.agents().stream().anyMatch(a -> transmis.absencesTransmises(a.fichier()));
		boolean paie = lues.agents().stream().anyMatch(a -> transmis.remunerationsTransmises(a.fichier()));
		// les fichiers facultatifs de l'export de l'employeur : transmis sans ligne pour
		// lui, c'est « aucun » ;
		// non transmis, « non renseigné »
		java.util.Set<FichierFacultatif> facultatifs = java.util.EnumSet.noneOf(FichierFacultatif.class);
		lues.agents().forEach(a -> facultatifs.addAll(transmis.facultatifsTransmis(a.fichier())));
		var assemblage = AssemblageEmployeur.assembler(collectivite, parametres.annee(), lues.agents(), lues.absences(),
				lues.paies(), absences, paie, lues.facultatives().avecTransmis(facultatifs));
		rejets.addAll(assemblage.rejets());
		ResultatEmployeur resultat = CalculIndicateurs.calculer(assemblage.donnees());
		avertissements.addAll(resultat.avertissements());
		Publication publication = documents.publier(collectivite, parametres.annee(), resultat.indicateurs(),
				parametres.seuilSecret());

		IndicateursCsv.ecrirePubliable(parametres.dossierAnnee().resolve(siret).resolve(INDICATEURS_PUBLIABLES), siret,
				parametres.annee(), publication.publiees());
		IndicateursCsv.ecrireComplet(indicateursComplets(parametres.dossierAnnee(), siret), siret, parametres.annee(),
				publication.completes());
		depot.enregistrerRejets(campagne, rejets, true);
		depot.enregistrerAvertissements(campagne, avertissements);
		depot.enregistrerIndicateurs(campagne, parametres.annee(), siret, publication.completes());
		long effectif = assemblage.donnees()
			.agents()
			.stream()
			.filter(a -> a.estPresentAu31Decembre(parametres.annee()))
			.count();
		depot.enregistrerEmployeur(campagne, collectivite, effectif);
		depot.enregistrerThemes(campagne, siret, themes(assemblage.donnees().complements()));
		var secret = publication.secret();
		return assemblage.donnees().agents().size() + " agents, " + assemblage.donnees().absences().size()
				+ " absences, " + resultat.indicateurs().size() + " indicateurs, " + publication.publiees().size()
				+ " publiés ; secret : " + secret.primaires() + " + " + secret.secondaires() + " cases masquées sur "
				+ secret.casesPubliees();
	}

	/**
	 * Pour le rapport d'exécution : chaque fichier facultatif et chaque colonne
	 * facultative des agents, avec ses lignes retenues (agents renseignés pour une
	 * colonne), ou −1 s'il n'est pas transmis.
	 */
	static Map<String, Long> themes(DonneesComplementaires c) {
		Map<String, Long> t = new java.util.LinkedHashMap<>();
		for (FichierFacultatif f : FichierFacultatif.values()) {
			long n = switch (f) {
				case EMPLOYEUR_RSU -> c.reponses() == null ? 0 : 1;
				case ACCIDENTS -> c.accidents().size();
				case DECISIONS_SANTE -> c.decisionsSante().size();
				case SIGNALEMENTS -> c.signalements().size();
				case FORMATIONS -> c.formations().size();
				case CARRIERES -> c.carrieres().size();
			};
			t.put(f.nom(), c.transmis(f) ? n : -1);
		}
		for (ColonneAgent col : ColonneAgent.values()) {
			long n = c.situations().values().stream().filter(s -> s.transmise(col)).count();
			t.put("agents." + col.colonne(), n > 0 ? n : -1);
		}
		return t;
	}

	/**
	 * La collectivité du SIRET : sa première ligne du fichier collectivites (les
	 * suivantes sont rejetées), sinon le nom donné en ligne de commande, sinon un nom par
	 * défaut signalé.
	 */
	private Collectivite collectivite(List<CollectiviteLue> lues, String siret, List<Rejet> rejets,
			List<Avertissement> avertissements) {
		for (CollectiviteLue doublon : lues.subList(Math.min(1, lues.size()), lues.size())) {
			rejets.add(new Rejet(doublon.fichier(), doublon.ligne(), "siret", siret,
					"employeur déjà décrit plus haut (la première ligne est retenue)", siret));
		}
		if (!lues.isEmpty()) {
			return lues.get(0).collectivite();
		}
		TypeCollectivite type = TypeCollectivite.AUTRE;
		if (parametres.type() != null) {
			try {
				type = Codes.typeCollectivite(parametres.type());
			}
			catch (ValeurInvalideException ex) {
				throw new IllegalArgumentException("option --type : " + ex.getMessage());
			}
		}
		if (parametres.nom() != null && siret.equals(parametres.siret())) {
			return new Collectivite(siret, parametres.nom(), type, null, null, null);
		}
		avertissements.add(new Avertissement(siret, "COLLECTIVITE_INCONNUE", "",
				"SIRET absent du fichier collectivites : nom et type de l'employeur inconnus"));
		return new Collectivite(siret, "Employeur " + siret, type, null, null, null);
	}

}
