package uk.police.collaboration.ledger.timeline;

import com.fasterxml.jackson.databind.JsonNode;
import uk.police.collaboration.ledger.shared.Source;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One page of a programme's timeline, in world order (effective date, then position in the store). */
public record TimelineView(String collaborationId, int page, int size, long total, List<LineView> lines) {

    /**
     * One event. {@code corrected} when a later correction exists ({@code correctedBy} names the
     * correcting events, and {@code currentSummary} reads the event with its corrections applied);
     * a correction's own line says what it corrected in {@code correction}.
     */
    public record LineView(LocalDate effectiveOn, Instant recordedAt, String recordedBy, Source source, String eventType,
                           String eventId, String recordId, String summary, boolean corrected, List<String> correctedBy,
                           String currentSummary, CorrectionDetailView correction) {
    }

    public record CorrectionDetailView(String correctionId, String correctedEventId, String correctedEventType,
                                       String whatWasWrong, JsonNode correctedFacts) {
    }
}
