package fr.cdg.rsu.lecture.dsn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * La fusion des mois sur de petites DSN écrites à la main (année 2024, SIRET
 * 21250388500018) : chaque test dit dans ses commentaires les lignes attendues et comment
 * on les calcule.
 */
class FusionDsnTest {

	static final String SIRET = "21250388500018";

	@TempDir
	Path dossier;

	/**
	 * P (titulaire) : un arrêt MO, DJT 08/03, déclaré en mars jusqu'au 20/03 puis en
	 * avril jusqu'au 10/04 (même clé : prolongation « native », une seule ligne du 09/03
	 * au 10/04, carence 1) ; en avril, un second arrêt MO de DJT 10/04 commence le 11/04,
	 * lendemain de la fin du premier : prolongation, sans carence. En mai, un AT (06) de
	 * DJT 14/05 au 20/05, et en juin un AT de DJT 20/05 : prolongation de l'AT, une seule
	 * chaîne d'accident. Q (titulaire) : un CLD du 01/02 au 30/04, puis un renouvellement
	 * accolé du 01/05 au 31/07 : deux arrêts, car les renouvellements de CLM / CLD / CGM
	 * ne sont pas des prolongations (méthodologie §12).
	 */
	@Test
	void prolongationsNativesEtArretsAccoles() throws IOException {
		String[] mois = new String[13];
		for (int m = 3; m <= 6; m++) {
			DsnTexte d = DsnTexte.envoi(false, "MAIRIE").mensuelle(SIRET, m, 2024);
			d.individu("2800175000001", "P1", "01011980").contrat("01012010", "00001", "01", "50");
			switch (m) {
				case 3 -> d.arret("01", "08032024", "20032024", null);
				case 4 -> d.arret("01", "08032024", "10042024", null).arret("01", "10042024", "20042024", null);
				case 5 -> d.arret("06", "14052024", "20052024", null);
				default -> d.arret("06", "20052024", "31052024", null);
			}
			d.versement(String.format("01%02d2024", m), "2000.00", "1800.00", "00001")
				.prime("050", "200.00", null, "00001");
			d.individu("1700175000002", "Q1", "01011970").contrat("01012000", "00001", "01", "50");
			if (m == 4) {
				d.arret("12", "31012024", "30042024", null);
			}
			if (m >= 5) {
				d.arret("12", "30042024", "31072024", null);
			}
			mois[m] = d.fini(1);
			DsnTexte.ecrire(dossier.resolve(String.format("m%02d.dsn", m)), mois[m]);
		}

		LectureDsn l = LectureDsn.lire(dossier, 2024);

		assertThat(l.rejets()).isEmpty();
		assertThat(l.lignesAbsences()).containsExactly(SIRET + ";P1;MO;09/03/2024;10/04/2024;;1;",
				SIRET + ";P1;MO;11/04/2024;20/04/2024;O;;", SIRET + ";P1;AT_SERVICE;15/05/2024;20/05/2024;;;",
				SIRET + ";P1;AT_SERVICE;21/05/2024;31/05/2024;O;;", SIRET + ";Q1;CLD;01/02/2024;30/04/2024;;;",
				SIRET + ";Q1;CLD;01/05/2024;31/07/2024;;;");
		assertThat(ExempleDsnTest.avertissement(l, "DSN_ACCIDENT_SANS_DATE")).startsWith("1 arrêt");
		assertThat(ExempleDsnTest.avertissement(l, "DSN_CARENCE_ESTIMEE")).startsWith("1 arrêt");
		// 4 mois sur 12 : ETPR 4/12 ; 4 × 1800 de traitement, 4 × 200 de primes
		assertThat(l.lignesPaies().get(0)).isEqualTo(SIRET + ";P1;7200.00;800.00;0.00;0.00;0.00;0.00;0.3333333333");
		assertThat(ExempleDsnTest.employeur(l).get("mois_manquants"))
			.isEqualTo(List.of("01/2024", "02/2024", "07/2024", "08/2024", "09/2024", "10/2024", "11/2024", "12/2024"));
	}

