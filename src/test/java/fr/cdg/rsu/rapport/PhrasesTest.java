package fr.cdg.rsu.rapport;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.cdg.rsu.indicateurs.Indicateur;
import fr.cdg.rsu.indicateurs.Theme;
import fr.cdg.rsu.rapport.document.Bloc;
import fr.cdg.rsu.rapport.document.DocumentRapport;
import fr.cdg.rsu.rapport.document.Identite;
import fr.cdg.rsu.rapport.document.Section;
import fr.cdg.rsu.rapport.modele.Assembleur;
import fr.cdg.rsu.rapport.modele.ChargeurModeles;
import fr.cdg.rsu.rapport.modele.IndexIndicateurs;
import fr.cdg.rsu.rapport.modele.JeuDeModeles;
import fr.cdg.rsu.rapport.modele.ModeleDocument;

/**
 * Les phrases des modèles livrés (blocs {@code phrases}), calculées à la main : la valeur
 * d'un chiffre clé dans sa phrase, « Aucun agent absent... » pour une famille vide, la
 * tranche d'âge la plus touchée et l'égalité de deux tranches, pas de phrase quand une
 * cellule de la série est secrète ; la page des comparaisons d'un employeur seul ; les
 * motifs sans absence retirés du graphique et nommés.
 */
class PhrasesTest {

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

	private static List<String> paragraphes(DocumentRapport d) {
		return paragraphes(d.sections().stream());
	}

	/** Les paragraphes de la section de ce titre. */
	private static List<String> paragraphesDe(DocumentRapport d, String titre) {
		return paragraphes(d.sections().stream().filter(s -> s.titre().equals(titre)));
	}

	private static List<String> paragraphes(java.util.stream.Stream<Section> sections) {
		return sections.flatMap(s -> s.blocs().stream())
			.filter(Bloc.Paragraphe.class::isInstance)
			.map(b -> ((Bloc.Paragraphe) b).texte())
			.toList();
	}

	private static Indicateur rapport(String indicateur, String population, String groupe, String dimension,
			String modalite, long numerateur, long denominateur, long facteur) {
		return Indicateur.rapport(Theme.ABSENTEISME, indicateur, population, groupe, dimension, modalite,
				BigDecimal.valueOf(numerateur), BigDecimal.valueOf(denominateur), BigDecimal.valueOf(facteur),
				(int) Math.min(denominateur, 1000));
	}

	private static Indicateur compte(String indicateur, String population, String groupe, long valeur) {
		return Indicateur.valeur(Theme.ABSENTEISME, indicateur, population, groupe, "ensemble", "ensemble",
				BigDecimal.valueOf(valeur), (int) valeur);
	}

	@Test
	void chaqueChiffreCleADeSaPhraseAvecSaValeur() {
		// 99 agents permanents, 186 arrêts (187,87... arrêts pour 100 agents), 74
		// absents, 5 068 jours
		List<Indicateur> lignes = List.of(
				rapport("taux_frequence", "permanents", "global", "ensemble", "ensemble", 186, 99, 100),
				rapport("taux_exposition", "permanents", "global", "ensemble", "ensemble", 74, 99, 100),
				rapport("taux_absenteisme", "permanents", "global", "ensemble", "ensemble", 5068, 99 * 365, 100),
				rapport("gravite", "permanents", "global", "ensemble", "ensemble", 5068, 186, 1),
				rapport("jours_moyens", "permanents", "global", "ensemble", "ensemble", 5068, 99, 1));
		String phrases = paragraphes(document("synthese-absenteisme.pdf", lignes)).stream()
			.filter(p -> p.startsWith("Pour 100 agents permanents, l'équivalent"))
			.findFirst()
			.orElseThrow();
		// 5 068 × 100 / 36 135 = 14,025 ; 74 / 99 = 74,7 % ; 5 068 / 186 = 27,24 ; 5 068
		// / 99 = 51,19
		assertThat(phrases).isEqualTo("Pour 100 agents permanents, l'équivalent de 14,0 agents a été absent toute "
				+ "l'année. Sur 100 agents permanents, 75 ont été absents au moins un jour. Pour 100 agents, on dénombre "
				+ "188 arrêts. Un arrêt dure en moyenne 27,2 jours. Chaque agent permanent a été absent en moyenne 51,2 "
				+ "jours dans l'année.");
	}

