package uk.police.collaboration.ledger.ledgerlog;

import com.fasterxml.jackson.databind.JsonNode;
import uk.police.collaboration.ledger.shared.Source;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One event as the read side sees it: its business payload (as stored JSON) with both clocks and
 * the rest of its envelope. The read side works on these, never on aggregates.
 *
 * @param effectiveOn when it happened in the world (valid time)
 * @param recordedAt  when the ledger learned it (transaction time: the event's own timestamp)
 */
public record RecordedEvent(long globalIndex, String eventId, String recordId, long recordSequence, String recordType,
                            String eventType, String collaborationId, LocalDate effectiveOn, String effectiveText,
                            Instant recordedAt, String recordedBy, String originalAuthor, String commandId,
                            Source source, JsonNode payload) {

    /** The same event seen with corrected facts laid over its payload. */
    public RecordedEvent withPayload(JsonNode corrected) {
        return new RecordedEvent(globalIndex, eventId, recordId, recordSequence, recordType, eventType, collaborationId,
                effectiveOn, effectiveText, recordedAt, recordedBy, originalAuthor, commandId, source, corrected);
    }

    /** The same event seen with corrected facts: payload, effective date (valid time) and source. */
    public RecordedEvent withFacts(JsonNode corrected, LocalDate correctedOn, String correctedText, Source correctedSource) {
        return new RecordedEvent(globalIndex, eventId, recordId, recordSequence, recordType, eventType, collaborationId,
                correctedOn, correctedText, recordedAt, recordedBy, originalAuthor, commandId, correctedSource, corrected);
    }

    public String text(String field) {
        JsonNode value = payload.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