	/**
	 * R : un arrêt MO de DJT 20/12/2024, fin prévisionnelle 15/01/2025 en décembre ;
	 * janvier 2025 porte la reprise du 10/01/2025 : l'arrêt va du 21/12/2024 au
	 * 09/01/2025. Un arrêt de DJT 05/01/2025 (commencé en 2025) est ignoré. Paie :
	 * janvier 2024 1800 (et un rappel de 2023, 40.00, exclu), décembre 1800, rappel de
	 * décembre payé en janvier 2025 50.00 → 3650.00 ; primes 200 + 200 + 30 (52.003 en
	 * décembre 2024) = 430.00, la prime de janvier 2025 sans période (mois principal
	 * 2025) est exclue. ETPR : janvier et décembre, 2/12. S, qui n'apparaît qu'en janvier
	 * 2025, n'est pas un agent de 2024.
	 */
	@Test
	void janvierSuivantApporteLesEvenementsDeLAnnee() throws IOException {
		DsnTexte j = DsnTexte.envoi(false, "MAIRIE").mensuelle(SIRET, 1, 2024);
		j.individu("1800175000003", "R1", "01011980").contrat("01012010", "00001", "01", "50");
		j.versement("01012024", "2000.00", "1800.00", "00001")
			.remuneration("01122023", "010", "40.00", "00001")
			.prime("050", "200.00", null, "00001");
		DsnTexte.ecrire(dossier.resolve("2024-01.dsn"), j.fini(1));
		DsnTexte d = DsnTexte.envoi(false, "MAIRIE").mensuelle(SIRET, 12, 2024);
		d.individu("1800175000003", "R1", "01011980").contrat("01012010", "00001", "01", "50");
		d.arret("01", "20122024", "15012025", null);
		d.versement("01122024", "2000.00", "1800.00", "00001").prime("050", "200.00", null, "00001");
		DsnTexte.ecrire(dossier.resolve("2024-12.dsn"), d.fini(1));
		DsnTexte s = DsnTexte.envoi(false, "MAIRIE").mensuelle(SIRET, 1, 2025);
		s.individu("1800175000003", "R1", "01011980").contrat("01012010", "00001", "01", "50");
		s.arret("01", "20122024", "15012025", "10012025").arret("01", "05012025", "07012025", null);
		s.versement("01012025", "2000.00", "1800.00", "00001")
			.remuneration("01122024", "010", "50.00", "00001")
			.prime("050", "30.00", "01122024", "00001")
			.prime("050", "200.00", null, "00001");
		s.individu("2900175000004", "S1", "01011990").contrat("01012025", "00001", "02", "10");
		s.versement("01012025", "1500.00", "1500.00", "00001");
		DsnTexte.ecrire(dossier.resolve("2025-01.dsn"), s.fini(1));

		LectureDsn l = LectureDsn.lire(dossier, 2024);

		assertThat(l.lignesAgents()).singleElement().asString().startsWith(SIRET + ";R1;H;01/01/1980;TITULAIRE;");
		assertThat(l.lignesAbsences()).containsExactly(SIRET + ";R1;MO;21/12/2024;09/01/2025;;1;");
		assertThat(l.lignesPaies()).containsExactly(SIRET + ";R1;3650.00;430.00;0.00;0.00;0.00;0.00;0.1666666667");
		Map<String, Object> e = ExempleDsnTest.employeur(l);
		assertThat(e.get("janvier_suivant_utilise")).isEqualTo(true);
		assertThat(e.get("mois_presents")).isEqualTo(List.of("01/2024", "12/2024"));
		assertThat(e.get("agents")).isEqualTo(1L);
	}

