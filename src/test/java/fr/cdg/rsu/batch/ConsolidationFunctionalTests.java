package fr.cdg.rsu.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import fr.cdg.rsu.generateur.GenerateurLots;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;

/**
 * Une campagne de 60 employeurs générés : la consolidation a une ligne par employeur, et
 * chaque valeur de strate se retrouve en recalculant à la main, depuis les
 * {@code indicateurs.csv} des employeurs de la strate, la somme des numérateurs sur la
 * somme des dénominateurs (pas la moyenne des taux), le nombre d'employeurs et la
 * médiane.
 */
class ConsolidationFunctionalTests extends ContexteSpringPartage {

	/** Les sorties des campagnes de la classe (la base est celle du contexte partagé). */
	@TempDir
	static Path sortie;

	@Test
	void lesValeursDeStrateSeRecalculentDepuisLesLignesDesEmployeurs(@TempDir Path entree) throws Exception {
		new GenerateurLots().generer(new GenerateurLots.Demande(2024, 5L, 60, 3000, 4500, "csv", entree, "25"));
		ParametresCampagne p = new ParametresCampagne(2024, entree, sortie, "consolidation", null, null, null, null, 3,
				true, "", null, LocalDate.of(2025, 3, 1), null, false);
		assertThat(operateur.start(job, p.versJob()).getStatus()).isEqualTo(BatchStatus.COMPLETED);
		Path annee = sortie.resolve("2024");

		Map<String, String> strateParSiret = new HashMap<>();
		for (NamedCsvRecord r : lire(annee.resolve("consolidation.csv"))) {
			strateParSiret.put(r.getField("siret"), r.getField("strate"));
		}
		assertThat(strateParSiret).hasSize(60);

		// numérateur, dénominateur et valeur du taux d'absentéisme global des permanents
		// de chaque employeur
		Map<String, List<BigDecimal[]>> parStrate = new HashMap<>();
		for (var e : strateParSiret.entrySet()) {
			for (NamedCsvRecord r : lire(annee.resolve(e.getKey()).resolve("indicateurs.csv"))) {
				// une valeur secrète (vide dans le fichier publiable) n'entre pas dans la
				// strate
				if (r.getField("indicateur").equals("taux_absenteisme") && r.getField("population").equals("permanents")
						&& r.getField("groupe").equals("global") && r.getField("dimension").equals("ensemble")
						&& r.getField("secret").equals("0")) {
					parStrate.computeIfAbsent(e.getValue(), s -> new ArrayList<>())
						.add(new BigDecimal[] { new BigDecimal(r.getField("numerateur")),
								new BigDecimal(r.getField("denominateur")),
								r.getField("valeur").isEmpty() ? null : new BigDecimal(r.getField("valeur")) });
				}
			}
		}
		int verifiees = 0;
		for (NamedCsvRecord r : lire(annee.resolve("consolidation-strates.csv"))) {
			if (!r.getField("indicateur").equals("taux_absenteisme_permanents_global")
					|| r.getField("strate").equals("ensemble des employeurs")) {
				continue;
			}
			List<BigDecimal[]> employeurs = parStrate.getOrDefault(r.getField("strate"), List.of());
			assertThat(Integer.parseInt(r.getField("employeurs"))).isEqualTo(employeurs.size());
			BigDecimal num = employeurs.stream().map(t -> t[0]).reduce(BigDecimal.ZERO, BigDecimal::add);
			BigDecimal den = employeurs.stream().map(t -> t[1]).reduce(BigDecimal.ZERO, BigDecimal::add);
			if (employeurs.size() >= 5) {
				assertThat(new BigDecimal(r.getField("numerateur"))).isEqualByComparingTo(num);
				assertThat(new BigDecimal(r.getField("denominateur"))).isEqualByComparingTo(den);
				assertThat(r.getField("publiable")).isEqualTo("1");
				assertThat(new BigDecimal(r.getField("valeur"))).isCloseTo(
						num.multiply(BigDecimal.valueOf(100)).divide(den, MathContext.DECIMAL64),
						org.assertj.core.data.Offset.offset(new BigDecimal("1e-12")));
				List<BigDecimal> taux = employeurs.stream().map(t -> t[2]).filter(v -> v != null).sorted().toList();
				BigDecimal mediane = taux.size() % 2 == 1 ? taux.get(taux.size() / 2)
						: taux.get(taux.size() / 2 - 1).add(taux.get(taux.size() / 2)).divide(BigDecimal.valueOf(2));
				assertThat(new BigDecimal(r.getField("mediane"))).isCloseTo(mediane,
						org.assertj.core.data.Offset.offset(new BigDecimal("1e-12")));
				verifiees++;
			}
			else {
				// moins de 5 employeurs : ni valeur, ni numérateur, ni dénominateur (ils
				// redonneraient ceux d'un
				// employeur)
				assertThat(r.getField("publiable")).isEqualTo("0");
				assertThat(r.getField("valeur")).isEmpty();
				assertThat(r.getField("numerateur")).isEmpty();
				assertThat(r.getField("denominateur")).isEmpty();
			}
		}
		assertThat(verifiees).as("strates d'au moins 5 employeurs vérifiées").isPositive();
	}

	private static List<NamedCsvRecord> lire(Path fichier) throws IOException {
		try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(fichier, StandardCharsets.UTF_8)) {
			return csv.stream().toList();
		}
	}

}
