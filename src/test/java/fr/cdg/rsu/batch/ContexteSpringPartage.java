package fr.cdg.rsu.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Le contexte Spring des tests fonctionnels qui lancent le job dans la JVM des tests : un
 * seul contexte, une seule base HSQLDB de fichier (celle du programme, sous
 * {@link #BASE}) et un seul journal pour toutes les classes qui en héritent (le cache de
 * contexte de Spring le garde d'une classe à l'autre). Chaque campagne écrit ses sorties
 * dans son propre dossier (paramètre {@code sortie} de la campagne) : deux classes ne se
 * lisent jamais l'une l'autre, et leurs campagnes sont des instances distinctes du job
 * dans la base commune.
 */
@SpringBootTest
abstract class ContexteSpringPartage {

	/**
	 * Dossier de la base et du journal, créé une fois par JVM sous {@code target/} (le
	 * {@code java.io.tmpdir} des tests) ; pas un {@code @TempDir} : JUnit l'effacerait à
	 * la fin de la première classe, sous le contexte encore en cache.
	 */
	static final Path BASE = creerBase();

	@Autowired
	JobOperator operateur;

	@Autowired
	Job job;

	@DynamicPropertySource
	static void base(DynamicPropertyRegistry registre) {
		registre.add("sortie", BASE::toString);
	}

	private static Path creerBase() {
		try {
			return Files.createTempDirectory("rsu-tests-fonctionnels-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