	/**
	 * T (CDD, motif de recours 02 : non permanent) : fin du contrat le 31/05 en mai,
	 * annulée en juin par un bloc 62 de motif 099 → pas de date de sortie. U : fin le
	 * 15/05 → sortie 15/05, ETPR 15/31 / 12. V : temps partiel de droit à 80 % (40.014 =
	 * 41) en mai et juin → quotité 80, ETPR 2 × 6/7 / 12. W : un mandat d'élu seul
	 * (nature 81) : pas un agent. X : un contrat et un mandat ; la paie qui nomme le
	 * mandat (300.00) est écartée. Y : un NTT sans matricule → matricule calculé. Z : ni
	 * NIR ni NTT → rejeté.
	 */
	@Test
	void departsTempsPartielElusEtIdentites() throws IOException {
		for (int m = 5; m <= 6; m++) {
			DsnTexte d = DsnTexte.envoi(false, "MAIRIE").mensuelle(SIRET, m, 2024);
			d.individu("1800175000005", "T1", "01011980").contrat("01012024", "00001", "02", "10", "40.021", "02");
			d.fin("31052024", m == 5 ? "031" : "099");
			if (m == 5) {
				d.individu("2800175000006", "U1", "01011980").contrat("01012024", "00001", "02", "10");
				d.fin("15052024", "031");
			}
			d.individu("2800175000007", "V1", "01011980")
				.contrat("01012015", "00001", "01", "50", "40.014", "41", "40.055", "80.00");
			d.individu("1600175000008", "W1", "01011960").contrat("01012020", "00009", "", "81");
			d.individu("1700175000009", "X1", "01011970").contrat("01012010", "00001", "02", "09");
			d.contrat("01012020", "00002", "", "81");
			d.versement(String.format("01%02d2024", m), "1000.00", "1000.00", "00001")
				.remuneration(String.format("01%02d2024", m), "010", "300.00", "00002")
				.prime("050", "0.00", null, "00001");
			d.r("S21.G00.30.005", "02").r("S21.G00.30.006", "01011990").r("S21.G00.30.020", "NTT12345");
			d.contrat("01012024", "00001", "02", "10");
			d.r("S21.G00.30.006", "01011990").r("S21.G00.30.019", "Z1");
			d.contrat("01012024", "00001", "02", "10");
			DsnTexte.ecrire(dossier.resolve(String.format("m%02d.dsn", m)), d.fini(1));
		}

		LectureDsn l = LectureDsn.lire(dossier, 2024);

		String ntt = "N"
				+ HexFormat.of().formatHex(sha256("NTT12345")).substring(0, 12).toUpperCase(java.util.Locale.ROOT);
		assertThat(l.lignesAgents()).containsExactly(
				SIRET + ";T1;H;01/01/1980;CONTRACTUEL_NON_PERMANENT;;;;COMPLET;100;;01/01/2024;",
				SIRET + ";U1;F;01/01/1980;CONTRACTUEL_PERMANENT;;;;COMPLET;100;;01/01/2024;15/05/2024",
				SIRET + ";V1;F;01/01/1980;TITULAIRE;;;;COMPLET;80;O;01/01/2015;",
				SIRET + ";X1;H;01/01/1970;CONTRACTUEL_PERMANENT;;;;COMPLET;100;;01/01/2010;",
				SIRET + ";" + ntt + ";F;01/01/1990;CONTRACTUEL_PERMANENT;;;;COMPLET;100;;01/01/2024;");
		assertThat(l.lignesPaies()).contains(SIRET + ";U1;0.00;0.00;0.00;0.00;0.00;0.00;0.0403225806",
				SIRET + ";V1;0.00;0.00;0.00;0.00;0.00;0.00;0.1428571429",
				SIRET + ";X1;2000.00;0.00;0.00;0.00;0.00;0.00;0.1666666667");
		// Z est rejeté chaque mois, sur la ligne de son bloc 30
		assertThat(l.rejets()).hasSize(2).allSatisfy(r -> {
			assertThat(r.colonne()).isEqualTo("S21.G00.30.001");
			assertThat(r.motif()).contains("sans NIR ni NTT");
		});
		Map<String, Object> e = ExempleDsnTest.employeur(l);
		assertThat(e.get("elus_ecartes")).isEqualTo(1L);
		assertThat(e.get("individus_rejetes")).isEqualTo(2L);
		// 7 individus en mai, 6 en juin : chacun est un agent, un élu écarté ou un rejet
		assertThat(e.get("individus_lus")).isEqualTo(13L);
		assertThat(l.typesAvertissements()).doesNotContain("DSN_FIN_ANNULEE");
	}

