package fr.cdg.rsu.batch;

import org.springframework.batch.core.job.JobExecution;

/** Le résumé d'une campagne terminée, pour l'écran de fin. */
public record ResumeCampagne(long employeurs, long employeursEnEchec, long lues, long utilisees, long rejetees) {

	public static ResumeCampagne de(JobExecution execution) {
		var c = execution.getExecutionContext();
		return new ResumeCampagne(c.getLong(BilanCampagne.RESUME_EMPLOYEURS, 0),
				c.getLong(BilanCampagne.RESUME_ECHECS, 0), c.getLong(BilanCampagne.RESUME_LUES, 0),
				c.getLong(BilanCampagne.RESUME_UTILISEES, 0), c.getLong(BilanCampagne.RESUME_REJETEES, 0));
	}

	/** Nom du job, pour le retrouver dans le dépôt Spring Batch. */
	public static final String JOB = CampagneRsuConfiguration.JOB;

}
