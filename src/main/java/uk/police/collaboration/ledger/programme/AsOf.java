package uk.police.collaboration.ledger.programme;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import uk.police.collaboration.ledger.ledgerlog.RecordedEvent;
import uk.police.collaboration.ledger.shared.Source;
import uk.police.collaboration.ledger.shared.WorldDate;

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
 * knew it at an instant (transaction time). Every answer of the read side is a function of this
 * selection, never of the order in which facts were recorded.
 * <ol>
 *   <li>keep the events recorded at or before {@code knownAt};</li>
 *   <li>lay the corrections known by then over the events they correct (later corrections win): a
 *       correction may change payload fields, the effective date (the fact moves in valid time) and
 *       the source;</li>
 *   <li>date each derived fact from the facts it follows from: an agreement is in force from the
 *       latest effective date of its required signatures;</li>
 *   <li>keep the events effective on or before {@code asOf};</li>
 *   <li>order them in world order: by effective date, then by position in the store.</li>
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
        Map<String, List<RecordedEvent>> corrections = new LinkedHashMap<>();
        List<RecordedEvent> known = known(all, knownAt, corrections);
        List<RecordedEvent> selected = new ArrayList<>();
        for (RecordedEvent event : known) {
            if (asOf == null || !event.effectiveOn().isAfter(asOf)) {
                selected.add(event);
            }
        }
        Map<String, List<RecordedEvent>> applied = new HashMap<>();
        selected.forEach(e -> {
            if (corrections.containsKey(e.eventId())) {
                applied.put(e.eventId(), List.copyOf(corrections.get(e.eventId())));
            }
        });
        return new Selection(List.copyOf(selected), Map.copyOf(applied));
    }

    /**
     * Every fact known at {@code knownAt} (null: now) other than the corrections, with the corrections
     * known by then applied and derived facts dated, in world order. {@code corrections} receives the
     * corrections known by then, by the id of the event each corrected, in the order recorded.
     */
    public static List<RecordedEvent> known(List<RecordedEvent> all, Instant knownAt,
                                            Map<String, List<RecordedEvent>> corrections) {
        List<RecordedEvent> known = all.stream()
                .filter(e -> knownAt == null || !e.recordedAt().isAfter(knownAt))
                .sorted(Comparator.comparingLong(RecordedEvent::globalIndex))
                .toList();
        for (RecordedEvent event : known) {
            if (CORRECTION.equals(event.eventType()) && event.text("eventId") != null) {
                corrections.computeIfAbsent(event.text("eventId"), id -> new ArrayList<>()).add(event);
            }
        }
        List<RecordedEvent> facts = new ArrayList<>();
        for (RecordedEvent event : known) {
            if (!CORRECTION.equals(event.eventType())) {
                List<RecordedEvent> fixes = corrections.get(event.eventId());
                facts.add(fixes == null ? event : corrected(event, fixes));
            }
        }
        List<RecordedEvent> dated = DerivedDates.apply(facts);
        return dated.stream().sorted(WORLD_ORDER).toList();
    }

    /** The event with each correction's facts laid over it in the order they were recorded. */
    public static RecordedEvent corrected(RecordedEvent event, List<RecordedEvent> corrections) {
        LocalDate on = event.effectiveOn();
        String onText = event.effectiveText();
        Source source = event.source();
        for (RecordedEvent correction : corrections) {
            String date = correction.text("correctedEffectiveOn");
            if (date != null) {
                on = WorldDate.of(date);
                onText = date;
            }
            JsonNode s = correction.payload().get("correctedSource");
            if (s != null && s.isObject()) {
                source = new Source(FoldJson.text(s, "reference"), FoldJson.text(s, "section"), FoldJson.text(s, "title"),
                        FoldJson.text(s, "url"));
            }
        }
        return event.withFacts(corrected(event.payload(), corrections), on, onText, source);
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
