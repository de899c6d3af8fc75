package uk.police.collaboration.ledger.businesscase;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.police.collaboration.ledger.businesscase.api.RecordAssurance;
import uk.police.collaboration.ledger.shared.LedgerJson;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The journal lines in docs/commands/businesscase.md are what people copy: each must read, strictly, as its
 * command record and satisfy the command's shape rules. Every command of the area has exactly one.
 */
class BusinessCaseJournalExamplesTest {

    private static final Path DOC = Path.of("docs/commands/businesscase.md");
    private static final List<String> COMMANDS = List.of("DraftBusinessCase", "EndorseBusinessCase", "CirculateBusinessCase", "PresentBusinessCase", "ApproveBusinessCase", "RejectBusinessCase", "AdvanceBusinessCase", "RecordAssurance");

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
            Class<?> type = Class.forName("uk.police.collaboration.ledger.businesscase.api." + command);
            Object payload = LedgerJson.mapper().treeToValue(envelope.get("payload"), type);
            assertThat(validator.validate(payload)).as("shape of the %s example", command).isEmpty();
        }
        assertThat(documented).containsExactlyInAnyOrderElementsOf(COMMANDS);
    }

    @Test
    void aCommandMissingItsRequiredFieldsBreaksItsShapeRules() {
        Object command = new RecordAssurance("kent-essex-cmcr", " ", null, -1, "");
        assertThat(validation.getValidator().validate(command))
                .extracting(violation -> violation.getPropertyPath().toString())
                .containsExactlyInAnyOrder("assurer", "conclusion", "recommendations", "summary");
    }

    private static List<String> journalLines() throws IOException {
        return Files.readAllLines(DOC).stream().filter(line -> line.startsWith("{\"command\": ")).toList();
    }
}
