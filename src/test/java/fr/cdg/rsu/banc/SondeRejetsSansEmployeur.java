package fr.cdg.rsu.banc;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;

/**
 * Sonde du banc : chronomètre, sur la base HSQLDB d'une campagne déjà lue (ouverte en
 * lecture seule), la requête corrélée de {@code DepotCampagne.rejeterLignesSansEmployeur}
 * (limitée aux absences, en COUNT) contre deux écritures non corrélées. Voir
 * docs/banc-resultats.md, « Analyse ».
 *
 * <pre>
 * java -cp target/test-classes:$(cat target/banc-cp.txt) fr.cdg.rsu.banc.SondeRejetsSansEmployeur \
 *     bench-data/resultats/departement-csv/sortie/.base-rsu [--sans-correlee]
 * </pre>
 */
public final class SondeRejetsSansEmployeur {

	private SondeRejetsSansEmployeur() {
	}

	public static void main(String[] args) throws Exception {
		boolean correlee = !List.of(args).contains("--sans-correlee");
		try (Connection c = DriverManager.getConnection("jdbc:hsqldb:file:" + args[0] + "/rsu;readonly=true", "SA", "");
				Statement s = c.createStatement()) {
			long campagne;
			try (ResultSet rs = s.executeQuery("SELECT MAX(CAMPAGNE) FROM RSU_AGENT")) {
				rs.next();
				campagne = rs.getLong(1);
			}
			String not = "SELECT COUNT(*) FROM RSU_ABSENCE x WHERE x.CAMPAGNE = " + campagne
					+ " AND x.SIRET NOT IN (SELECT SIRET FROM RSU_AGENT WHERE CAMPAGNE = " + campagne + ")";
			String distinct = "SELECT COUNT(*) FROM (SELECT DISTINCT SIRET FROM RSU_ABSENCE WHERE CAMPAGNE = "
					+ campagne + ")";
			String exists = "SELECT COUNT(*) FROM RSU_ABSENCE x WHERE x.CAMPAGNE = " + campagne
					+ " AND NOT EXISTS (SELECT 1 FROM RSU_AGENT g WHERE g.CAMPAGNE = x.CAMPAGNE AND g.SIRET = x.SIRET)";
			for (String sql : correlee ? List.of(not, distinct, exists) : List.of(not, distinct)) {
				long debut = System.nanoTime();
				try (ResultSet rs = s.executeQuery(sql)) {
					rs.next();
					System.out.printf(Locale.ROOT, "%8.2f s  %,d  %s%n", (System.nanoTime() - debut) / 1e9,
							rs.getLong(1), sql);
				}
			}
		}
	}

}
