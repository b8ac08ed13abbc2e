package fr.cdg.rsu.indicateurs;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import fr.cdg.rsu.domaine.Agent;
import fr.cdg.rsu.domaine.Categorie;
import fr.cdg.rsu.domaine.DonneesEmployeur;
import fr.cdg.rsu.domaine.Filiere;
import fr.cdg.rsu.domaine.LignePaie;
import fr.cdg.rsu.domaine.Sexe;
import fr.cdg.rsu.domaine.Statut;
import fr.cdg.rsu.indicateurs.effectifs.CalculEffectifs;
import fr.cdg.rsu.indicateurs.remunerations.CalculRemunerations;
import fr.cdg.rsu.indicateurs.secret.FamilleSecret;
import fr.cdg.rsu.indicateurs.secret.SecretStatistique;
import fr.cdg.rsu.indicateurs.ventilation.JeuDeDonnees;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Propriétés sur des employeurs tirés au hasard : les modalités d'une dimension
 * s'additionnent en l'ensemble, et le secret ne laisse jamais une cellule additive
 * masquée seule dans une rangée dont le total est publié, et ne masque jamais la
 * structure.
 */
class ProprietesIndicateursTest {

	private static final int ANNEE = 2022;

	/**
	 * Indicateurs dont les modalités s'additionnent en la ligne {@code ensemble} (comptes
	 * et sommes).
	 */
	private static final Set<String> ADDITIFS = Set.of("effectif", "etpr", "traitement_brut", "primes", "nbi", "sft",
			"heures_sup_montant", "heures_sup_nombre", "remuneration_annuelle_brute", "arrivees", "departs",
			"effectif_precedent", "emploi_fonctionnel", "temps_complet", "temps_non_complet", "temps_partiel",
			"temps_partiel_de_droit", "temps_partiel_sur_autorisation");

	/** Un agent tiré au hasard, et sa paie. */
	record Profil(Sexe sexe, int age, Statut statut, @Nullable Categorie categorie, @Nullable Filiere filiere,
			@Nullable String cadre, int entree, int sortie, int etprCentiemes, int euros, int lignes) {
	}