	@Test
	void uneFamilleSansAbsenceEstDiteEnToutesLettres() {
		List<Indicateur> lignes = List.of(compte("agents_absents", "permanents", "MO", 0),
				compte("agents_absents", "permanents", "AT_SERVICE", 1),
				compte("agents_absents", "permanents", "AT_TRAJET", 3),
				compte("agents_absents", "tous", "MATERNITE", 0));
		List<String> p = paragraphes(document("synthese-absenteisme.pdf", lignes));
		assertThat(p).contains("Aucun agent permanent absent pour maladie ordinaire en 2024.");
		assertThat(p).contains("Un agent permanent a été absent après un accident de service. 3 agents permanents "
				+ "ont été absents après un accident de trajet.");
		assertThat(p).anySatisfy(t -> assertThat(t).startsWith("Aucun agent absent pour maternité en 2024."));
	}

	/**
	 * Les taux d'absentéisme global par tranche d'âge des agents permanents : jours /
	 * (agents × 365).
	 */
	private static List<Indicateur> parAge(long[][] tranches, boolean secretDerniere) {
		String[] noms = { "30-34", "50-54", "60-64" };
		List<Indicateur> r = new ArrayList<>();
		for (int i = 0; i < tranches.length; i++) {
			Indicateur l = rapport("taux_absenteisme", "permanents", "global", "tranche_age", noms[i], tranches[i][0],
					tranches[i][1] * 365, 100);
			r.add(secretDerniere && i == tranches.length - 1 ? l.avecSecret(true) : l);
		}
		return r;
	}

	private static String phraseAge(List<Indicateur> lignes) {
		return paragraphes(document("synthese-absenteisme.pdf", lignes)).stream()
			.filter(p -> p.contains("ans") && p.contains("taux d'absentéisme les plus")
					|| p.contains("taux d'absentéisme le plus"))
			.findFirst()
			.orElse(null);
	}

	@Test
	void laTrancheLaPlusToucheeEstNommeeAvecSonTaux() {
		// 30-34 : 73 jours / (20 × 365) = 1,0 % ; 50-54 : 730 / (10 × 365) = 20,0 % ;
		// 60-64 : 1 095 / (8 × 365) = 37,5 %
		String p = phraseAge(parAge(new long[][] { { 73, 20 }, { 730, 10 }, { 1095, 8 } }, false));
		assertThat(p).startsWith("Le taux d'absentéisme le plus élevé concerne les 60 à 64 ans avec 37,5\u00A0%.");
	}

	@Test
	void deuxTranchesAEgaliteSontNommeesToutesDeux() {
		// 50-54 : 730 / (10 × 365) = 20,0 % ; 60-64 : 365 / (5 × 365) = 20,0 % : les deux
		// tranches sont citées, dans
		// l'ordre des âges
		String p = phraseAge(parAge(new long[][] { { 73, 20 }, { 730, 10 }, { 365, 5 } }, false));
		assertThat(p).startsWith("Les taux d'absentéisme les plus élevés concernent les 50 à 54 ans et les 60 à 64 "
				+ "ans, avec 20,0\u00A0% chacune.");
	}

	@Test
	void uneEgaliteSeLitSurLaValeurImprimee() {
		// 50-54 : 7 316 / (100 × 365) = 20,04 % ; 60-64 : 7 286 / (100 × 365) = 19,96 % :
		// toutes deux imprimées 20,0 %
		String p = phraseAge(parAge(new long[][] { { 73, 20 }, { 7316, 100 }, { 7286, 100 } }, false));
		assertThat(p)
			.startsWith("Les taux d'absentéisme les plus élevés concernent les 50 à 54 ans et les 60 à 64 ans");
	}

	@Test
	void uneSerieAvecUneCelluleSecreteNAPasDePhrase() {
		// la tranche masquée pourrait être la plus touchée : on ne nomme personne
		assertThat(phraseAge(parAge(new long[][] { { 73, 20 }, { 730, 10 }, { 1095, 8 } }, true))).isNull();
	}

	@Test
	void personneNAbsentLaPhraseLeDit() {
		String p = phraseAge(parAge(new long[][] { { 0, 20 }, { 0, 10 }, { 0, 8 } }, false));
		assertThat(p).isNull();
		assertThat(paragraphes(
				document("synthese-absenteisme.pdf", parAge(new long[][] { { 0, 20 }, { 0, 10 }, { 0, 8 } }, false))))
			.anySatisfy(t -> assertThat(t).startsWith("Aucun agent permanent n'a été absent en 2024."));
	}

