package fr.cdg.rsu.rapport;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.cdg.rsu.indicateurs.Indicateur;
import fr.cdg.rsu.indicateurs.Theme;
import fr.cdg.rsu.rapport.document.Bloc;
import fr.cdg.rsu.rapport.document.DocumentRapport;
import fr.cdg.rsu.rapport.document.Identite;
import fr.cdg.rsu.rapport.document.Valeur;
import fr.cdg.rsu.rapport.modele.Assembleur;
import fr.cdg.rsu.rapport.modele.ChargeurModeles;
import fr.cdg.rsu.rapport.modele.IndexIndicateurs;
import fr.cdg.rsu.rapport.modele.JeuDeModeles;
import fr.cdg.rsu.rapport.modele.ModeleDocument;

/** Le document neutre construit des modèles livrés et des lignes. */
class AssembleurTest {

	private static final JeuDeModeles MODELES = ChargeurModeles.depuisDossier(Path.of("report-templates"));

	private static final Identite ID = new Identite("Commune d'essai", "21250356900017", 2024,
			LocalDate.of(2025, 6, 16), 3);

	private static DocumentRapport document(String fichier, List<Indicateur> lignes) {
		ModeleDocument m = MODELES.documents()
			.stream()
			.filter(d -> d.fichier().equals(fichier))
			.findFirst()
			.orElseThrow();
		return new Assembleur(MODELES.apparence(), MODELES.libelles()).assembler(m, ID, new IndexIndicateurs(lignes));
	}

	private static List<Bloc> blocs(DocumentRapport d) {
		return d.sections().stream().flatMap(s -> s.blocs().stream()).toList();
	}

	@Test
	void lesVariablesSontResoluesEtAucuneValeurNEstNulle() {
		DocumentRapport d = document("synthese-absenteisme.pdf", FixturesIndicateurs.grande());
		assertThat(d.titre()).isEqualTo("Synthèse de l'absentéisme 2024");
		assertThat(d.sousTitre()).contains("31/12/2024");
		assertThat(d.toString()).doesNotContain("${").doesNotContain("NaN").doesNotContain("Infinity");
	}

	@Test
	void leSeuilDuSecretDeLIdentiteEstEcritDansLesTextesEtLaNoteDuSecret() {
		Identite seuil5 = new Identite("Commune d'essai", "21250356900017", 2024, LocalDate.of(2025, 6, 16), 5);
		for (ModeleDocument m : MODELES.documents()) {
			DocumentRapport d = new Assembleur(MODELES.apparence(), MODELES.libelles()).assembler(m, seuil5,
					new IndexIndicateurs(FixturesIndicateurs.petite()));
			assertThat(d.apparence().noteSecret()).as(m.fichier())
				.isEqualTo("s : secret statistique (moins de 5 agents) ; la valeur n'est ni affichée ni représentée.");
			assertThat(blocs(d)).as(m.fichier())
				.anySatisfy(b -> assertThat(b).isInstanceOfSatisfying(Bloc.Paragraphe.class,
						p -> assertThat(p.texte()).contains("Pour qu'aucun agent ne puisse être reconnu")
							.contains("moins de 5 agents")));
			assertThat(d.toString()).as(m.fichier()).doesNotContain("${").doesNotContain("moins de 3 agents");
		}
		// la charte chargée garde la variable : chaque employeur a la sienne
		assertThat(MODELES.apparence().noteSecret()).contains("${seuil}");
		assertThat(Assembleur.texte("${seuil} / ${annee} / ${date_reference}", seuil5))
			.isEqualTo("5 / 2024 / 31/12/2024");
	}

	@Test
	void unTableauToutEnSecretDevientUnePhraseQuiDitPourquoi() {
		// un employeur de 2 agents : toutes les cases de santé du tableau par groupe et
		// statut sont masquées ; le
		// tableau vide de chiffres est remplacé par une phrase qui énonce le seuil
		List<Indicateur> lignes = new java.util.ArrayList<>();
		for (String population : List.of("fonctionnaires", "contractuels_permanents", "permanents", "non_permanents",
				"tous")) {
			for (String groupe : List.of("compressible", "medical", "global")) {
				lignes.add(
						Indicateur
							.rapport(Theme.ABSENTEISME, "taux_absenteisme", population, groupe, "ensemble", "ensemble",
									BigDecimal.TEN, new BigDecimal("730"), BigDecimal.valueOf(100), 2)
							.avecSecret(true));
			}
		}
		assertThat(blocs(document("synthese-absenteisme.pdf", lignes)))
			.anySatisfy(b -> assertThat(b).isInstanceOfSatisfying(Bloc.Paragraphe.class,
					p -> assertThat(p.texte()).startsWith("Taux d'absentéisme par groupe d'absences et par statut : ")
						.contains("moins de 3 agents, ou de quoi retrouver une telle cellule")))
			.noneSatisfy(b -> assertThat(b).isInstanceOfSatisfying(Bloc.Tableau.class,
					t -> assertThat(t.titre()).isEqualTo("Taux d'absentéisme par groupe d'absences et par statut")));
	}

