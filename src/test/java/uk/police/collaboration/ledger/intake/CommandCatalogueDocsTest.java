package uk.police.collaboration.ledger.intake;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.Test;
import uk.police.collaboration.ledger.shared.LedgerJson;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/commands.md and docs/commands/*.md describe exactly the commands the ledger accepts. */
class CommandCatalogueDocsTest {

    private final CommandCatalogue catalogue = new CommandCatalogue();

    private static List<String> exampleLines() throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> pages = Files.list(Path.of("docs/commands"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                Files.readAllLines(page).stream().filter(l -> l.startsWith("{\"command\"")).forEach(lines::add);
            }
        }
        return lines;
    }

    @Test
    void everyCommandTheLedgerAcceptsHasExactlyOneDocumentedExample() throws IOException {
        Map<String, Integer> examples = new HashMap<>();
        for (String line : exampleLines()) {
            examples.merge(LedgerJson.mapper().readTree(line).get("command").asText(), 1, Integer::sum);
        }
        for (String command : catalogue.all().keySet()) {
            assertThat(examples.getOrDefault(command, 0)).as("examples of %s in docs/commands/", command).isEqualTo(1);
        }
        assertThat(catalogue.all().keySet()).containsAll(examples.keySet());
    }

    @Test
    void everyDocumentedExampleIsAValidEnvelopeAndCommand() throws IOException {
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            Validator validator = factory.getValidator();
            for (String line : exampleLines()) {
                CommandEnvelope envelope = LedgerJson.mapper().readValue(line, CommandEnvelope.class);
                assertThat(validator.validate(envelope)).as("envelope of %s", line).isEmpty();
                Class<?> type = catalogue.find(envelope.command()).orElseThrow();
                Object command = LedgerJson.mapper().treeToValue(envelope.payload(), type);
                assertThat(validator.validate(command)).as("payload of %s", line).isEmpty();
            }
        }
    }

    @Test
    void theCatalogueIndexNamesEveryCommand() throws IOException {
        String index = Files.readString(Path.of("docs/commands.md"));
        for (String command : catalogue.all().keySet()) {
            assertThat(index).as("docs/commands.md names %s", command).contains(command);
        }
    }
}
