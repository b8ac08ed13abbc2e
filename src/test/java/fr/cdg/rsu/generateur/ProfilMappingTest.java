package fr.cdg.rsu.generateur;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import fr.cdg.rsu.domaine.Filiere;
import fr.cdg.rsu.domaine.Motif;
import fr.cdg.rsu.domaine.Statut;

/**
 * Le profil livré avec l'export du CCAS, appliqué comme le décrit docs/profil-mapping.md,
 * ramène chaque en-tête et chaque code au contrat (sauf les lignes volontairement
 * fausses).
 */
class ProfilMappingTest {

	private static final Path CCAS = Path.of(Echantillons.DOSSIER_ECHANTILLONS, "ccas");

	static String normer(String entete) {
		String s = Normalizer.normalize(entete, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return s.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]", "");
	}

	@SuppressWarnings("unchecked")
	@Test
	void leProfilRameneLExportAuContrat() throws IOException {
		Map<String, Object> profil;
		try (Reader r = Files.newBufferedReader(CCAS.resolve("profil-mapping.yaml"), StandardCharsets.UTF_8)) {
			profil = new Yaml().load(r);
		}
		assertThat(profil).containsOnlyKeys("version", "colonnes", "valeurs");
		Map<String, Map<String, List<String>>> colonnes = (Map<String, Map<String, List<String>>>) profil
			.get("colonnes");
		Map<String, Map<String, String>> valeurs = (Map<String, Map<String, String>>) profil.get("valeurs");
		// les quatre fichiers du contrat, puis les six fichiers facultatifs
		// (input-themes.md)
		assertThat(colonnes).containsOnlyKeys("collectivites", "agents", "absences", "remunerations", "employeur-rsu",
				"accidents", "decisions-sante", "signalements", "formations", "carrieres");

		Map<String, Set<String>> permis = Map.of("sexe", Set.of("F", "H"), "statut",
				Set.of(Statut.TITULAIRE.name(), Statut.STAGIAIRE.name(), Statut.CONTRACTUEL_PERMANENT.name(),
						Statut.CONTRACTUEL_NON_PERMANENT.name()),
				"temps_travail", Set.of("COMPLET", "NON_COMPLET"), "type",
				Set.of("commune", "epci", "ccas", "departement", "sdis", "syndicat", "autre"));
		int rejetsAttendus = 0;
		for (Nature n : Nature.values()) {
			Map<String, List<String>> parColonne = colonnes.get(n.nom());
			List<String> attendues = new ArrayList<>(n.colonnes());
			if (n == Nature.AGENTS) {
				// les colonnes facultatives des agents suivent celles du contrat
				attendues.addAll(NatureFacultative.COLONNES_AGENTS);
			}
			assertThat(parColonne.keySet()).containsExactlyElementsOf(attendues);
			Map<String, String> versCanonique = new HashMap<>();
			parColonne.forEach((c, noms) -> noms.forEach(nom -> versCanonique.put(normer(nom), c)));
			List<CsvRecord> lignes = new ArrayList<>();
			try (CsvReader<CsvRecord> r = CsvReader.builder()
				.fieldSeparator('\t')
				.ofCsvRecord(CCAS.resolve(n.nom() + ".csv"), StandardCharsets.UTF_8)) {
				r.forEach(lignes::add);
			}
			List<String> entete = lignes.get(0).getFields();
			List<String> canoniques = new ArrayList<>();
			List<String> inconnues = new ArrayList<>();
			for (String e : entete) {
				String c = versCanonique.get(normer(e));
				canoniques.add(c);
				if (c == null) {
					inconnues.add(e);
				}
			}
			assertThat(canoniques).containsAll(n.colonnes());
			assertThat(inconnues).isEqualTo(n == Nature.REMUNERATIONS ? List.of("Période de paie") : List.of());
			for (CsvRecord l : lignes.subList(1, lignes.size())) {
				for (int i = 0; i < entete.size(); i++) {
					String c = canoniques.get(i);
					if (c == null || !valeurs.containsKey(c)
							|| !permis.containsKey(c) && !c.equals("motif") && !c.equals("filiere")
							|| l.getField(i).isEmpty()) {
						continue;
					}
					String lu = l.getField(i).strip();
					String v = valeurs.get(c)
						.entrySet()
						.stream()
						.filter(e -> e.getKey().equalsIgnoreCase(lu))
						.map(Map.Entry::getValue)
						.findFirst()
						.orElse(lu);
					boolean valide = switch (c) {
						case "motif" -> Set.of(Motif.values()).stream().anyMatch(m -> m.code().equals(v));
						case "filiere" -> Filiere.depuisCode(v).isPresent();
						default -> permis.get(c).contains(v);
					};
					if (!valide) {
						assertThat(v).as("seul code inconnu attendu").isEqualTo("CET");
						rejetsAttendus++;
					}
				}
				if (n == Nature.AGENTS && l.getField(2).isEmpty()) {
					rejetsAttendus++;
				}
			}
		}
		assertThat(rejetsAttendus).isEqualTo(2);
	}

}