	private static Indicateur comparaison(String modalite, BigDecimal valeur) {
		return new Indicateur(Theme.ABSENTEISME, "taux_absenteisme", "permanents", "global", "comparaison", modalite,
				null, null, valeur, 0, false);
	}

	private static Section section(DocumentRapport d, String debut) {
		return d.sections().stream().filter(s -> s.titre().startsWith(debut)).findFirst().orElseThrow();
	}

	@Test
	void unEmployeurSeulDansSaStrateNAPasDePageDeND() {
		List<Indicateur> seul = List.of(
				rapport("taux_absenteisme", "permanents", "global", "ensemble", "ensemble", 5068, 99 * 365, 100),
				comparaison("strate", null), comparaison("strate_mediane", null), comparaison("annee_precedente", null),
				comparaison("evolution", null));
		Section s = section(document("synthese-absenteisme.pdf", seul), "Comparaisons");
		assertThat(s.blocs()).singleElement()
			.isInstanceOfSatisfying(Bloc.Paragraphe.class,
					p -> assertThat(p.texte()).startsWith(
							"Aucune comparaison n'est disponible pour Commune d'essai en 2024 : aucune valeur de "
									+ "strate n'est publiée"));
		// avec une valeur de strate, la page est imprimée, et le graphique ne légende que
		// les séries qui ont une barre
		List<Indicateur> avecStrate = new ArrayList<>(seul);
		avecStrate.set(1, comparaison("strate", new BigDecimal("9.5")));
		Section t = section(document("synthese-absenteisme.pdf", avecStrate), "Comparaisons");
		assertThat(t.blocs()).hasSizeGreaterThan(1);
		Bloc.Graphique g = t.blocs()
			.stream()
			.filter(Bloc.Graphique.class::isInstance)
			.map(Bloc.Graphique.class::cast)
			.findFirst()
			.orElseThrow();
		assertThat(g.series()).extracting(Bloc.Serie::nom).containsExactly("Collectivité", "Strate");
	}

	@Test
	void lesMotifsSansAbsenceNeFontPasDeBarreEtSontNommes() {
		List<Indicateur> lignes = new ArrayList<>();
		for (String motif : List.of("MO", "AT_SERVICE", "AT_TRAJET", "MP", "CLM", "CLD", "CGM", "DOS", "MATERNITE",
				"PATERNITE", "ADOPTION", "AUTRE")) {
			long jours = motif.equals("MO") ? 730 : motif.equals("CLM") ? 365 : 0;
			lignes.add(rapport("taux_absenteisme", "permanents", motif, "ensemble", "ensemble", jours, 20 * 365, 100));
		}
		Bloc.Graphique g = document("synthese-absenteisme.pdf", lignes).sections()
			.stream()
			.flatMap(s -> s.blocs().stream())
			.filter(b -> b instanceof Bloc.Graphique x && "Taux d'absentéisme par motif".equals(x.titre()))
			.map(Bloc.Graphique.class::cast)
			.findFirst()
			.orElseThrow();
		assertThat(g.categories()).containsExactly("Maladie ordinaire", "Congé de longue maladie");
		assertThat(g.series().getFirst().valeurs()).extracting(v -> v.texte())
			.containsExactly("10,0\u00A0%", "5,0\u00A0%");
		assertThat(g.note()).isEqualTo("Aucune absence en 2024 pour : accident de service, accident de trajet, "
				+ "maladie professionnelle, congé de longue durée, congé de grave maladie, disponibilité d'office pour "
				+ "raison de santé, maternité, paternité, adoption et autres raisons.");
	}

	@Test
	void uneModaliteSansFormeDePhraseGardeSonLibelleEnMinuscule() {
		assertThat(MODELES.libelles().enPhrase("60-64")).isEqualTo("les 60 à 64 ans");
		assertThat(MODELES.libelles().enPhrase("Adjoints techniques territoriaux"))
			.isEqualTo("adjoints techniques territoriaux");
		assertThat(MODELES.libelles().enPhrase("ATSEM")).isEqualTo("ATSEM");
	}

	private static Indicateur reponse(String rubrique, long valeur) {
		// une réponse de l'employeur : population vide, base l'effectif au 31/12 (ici 40
		// agents)
		return Indicateur.valeur(Theme.EMPLOYEUR, rubrique, "", "", "ensemble", "ensemble", BigDecimal.valueOf(valeur),
				40);
	}