	@Provide
	Arbitrary<List<Profil>> employeurs() {
		Arbitrary<Profil> profil = Combinators
			.combine(Arbitraries.of(Sexe.class), Arbitraries.integers().between(16, 70), Arbitraries.of(Statut.class),
					Arbitraries.of(Categorie.class).injectNull(0.1),
					Arbitraries.of(Filiere.TECHNIQUE, Filiere.ADMINISTRATIVE, Filiere.ANIMATION).injectNull(0.1),
					Arbitraries.of("Adjoints techniques territoriaux", "Rédacteurs territoriaux", "Attachés", "")
						.injectNull(0.2),
					Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 3))
			.as((sexe, age, statut, categorie, filiere, cadre, entree, sortie) -> new Profil(sexe, age, statut,
					categorie, filiere, cadre, entree, sortie, 0, 0, 0))
			.flatMap(p -> Combinators
				.combine(Arbitraries.integers().between(0, 100), Arbitraries.integers().between(0, 60_000),
						Arbitraries.integers().between(0, 3))
				.as((etpr, euros, lignes) -> new Profil(p.sexe(), p.age(), p.statut(), p.categorie(), p.filiere(),
						p.cadre(), p.entree(), p.sortie(), etpr, euros, lignes)));
		return profil.list().ofMaxSize(40);
	}

	private static DonneesEmployeur donnees(List<Profil> profils) {
		List<Agent> agents = new ArrayList<>();
		List<LignePaie> paies = new ArrayList<>();
		for (int i = 0; i < profils.size(); i++) {
			Profil p = profils.get(i);
			String matricule = "M" + i;
			LocalDate entree = switch (p.entree()) {
				case 1 -> LocalDate.of(ANNEE - 5, 3, 1);
				case 2 -> LocalDate.of(ANNEE, 1 + i % 12, 1);
				case 3 -> LocalDate.of(ANNEE - 1, 12, 31);
				default -> null;
			};
			LocalDate sortie = switch (p.sortie()) {
				case 1 -> LocalDate.of(ANNEE, 1 + i % 12, 28);
				case 2 -> LocalDate.of(ANNEE + 1, 2, 1);
				case 3 -> LocalDate.of(ANNEE, 12, 31);
				default -> null;
			};
			if (entree != null && sortie != null && sortie.isBefore(entree)) {
				sortie = null;
			}
			agents.add(new Agent(JeuDeDonnees.SIRET, matricule, p.sexe(), LocalDate.of(ANNEE - p.age(), 6, 1),
					p.statut(), p.categorie(), p.filiere(), p.cadre(), i % 7 == 0, i % 5 == 0,
					BigDecimal.valueOf(i % 3 == 0 ? 80 : 100), i % 2 == 0, entree, sortie));
			for (int l = 0; l < p.lignes(); l++) {
				paies.add(JeuDeDonnees.paie(matricule, String.valueOf(p.euros()), String.valueOf(p.euros() / 10),
						"12.5", "0", "7", String.valueOf(l), BigDecimal.valueOf(p.etprCentiemes(), 2).toPlainString()));
			}
		}
		paies.add(JeuDeDonnees.paie("inconnu", "1000", "1"));
		return JeuDeDonnees.donnees(ANNEE, agents, paies);
	}

	@Property(tries = 200)
	void lesModalitesDUneDimensionSAdditionnentEnLEnsemble(@ForAll("employeurs") List<Profil> profils) {
		DonneesEmployeur donnees = donnees(profils);
		List<Indicateur> lignes = new ArrayList<>(CalculEffectifs.calculer(donnees).indicateurs());
		lignes.addAll(CalculRemunerations.calculer(donnees).indicateurs());
		Map<String, BigDecimal> ensembles = new HashMap<>();
		Map<String, BigDecimal> sommes = new HashMap<>();
		for (Indicateur ligne : lignes) {
			if (!ADDITIFS.contains(ligne.indicateur())) {
				continue;
			}
			String indicateur = ligne.theme() + " " + ligne.indicateur() + " " + ligne.population();
			if (ligne.dimension().equals("ensemble")) {
				ensembles.put(indicateur, ligne.valeur());
			}
			else {
				sommes.merge(indicateur + " " + ligne.dimension(), ligne.valeur(), BigDecimal::add);
			}
		}
		assertThat(sommes).allSatisfy((table, somme) -> {
			String indicateur = table.substring(0, table.lastIndexOf(' '));
			assertThat(somme).as(table).isEqualByComparingTo(ensembles.get(indicateur));
		});
		assertThat(lignes).allMatch(
				l -> l.valeur() == null || l.valeur().signum() >= 0 || l.indicateur().equals("variation_effectif"));
	}

	@Property(tries = 200)
	void leSecretNeLaissePasDeCelluleMasqueeSeuleDansUneRangeeAuTotalPublie(@ForAll("employeurs") List<Profil> profils,
			@ForAll @IntRange(min = 2, max = 6) int seuil) {
		DonneesEmployeur donnees = donnees(profils);
		List<Indicateur> lignes = new ArrayList<>(CalculEffectifs.calculer(donnees).indicateurs());
		lignes.addAll(CalculRemunerations.calculer(donnees).indicateurs());
		List<Indicateur> masquees = SecretStatistique.appliquer(lignes, seuil);
		assertThat(masquees).hasSize(lignes.size());
		Map<Indicateur.Cle, Indicateur> parCle = new HashMap<>();
		for (int i = 0; i < lignes.size(); i++) {
			Indicateur ligne = masquees.get(i);
			assertThat(ligne.cle()).isEqualTo(lignes.get(i).cle());
			boolean protegee = FamilleSecret.de(ligne.theme(), ligne.indicateur()).protegee();
			if (protegee && ligne.baseAgents() > 0 && ligne.baseAgents() < seuil) {
				assertThat(ligne.secret()).as("secret primaire %s", ligne).isTrue();
			}
			if (!protegee) {
				assertThat(ligne.secret()).as("structure jamais masquée %s", ligne).isFalse();
			}
			parCle.put(ligne.cle(), ligne);
		}
		// rangées : cellules d'un tableau additif qui ne diffèrent que par la valeur
		// d'une dimension
		Map<List<String>, List<Indicateur>> rangees = new HashMap<>();
		Map<List<String>, Indicateur.Cle> totaux = new HashMap<>();
		for (Indicateur ligne : masquees) {
			if (!ADDITIFS.contains(ligne.indicateur()) || ligne.dimension().equals("ensemble")) {
				continue;
			}
			List<String> dimensions = List.of(ligne.dimension().split("\\+"));
			List<String> valeurs = valeurs(dimensions, ligne.modalite());
			for (int i = 0; i < dimensions.size(); i++) {
				List<String> autresDimensions = new ArrayList<>(dimensions);
				autresDimensions.remove(i);
				List<String> autresValeurs = new ArrayList<>(valeurs);
				autresValeurs.remove(i);
				List<String> cle = List.of(ligne.theme().code(), ligne.indicateur(), ligne.population(),
						ligne.dimension(), String.valueOf(i), String.join("+", autresValeurs));
				rangees.computeIfAbsent(cle, k -> new ArrayList<>()).add(ligne);
				totaux.put(cle,
						new Indicateur.Cle(ligne.theme(), ligne.indicateur(), ligne.population(), "",
								autresDimensions.isEmpty() ? "ensemble" : String.join("+", autresDimensions),
								autresValeurs.isEmpty() ? "ensemble" : String.join("+", autresValeurs)));
			}
		}
		rangees.forEach((cle, cellules) -> {
			Indicateur total = parCle.get(totaux.get(cle));
			// un total calculé nulle part (paie par filière et sexe) n'est connu que s'il
			// se déduit d'ailleurs :
			// c'est AttaqueSecretTest qui le vérifie, par un vrai calcul sur ce qui est
			// publié
			if (total == null || total.secret()) {
				return;
			}
			long nbMasquees = cellules.stream().filter(Indicateur::secret).count();
			assertThat(nbMasquees).as("rangée %s", cle).isNotEqualTo(1L);
		});
	}

	/**
	 * Les valeurs d'une modalité croisée ; « 65+ » contient le séparateur, la tranche
	 * d'âge n'est croisée qu'avec le sexe.
	 */
	private static List<String> valeurs(List<String> dimensions, String modalite) {
		if (dimensions.size() == 1) {
			return List.of(modalite);
		}
		if (dimensions.size() == 2 && dimensions.get(1).equals("sexe")) {
			int plus = modalite.lastIndexOf('+');
			return List.of(modalite.substring(0, plus), modalite.substring(plus + 1));
		}
		return List.of(modalite.split("\\+"));
	}

}
