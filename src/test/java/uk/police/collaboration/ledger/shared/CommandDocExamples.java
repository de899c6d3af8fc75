package uk.police.collaboration.ledger.shared;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the example journal lines of docs/commands/{area}.md honest: each line is one JSON object
 * in the journal envelope, its payload has exactly the command record's fields, reads back as that
 * command (strictly) and passes bean validation.
 */
public final class CommandDocExamples {

    private static final Set<String> ENVELOPE = Set.of("command", "commandId", "effectiveOn", "source", "payload");
    private static final Set<String> SOURCE = Set.of("reference", "section", "title", "url");

    private CommandDocExamples() {
    }

    /** Checks every example in the area's page and returns the names of the commands it shows. */
    public static Set<String> checkExamples(String area, String apiPackage) {
        List<String> lines = journalLines(Path.of("docs/commands", area + ".md"));
        assertThat(lines).as("example journal lines in docs/commands/%s.md", area).isNotEmpty();
        Set<String> documented = new LinkedHashSet<>();
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            Validator validator = factory.getValidator();
            for (String line : lines) {
                documented.add(checkLine(line, apiPackage, validator));
            }
        }
        return documented;
    }

    private static String checkLine(String line, String apiPackage, Validator validator) {
        try {
            JsonNode journal = LedgerJson.mapper().readTree(line);
            assertThat(fieldNames(journal)).as("envelope of %s", line).containsAll(ENVELOPE).isSubsetOf(ENVELOPE);
            assertThat(fieldNames(journal.get("source"))).as("source of %s", line)
                    .contains("reference", "section", "title").isSubsetOf(SOURCE);
            java.time.LocalDate.parse(journal.get("effectiveOn").asText());
            String name = journal.get("command").asText();
            Class<?> type = Class.forName(apiPackage + "." + name);
            assertThat(type.isRecord()).as("%s is a record", name).isTrue();
            Set<String> components = Arrays.stream(type.getRecordComponents()).map(c -> c.getName())
                    .collect(Collectors.toSet());
            ObjectNode payload = (ObjectNode) journal.get("payload");
            assertThat(fieldNames(payload)).as("payload fields of the %s example", name)
                    .containsExactlyInAnyOrderElementsOf(components);
            Object command = LedgerJson.mapper().treeToValue(payload, type);
            Set<? extends ConstraintViolation<?>> violations = validator.validate(command);
            assertThat(violations).as("bean validation of the %s example", name).isEmpty();
            return name;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new AssertionError("no command record " + e.getMessage(), e);
        }
    }

    private static List<String> journalLines(Path page) {
        try {
            return Files.readAllLines(page).stream().filter(l -> l.startsWith("{\"command\"")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
