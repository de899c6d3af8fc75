package uk.police.collaboration.ledger;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The boundaries the code is meant to keep, checked so they stay kept. */
class ArchitectureTest {

    static final String[] WRITE_AREAS = {"collaboration", "appraisal", "businesscase", "agreement", "funding",
            "decision", "risk", "milestone", "correction"};

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("uk.police.collaboration.ledger");

    @Test
    void aggregatesKnowNothingOfTheWebOrTheDatabase() {
        for (String area : WRITE_AREAS) {
            noClasses().that().resideInAPackage("..ledger." + area + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(
                            "org.springframework.web..", "org.springframework.jdbc..", "java.sql..", "jakarta.servlet..")
                    .check(classes);
        }
    }

    @Test
    void anAreaUsesAnotherOnlyThroughItsApi() {
        for (String area : WRITE_AREAS) {
            for (String other : WRITE_AREAS) {
                if (!other.equals(area)) {
                    noClasses().that().resideInAPackage("..ledger." + area + "..")
                            .should().dependOnClassesThat().resideInAPackage("..ledger." + other)
                            .check(classes);
                }
            }
        }
    }

    @Test
    void nothingOutsideAnAreaUsesItsAggregate() {
        for (String area : WRITE_AREAS) {
            noClasses().that().resideOutsideOfPackage("..ledger." + area + "..")
                    .should().dependOnClassesThat().resideInAPackage("..ledger." + area)
                    .check(classes);
        }
    }

    @Test
    void theSharedKernelDependsOnNoFeature() {
        noClasses().that().resideInAPackage("..ledger.shared..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "..ledger.intake..", "..ledger.journal..", "..ledger.web..", "..ledger.ledgerlog..", "..ledger.config..")
                .check(classes);
    }
}
