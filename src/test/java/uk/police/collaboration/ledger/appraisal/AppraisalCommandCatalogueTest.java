package uk.police.collaboration.ledger.appraisal;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.police.collaboration.ledger.appraisal.api.ApproveOption;
import uk.police.collaboration.ledger.appraisal.api.ProposeOption;
import uk.police.collaboration.ledger.appraisal.api.Timescale;
import uk.police.collaboration.ledger.shared.LedgerJson;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The journal lines in docs/commands/appraisal.md are read as a client would send them: each
 * payload must read strictly into its command record and pass the command's shape checks, and
 * every command of the area has an example.
 */
class AppraisalCommandCatalogueTest {

    private static final Path CATALOGUE = Path.of("docs/commands/appraisal.md");
    private static final String API = "uk.police.collaboration.ledger.appraisal.api.";
    private static final List<String> COMMANDS = List.of("OpenAppraisal", "ProposeOption", "WithdrawOption",
            "ApproveOption", "RejectOption");

    private static ValidatorFactory validation;
    private static Validator validator;

    @BeforeAll
    static void startValidation() {
        validation = Validation.buildDefaultValidatorFactory();
        validator = validation.getValidator();
    }

    @AfterAll
    static void stopValidation() {
        validation.close();
    }

    static List<String> journalLines() throws IOException {
        return Files.readAllLines(CATALOGUE).stream().filter(line -> line.startsWith("{\"command\"")).toList();
    }

    private static String commandName(String line) {
        try {
            return LedgerJson.mapper().readTree(line).get("command").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @MethodSource("journalLines")
    void eachDocumentedJournalLineReadsIntoAValidCommand(String line) throws Exception {
        JsonNode envelope = LedgerJson.mapper().readTree(line);
        assertThat(envelope.fieldNames()).toIterable()
                .containsExactly("command", "commandId", "effectiveOn", "source", "payload");
        Class<?> type = Class.forName(API + envelope.get("command").asText());
        Object command = LedgerJson.mapper().treeToValue(envelope.get("payload"), type);
        assertThat(validator.validate(command)).isEmpty();
    }

    @Test
    void everyCommandOfTheAreaHasOneDocumentedExample() throws IOException {
        List<String> documented = journalLines().stream()
                .map(AppraisalCommandCatalogueTest::commandName)
                .toList();
        assertThat(documented).containsExactlyInAnyOrderElementsOf(COMMANDS);
    }

    @Test
    void aNegativeTimescaleIsMisshapen() {
        var command = new ProposeOption("options", "option-1", "Short term", "12-18 months",
                new Timescale(-1, 18, null), false);
        assertThat(validator.validate(command)).extracting(v -> v.getPropertyPath().toString())
                .containsExactly("timescale.minMonths");
    }

    @Test
    void anApprovalWithoutTheApprovingBodyIsMisshapen() {
        var command = new ApproveOption("options", "option-2", null, null, null);
        assertThat(validator.validate(command)).extracting(v -> v.getPropertyPath().toString())
                .containsExactly("approvedBy");
    }
}