	@Test
	void uneLigneToutEnSecretEstRetireeEtNommeeDansLaNote() {
		// catégorie A (2 agents) masquée pour les trois groupes et les jours par agent,
		// catégorie C et ensemble
		// publiés : la ligne A, quatre « s », laisse la place à une phrase sous le
		// tableau
		List<Indicateur> lignes = new java.util.ArrayList<>();
		for (String modalite : List.of("A", "C", "ensemble")) {
			String dimension = modalite.equals("ensemble") ? "ensemble" : "categorie";
			for (String groupe : List.of("compressible", "medical", "global")) {
				for (String indicateur : List.of("taux_absenteisme", "jours_moyens")) {
					lignes.add(Indicateur
						.rapport(Theme.ABSENTEISME, indicateur, "permanents", groupe, dimension, modalite,
								BigDecimal.TEN, new BigDecimal("3650"), BigDecimal.valueOf(100), 10)
						.avecSecret(modalite.equals("A")));
				}
			}
		}
		Bloc.Tableau t = blocs(document("synthese-absenteisme.pdf", lignes)).stream()
			.filter(Bloc.Tableau.class::isInstance)
			.map(Bloc.Tableau.class::cast)
			.filter(b -> "Taux d'absentéisme par catégorie".equals(b.titre()))
			.findFirst()
			.orElseThrow();
		assertThat(t.lignes()).extracting(Bloc.LigneTableau::libelle).containsExactly("Catégorie C", "Ensemble");
		assertThat(t.note()).contains("Catégorie A : détail non publié");
	}

	@Test
	void uneLigneSecreteDonneSSansNombreDessinable() {
		List<Indicateur> lignes = List.of(
				Indicateur
					.rapport(Theme.ABSENTEISME, "taux_absenteisme", "permanents", "global", "ensemble", "ensemble",
							new BigDecimal("40"), new BigDecimal("730"), BigDecimal.valueOf(100), 2)
					.avecSecret(true));
		Bloc.ChiffresCles k = blocs(document("synthese-absenteisme.pdf", lignes)).stream()
			.filter(Bloc.ChiffresCles.class::isInstance)
			.map(Bloc.ChiffresCles.class::cast)
			.findFirst()
			.orElseThrow();
		Valeur v = k.chiffres().get(0).valeur();
		assertThat(v.texte()).isEqualTo("s");
		assertThat(v.nombre()).isNull();
		assertThat(k.contientSecret()).isTrue();
		// les autres chiffres n'ont pas de ligne
		assertThat(k.chiffres().get(1).valeur().etat()).isEqualTo(Valeur.Etat.ABSENTE);
		assertThat(k.chiffres().get(1).valeur().texte()).isEqualTo("–");
	}

	@Test
	void lesModalitesContenantUnPlusSontLues() {
		List<Indicateur> lignes = List.of(
				Indicateur.valeur(Theme.EFFECTIFS, "effectif", "tous", "", "tranche_age+sexe", "65++F",
						BigDecimal.valueOf(4), 4),
				Indicateur.valeur(Theme.EFFECTIFS, "effectif", "tous", "", "tranche_age+sexe", "65++H",
						BigDecimal.valueOf(5), 5),
				Indicateur
					.valeur(Theme.EFFECTIFS, "effectif", "tous", "", "tranche_age+sexe", "20-24+F",
							BigDecimal.valueOf(1), 1)
					.avecSecret(true));
		Bloc.Graphique pyramide = blocs(document("fiche-synthetique.pdf", lignes)).stream()
			.filter(b -> b instanceof Bloc.Graphique g && g.forme().code().equals("pyramide"))
			.map(Bloc.Graphique.class::cast)
			.findFirst()
			.orElseThrow();
		// la pyramide garde toutes ses tranches (« toutes: true »), vides comprises
		assertThat(pyramide.categories()).containsExactly("Moins de 20 ans", "20-24 ans", "25-29 ans", "30-34 ans",
				"35-39 ans", "40-44 ans", "45-49 ans", "50-54 ans", "55-59 ans", "60-64 ans", "65 ans et plus");
		assertThat(pyramide.series()).extracting(Bloc.Serie::nom).containsExactly("Femmes", "Hommes");
		assertThat(pyramide.series().get(0).valeurs()).extracting(Valeur::texte)
			.containsExactly("–", "s", "–", "–", "–", "–", "–", "–", "–", "–", "4");
		assertThat(pyramide.series().get(1).valeurs()).extracting(Valeur::texte)
			.containsExactly("–", "–", "–", "–", "–", "–", "–", "–", "–", "–", "5");
	}