	/**
	 * Un tiers déclarant regroupe dans un fichier deux employeurs (février 2024), un
	 * signalement d'arrêt (nature 04, sauté) et, pour le premier employeur, un doublon du
	 * même mois constitué plus tôt (supplanté) : seul le plus récent compte (traitement
	 * 1234.00 et non 999.00).
	 */
	@Test
	void plusieursDeclarationsDansUnFichier() throws IOException {
		String autre = "21250388500026";
		DsnTexte d = DsnTexte.envoi(false, "CABINET PAIE");
		d.declaration("01", "01", SIRET, "01022024", "05032024", "1", null);
		d.individu("1800175000010", "A1", "01011980").contrat("01012010", "00001", "01", "50");
		d.versement("01022024", "999.00", "999.00", "00001").prime("050", "0.00", null, "00001");
		d.declaration("04", "01", SIRET, "01022024", "10022024", "1", null);
		d.individu("1800175000010", "A1", "01011980").contrat("01012010", "00001", "01", "50");
		d.arret("01", "09022024", "12022024", null);
		d.declaration("01", "01", autre, "01022024", "05032024", "1", null);
		d.individu("1800175000011", "B1", "01011980").contrat("01012010", "00001", "01", "50");
		d.versement("01022024", "500.00", "500.00", "00001").prime("050", "0.00", null, "00001");
		d.declaration("01", "01", SIRET, "01022024", "06032024", "1", null);
		d.individu("1800175000010", "A1", "01011980").contrat("01012010", "00001", "01", "50");
		d.versement("01022024", "1234.00", "1234.00", "00001").prime("050", "0.00", null, "00001");
		DsnTexte.ecrire(dossier.resolve("tiers.dsn"), d.fini(4));

		LectureDsn l = LectureDsn.lire(dossier, 2024);

		assertThat(l.lignesPaies()).extracting(p -> p.substring(0, p.indexOf(";0.00;")))
			.containsExactly(SIRET + ";A1;1234.00", autre + ";B1;500.00");
		assertThat(l.absences()).isEmpty();
		assertThat(ExempleDsnTest.declarations(l, "tiers.dsn")).extracting(x -> x.get("sort"))
			.containsExactly("supplantee", "sautee", "lue", "lue");
		assertThat(l.collectivites()).extracting(c -> c.nom()).containsExactly("CABINET PAIE", "CABINET PAIE");
		assertThat(l.typesAvertissements()).doesNotContain("DSN_S90");
	}

