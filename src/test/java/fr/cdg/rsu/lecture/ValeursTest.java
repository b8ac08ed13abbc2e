package fr.cdg.rsu.lecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ValeursTest {

	// --- dates

	@ParameterizedTest
	@ValueSource(strings = { "05/03/2024", "5/3/2024", "2024-03-05", "2024-3-5", "05-03-2024", " 05/03/2024 ",
			"2024-03-05T00:00:00", "2024-03-05 08:30", "05.03.2024" })
	void toutesLesFormesDeDateAdmises(String texte) throws Exception {
		assertThat(Valeurs.date(texte, false)).isEqualTo(LocalDate.of(2024, 3, 5));
	}

	@Test
	void celluleVideDonneNull() throws Exception {
		assertThat(Valeurs.date(null, true)).isNull();
		assertThat(Valeurs.date("", true)).isNull();
		assertThat(Valeurs.date("   ", false)).isNull();
		assertThat(Valeurs.nombre(" ")).isNull();
		assertThat(Valeurs.booleen("")).isNull();
	}

	@Test
	void serieExcelSeulementQuandAdmise() throws Exception {
		// 45356 = 05/03/2024 dans le calendrier 1900 d'Excel
		assertThat(Valeurs.date("45356", true)).isEqualTo(LocalDate.of(2024, 3, 5));
		assertThat(Valeurs.date("45356.0", true)).isEqualTo(LocalDate.of(2024, 3, 5));
		// à partir du 01/03/1900 (série 61), après le faux 29/02/1900 d'Excel
		assertThat(Valeurs.date("61", true)).isEqualTo(LocalDate.of(1900, 3, 1));
		assertThat(Valeurs.date("2958465", true)).isEqualTo(LocalDate.of(9999, 12, 31));
		assertThatThrownBy(() -> Valeurs.date("45356", false)).isInstanceOf(ValeurInvalideException.class)
			.hasMessageContaining("date illisible");
		assertThatThrownBy(() -> Valeurs.date("0", true)).isInstanceOf(ValeurInvalideException.class);
		assertThatThrownBy(() -> Valeurs.date("2958466", true)).isInstanceOf(ValeurInvalideException.class);
		assertThatThrownBy(() -> Valeurs.date("-5", true)).isInstanceOf(ValeurInvalideException.class);
	}

	@Test
	void serieExcelAvecHeureGardeLeJour() throws Exception {
		// une cellule date-heure non formatée en date arrive en 45356.75 (05/03/2024
		// 18:00)
		assertThat(Valeurs.date("45356.75", true)).isEqualTo(LocalDate.of(2024, 3, 5));
	}

	@ParameterizedTest
	@ValueSource(strings = { "00/00/0000", "31/02/2024", "29/02/2023", "2024-13-01", "32-01-2024", "2024-02-30" })
	void dateInexistanteRejeteeEnFrancais(String texte) {
		assertThatThrownBy(() -> Valeurs.date(texte, true)).isInstanceOf(ValeurInvalideException.class)
			.hasMessage("date inexistante (attendu une date réelle JJ/MM/AAAA)");
	}

	@ParameterizedTest
	@ValueSource(strings = { "hier", "2024/03/05", "05/03/24", "05032024", "5 mars 2024", "1e309", "NaN",
			"../../etc/passwd", "١٢/٠٣/٢٠٢٤" })
	void dateIllisibleRejeteeEnFrancais(String texte) {
		assertThatThrownBy(() -> Valeurs.date(texte, false)).isInstanceOf(ValeurInvalideException.class)
			.hasMessageStartingWith("date illisible (attendu JJ/MM/AAAA");
	}

	@Test
	void vingtNeufFevrierBissextile() throws Exception {
		assertThat(Valeurs.date("29/02/2024", false)).isEqualTo(LocalDate.of(2024, 2, 29));
	}

	// --- nombres

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "1234,56|1234.56", "1234.56|1234.56", "1 234,56|1234.56", "1\u00A0234,56|1234.56",
					"1\u202F234,56|1234.56", "1.234,56|1234.56", "1.234.567,8|1234567.8", "1 234,56 €|1234.56",
					"1234€|1234", "-12,5|-12.5", "+3|3", ",5|0.5", "0|0", "12.|12" })
	void nombresTolerants(String texte, String attendu) throws Exception {
		assertThat(Valeurs.nombre(texte)).isEqualByComparingTo(new BigDecimal(attendu));
	}

	@ParameterizedTest
	@ValueSource(strings = { "NaN", "nan", "Infinity", "-Infinity", "∞", "1e309", "1E5", "0x10", "douze", "1,2,3",
			"12 %", "€", "--1", "1-", "١٢" })
	void nombresIllisiblesRejetes(String texte) {
		assertThatThrownBy(() -> Valeurs.nombre(texte)).isInstanceOf(ValeurInvalideException.class)
			.hasMessageStartingWith("nombre illisible");
	}

	@Test
	void virguleDeMilliersAnglaiseRefuseePlutotQueMalLue() {
		// « 1,234.56 » (écriture anglaise) ne doit pas devenir 1,23456 en silence
		assertThatThrownBy(() -> Valeurs.nombre("1,234.56")).isInstanceOf(ValeurInvalideException.class)
			.hasMessageStartingWith("nombre illisible");
	}

	@ParameterizedTest
	@ValueSource(strings = { "1000000000001", "-1000000000001", "99999999999999999999999999999999999999",
			"1 000 000 000 000 000" })
	void nombresEnormesRejetes(String texte) {
		assertThatThrownBy(() -> Valeurs.nombre(texte)).isInstanceOf(ValeurInvalideException.class)
			.hasMessage("nombre hors limites (plus de mille milliards)");
	}

	@Test
	void nombreDeDixMillionsDeChiffresRejeteSansCalculDemesure() {
		// BigDecimal lit n chiffres en temps quadratique : sans borne, ce test durait des
		// heures
		String enorme = "9".repeat(10_000_000);
		assertTimeoutPreemptively(Duration.ofSeconds(30),
				() -> assertThatThrownBy(() -> Valeurs.nombre(enorme)).isInstanceOf(ValeurInvalideException.class)
					.hasMessage("nombre illisible (trop de chiffres)"));
		String decimales = "0," + "3".repeat(900_000);
		assertTimeoutPreemptively(Duration.ofSeconds(30),
				() -> assertThatThrownBy(() -> Valeurs.nombre(decimales)).isInstanceOf(ValeurInvalideException.class));
	}

	// --- booléens

	@ParameterizedTest
	@ValueSource(strings = { "O", "o", "oui", "OUI", "Oui", "1", "true", "TRUE", "X", "x", "vrai", " O " })
	void booleensVrais(String texte) throws Exception {
		assertThat(Valeurs.booleen(texte)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "N", "n", "non", "NON", "0", "false", "False", "faux" })
	void booleensFaux(String texte) throws Exception {
		assertThat(Valeurs.booleen(texte)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "peut-être", "2", "OK", "-" })
	void booleensIllisibles(String texte) {
		assertThatThrownBy(() -> Valeurs.booleen(texte)).isInstanceOf(ValeurInvalideException.class)
			.hasMessageStartingWith("booléen illisible");
	}

}
