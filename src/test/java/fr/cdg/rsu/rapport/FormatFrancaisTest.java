package fr.cdg.rsu.rapport;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import fr.cdg.rsu.rapport.document.FormatFrancais;
import fr.cdg.rsu.rapport.document.FormatNombre;

class FormatFrancaisTest {

	private static final String FINE = "\u202F";

	private static final String INSECABLE = "\u00A0";

	@ParameterizedTest
	@CsvSource(delimiter = ';', value = { "14.02; TAUX; 14,02_%", "14.0249; TAUX; 14,02_%", "14.025; TAUX; 14,03_%",
			"14.05; TAUX_1; 14,1_%", "0.125; DECIMAL_2; 0,13", "30864; EUROS; 30^864_€", "30864.5; EUROS; 30^865_€",
			"2526155.4; EUROS; 2^526^155_€", "999.5; EUROS; 1^000_€", "8.25; DECIMAL_1; 8,3", "7; ENTIER; 7",
			"1234567; ENTIER; 1^234^567", "45.26; ANS; 45,3_ans", "2434; HEURES; 2^434_h", "0; TAUX; 0,00_%" })
	void formateALaFrancaiseAvecArrondiAuPlusProche(String valeur, FormatNombre format, String attendu) {
		assertThat(FormatFrancais.formater(new BigDecimal(valeur), format))
			.isEqualTo(attendu.replace("^", FINE).replace("_", INSECABLE));
	}

	@Test
	void unNombreNegatifPrendLeSigneMoinsTypographique() {
		assertThat(FormatFrancais.formater(new BigDecimal("-5.149"), FormatNombre.TAUX))
			.isEqualTo("\u22125,15" + INSECABLE + "%");
		assertThat(FormatFrancais.formater(new BigDecimal("-0.001"), FormatNombre.TAUX))
			.isEqualTo("0,00" + INSECABLE + "%");
	}

	@Test
	void lesDatesSontAuFormatJourMoisAnnee() {
		assertThat(FormatFrancais.date(LocalDate.of(2024, 12, 31))).isEqualTo("31/12/2024");
		assertThat(FormatFrancais.date(LocalDate.of(2025, 6, 5))).isEqualTo("05/06/2025");
	}

}
