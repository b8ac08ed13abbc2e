package fr.cdg.rsu.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Les règles qui gardent le cœur pur : le domaine et les indicateurs ne connaissent ni Spring, ni les fichiers, ni
 * les PDF ; chaque bibliothèque d'entrée-sortie reste dans son paquet.
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

}
