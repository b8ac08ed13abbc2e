package fr.cdg.rsu.batch;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lignes de progression des longues campagnes : une par employeur traité (jamais une par
 * ligne d'entrée), avec le rang, le total et le temps écoulé. Le mode silencieux les
 * coupe en relevant le niveau de journalisation.
 */
class Progression {

	private static final Logger JOURNAL = LoggerFactory.getLogger("fr.cdg.rsu.progression");

	private final String etape;

	private final int total;

	private final long debut = System.nanoTime();

	private final AtomicInteger faits = new AtomicInteger();

	Progression(String etape, int total) {
		this.etape = etape;
		this.total = total;
	}

	void employeurTraite(String siret, String resume, boolean reussi) {
		int rang = faits.incrementAndGet();
		double secondes = (System.nanoTime() - debut) / 1e9;
		String ligne = String.format(Locale.FRANCE, "%s %d/%d %s %s (%.1f s)", etape, rang, total, siret, resume,
				secondes);
		if (reussi) {
			JOURNAL.info(ligne);
		}
		else {
			JOURNAL.warn(ligne);
		}
	}

}