	@Test
	void uneRubriqueLaisseeVideEstNonRenseigneeJamaisNon() {
		// DUERP oui, plan RPS non, démarche TMS laissée vide (pas de ligne), CMR non,
		// registre oui, assurance vide
		List<Indicateur> lignes = List.of(reponse("duerp", 1), reponse("plan_prevention_rps", 0),
				reponse("demarche_cmr", 0), reponse("registre_sst", 1), reponse("nb_assistants_prevention", 2),
				reponse("nb_conseillers_prevention", 1), reponse("depenses_prevention", 436));
		List<String> p = paragraphesDe(document("fiche-synthetique.pdf", lignes),
				"Prévention et risques professionnels");
		assertThat(p).containsExactly(
				"La collectivité compte 2 assistants de prévention et un conseiller de prévention. Désignation d'un ACFI :"
						+ " non renseigné. Les dépenses en matière de prévention s'élèvent à 436\u00A0€ en 2024. Dépenses"
						+ " pour l'amélioration des conditions de travail : non renseigné.",
				"La collectivité dispose d'un document unique d'évaluation des risques professionnels (DUERP). Elle ne"
						+ " dispose pas de plan de prévention des risques psychosociaux. Démarche de prévention des TMS :"
						+ " non renseigné. Elle n'a pas de démarche de prévention des risques cancérogènes (CMR). Elle"
						+ " dispose d'un registre de santé et de sécurité au travail. Contrat d'assurance des risques"
						+ " statutaires : non renseigné.");
	}

	@Test
	void unFichierFacultatifNonTransmisDonneUneSeulePhrase() {
		// aucune ligne des thèmes employeur, signalements, accidents déclarés :
		// l'employeur n'a transmis aucun des
		// fichiers facultatifs ; un taux d'absentéisme suffit à faire un document
		List<Indicateur> lignes = List
			.of(rapport("taux_absenteisme", "permanents", "global", "ensemble", "ensemble", 730, 20 * 365, 100));
		DocumentRapport rps = document("synthese-rps.pdf", lignes);
		assertThat(paragraphesDe(rps, "Droits sociaux"))
			.containsExactly("Droits sociaux : non renseigné (fichier employeur-rsu non transmis).");
		assertThat(paragraphesDe(rps, "Documents et démarches de prévention")).containsExactly(
				"Documents et démarches de prévention : non renseigné (fichier employeur-rsu non transmis).",
				"Dépenses et formations liées à la prévention : non renseigné (fichiers employeur-rsu et formations non"
						+ " transmis).");
		// une rangée de chiffres clés dont aucun n'a de fichier source devient une
		// phrase, pas quatre « non transmis »
		assertThat(paragraphesDe(rps, "Accidents du travail et maladies professionnelles").getFirst())
			.startsWith("Accidents de service déclarés, accidents de trajet déclarés, maladies professionnelles"
					+ " déclarées et des accidents et maladies déclarés sans arrêt : non transmis");
		assertThat(rps.sections().stream().flatMap(s -> s.blocs().stream()))
			.noneMatch(b -> b instanceof Bloc.ChiffresCles c && c.chiffres()
				.stream()
				.allMatch(x -> x.valeur().etat() == fr.cdg.rsu.rapport.document.Valeur.Etat.NON_TRANSMISE));
	}

	private static Indicateur rapportDe(Theme theme, String indicateur, String population, String dimension,
			String modalite, long numerateur, long denominateur, long facteur) {
		return Indicateur.rapport(theme, indicateur, population, "", dimension, modalite,
				BigDecimal.valueOf(numerateur), BigDecimal.valueOf(denominateur), BigDecimal.valueOf(facteur),
				(int) Math.max(numerateur, 3));
	}

