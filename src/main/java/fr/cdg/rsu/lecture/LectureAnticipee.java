package fr.cdg.rsu.lecture;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import org.jspecify.annotations.Nullable;

/**
 * Lit et valide les lignes d'un {@link LecteurEntrees} dans un fil à part, par paquets,
 * pendant que le fil appelant les range en base : au national, l'analyse et la validation
 * faisaient le quart de la lecture et l'écriture en base la moitié, l'une après l'autre
 * sur un seul cœur. L'ordre des lignes est gardé ; une erreur du fil de lecture (fichier
 * devenu illisible...) ressort telle quelle à l'appel suivant de {@link #suivante()}.
 */
public final class LectureAnticipee implements AutoCloseable {

	/**
	 * Lignes par paquet : assez pour que l'échange entre fils ne coûte rien, peu pour la
	 * mémoire.
	 */
	private static final int PAQUET = 1_000;

	/** Paquets d'avance au plus (~16 000 lignes en mémoire). */
	private static final int AVANCE = 16;

	private static final Object FIN = new Object();

	private final LecteurEntrees lecteur;

	private final BlockingQueue<Object> file = new ArrayBlockingQueue<>(AVANCE);

	private final Thread fil;

	private Iterator<LigneLue> paquet = List.<LigneLue>of().iterator();

	private boolean finie;

	private volatile boolean arretee;

	public LectureAnticipee(LecteurEntrees lecteur) {
		this.lecteur = lecteur;
		this.fil = Thread.ofPlatform().name("rsu-lecture").daemon().start(this::lireTout);
	}

	private void lireTout() {
		try {
			List<LigneLue> courant = new ArrayList<>(PAQUET);
			LigneLue ligne;
			while (!arretee && (ligne = lecteur.suivante()) != null) {
				courant.add(ligne);
				if (courant.size() == PAQUET) {
					file.put(courant);
					courant = new ArrayList<>(PAQUET);
				}
			}
			if (!courant.isEmpty()) {
				file.put(courant);
			}
			file.put(FIN);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (RuntimeException | Error ex) {
			try {
				file.put(ex);
			}
			catch (InterruptedException interrompu) {
				Thread.currentThread().interrupt();
			}
		}
	}

	/** La ligne suivante, ou {@code null} quand tout est lu. */
	@SuppressWarnings("unchecked")
	public @Nullable LigneLue suivante() {
		while (!paquet.hasNext()) {
			if (finie) {
				return null;
			}
			Object suivant;
			try {
				suivant = file.take();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("lecture interrompue", ex);
			}
			if (suivant == FIN) {
				finie = true;
				return null;
			}
			if (suivant instanceof RuntimeException ex) {
				finie = true;
				throw ex;
			}
			if (suivant instanceof Error ex) {
				finie = true;
				throw ex;
			}
			paquet = ((List<LigneLue>) suivant).iterator();
		}
		return paquet.next();
	}

	/**
	 * Les comptes par fichier (complets une fois {@link #suivante()} arrivée à
	 * {@code null}).
	 */
	public java.util.Map<String, LecteurEntrees.StatistiquesFichier> statistiques() {
		return lecteur.statistiques();
	}

	@Override
	public void close() {
		arretee = true;
		fil.interrupt();
		try {
			fil.join();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		lecteur.close();
	}

}
