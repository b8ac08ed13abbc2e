package fr.cdg.rsu.generateur;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Les fichiers « Windows-1252 » le sont vraiment : é = 0xE9, € = 0x80, aucune séquence
 * UTF-8.
 */
class EncodageWindows1252Test {

	@ParameterizedTest
	@ValueSource(strings = { "input-samples/commune-100-agents", "src/test/resources/equivalence/windows1252" })
	void windows1252EtPasUtf8(String dossier) throws IOException {
		byte[] agents = Files.readAllBytes(Path.of(dossier, "agents.csv"));
		byte[] remunerations = Files.readAllBytes(Path.of(dossier, "remunerations.csv"));
		assertThat(agents).contains((byte) 0xE9); // é de « Catégorie »
		assertThat(remunerations).contains((byte) 0x80); // €
		for (String f : new String[] { "collectivites.csv", "agents.csv", "absences.csv", "remunerations.csv" }) {
			byte[] b = Files.readAllBytes(Path.of(dossier, f));
			assertThat(b.length).isGreaterThan(3);
			assertThat(b[0] == (byte) 0xEF && b[1] == (byte) 0xBB).as("pas de BOM UTF-8 dans " + f).isFalse();
			for (int i = 0; i + 1 < b.length; i++) {
				int c = b[i] & 0xFF;
				int suivant = b[i + 1] & 0xFF;
				boolean debutUtf8 = c >= 0xC2 && c <= 0xF4 && suivant >= 0x80 && suivant <= 0xBF;
				assertThat(debutUtf8).as("séquence UTF-8 à l'octet %d de %s", i, f).isFalse();
			}
		}
		String entete = new String(agents, Dialecte.WINDOWS_1252).lines().findFirst().orElseThrow();
		assertThat(entete).contains("Date de naissance", "Catégorie", "Filière");
	}

	@ParameterizedTest
	@ValueSource(strings = { "input-samples/commune-8-agents" })
	void utf8AvecBom(String dossier) throws IOException {
		for (String f : new String[] { "collectivites.csv", "agents.csv", "absences.csv", "remunerations.csv" }) {
			byte[] b = Files.readAllBytes(Path.of(dossier, f));
			assertThat(new byte[] { b[0], b[1], b[2] }).isEqualTo(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
		}
	}

}
