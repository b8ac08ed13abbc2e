package fr.cdg.rsu.batch;

import java.nio.file.Path;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * Les paramètres d'une campagne. Identifient l'instance du job : l'année, le dossier
 * d'entrée et l'empreinte des entrées et des options qui changent les résultats ;
 * relancer la même commande reprend donc la même campagne, et une entrée corrigée en
 * commence une nouvelle.
 *
 * @param empreinte empreinte des fichiers d'entrée (noms, tailles, dates) et des options
 * de calcul
 * @param siret employeur unique donné en ligne de commande, faute de fichier
 * collectivites
 * @param pdfSirets employeurs dont on veut les documents (vide = tous)
 * @param anneeHorsDonnees calculer même si les données ne couvrent pas l'année
 * ({@code --annee-hors-donnees})
 */
public record ParametresCampagne(int annee, Path entree, Path sortie, String empreinte, @Nullable Path profil,
		@Nullable String siret, @Nullable String nom, @Nullable String type, int seuilSecret, boolean sansPdf,
		String pdfSirets, @Nullable Path modeles, LocalDate datePublication, @Nullable String lancement,
		boolean anneeHorsDonnees) {

	public JobParameters versJob() {
		JobParametersBuilder b = new JobParametersBuilder().addLong("annee", (long) annee)
			.addString("entree", entree.toString())
			.addString("empreinte", empreinte)
			.addString("sortie", sortie.toString(), false)
			.addString("profil", profil == null ? "" : profil.toString(), false)
			.addString("siret", siret == null ? "" : siret, false)
			.addString("nom", nom == null ? "" : nom, false)
			.addString("type", type == null ? "" : type, false)
			.addLong("seuilSecret", (long) seuilSecret, false)
			.addString("sansPdf", Boolean.toString(sansPdf), false)
			.addString("pdfSirets", pdfSirets, false)
			.addString("modeles", modeles == null ? "" : modeles.toString(), false)
			.addString("datePublication", datePublication.toString(), false)
			.addString("anneeHorsDonnees", Boolean.toString(anneeHorsDonnees), false)
			// le poste qui calcule, pour dire sur une base partagée où tourne une
			// campagne « en cours »
			.addString("hote", hote(), false);
		if (lancement != null) {
			b.addString("lancement", lancement);
		}
		return b.toJobParameters();
	}

	public static ParametresCampagne depuis(JobParameters p) {
		return new ParametresCampagne(entier(p, "annee"), Path.of(texte(p, "entree")), Path.of(texte(p, "sortie")),
				texte(p, "empreinte"), chemin(p.getString("profil")), vide(p.getString("siret")),
				vide(p.getString("nom")), vide(p.getString("type")), entier(p, "seuilSecret"),
				Boolean.parseBoolean(p.getString("sansPdf")), texte(p, "pdfSirets"), chemin(p.getString("modeles")),
				LocalDate.parse(texte(p, "datePublication")), vide(p.getString("lancement")),
				Boolean.parseBoolean(p.getString("anneeHorsDonnees")));
	}

	/** Un paramètre que {@link #versJob()} écrit toujours. */
	private static String texte(JobParameters p, String cle) {
		String v = p.getString(cle);
		if (v == null) {
			throw new IllegalStateException("paramètre de campagne absent : " + cle);
		}
		return v;
	}

	private static int entier(JobParameters p, String cle) {
		Long v = p.getLong(cle);
		if (v == null) {
			throw new IllegalStateException("paramètre de campagne absent : " + cle);
		}
		return v.intValue();
	}

	private static String hote() {
		try {
			return java.net.InetAddress.getLocalHost().getHostName();
		}
		catch (java.io.IOException ex) {
			return "?";
		}
	}

	private static @Nullable String vide(@Nullable String s) {
		return s == null || s.isEmpty() ? null : s;
	}

	private static @Nullable Path chemin(@Nullable String s) {
		return s == null || s.isEmpty() ? null : Path.of(s);
	}

	/** Le dossier des sorties de l'année : {@code <sortie>/<annee>}. */
	public Path dossierAnnee() {
		return sortie.resolve(Integer.toString(annee));
	}

}
