package uk.police.collaboration.ledger.intake;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.police.collaboration.ledger.shared.LedgerJson;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.toSet;
import static org.assertj.core.api.Assertions.assertThat;
import static uk.police.collaboration.ledger.shared.CommandShapes.invalidFields;

/**
 * docs/commands.md and docs/commands/{area}.md describe exactly the commands the ledger accepts.
 * The example journal lines on those pages are what people copy: each is one journal envelope
 * whose payload reads, strictly, as its command record and satisfies the command's shape rules,
 * and every command has exactly one, on the page of its area.
 */
class CommandCatalogueDocsTest {

    private static final Path PAGES = Path.of("docs/commands");
    private static final List<String> ENVELOPE = List.of("command", "commandId", "effectiveOn", "source", "payload");
    private static final String OPTIONAL_IN_ENVELOPE = "recordedBy";
    private static final List<String> SOURCE = List.of("reference", "section", "title", "url");

    /** The commands of each business area, as their pages have always documented them. */
    private static final Map<String, List<String>> AREAS = Map.of(
            "agreement", List.of("DraftAgreement", "SignAgreement", "AmendAgreement", "ConsentToTermination",
                    "TerminateAgreement", "ConsentToPartyChange", "AccedeToAgreement", "RemoveFromAgreement"),
            "appraisal", List.of("OpenAppraisal", "ProposeOption", "WithdrawOption", "ApproveOption", "RejectOption",
                    "DiscardOption", "StateOptionsConsidered"),
            "businesscase", List.of("DraftBusinessCase", "EndorseBusinessCase", "CirculateBusinessCase",
                    "PresentBusinessCase", "ApproveBusinessCase", "RejectBusinessCase", "AdvanceBusinessCase",
                    "RecordAssurance", "ApproveTranche"),
            "collaboration", List.of("RegisterCollaboration", "JoinCollaboration", "WithdrawFromCollaboration",
                    "AddWorkstream", "ChangeGovernance", "RecordProgress", "ProposeCostSharing", "AgreeCostSharing",
                    "CloseCollaboration"),
            "decision", List.of("RecordDecision", "RecordSignOff", "MakeDecision", "DecidePublication",
                    "RequireRedaction", "CompleteRedaction", "AttachPartTwo", "PublishDecision"),
            "funding", List.of("RequestFunding", "AllocateFunding", "StateFundingTotals", "StatePriceRange",
                    "ConfirmPrice", "RecordSavings", "RecordDirectContribution", "RecordIncome"),
            "milestone", List.of("SetMilestone", "ReviseMilestone", "AchieveMilestone"),
            "risk", List.of("RaiseRisk", "MitigateRisk", "CloseRisk", "ReRateRisk"));

    private static final CommandCatalogue CATALOGUE = new CommandCatalogue();

    /** One example journal line and the page it stands on. */
    record Example(String area, String line) {

        JsonNode json() {
            try {
                return LedgerJson.mapper().readTree(line);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        String command() {
            return json().get("command").asText();
        }

        @Override
        public String toString() {
            return "docs/commands/" + area + ".md: " + line;
        }
    }

    static List<Example> examples() throws IOException {
        List<Example> examples = new ArrayList<>();
        for (Path page : pages()) {
            String area = page.getFileName().toString().replaceFirst("\\.md$", "");
            Files.readAllLines(page).stream().filter(l -> l.startsWith("{\"command\""))
                    .forEach(line -> examples.add(new Example(area, line)));
        }
        return examples;
    }

    private static List<Path> pages() throws IOException {
        try (Stream<Path> pages = Files.list(PAGES)) {
            return pages.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
    }

    /** The area of a command: the package its {@code api} package sits in ("decision"). */
    private static String areaOf(Class<?> command) {
        String api = command.getPackageName();
        return api.substring(CommandCatalogue.ROOT.length() + 1, api.length() - ".api".length());
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @ParameterizedTest
    @MethodSource("examples")
    void eachExampleIsAJournalEnvelope(Example example) throws IOException {
        JsonNode journal = example.json();
        List<String> keys = fieldNames(journal);
        keys.remove(OPTIONAL_IN_ENVELOPE);
        assertThat(keys).as("envelope of %s", example).containsExactlyElementsOf(ENVELOPE);
        assertThat(journal.get("commandId").asText()).as("commandId of %s", example).isNotBlank();
        LocalDate.parse(journal.get("effectiveOn").asText());
        JsonNode source = journal.get("source");
        assertThat(fieldNames(source)).as("source of %s", example)
                .contains("reference", "section", "title").isSubsetOf(SOURCE);
        assertThat(source.get("reference").asText()).as("source reference of %s", example).isNotBlank();
        CommandEnvelope envelope = LedgerJson.mapper().readValue(example.line(), CommandEnvelope.class);
        assertThat(invalidFields(envelope)).as("envelope of %s", example).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void eachExamplePayloadReadsStrictlyAsAWellShapedCommandOfItsArea(Example example) throws IOException {
        JsonNode journal = example.json();
        Class<?> type = CATALOGUE.find(example.command()).orElseThrow(
                () -> new AssertionError("no command " + example.command() + " for " + example));
        assertThat(type.isRecord()).as("%s is a record", type).isTrue();
        assertThat(areaOf(type)).as("the page of %s", type.getName()).isEqualTo(example.area());
        JsonNode payload = journal.get("payload");
        assertThat(fieldNames(payload)).as("payload fields of %s", example).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList());
        Object command = LedgerJson.mapper().treeToValue(payload, type);
        assertThat(invalidFields(command)).as("bean validation of %s", example).isEmpty();
    }

    @Test
    void everyCommandTheLedgerAcceptsHasExactlyOneDocumentedExample() throws IOException {
        Map<String, Long> examples = examples().stream().collect(groupingBy(Example::command, counting()));
        for (String command : CATALOGUE.all().keySet()) {
            assertThat(examples.getOrDefault(command, 0L)).as("examples of %s in docs/commands/", command).isEqualTo(1);
        }
        assertThat(CATALOGUE.all().keySet()).containsAll(examples.keySet());
    }

    @Test
    void everyAreaPageShowsExactlyTheCommandsOfItsArea() throws IOException {
        Map<String, List<String>> documented = new TreeMap<>(examples().stream()
                .collect(groupingBy(Example::area, Collectors.mapping(Example::command, Collectors.toList()))));
        for (Path page : pages()) {
            String area = page.getFileName().toString().replaceFirst("\\.md$", "");
            assertThat(documented.get(area)).as("example journal lines in %s", page).isNotEmpty();
        }
        AREAS.forEach((area, commands) -> assertThat(documented.get(area))
                .as("commands shown in docs/commands/%s.md", area).containsExactlyInAnyOrderElementsOf(commands));
        documented.forEach((area, commands) -> assertThat(commands).as("commands shown in docs/commands/%s.md", area)
                .containsExactlyInAnyOrderElementsOf(CATALOGUE.all().values().stream()
                        .filter(type -> areaOf(type).equals(area)).map(Class::getSimpleName).collect(toSet())));
    }

    @Test
    void theCatalogueIndexNamesEveryCommand() throws IOException {
        String index = Files.readString(Path.of("docs/commands.md"));
        for (String command : CATALOGUE.all().keySet()) {
            assertThat(index).as("docs/commands.md names %s", command).contains(command);
        }
    }
}
