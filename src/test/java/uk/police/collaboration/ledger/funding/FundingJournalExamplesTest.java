package uk.police.collaboration.ledger.funding;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.police.collaboration.ledger.funding.api.BudgetLine;
import uk.police.collaboration.ledger.funding.api.RequestFunding;
import uk.police.collaboration.ledger.shared.LedgerJson;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The journal lines in docs/commands/funding.md are what people copy: each must read, strictly, as its
 * command record and satisfy the command's shape rules. Every command of the area has exactly one.
 */
class FundingJournalExamplesTest {

    private static final Path DOC = Path.of("docs/commands/funding.md");
    private static final List<String> COMMANDS = List.of("RequestFunding", "AllocateFunding");

    private static ValidatorFactory validation;

    @BeforeAll
    static void startValidation() {
        validation = Validation.buildDefaultValidatorFactory();
    }

    @AfterAll
    static void stopValidation() {
        validation.close();
    }

    @Test
    void everyCommandHasExactlyOneJournalExampleThatReadsAsItsRecordAndIsValid() throws Exception {
        Validator validator = validation.getValidator();
        List<String> documented = new ArrayList<>();
        for (String line : journalLines()) {
            JsonNode envelope = LedgerJson.mapper().readTree(line);
            String command = envelope.get("command").asText();
            documented.add(command);
            assertThat(envelope.get("commandId").asText()).as(command).isNotBlank();
            LocalDate.parse(envelope.get("effectiveOn").asText());
            assertThat(envelope.get("source").get("reference").asText()).as(command).isNotBlank();
            Class<?> type = Class.forName("uk.police.collaboration.ledger.funding.api." + command);
            Object payload = LedgerJson.mapper().treeToValue(envelope.get("payload"), type);
            assertThat(validator.validate(payload)).as("shape of the %s example", command).isEmpty();
        }
        assertThat(documented).containsExactlyInAnyOrderElementsOf(COMMANDS);
    }

    @Test
    void aCommandMissingItsRequiredFieldsBreaksItsShapeRules() {
        Object command = new RequestFunding("pfcc-100-2018", "essex-contact-management", null, null, "Purpose", null, List.of(new BudgetLine("", null, null)), null);
        assertThat(validation.getValidator().validate(command))
                .extracting(violation -> violation.getPropertyPath().toString())
                .containsExactlyInAnyOrder("amount", "financialYear", "budgetLines[0].line", "budgetLines[0].current", "budgetLines[0].revised");
    }

    private static List<String> journalLines() throws IOException {
        return Files.readAllLines(DOC).stream().filter(line -> line.startsWith("{\"command\": ")).toList();
    }
}