	@Test
	void leClassementNeGardeQueLesCadresDAuMoinsCinqAgentsNonSecrets() {
		List<Indicateur> lignes = List.of(feminisation("Attachés territoriaux", 4, 4, false),
				feminisation("Adjoints administratifs territoriaux", 9, 10, false),
				feminisation("Rédacteurs territoriaux", 5, 6, false),
				feminisation("Adjoints techniques territoriaux", 3, 20, false),
				feminisation("Agents de police municipale", 0, 2, true));
		List<Bloc> b = blocs(document("synthese-egalite.pdf", lignes));
		Bloc.Tableau plusFeminises = b.stream()
			.filter(x -> x instanceof Bloc.Tableau t && t.titre() != null && t.titre().contains("plus féminisés"))
			.map(Bloc.Tableau.class::cast)
			.findFirst()
			.orElseThrow();
		// les plus féminisés sont à majorité féminine : les adjoints techniques (15 % de
		// femmes) n'y sont pas
		assertThat(plusFeminises.lignes()).extracting(Bloc.LigneTableau::libelle)
			.containsExactly("Adjoints administratifs territoriaux", "Rédacteurs territoriaux");
		assertThat(plusFeminises.lignes().get(0).cellules()).extracting(Valeur::texte)
			.containsExactly("90,00\u00A0%", "10");
		Bloc.Tableau plusMasculinises = b.stream()
			.filter(x -> x instanceof Bloc.Tableau t && t.titre() != null && t.titre().contains("plus masculinisés"))
			.map(Bloc.Tableau.class::cast)
			.findFirst()
			.orElseThrow();
		assertThat(plusMasculinises.lignes()).extracting(Bloc.LigneTableau::libelle)
			.containsExactly("Adjoints techniques territoriaux");
	}

	@Test
	void sansCadreAMajoriteMasculineLeClassementLeDit() {
		// 50 % à 79 % de femmes : aucun cadre n'est à majorité masculine (la moitié n'est
		// pas une majorité), le
		// tableau des « plus masculinisés » ne liste pas des cadres majoritairement
		// féminins
		List<Indicateur> lignes = List.of(feminisation("Adjoints administratifs territoriaux", 11, 14, false),
				feminisation("Adjoints techniques territoriaux", 7, 14, false),
				feminisation("Rédacteurs territoriaux", 5, 8, false));
		List<Bloc> b = blocs(document("synthese-egalite.pdf", lignes));
		assertThat(b).noneMatch(
				x -> x instanceof Bloc.Tableau t && t.titre() != null && t.titre().contains("plus masculinisés"));
		assertThat(b)
			.anySatisfy(x -> assertThat(x).isInstanceOfSatisfying(Bloc.Paragraphe.class, p -> assertThat(p.texte())
				.startsWith("Les cadres d'emplois les plus masculinisés")
				.endsWith(": aucun cadre d'emplois à majorité masculine (parmi ceux qui comptent 5 agents ou plus).")));
	}

