package fr.cdg.rsu.lecture.dsn;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** Les dates {@code JJMMAAAA} et les montants à point décimal de la DSN. */
final class DatesDsn {

	private DatesDsn() {
	}

	/** Une date {@code JJMMAAAA}, ou {@code null} si la valeur n'en est pas une. */
	static @Nullable LocalDate date(String v) {
		if (v.length() != 8 || !chiffres(v)) {
			return null;
		}
		try {
			return LocalDate.of(Integer.parseInt(v.substring(4)), Integer.parseInt(v.substring(2, 4)),
					Integer.parseInt(v.substring(0, 2)));
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	/**
	 * Un montant : chiffres, point décimal, signe moins admis (rappels). {@code null} si
	 * illisible.
	 */
	static @Nullable BigDecimal montant(String v) {
		int n = v.length();
		if (n == 0 || n > 30) {
			return null;
		}
		int i = v.charAt(0) == '-' ? 1 : 0;
		boolean point = false;
		boolean chiffre = false;
		for (; i < n; i++) {
			char c = v.charAt(i);
			if (c == '.' && !point) {
				point = true;
			}
			else if (c >= '0' && c <= '9') {
				chiffre = true;
			}
			else {
				return null;
			}
		}
		return chiffre ? new BigDecimal(v) : null;
	}

	static boolean chiffres(String v) {
		for (int i = 0; i < v.length(); i++) {
			if (v.charAt(i) < '0' || v.charAt(i) > '9') {
				return false;
			}
		}
		return !v.isEmpty();
	}

	/** {@code MM/AAAA} pour le rapport. */
	static String mois(LocalDate d) {
		return String.format("%02d/%d", d.getMonthValue(), d.getYear());
	}

}
