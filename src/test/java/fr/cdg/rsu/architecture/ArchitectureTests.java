package fr.cdg.rsu.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

/**
 * Les règles qui gardent le cœur pur : le domaine et les indicateurs ne connaissent ni
 * Spring, ni les fichiers, ni les PDF, ni la console ; chaque bibliothèque
 * d'entrée-sortie reste dans son paquet ; les documents ne savent rien de la base ni du
 * câblage ; le générateur de données d'essai n'est utilisé par aucun code du produit.
 */
@AnalyzeClasses(packages = "fr.cdg.rsu", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	@ArchTest
	static final ArchRule coeurPur = classes().that()
		.resideInAnyPackage("fr.cdg.rsu.domaine..", "fr.cdg.rsu.indicateurs..")
		.should()
		.onlyDependOnClassesThat()
		.resideInAnyPackage("java.lang..", "java.math..", "java.time..", "java.util..", "org.jspecify..",
				"fr.cdg.rsu.domaine..", "fr.cdg.rsu.indicateurs..");

	@ArchTest
	static final ArchRule pdfIsole = noClasses().that()
		.resideOutsideOfPackage("fr.cdg.rsu.rapport.pdf..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.apache.pdfbox..", "de.rototor..", "org.openpdf..", "com.lowagie..");

	@ArchTest
	static final ArchRule fastexcelIsole = noClasses().that()
		.resideOutsideOfPackage("fr.cdg.rsu.rapport.classeur..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.dhatim.fastexcel..");

	@ArchTest
	static final ArchRule graphiquesIsoles = noClasses().that()
		.resideOutsideOfPackage("fr.cdg.rsu.rapport.graphique..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.jfree..");

	@ArchTest
	static final ArchRule personneNeDependDuCablageBatch = noClasses().that()
		.resideOutsideOfPackages("fr.cdg.rsu.batch..", "fr.cdg.rsu.cli..", "fr.cdg.rsu")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("fr.cdg.rsu.batch..");

	@ArchTest
	static final ArchRule domaineSansIndicateurs = noClasses().that()
		.resideInAPackage("fr.cdg.rsu.domaine..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("fr.cdg.rsu.indicateurs..");

	/**
	 * POI : lire les XLSX (lecture), le classeur de consolidation (rapport.classeur), les
	 * XLSX d'essai (generateur).
	 */
	@ArchTest
	static final ArchRule poiIsole = noClasses().that()
		.resideOutsideOfPackages("fr.cdg.rsu.lecture", "fr.cdg.rsu.rapport.classeur..", "fr.cdg.rsu.generateur..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.apache.poi..", "com.github.pjfanning..");

	/**
	 * Le générateur vit dans les sources de test (hors du jar) : le compilateur
	 * l'interdit déjà au code principal ; la règle le redit pour qui le ramènerait dans
	 * {@code src/main}.
	 */
	@ArchTest
	static final ArchRule personneNeDependDuGenerateur = noClasses().that()
		.resideOutsideOfPackage("fr.cdg.rsu.generateur..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("fr.cdg.rsu.generateur..");

	@ArchTest
	static final ArchRule rapportSansStockageNiBatch = noClasses().that()
		.resideInAPackage("fr.cdg.rsu.rapport..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("fr.cdg.rsu.stockage..", "fr.cdg.rsu.batch..");

	@ArchTest
	static final ArchRule coeurSansConsole = noClasses().that()
		.resideInAnyPackage("fr.cdg.rsu.domaine..", "fr.cdg.rsu.indicateurs..")
		.should(GeneralCodingRules.ACCESS_STANDARD_STREAMS);

}
