package uk.police.collaboration.ledger.readside;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The read side reads the ledger log, never the write side: no aggregates, commands or events. */
class ReadSideBoundariesTest {

    private static final String ROOT = "uk.police.collaboration.ledger.";
    private static final String[] READ_SIDE = {ROOT + "programme..", ROOT + "timeline..", ROOT + "registers..",
            ROOT + "foi..", ROOT + "readside.."};

    private static final JavaClasses ledger = importLedger();

    /** Only the ledger's own classes: resolving every library class from the classpath is slow and not needed here. */
    private static JavaClasses importLedger() {
        ArchConfiguration config = ArchConfiguration.get();
        boolean resolve = config.resolveMissingDependenciesFromClassPath();
        config.setResolveMissingDependenciesFromClassPath(false);
        try {
            return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importPackages("uk.police.collaboration.ledger");
        } finally {
            config.setResolveMissingDependenciesFromClassPath(resolve);
        }
    }

    @Test
    void theReadSideNeverImportsTheWriteSide() {
        noClasses().that().resideInAnyPackage(READ_SIDE)
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + "collaboration..", ROOT + "appraisal..",
                        ROOT + "businesscase..", ROOT + "agreement..", ROOT + "funding..", ROOT + "decision..",
                        ROOT + "risk..", ROOT + "milestone..", ROOT + "correction..", ROOT + "intake..", ROOT + "journal..")
                .check(ledger);
    }

    @Test
    void readControllersArePackagePrivate() {
        classes().that().resideInAnyPackage(READ_SIDE)
                .and().areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
                .should().notBePublic()
                .check(ledger);
    }
}
