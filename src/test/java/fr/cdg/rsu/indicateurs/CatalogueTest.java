package fr.cdg.rsu.indicateurs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.cdg.rsu.domaine.Absence;
import fr.cdg.rsu.domaine.Agent;
import fr.cdg.rsu.domaine.Collectivite;
import fr.cdg.rsu.domaine.LignePaie;
import fr.cdg.rsu.generateur.GenerateurLots;
import fr.cdg.rsu.indicateurs.comparaison.IndicateurPhare;
import fr.cdg.rsu.indicateurs.comparaison.LignesDeComparaison;
import fr.cdg.rsu.lecture.AssemblageEmployeur;
import fr.cdg.rsu.lecture.InventaireEntrees;
import fr.cdg.rsu.lecture.LecteurEntrees;
import fr.cdg.rsu.lecture.LigneLue;
import fr.cdg.rsu.lecture.Origine;

/**
 * Le catalogue des indicateurs est la liste exacte de ce que les calculs écrivent : chaque clé (thème, indicateur)
 * des lignes calculées sur les échantillons livrés et sur un lot généré y figure, et chaque entrée du catalogue est
 * écrite au moins une fois ; le contrat des utilisateurs ({@code docs/vocabulaire-indicateurs.md}) les nomme toutes.
 */
class CatalogueTest {

	/** Les clés (thème indicateur) écrites par les calculs. */
	private static final Set<String> ECRITES = new TreeSet<>();

	@BeforeAll
	static void calculer(@TempDir Path dossier) throws Exception {
		ecrites(Path.of("input-samples"), 2024);
		Path lot = dossier.resolve("lot");
		new GenerateurLots().generer(new GenerateurLots.Demande(2024, 3L, 8, 3000, 4500, "csv", lot, "25"));
		ecrites(lot, 2024);
		for (Indicateur i : LignesDeComparaison.construire(List.of(), List.of(), List.of())) {
			ECRITES.add(cle(i.theme(), i.indicateur()));
		}
	}

	private static void ecrites(Path entree, int annee) throws Exception {
		Map<String, Collectivite> collectivites = new LinkedHashMap<>();
		Map<String, List<Origine<Agent>>> agents = new HashMap<>();
		Map<String, List<Origine<Absence>>> absences = new HashMap<>();
		Map<String, List<Origine<LignePaie>>> paies = new HashMap<>();
		var inventaire = InventaireEntrees.inventorier(entree, null, null);
		try (LecteurEntrees lecteur = new LecteurEntrees(inventaire.fichiers(), annee)) {
			LigneLue l;
			while ((l = lecteur.suivante()) != null) {
				if (l instanceof LigneLue.Acceptee a) {
					switch (a.enregistrement()) {
						case Collectivite c -> collectivites.putIfAbsent(c.siret(), c);
						case Agent g -> agents.computeIfAbsent(g.siret(), k -> new ArrayList<>())
							.add(new Origine<>(g, a.fichier(), a.ligne()));
						case Absence b -> absences.computeIfAbsent(b.siret(), k -> new ArrayList<>())
							.add(new Origine<>(b, a.fichier(), a.ligne()));
						case LignePaie p -> paies.computeIfAbsent(p.siret(), k -> new ArrayList<>())
							.add(new Origine<>(p, a.fichier(), a.ligne()));
						default -> throw new IllegalStateException("enregistrement inattendu : " + a.enregistrement());
					}
				}
			}
		}
		assertThat(collectivites).isNotEmpty();
		for (Collectivite c : collectivites.values()) {
			String s = c.siret();
			var assemblage = AssemblageEmployeur.assembler(c, annee, agents.getOrDefault(s, List.of()),
					absences.getOrDefault(s, List.of()), paies.getOrDefault(s, List.of()));
			for (Indicateur i : CalculIndicateurs.calculer(assemblage.donnees()).indicateurs()) {
				ECRITES.add(cle(i.theme(), i.indicateur()));
			}
		}
	}

	private static String cle(Theme theme, String indicateur) {
		return theme.code() + " " + indicateur;
	}

	@Test
	void chaqueCleEcriteParLesCalculsEstAuCatalogue() {
		Set<String> catalogue = new TreeSet<>();
		for (Catalogue.Entree e : Catalogue.entrees()) {
			catalogue.add(cle(e.theme(), e.nom()));
		}
		assertThat(ECRITES).isNotEmpty().isSubsetOf(catalogue);
		// et rien de mort au catalogue : chaque entrée est écrite par un calcul
		assertThat(catalogue).isSubsetOf(ECRITES);
	}

	@Test
	void chaqueIndicateurPhareEstAuCatalogue() {
		for (IndicateurPhare p : IndicateurPhare.values()) {
			assertThat(Catalogue.trouver(p.theme(), p.indicateur())).as(p.name()).isPresent();
			assertThat(Catalogue.exiger(p.theme(), p.indicateur()).nature()).as(p.name())
				.isEqualTo(Catalogue.Nature.RAPPORT);
		}
	}

	@Test
	void unNomPartageParDeuxThemesSAfficheDeLaMemeFacon() {
		for (Catalogue.Entree e : Catalogue.entrees()) {
			assertThat(Catalogue.duNom(e.nom())).extracting(Catalogue.Entree::affichage).containsOnly(e.affichage());
		}
	}

	@Test
	void leVocabulaireDesUtilisateursNommeChaqueIndicateur() throws Exception {
		String doc = Files.readString(Path.of("docs", "vocabulaire-indicateurs.md"));
		for (Catalogue.Entree e : Catalogue.entrees()) {
			assertThat(doc).as(e.nom()).contains("`" + e.nom() + "`");
		}
	}

}
