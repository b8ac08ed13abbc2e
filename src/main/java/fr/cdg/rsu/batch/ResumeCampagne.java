package fr.cdg.rsu.batch;

import java.util.List;

import org.springframework.batch.core.job.JobExecution;

/**
 * Le résumé d'une campagne terminée, pour l'écran de fin.
 *
 * @param nomsEmployeurs « nom (SIRET) » des premiers employeurs, au plus
 * {@link BilanCampagne#NOMS_AFFICHES}
 * @param colonnesInconnues « colonne (fichier) » des colonnes lues nulle part
 * @param fichiersManquants une phrase par fichier attendu et absent, et ce que cela
 * change
 */
public record ResumeCampagne(long employeurs, long employeursEnEchec, long lues, long utilisees, long rejetees,
		long avertissements, List<String> nomsEmployeurs, List<String> colonnesInconnues,
		List<String> fichiersManquants) {

	public static ResumeCampagne de(JobExecution execution) {
		var c = execution.getExecutionContext();
		return new ResumeCampagne(c.getLong(BilanCampagne.RESUME_EMPLOYEURS, 0),
				c.getLong(BilanCampagne.RESUME_ECHECS, 0), c.getLong(BilanCampagne.RESUME_LUES, 0),
				c.getLong(BilanCampagne.RESUME_UTILISEES, 0), c.getLong(BilanCampagne.RESUME_REJETEES, 0),
				c.getLong(BilanCampagne.RESUME_AVERTISSEMENTS, 0), liste(c.getString(BilanCampagne.RESUME_NOMS, "")),
				liste(c.getString(BilanCampagne.RESUME_COLONNES_INCONNUES, "")),
				liste(c.getString(BilanCampagne.RESUME_FICHIERS_MANQUANTS, "")));
	}

	private static List<String> liste(String lignes) {
		return lignes.isEmpty() ? List.of() : List.of(lignes.split("\n"));
	}

	/** Nom du job, pour le retrouver dans le dépôt Spring Batch. */
	public static final String JOB = CampagneRsuConfiguration.JOB;

}
