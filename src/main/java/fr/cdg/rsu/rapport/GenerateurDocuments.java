package fr.cdg.rsu.rapport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import fr.cdg.rsu.domaine.AnneeReference;
import fr.cdg.rsu.domaine.Collectivite;
import fr.cdg.rsu.indicateurs.Indicateur;
import fr.cdg.rsu.indicateurs.comparaison.IndicateurPhare;
import fr.cdg.rsu.indicateurs.secret.FamilleSecret;
import fr.cdg.rsu.indicateurs.secret.SecretStatistique;
import fr.cdg.rsu.rapport.classeur.ClasseurIndicateurs;
import fr.cdg.rsu.rapport.document.DocumentRapport;
import fr.cdg.rsu.rapport.document.Identite;
import fr.cdg.rsu.rapport.graphique.DessinateurGraphiques;
import fr.cdg.rsu.rapport.modele.Assembleur;
import fr.cdg.rsu.rapport.modele.ChargeurModeles;
import fr.cdg.rsu.rapport.modele.IndexIndicateurs;
import fr.cdg.rsu.rapport.modele.JeuDeModeles;
import fr.cdg.rsu.rapport.modele.Vocabulaire;
import fr.cdg.rsu.rapport.modele.ModeleDocument;
import fr.cdg.rsu.rapport.pdf.ExportateurPdf;
import fr.cdg.rsu.rapport.police.Polices;
import fr.cdg.rsu.sortie.EcritureAtomique;

/**
 * Produit les documents publiés d'un employeur : {@code synthese-absenteisme.pdf},
 * {@code synthese-remunerations.pdf}, {@code synthese-egalite.pdf},
 * {@code fiche-synthetique.pdf} et {@code indicateurs.xlsx}.
 * <p>
 * Construit une fois (lecture et validation des modèles, chargement des polices), puis
 * appelé pour chaque employeur ; {@link #ecrire} est thread-safe pour des employeurs
 * différents (dossiers différents). Chaque fichier est écrit sous un nom temporaire dans
 * le dossier de l'employeur, puis renommé d'un coup une fois complet.
 */
public final class GenerateurDocuments {

	public static final String CLASSEUR = "indicateurs.xlsx";

	private final JeuDeModeles modeles;

	private final Assembleur assembleur;

	private final ExportateurPdf exportateur;

	private final ClasseurIndicateurs classeur;

	/**
	 * @param dossierModeles le dossier des modèles ({@code --modeles}), ou {@code null}
	 * pour {@code ./report-templates} s'il existe, sinon la copie empaquetée dans le jar
	 * @throws fr.cdg.rsu.rapport.modele.ModeleInvalideException si un modèle est invalide
	 * (le message nomme le fichier et la clé)
	 */
	public GenerateurDocuments(@Nullable Path dossierModeles) {
		this(ChargeurModeles.charger(dossierModeles));
	}

	public GenerateurDocuments(JeuDeModeles modeles) {
		this.modeles = modeles;
		Polices polices = Polices.charger();
		this.assembleur = new Assembleur(modeles.apparence(), modeles.libelles());
		this.exportateur = new ExportateurPdf(polices, new DessinateurGraphiques(polices));
		this.classeur = new ClasseurIndicateurs(modeles.libelles(), modeles.apparence().editeur(),
				modeles.apparence().noteSecret());
	}

	/** Les modèles utilisés (et d'où ils viennent : {@link JeuDeModeles#origine()}). */
	public JeuDeModeles modeles() {
		return modeles;
	}

	/**
	 * Ce qu'un employeur publie et le secret qui le protège
	 * ({@code docs/secret-statistique.md}). Les cellules publiées sont celles que les
	 * modèles impriment (on assemble chaque document en notant les lignes lues : une
	 * table ajoutée à un modèle est publiée, donc protégée, sans code) et les indicateurs
	 * phares des fichiers de consolidation ; le classeur et le {@code indicateurs.csv}
	 * publiable en sont la version lisible par machine. Le secret est décidé une fois sur
	 * cet ensemble et vaut pour toutes les sorties.
	 * @param lignes toutes les lignes calculées de l'employeur, sans secret
	 */
	public Publication publier(Collectivite collectivite, int annee, List<Indicateur> lignes, int seuilSecret) {
		Identite identite = new Identite(collectivite.nom(), collectivite.siret(), annee,
				new AnneeReference(annee).dernierJour(), "", seuilSecret);
		Set<Indicateur.Cle> imprimees = new HashSet<>();
		IndexIndicateurs index = new IndexIndicateurs(lignes, imprimees::add);
		for (ModeleDocument m : modeles.documents()) {
			assembleur.assembler(m, identite, index);
		}
		for (Indicateur l : lignes) {
			if (IndicateurPhare.phare(l) || publieeParLesTableaux(l)) {
				imprimees.add(l.cle());
			}
		}
		SecretStatistique.Decision decision = SecretStatistique.decider(lignes, seuilSecret, imprimees::contains);
		List<Indicateur> publiees = decision.lignes().stream().filter(l -> imprimees.contains(l.cle())).toList();
		return new Publication(decision, publiees);
	}

