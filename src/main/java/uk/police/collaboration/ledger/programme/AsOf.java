package uk.police.collaboration.ledger.programme;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import uk.police.collaboration.ledger.ledgerlog.RecordedEvent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Bitemporal selection of a programme's events: the world as of a date (valid time), as the ledger
 * knew it at an instant (transaction time).
 * <ol>
 *   <li>keep the events recorded at or before {@code knownAt};</li>
 *   <li>lay the corrections known by then over the events they correct (later corrections win);</li>
 *   <li>keep the events effective on or before {@code asOf};</li>
 *   <li>order them by effective date, then by their position in the store.</li>
 * </ol>
 * A correction fixes a fact about the past, so it applies whatever its own effective date.
 */
public final class AsOf {

    public static final String CORRECTION = "RecordCorrected";
    public static final Comparator<RecordedEvent> WORLD_ORDER =
            Comparator.comparing(RecordedEvent::effectiveOn).thenComparingLong(RecordedEvent::globalIndex);

    private AsOf() {
    }

    /**
     * @param events   the programme's events, corrections included, in any order
     * @param corrections the corrections applied, by the id of the event each corrected
     */
    public record Selection(List<RecordedEvent> events, Map<String, List<RecordedEvent>> corrections) {
    }

    public static Selection select(List<RecordedEvent> all, LocalDate asOf, Instant knownAt) {
        List<RecordedEvent> known = all.stream()
                .filter(e -> knownAt == null || !e.recordedAt().isAfter(knownAt))
                .sorted(Comparator.comparingLong(RecordedEvent::globalIndex))
                .toList();
        Map<String, List<RecordedEvent>> corrections = new LinkedHashMap<>();
        for (RecordedEvent event : known) {
            if (CORRECTION.equals(event.eventType()) && event.text("eventId") != null) {
                corrections.computeIfAbsent(event.text("eventId"), id -> new ArrayList<>()).add(event);
            }
        }
        List<RecordedEvent> selected = new ArrayList<>();
        for (RecordedEvent event : known) {
            if (CORRECTION.equals(event.eventType())) {
                continue;
            }
            if (asOf != null && event.effectiveOn().isAfter(asOf)) {
                continue;
            }
            List<RecordedEvent> fixes = corrections.get(event.eventId());
            selected.add(fixes == null ? event : event.withPayload(corrected(event.payload(), fixes)));
        }
        selected.sort(WORLD_ORDER);
        Map<String, List<RecordedEvent>> applied = new HashMap<>();
        selected.forEach(e -> {
            if (corrections.containsKey(e.eventId())) {
                applied.put(e.eventId(), List.copyOf(corrections.get(e.eventId())));
            }
        });
        return new Selection(List.copyOf(selected), Map.copyOf(applied));
    }

    /** The payload with each correction's facts laid over it in the order they were recorded. */
    public static JsonNode corrected(JsonNode payload, List<RecordedEvent> corrections) {
        ObjectNode result = payload.deepCopy();
        for (RecordedEvent correction : corrections) {
            JsonNode facts = correction.payload().get("correctedFacts");
            if (facts == null || !facts.isObject()) {
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> fields = facts.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                result.set(field.getKey(), field.getValue().deepCopy());
            }
        }
        return result;
    }
}
