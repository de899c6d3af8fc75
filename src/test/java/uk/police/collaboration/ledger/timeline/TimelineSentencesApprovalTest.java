package uk.police.collaboration.ledger.timeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import uk.police.collaboration.ledger.access.Clearance;
import uk.police.collaboration.ledger.ledgerlog.RecordedEvent;
import uk.police.collaboration.ledger.shared.LedgerJson;
import uk.police.collaboration.ledger.shared.Source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.fail;

/**
 * Locks the timeline's wording: every approved event shape (src/test/resources/approved/events) put into
 * a sentence as each clearance reads it, once with its facts and once bare (every fact but the
 * programme missing, read against the full programme's names, so the fall-backs for absent facts speak
 * too), plus what corrections of Part Two
 * content and of a redacted passage show. The sentences are what boards and FOI officers read, so a
 * change of wording is a change to review. When the text differs, it is written beside the approved file
 * as sentences.received.txt and the test fails; a person compares the two and renames to approve.
 */
class TimelineSentencesApprovalTest {

    private static final Path EVENTS = Path.of("src/test/resources/approved/events");
    private static final Path APPROVED = Path.of("src/test/resources/approved/timeline/sentences.txt");
    private static final Path RECEIVED = Path.of("src/test/resources/approved/timeline/sentences.received.txt");

    @Test
    void everyEventIsPutIntoTheApprovedSentenceForEveryClearance() throws IOException {
        List<RecordedEvent> full = new ArrayList<>();
        List<RecordedEvent> bare = new ArrayList<>();
        try (Stream<Path> files = Files.list(EVENTS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json") && !f.toString().endsWith(".received.json"))
                    .sorted().toList()) {
                String type = file.getFileName().toString().replace(".json", "");
                JsonNode payload = LedgerJson.mapper().readTree(file.toFile());
                add(full, "ev-", type, payload);
                ObjectNode none = LedgerJson.mapper().createObjectNode();
                none.set("collaborationId", payload.get("collaborationId"));
                add(bare, "bare-", type, none);
            }
        }
        correct(full, "PartTwoAttached", "content", "Corrected supplier prices of £70,000.00");
        correct(full, "RedactionRequired", "passage", "Corrected names of the staff at risk");

        StringBuilder text = new StringBuilder();
        for (Clearance clearance : Clearance.values()) {
            text.append("## ").append(clearance).append('\n');
            write(text, full, new Summaries(full, clearance));
            text.append("## ").append(clearance).append(" bare\n");
            write(text, bare, new Summaries(full, clearance));
        }
        String received = text.toString();
        if (Files.exists(APPROVED) && Files.readString(APPROVED).equals(received)) {
            Files.deleteIfExists(RECEIVED);
            return;
        }
        Files.createDirectories(RECEIVED.getParent());
        Files.writeString(RECEIVED, received);
        fail("Timeline sentences are not approved; compare %s with %s", RECEIVED, APPROVED);
    }

    /** One line an event; a correction also gives its corrected facts as the reader may read them. */
    private static void write(StringBuilder text, List<RecordedEvent> events, Summaries summaries) {
        for (RecordedEvent event : events) {
            String line;
            try {
                line = summaries.summary(event);
                if ("RecordCorrected".equals(event.eventType())) {
                    line += " | facts " + summaries.visibleFacts(event);
                }
            } catch (RuntimeException e) {
                line = "threw " + e.getClass().getSimpleName();   // what the bare facts do today is locked too
            }
            text.append(event.eventId()).append(' ').append(event.eventType()).append(": ").append(line).append('\n');
        }
    }

    /** Appends a correction of the first {@code type} event that gives {@code field} a new value. */
    private static void correct(List<RecordedEvent> events, String type, String field, String value) {
        RecordedEvent target = events.stream().filter(e -> e.eventType().equals(type)).findFirst().orElseThrow();
        ObjectNode payload = LedgerJson.mapper().createObjectNode();
        payload.put("collaborationId", target.collaborationId());
        payload.put("correctionId", "correction-of-" + target.eventId());
        payload.put("eventId", target.eventId());
        payload.put("eventType", type);
        // Both forms of the withheld text in the sentence, so that hiding each of them is locked too.
        payload.put("whatWasWrong", "it read " + target.text(field) + " but should read " + value);
        payload.putObject("correctedFacts").put(field, value);
        add(events, "ev-", "RecordCorrected", payload);
    }

    /** Each event a day after the one before, in the world and in recording, so that names resolve the same way every run. */
    private static void add(List<RecordedEvent> events, String ids, String type, JsonNode payload) {
        long index = events.size() + 1;
        LocalDate effective = LocalDate.of(2018, 1, 1).plusDays(index);
        events.add(new RecordedEvent(index, ids + index, "rec", index, null, type,
                payload.path("collaborationId").asText(null), effective, effective.toString(),
                Instant.parse("2019-01-01T00:00:00Z").plusSeconds(86_400 * index), "tester", null, "cmd-" + index,
                new Source("TEST/1", null, "Test paper", null), payload));
    }
}
