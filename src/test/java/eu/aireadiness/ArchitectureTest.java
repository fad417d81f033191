package eu.aireadiness;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The functional core stays plain Java: the method and the validation rules know nothing of Spring or databases. */
class ArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("eu.aireadiness");

    @Test
    void methodologyIsPlainJava() {
        noClasses().that().resideInAPackage("..methodology..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..",
                        "javax.sql..", "java.nio.file..", "java.io..", "java.time..", "org.slf4j..",
                        "..intake..", "..validation..", "..dataset..", "..results..", "..publication..",
                        "..pipeline..", "..cli..")
                .check(classes);
    }

    @Test
    void validationKnowsNoSpringNorDatabase() {
        noClasses().that().resideInAPackage("..validation..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..",
                        "javax.sql..", "..pipeline..", "..results..", "..publication..")
                .check(classes);
    }

    @Test
    void onlyThePipelineAndTheCommandLineKnowSpringBatch() {
        noClasses().that().resideOutsideOfPackages("..pipeline..", "..cli..")
                .should().dependOnClassesThat().resideInAPackage("org.springframework.batch..")
                .check(classes);
    }

    @Test
    void theResultModelKnowsNothingOfThePublications() {
        noClasses().that().resideInAPackage("..results..")
                .should().dependOnClassesThat().resideInAPackage("..publication..")
                .check(classes);
    }

    @Test
    void theSharedLayoutAndTextsOfThePublicationsKnowNoneOfTheirWriters() {
        noClasses().that().resideInAnyPackage("..publication.pdf..", "..publication.text..")
                .should().dependOnClassesThat().resideInAnyPackage("..publication.report..",
                        "..publication.profile..", "..publication.workbook..", "..publication.opendata..")
                .check(classes);
    }
}