	/**
	 * Les compléments et les codes : agents.csv corrige le statut et l'emploi fonctionnel
	 * de K1 (un matricule inconnu y est signalé) ; collectivites.csv décrit l'employeur
	 * (pas de ligne ni d'avertissement d'émetteur). L1 a un statut d'emploi 99 (lu avec
	 * la règle du 02, avertissement), un arrêt au motif réservé 20 (pas une absence), une
	 * disponibilité d'office (676) annulée par un 998, une disponibilité (675) qui n'est
	 * pas une absence, et 10 points de NBI sans cotisation 81/304 : NBI estimée 10 ×
	 * 4.92278 × 1 mois plein = 49.23.
	 */
	@Test
	void complementsEtCodes() throws IOException {
		Files.writeString(dossier.resolve("agents.csv"), """
				matricule;statut;emploi_fonctionnel
				K1;CONTRACTUEL_NON_PERMANENT;O
				INCONNU;TITULAIRE;
				""");
		Files.writeString(dossier.resolve("collectivites.csv"),
				"siret;nom;type\n" + SIRET + ";Commune de Test;commune\n");
		for (int m = 5; m <= 6; m++) {
			DsnTexte d = DsnTexte.envoi(false, "MAIRIE").mensuelle(SIRET, m, 2024);
			d.individu("1800175000012", "K1", "01011980").contrat("01012010", "00001", "02", "09");
			d.individu("1800175000013", "L1", "01011980").contrat("01012010", "00001", "99", "10", "40.059", "10");
			if (m == 5) {
				d.arret("20", "09052024", "12052024", null).suspension("676", "01052024", null);
				d.suspension("675", "01062024", null);
			}
			else {
				d.suspension("998", "01052024", null);
			}
			d.versement(String.format("01%02d2024", m), "1000.00", "1000.00", "00001")
				.prime("050", "0.00", null, "00001");
			DsnTexte.ecrire(dossier.resolve(String.format("m%02d.dsn", m)), d.fini(1));
		}

		LectureDsn l = LectureDsn.lire(dossier, 2024);

		assertThat(l.lignesAgents()).extracting(a -> a.split(";")[4])
			.containsExactly("CONTRACTUEL_NON_PERMANENT", "CONTRACTUEL_PERMANENT");
		assertThat(l.agents().get(0).emploiFonctionnel()).isTrue();
		assertThat(l.absences()).isEmpty();
		assertThat(l.collectivites()).isEmpty();
		assertThat(l.lignesPaies().get(1)).isEqualTo(SIRET + ";L1;2000.00;0.00;98.46;0.00;0.00;0.00;0.1666666667");
		assertThat(l.typesAvertissements())
			.contains("DSN_STATUT_HORS_LISTE", "DSN_MOTIF_ARRET_RESERVE", "DSN_NBI_POINTS",
					"DSN_CORRECTION_INTROUVABLE")
			.doesNotContain("DSN_EMPLOYEUR_HORS_COLLECTIVITES");
		assertThat(ExempleDsnTest.avertissement(l, "DSN_STATUT_HORS_LISTE")).contains("99 : 1 agent");
		assertThat(ExempleDsnTest.avertissement(l, "DSN_CORRECTION_INTROUVABLE")).contains("INCONNU");
		assertThat(ExempleDsnTest.employeur(l).get("codes_suspension"))
			.isEqualTo(Map.of("675", 1L, "676", 1L, "998", 1L));
	}

	/** Un fichier sans S90 (tronqué) : avertissement, et ce qui a été lu sert. */
	@Test
	void unFichierTronqueEstSignaleEtLu() throws IOException {
		DsnTexte d = DsnTexte.envoi(false, "MAIRIE").mensuelle(SIRET, 5, 2024);
		d.individu("1800175000014", "M1", "01011980").contrat("01012010", "00001", "01", "50");
		String texte = d.fini(1);
		DsnTexte.ecrire(dossier.resolve("tronque.dsn"), texte.substring(0, texte.indexOf("S90")));

		LectureDsn l = LectureDsn.lire(dossier, 2024);

		assertThat(l.agents()).hasSize(1);
		assertThat(ExempleDsnTest.avertissement(l, "DSN_S90")).contains("tronqué");
	}

	/**
	 * Latin-1 : « é » est l'octet 0xE9 ; l'octet 0x92 (Windows-1252) est l'apostrophe
	 * typographique.
	 */
	@Test
	void lEncodageEstLeLatin1EtSes0x80Windows() throws IOException {
		DsnTexte d = DsnTexte.envoi(false, "MAIRIE DE SAINT-ÉTIENNE").mensuelle(SIRET, 5, 2024);
		d.individu("1800175000015", "M1", "01011980").contrat("01012010", "00001", "01", "50");
		String texte = d.fini(1).replace("SAINT-ÉTIENNE", "L\u0092ÉTANG");
		byte[] octets = texte.replace('\u0092', '\u0001').getBytes(StandardCharsets.ISO_8859_1);
		for (int i = 0; i < octets.length; i++) {
			if (octets[i] == 1) {
				octets[i] = (byte) 0x92;
			}
		}
		Files.write(dossier.resolve("latin1.dsn"), octets);

		LectureDsn l = LectureDsn.lire(dossier, 2024);

		assertThat(l.collectivites()).singleElement()
			.satisfies(c -> assertThat(c.nom()).isEqualTo("MAIRIE DE L’ÉTANG"));
	}

	private static byte[] sha256(String s) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.US_ASCII));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