	/**
	 * Les thèmes des fichiers facultatifs n'ont pas encore de document PDF : leurs lignes
	 * sont publiées par le {@code indicateurs.csv} publiable et le classeur, et protégées
	 * comme telles. Toutes, sauf, dans les familles protégées (santé), les ventilations
	 * par caractéristique des agents plus fines que le sexe (catégorie, filière, filière
	 * × sexe, cadre d'emplois) : publiées, leurs petites cases masquées en font masquer
	 * d'autres, jusque dans l'absentéisme par catégorie et par filière déjà publié
	 * (mesuré sur les échantillons : plus de 900 cellules d'absentéisme de la commune de
	 * 100 agents). Elles sont calculées (tableau complet, non diffusable) et un modèle
	 * qui les imprime les publie, le secret les protégeant alors comme tout ce qui est
	 * imprimé. Les caractéristiques d'un accident, d'un acte ou d'un titre (activité,
	 * siège des lésions, auteur...) sont publiées : leur population est celle de
	 * l'ensemble.
	 */
	static boolean publieeParLesTableaux(Indicateur l) {
		boolean facultatif = switch (l.theme()) {
			case EFFECTIFS, ABSENTEISME, ACCIDENTS, REMUNERATIONS, EGALITE -> false;
			case ACCIDENTS_DECLARES, DECISIONS_SANTE, SIGNALEMENTS, FORMATION, CARRIERES, HANDICAP, CONDITIONS_TRAVAIL,
					CONTRATS, EMPLOYEUR ->
				true;
		};
		if (!facultatif) {
			return false;
		}
		if (!FamilleSecret.de(l.theme(), l.indicateur()).protegee()) {
			return true;
		}
		return !VENTILATIONS_FINES_DES_AGENTS.contains(l.dimension());
	}

	/**
	 * Les ventilations par caractéristique des agents que les tableaux ne publient pas
	 * dans la santé.
	 */
	private static final Set<String> VENTILATIONS_FINES_DES_AGENTS = Set.of("categorie", "filiere", "filiere+sexe",
			"cadre_emplois", "tranche_age", "tranche_age_3");

	/**
	 * Ce qu'un employeur publie : la décision du secret et les lignes que ses documents
	 * impriment.
	 *
	 * @param secret la décision : toutes les lignes, secret posé, et ses comptes (cases
	 * publiées, masques primaires et secondaires)
	 * @param publiees les lignes publiées, dans le même ordre
	 */
	public record Publication(SecretStatistique.Decision secret, List<Indicateur> publiees) {

		/**
		 * Toutes les lignes, secret posé (vraies valeurs comprises : à ne pas diffuser).
		 */
		public List<Indicateur> completes() {
			return secret.lignes();
		}

	}

	/** Les noms des fichiers écrits pour chaque employeur. */
	public List<String> fichiers() {
		List<String> r = new ArrayList<>(modeles.documents().stream().map(ModeleDocument::fichier).toList());
		r.add(CLASSEUR);
		return r;
	}

	/**
	 * Écrit les cinq fichiers de l'employeur dans {@code dossierEmployeur} (créé au
	 * besoin), en remplaçant les précédents.
	 * @param lignes les lignes d'indicateurs de l'employeur pour l'année (format long,
	 * secret déjà posé)
	 * @param seuilSecret le seuil du secret statistique avec lequel {@code lignes} ont
	 * été masquées : les notes et légendes qui énoncent la règle l'écrivent (« moins de N
	 * agents »)
	 */
	public void ecrire(Collectivite collectivite, int annee, List<Indicateur> lignes, Path dossierEmployeur,
			LocalDate datePublication, int seuilSecret) {
		ecrire(collectivite, annee, lignes, dossierEmployeur, datePublication, "", seuilSecret);
	}

	/**
	 * Comme {@link #ecrire(Collectivite, int, List, Path, LocalDate, int)}, avec la
	 * strate de comparaison de l'employeur (variable {@code ${strate}} des modèles) ; les
	 * valeurs de comparaison sont des lignes de dimension {@code comparaison} parmi
	 * {@code lignes}.
	 */
	public void ecrire(Collectivite collectivite, int annee, List<Indicateur> lignes, Path dossierEmployeur,
			LocalDate datePublication, String strate, int seuilSecret) {
		Objects.requireNonNull(collectivite, "collectivite");
		Objects.requireNonNull(lignes, "lignes");
		Objects.requireNonNull(datePublication, "datePublication");
		Identite identite = new Identite(collectivite.nom(), collectivite.siret(), annee, datePublication, strate,
				seuilSecret);
		IndexIndicateurs index = new IndexIndicateurs(lignes);
		try {
			Files.createDirectories(dossierEmployeur);
			for (ModeleDocument m : modeles.documents()) {
				DocumentRapport doc = assembleur.assembler(m, identite, index);
				EcritureAtomique.ecrire(dossierEmployeur.resolve(m.fichier()), out -> exportateur.exporter(doc, out));
			}
			List<Indicateur> copie = lignes.stream().filter(GenerateurDocuments::dansLeClasseur).toList();
			EcritureAtomique.ecrire(dossierEmployeur.resolve(CLASSEUR), out -> classeur.ecrire(identite, copie, out));
		}
		catch (IOException e) {
			throw new UncheckedIOException("documents de " + collectivite.siret() + " : " + e.getMessage(), e);
		}
	}

	/**
	 * Le classeur est fait pour être lu : il reprend les indicateurs de l'employeur sauf
	 * les valeurs de comparaison et le détail de chaque motif par modalité (des milliers
	 * de lignes, les deux tiers du temps de rendu), qui restent dans
	 * {@code indicateurs.csv}. Les motifs y sont à l'ensemble de chaque population.
	 */
	static boolean dansLeClasseur(Indicateur l) {
		if (Vocabulaire.COMPARAISON.equals(l.dimension())) {
			return false;
		}
		boolean motif = l.theme() == fr.cdg.rsu.indicateurs.Theme.ABSENTEISME
				&& !List.of("compressible", "medical", "global").contains(l.groupe());
		return !motif || Indicateur.ENSEMBLE.equals(l.dimension());
	}

}
