package uk.police.collaboration.ledger.timeline;

import com.fasterxml.jackson.databind.JsonNode;
import uk.police.collaboration.ledger.shared.Source;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One page of a programme's timeline, in world order: effective date (as corrected), then position
 * in the store. A fact whose date a correction moved stands at its corrected date.
 */
public record TimelineView(String collaborationId, int page, int size, long total, List<LineView> lines) {

    /**
     * One event. {@code corrected} when a later correction exists ({@code correctedBy} names the
     * correcting events, {@code currentSummary} reads the event with its corrections applied, and
     * {@code changes} says, per corrected fact, what it was and what it became);
     * {@code effectiveOnAsRecorded} is the date first recorded when a correction moved the fact
     * (null otherwise). A correction's own line says what it corrected in {@code correction}.
     */
    public record LineView(LocalDate effectiveOn, Instant recordedAt, String recordedBy, Source source, String eventType,
                           String eventId, String recordId, String summary, boolean corrected, List<String> correctedBy,
                           String currentSummary, CorrectionDetailView correction, List<ChangeView> changes,
                           LocalDate effectiveOnAsRecorded) {
    }

    /** What a correction corrected: the corrected line ({@code correctedEventId}) and each fact's old → new value. */
    public record CorrectionDetailView(String correctionId, String correctedEventId, String correctedEventType,
                                       String whatWasWrong, JsonNode correctedFacts, List<ChangeView> changes) {
    }

    /**
     * One corrected fact: {@code field} as stored ({@code effectiveOn} and {@code source} for the date
     * and the paper), {@code label} in words, the value before this correction and after it, as text,
     * and the correction that made the change.
     */
    public record ChangeView(String field, String label, String from, String to, String correctionEventId) {
    }
}
