package uk.police.collaboration.ledger.support;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A small journal written as a secretariat would write it from the papers: one command per line,
 * in the order typed. Every id in the payloads may use {@code {run}}, replaced by a suffix unique to
 * this journal, so that tests sharing one ledger never meet each other's records.
 */
public final class Journal {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final List<String> lines = new ArrayList<>();

    /** Adds a line; {@code payload} is JSON in which ' stands for " and {run} for this journal's suffix. */
    public Journal line(String command, String commandId, String effectiveOn, String payload) {
        return line(command, commandId, effectiveOn, "PAPER/1", payload);
    }

    public Journal line(String command, String commandId, String effectiveOn, String sourceReference, String payload) {
        lines.add(("{'command':'" + command + "','commandId':'" + commandId + "','effectiveOn':'" + effectiveOn
                + "','source':{'reference':'" + sourceReference + "','section':null,'title':'Board paper','url':null},"
                + "'payload':" + payload + "}").replace('\'', '"').replace("{run}", run));
        return this;
    }

    /** An id of this journal: {@code base-run}. */
    public String id(String base) {
        return base + "-" + run;
    }

    /** The command id as the line gives it, with this journal's suffix. */
    public String run() {
        return run;
    }

    /** Imports the journal, going on past refusals; the report says what each line became. */
    public JsonNode importWith(LedgerClient secretariat) {
        LedgerClient.Response response = secretariat.post("/api/journal?onRefusal=CONTINUE", "application/x-ndjson",
                String.join("\n", lines) + "\n");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        lines.clear();
        return response.json();
    }

    /** The line of the report for a command id, accepted or refused. */
    public static JsonNode lineOf(JsonNode report, String commandId) {
        for (JsonNode line : report.path("lines")) {
            if (commandId.equals(line.path("commandId").asText())) {
                return line;
            }
        }
        throw new AssertionError("No line for command " + commandId + " in " + report);
    }

    /** Waits until the read side has every event the report's accepted lines wrote for the programme. */
    public static void awaitReadSide(LedgerClient reader, String collaborationId, JsonNode... reports) {
        List<String> eventIds = new ArrayList<>();
        for (JsonNode report : reports) {
            for (JsonNode line : report.path("lines")) {
                line.path("eventIds").forEach(id -> eventIds.add(id.asText()));
            }
        }
        Instant deadline = Instant.now().plus(PATIENCE);
        String last = null;
        while (Instant.now().isBefore(deadline)) {
            LedgerClient.Response timeline = reader.get("/api/collaborations/" + collaborationId + "/timeline?size=500");
            last = timeline.body();
            // The current state and the registers are written in the same transaction as the ledger log.
            if (timeline.status() == 200 && eventIds.stream().allMatch(last::contains)) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("The read side did not catch up with " + eventIds + "; last timeline: " + last);
    }
}