	/**
	 * Les cinq principaux cadres d'emplois : rangés par leur part de l'effectif permanent
	 * (60 agents), l'effectif imprimé est celui du cadre (le numérateur), pas les 60
	 * agents (le dénominateur) ; « non renseigné » écarté, le sixième cadre ne passe pas.
	 * Adjoints techniques 24 / 60 = 40,0 %, adjoints administratifs 12 → 20,0 %,
	 * rédacteurs 8 → 13,3 %, agents de maîtrise 6 → 10,0 %, attachés 4 → 6,7 % ; ATSEM 3
	 * → 5,0 % hors des cinq.
	 */
	@Test
	void lesCinqPrincipauxCadresDEmploisImprimentLeurEffectif() {
		List<Indicateur> lignes = new java.util.ArrayList<>();
		String[] cadres = { "Adjoints techniques territoriaux", "Adjoints administratifs territoriaux",
				"Rédacteurs territoriaux", "Agents de maîtrise territoriaux", "Attachés territoriaux",
				"Agents territoriaux spécialisés des écoles maternelles", "non_renseigne" };
		int[] effectifs = { 24, 12, 8, 6, 4, 3, 3 };
		for (int i = 0; i < cadres.length; i++) {
			lignes.add(Indicateur.rapport(Theme.EFFECTIFS, "part", "permanents", "", "cadre_emplois", cadres[i],
					BigDecimal.valueOf(effectifs[i]), BigDecimal.valueOf(60), BigDecimal.valueOf(100), effectifs[i]));
		}
		Bloc.Tableau t = blocs(document("synthese-absenteisme.pdf", lignes)).stream()
			.filter(x -> x instanceof Bloc.Tableau b && b.titre() != null && b.titre().contains("cinq principaux"))
			.map(Bloc.Tableau.class::cast)
			.findFirst()
			.orElseThrow();
		assertThat(t.lignes()).extracting(Bloc.LigneTableau::libelle)
			.containsExactly("Adjoints techniques territoriaux", "Adjoints administratifs territoriaux",
					"Rédacteurs territoriaux", "Agents de maîtrise territoriaux", "Attachés territoriaux");
		assertThat(t.lignes().get(0).cellules()).extracting(Valeur::texte).containsExactly("40,0\u00A0%", "24");
		assertThat(t.lignes().get(4).cellules()).extracting(Valeur::texte).containsExactly("6,7\u00A0%", "4");
	}

	/**
	 * La longue maladie par sexe : seul le CLM a des absences (1 femme sur 40 = 2,5 %, 2
	 * hommes sur 20 = 10,0 %) ; CLD, CGM et DOS, que le calcul ne ventile pas faute
	 * d'absence, ne font pas de ligne de « – » : la note les nomme.
	 */
	@Test
	void lesLignesSansAucuneValeurSontRetireesEtNommees() {
		List<Indicateur> lignes = List.of(
				Indicateur.valeur(Theme.ABSENTEISME, "agents_absents", "permanents", "CLM", "sexe", "F", BigDecimal.ONE,
						40),
				Indicateur.rapport(Theme.ABSENTEISME, "taux_exposition", "permanents", "CLM", "sexe", "F",
						BigDecimal.ONE, BigDecimal.valueOf(40), BigDecimal.valueOf(100), 40),
				Indicateur.valeur(Theme.ABSENTEISME, "agents_absents", "permanents", "CLM", "sexe", "H", BigDecimal.TWO,
						20),
				Indicateur.rapport(Theme.ABSENTEISME, "taux_exposition", "permanents", "CLM", "sexe", "H",
						BigDecimal.TWO, BigDecimal.valueOf(20), BigDecimal.valueOf(100), 20));
		Bloc.Tableau t = blocs(document("synthese-absenteisme.pdf", lignes)).stream()
			.filter(x -> x instanceof Bloc.Tableau b && b.titre() != null
					&& b.titre().contains("grave maladie selon le sexe"))
			.map(Bloc.Tableau.class::cast)
			.findFirst()
			.orElseThrow();
		assertThat(t.lignes()).extracting(Bloc.LigneTableau::libelle).containsExactly("Congé de longue maladie");
		assertThat(t.lignes().get(0).cellules()).extracting(Valeur::texte)
			.containsExactly("1", "2,5\u00A0%", "2", "10,0\u00A0%");
		assertThat(t.note()).isEqualTo("Sans absence en 2024, donc sans détail par sexe : congé de longue durée, congé"
				+ " de grave maladie et disponibilité d'office pour raison de santé.");
		// aucune absence de longue maladie : le tableau devient la phrase
		List<Indicateur> sansLongueMaladie = List.of(Indicateur.valeur(Theme.ABSENTEISME, "agents_absents",
				"permanents", "MO", "ensemble", "ensemble", BigDecimal.ONE, 10));
		assertThat(blocs(document("synthese-absenteisme.pdf", sansLongueMaladie))).anySatisfy(x -> assertThat(x)
			.isInstanceOfSatisfying(Bloc.Paragraphe.class, p -> assertThat(p.texte()).isEqualTo("Sans absence en 2024,"
					+ " donc sans détail par sexe : congé de longue maladie, congé de longue durée, congé de grave"
					+ " maladie et disponibilité d'office pour raison de santé.")));
	}

	private static Indicateur feminisation(String cadre, int femmes, int agents, boolean secret) {
		return Indicateur
			.rapport(Theme.EGALITE, "taux_feminisation", "permanents", "", "cadre_emplois", cadre,
					BigDecimal.valueOf(femmes), BigDecimal.valueOf(agents), BigDecimal.valueOf(100), agents)
			.avecSecret(secret);
	}

}