	@Test
	void laPartDUnStatutParmiLesFemmesSeCompareACelleDesHommes() {
		// 9 contractuelles sur 72 femmes permanentes = 12,5 % ; 4 contractuels sur 27
		// hommes = 14,8 % (pack 2022 :
		// « 15 % des femmes sont contractuelles contre 7 % des hommes » sur d'autres
		// effectifs)
		List<Indicateur> lignes = List.of(
				rapportDe(Theme.EFFECTIFS, "part_statut", "contractuels_permanents", "sexe", "F", 9, 72, 100),
				rapportDe(Theme.EFFECTIFS, "part_statut", "contractuels_permanents", "sexe", "H", 4, 27, 100));
		assertThat(paragraphes(document("synthese-egalite.pdf", lignes))).contains(
				"12,5\u00A0% des femmes sur emploi" + " permanent sont contractuelles, contre 14,8\u00A0% des hommes.");
		// aucune contractuelle : la phrase le dit, avec la valeur des hommes
		List<Indicateur> sansContractuelle = List.of(
				rapportDe(Theme.EFFECTIFS, "part_statut", "contractuels_permanents", "sexe", "F", 0, 72, 100),
				rapportDe(Theme.EFFECTIFS, "part_statut", "contractuels_permanents", "sexe", "H", 4, 27, 100));
		assertThat(paragraphes(document("synthese-egalite.pdf", sansContractuelle)))
			.contains("Aucune femme sur emploi permanent n'est contractuelle, contre 14,8\u00A0% des hommes.");
		// sans hommes permanents (dénominateur nul, n.d.) : pas de comparaison, pas de
		// phrase
		List<Indicateur> sansHomme = List.of(
				rapportDe(Theme.EFFECTIFS, "part_statut", "contractuels_permanents", "sexe", "F", 9, 72, 100),
				rapportDe(Theme.EFFECTIFS, "part_statut", "contractuels_permanents", "sexe", "H", 0, 0, 100));
		assertThat(paragraphes(document("synthese-egalite.pdf", sansHomme)))
			.noneMatch(t -> t.contains("sont contractuelles"));
	}

	@Test
	void lesArretsParAgentAbsentDesDeuxStatuts() {
		// maladie ordinaire : 138 arrêts pour 53 fonctionnaires absents = 2,60 ; 23 pour
		// 8 contractuels = 2,875 (2,9)
		// accidents de service : 1 arrêt pour 1 agent absent dans chaque statut = 1,0 (le
		// pack : « 1 jour d'arrêt par
		// agent absent ») ; la cellule d'un contractuel est secrète (1 agent) : pas de
		// phrase du tout
		List<Indicateur> lignes = List.of(
				rapport("arrets_par_absent", "fonctionnaires", "MO", "ensemble", "ensemble", 138, 53, 1),
				rapport("arrets_par_absent", "contractuels_permanents", "MO", "ensemble", "ensemble", 23, 8, 1),
				rapport("arrets_par_absent", "fonctionnaires", "AT_SERVICE", "ensemble", "ensemble", 3, 3, 1),
				rapport("arrets_par_absent", "contractuels_permanents", "AT_SERVICE", "ensemble", "ensemble", 1, 1, 1)
					.avecSecret(true));
		List<String> p = paragraphes(document("synthese-absenteisme.pdf", lignes));
		assertThat(p).contains("Nombre moyen d'arrêts par agent absent pour maladie ordinaire : 2,6 pour les"
				+ " fonctionnaires, 2,9 pour les contractuels permanents.");
		assertThat(p).noneMatch(t -> t.contains("agent absent après un accident de service :"));
	}

	@Test
	void lesMontantsDuBudgetEtDesChargesEnEuros() {
		List<Indicateur> lignes = List.of(
				Indicateur.valeur(Theme.REMUNERATIONS, "charges_personnel", "", "", "ensemble", "ensemble",
						new BigDecimal("3726618"), 103),
				Indicateur.rapport(Theme.REMUNERATIONS, "part_charges_personnel", "", "", "ensemble", "ensemble",
						new BigDecimal("3726618"), new BigDecimal("5641220"), BigDecimal.valueOf(100), 103),
				Indicateur.rapport(Theme.REMUNERATIONS, "part_traitement_brut", "permanents", "", "ensemble",
						"ensemble", new BigDecimal("2386609"), new BigDecimal("2432090"), BigDecimal.valueOf(100), 99));
		assertThat(paragraphes(document("synthese-remunerations.pdf", lignes))).anySatisfy(t -> assertThat(t).contains(
				"Les charges de personnel s'élèvent à 3\u202F726\u202F618\u00A0€. Elles représentent 66,1\u00A0% des"
						+ " dépenses de fonctionnement de la collectivité."))
			.contains("Le traitement indiciaire brut représente 98,1\u00A0% de la rémunération annuelle brute des"
					+ " emplois permanents.");
	}

}
