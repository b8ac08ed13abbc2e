package fr.cdg.rsu.indicateurs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.cdg.rsu.generateur.GenerateurLots;
import fr.cdg.rsu.indicateurs.comparaison.IndicateurPhare;
import fr.cdg.rsu.indicateurs.comparaison.LignesDeComparaison;
import fr.cdg.rsu.lecture.DossierLu;

/**
 * Le catalogue des indicateurs est la liste exacte de ce que les calculs écrivent :
 * chaque clé (thème, indicateur) des lignes calculées sur les échantillons livrés et sur
 * un lot généré y figure, et chaque entrée du catalogue est écrite au moins une fois ; le
 * contrat des utilisateurs ({@code docs/vocabulaire-indicateurs.md}) les nomme toutes.
 */
class CatalogueTest {

	/** Les clés (thème indicateur) écrites par les calculs. */
	private static final Set<String> ECRITES = new TreeSet<>();

	@BeforeAll
	static void calculer(@TempDir Path dossier) throws Exception {
		ecrites(Path.of("input-samples"), 2024);
		Path lot = dossier.resolve("lot");
		new GenerateurLots().generer(new GenerateurLots.Demande(2024, 3L, 8, 3000, 4500, "csv", lot, "25", true));
		ecrites(lot, 2024);
		for (Indicateur i : LignesDeComparaison.construire(List.of(), List.of(), List.of())) {
			ECRITES.add(cle(i.theme(), i.indicateur()));
		}
	}

	private static void ecrites(Path entree, int annee) throws Exception {
		DossierLu dossier = DossierLu.lire(entree, annee);
		assertThat(dossier.collectivites()).isNotEmpty();
		for (var assemblage : dossier.assembler(annee)) {
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
