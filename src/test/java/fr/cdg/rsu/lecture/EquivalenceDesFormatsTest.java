package fr.cdg.rsu.lecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import fr.cdg.rsu.domaine.Absence;
import fr.cdg.rsu.domaine.Agent;
import fr.cdg.rsu.domaine.Collectivite;
import fr.cdg.rsu.domaine.LignePaie;
import fr.cdg.rsu.indicateurs.CalculIndicateurs;
import fr.cdg.rsu.indicateurs.Indicateur;
import org.junit.jupiter.api.Test;

/**
 * Les mêmes données écrites trois fois par le générateur
 * ({@code src/test/resources/equivalence}) : CSV canonique UTF-8 à point-virgule, CSV
 * Windows-1252 à virgule avec en-têtes français accentués et libellés de motifs, classeur
 * XLSX. Elles doivent donner les mêmes lignes retenues et les mêmes indicateurs, au
 * dernier chiffre près.
 */
class EquivalenceDesFormatsTest {

	private record Lu(List<Collectivite> collectivites, List<Agent> agents, List<Absence> absences,
			List<LignePaie> paies, long rejetees) {
	}

	private static Lu lire(String dossier) {
		Path entree = Path.of("src/test/resources/equivalence", dossier);
		var inventaire = InventaireEntrees.inventorier(entree, null, null);
		List<Collectivite> collectivites = new ArrayList<>();
		List<Agent> agents = new ArrayList<>();
		List<Absence> absences = new ArrayList<>();
		List<LignePaie> paies = new ArrayList<>();
		long rejetees = 0;
		try (LecteurEntrees lecteur = new LecteurEntrees(inventaire.fichiers(), 2024)) {
			LigneLue l;
			while ((l = lecteur.suivante()) != null) {
				switch (l) {
					case LigneLue.Rejetee r -> rejetees++;
					case LigneLue.Acceptee a -> {
						switch (a.enregistrement()) {
							case Collectivite c -> collectivites.add(c);
							case Agent g -> agents.add(g);
							// le rang de la ligne dépend du fichier : seules comptent les
							// valeurs
							case Absence b -> absences
								.add(new Absence(b.siret(), b.matricule(), b.motif(), b.dateDebut(), b.dateFin(),
										b.prolongation(), b.joursCarence(), b.dateAccident(), absences.size()));
							case LignePaie p -> paies.add(p);
							default -> throw new IllegalStateException();
						}
					}
				}
			}
		}
		return new Lu(collectivites, agents, absences, paies, rejetees);
	}

	private static List<Indicateur> indicateurs(Lu lu) {
		Collectivite c = lu.collectivites().get(0);
		var assemblage = AssemblageEmployeur.assembler(c, 2024,
				lu.agents().stream().map(a -> new Origine<>(a, "f", 1)).toList(),
				lu.absences().stream().map(a -> new Origine<>(a, "f", 1)).toList(),
				lu.paies().stream().map(a -> new Origine<>(a, "f", 1)).toList());
		assertThat(assemblage.rejets()).isEmpty();
		return CalculIndicateurs.calculer(assemblage.donnees(), 3).indicateurs();
	}

	@Test
	void lesTroisEcrituresDonnentLesMemesLignesEtLesMemesIndicateurs() {
		Lu canonique = lire("canonique");
		Lu windows = lire("windows1252");
		Lu classeur = lire("xlsx");

		assertThat(canonique.agents()).hasSizeGreaterThan(10);
		assertThat(canonique.absences()).hasSizeGreaterThan(20);
		assertThat(canonique.rejetees()).isZero();
		for (Lu autre : List.of(windows, classeur)) {
			assertThat(autre.collectivites()).isEqualTo(canonique.collectivites());
			assertThat(autre.agents()).isEqualTo(canonique.agents());
			assertThat(autre.absences()).isEqualTo(canonique.absences());
			assertThat(normaliser(autre.paies())).isEqualTo(normaliser(canonique.paies()));
			assertThat(autre.rejetees()).isZero();
		}
		List<Indicateur> attendus = indicateurs(canonique);
		assertThat(attendus).hasSizeGreaterThan(1000);
		assertThat(indicateurs(windows)).isEqualTo(attendus);
		assertThat(indicateurs(classeur)).isEqualTo(attendus);
	}

	/**
	 * 1200.50 et 1200.5 sont le même montant : on compare les valeurs, pas l'écriture.
	 */
	private static List<String> normaliser(List<LignePaie> paies) {
		return paies.stream()
			.map(p -> String.join("|", p.siret(), p.matricule(),
					p.traitementBrut().stripTrailingZeros().toPlainString(),
					p.primes().stripTrailingZeros().toPlainString(), p.nbi().stripTrailingZeros().toPlainString(),
					p.sft().stripTrailingZeros().toPlainString(),
					p.heuresSupMontant().stripTrailingZeros().toPlainString(),
					p.heuresSupNombre().stripTrailingZeros().toPlainString(),
					p.etpr().stripTrailingZeros().toPlainString(),
					String.valueOf(
							p.heuresPayees() == null ? null : p.heuresPayees().stripTrailingZeros().toPlainString())))
			.toList();
	}

}
