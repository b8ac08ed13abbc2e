package fr.cdg.rsu.lecture.dsn;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

/**
 * Écrit à la main, pour les tests, de petits fichiers DSN lisibles : une méthode par
 * bloc, les rubriques dans l'ordre de la norme, le S90 compté. Seules les rubriques que
 * la lecture utilise sont écrites.
 */
final class DsnTexte {

	private final StringBuilder texte = new StringBuilder();

	private int lignes;

	DsnTexte r(String rubrique, String valeur) {
		texte.append(rubrique).append(",'").append(valeur).append("'\r\n");
		lignes++;
		return this;
	}

	/** L'en-tête d'envoi ({@code S10}) ; {@code test} = envoi de test. */
	static DsnTexte envoi(boolean test, String emetteur) {
		return new DsnTexte().r("S10.G00.00.001", "LOGICIEL")
			.r("S10.G00.00.005", test ? "01" : "02")
			.r("S10.G00.00.006", "P25V01")
			.r("S10.G00.01.003", emetteur);
	}

	/**
	 * Une déclaration : nature, type, mois principal {@code JJMMAAAA}, date de
	 * constitution et numéro d'ordre ; {@code cible} pour un annule et remplace.
	 */
	DsnTexte declaration(String nature, String type, String siret, String mois, String constitution, String ordre,
			@Nullable String cible) {
		r("S20.G00.05.001", nature).r("S20.G00.05.002", type)
			.r("S20.G00.05.003", "11")
			.r("S20.G00.05.004", ordre)
			.r("S20.G00.05.005", mois);
		if (cible != null) {
			r("S20.G00.05.006", cible);
		}
		return r("S20.G00.05.007", constitution).r("S21.G00.06.001", siret.substring(0, 9))
			.r("S21.G00.11.001", siret.substring(9));
	}

	/**
	 * Une déclaration mensuelle normale du mois {@code mm}/{@code aaaa}, constituée le 5
	 * du mois suivant.
	 */
	DsnTexte mensuelle(String siret, int mois, int annee) {
		int ms = mois == 12 ? 1 : mois + 1;
		int as = mois == 12 ? annee + 1 : annee;
		return declaration("01", "01", siret, String.format("01%02d%d", mois, annee), String.format("05%02d%d", ms, as),
				"1", null);
	}

	DsnTexte individu(@Nullable String nir, @Nullable String matricule, String naissance) {
		if (nir != null) {
			r("S21.G00.30.001", nir);
		}
		r("S21.G00.30.006", naissance);
		if (matricule != null) {
			r("S21.G00.30.019", matricule);
		}
		return this;
	}

	/**
	 * Un contrat (bloc 40) : début, numéro, statut d'emploi ({@code 40.026}), nature
	 * ({@code 40.007}), puis des paires rubrique / valeur de plus
	 * ({@code "40.014", "41"}), dans l'ordre de la norme.
	 */
	DsnTexte contrat(String debut, String numero, String statut, String nature, String... autres) {
		// dans l'ordre des rubriques : un numéro plus petit que le précédent ouvrirait un
		// nouveau bloc 40
		java.util.TreeMap<String, String> r = new java.util.TreeMap<>();
		r.put("40.001", debut);
		r.put("40.007", nature);
		r.put("40.009", numero);
		r.put("40.012", "151.67");
		r.put("40.013", "151.67");
		r.put("40.026", statut);
		for (int i = 0; i < autres.length; i += 2) {
			r.put(autres[i], autres[i + 1]);
		}
		r.forEach((k, v) -> r("S21.G00." + k, v));
		return this;
	}

	DsnTexte arret(String motif, String djt, @Nullable String dfp, @Nullable String reprise) {
		r("S21.G00.60.001", motif).r("S21.G00.60.002", djt);
		if (dfp != null) {
			r("S21.G00.60.003", dfp);
		}
		if (reprise != null) {
			r("S21.G00.60.010", reprise);
		}
		return this;
	}

	DsnTexte fin(String date, String motif) {
		return r("S21.G00.62.001", date).r("S21.G00.62.002", motif);
	}

	DsnTexte suspension(String code, String debut, @Nullable String fin) {
		r("S21.G00.65.001", code).r("S21.G00.65.002", debut);
		return fin == null ? this : r("S21.G00.65.003", fin);
	}

	/**
	 * Un versement avec son brut (51/001) et son traitement (51/010) du mois
	 * {@code periode} ({@code JJMMAAAA}).
	 */
	DsnTexte versement(String periode, String brut, String traitement, String contrat) {
		r("S21.G00.50.001", periode);
		remuneration(periode, "001", brut, contrat);
		return remuneration(periode, "010", traitement, contrat);
	}

	DsnTexte remuneration(String periode, String type, String montant, String contrat) {
		return r("S21.G00.51.001", periode).r("S21.G00.51.010", contrat)
			.r("S21.G00.51.011", type)
			.r("S21.G00.51.013", montant);
	}

	DsnTexte prime(String type, String montant, @Nullable String periode, String contrat) {
		r("S21.G00.52.001", type).r("S21.G00.52.002", montant);
		if (periode != null) {
			r("S21.G00.52.003", periode);
		}
		return r("S21.G00.52.006", contrat);
	}

	/** Le S90 (lignes de l'envoi, lui compris) et le texte. */
	String fini(int declarations) {
		int n = lignes + 2;
		r("S90.G00.90.001", String.valueOf(n));
		r("S90.G00.90.002", String.valueOf(declarations));
		return texte.toString();
	}

	static void ecrire(Path fichier, String texte) throws IOException {
		Files.createDirectories(fichier.getParent());
		Files.writeString(fichier, texte, StandardCharsets.ISO_8859_1);
	}

}
