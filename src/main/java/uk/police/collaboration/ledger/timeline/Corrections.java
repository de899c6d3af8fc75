package uk.police.collaboration.ledger.timeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import uk.police.collaboration.ledger.ledgerlog.RecordedEvent;
import uk.police.collaboration.ledger.shared.Source;
import uk.police.collaboration.ledger.timeline.TimelineView.ChangeView;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;

/** Per corrected fact of an event, what it was before each correction and what the correction made it. */
final class Corrections {

    static final String DATE = "effectiveOn";
    static final String SOURCE = "source";

    private Corrections() {
    }

    /** @param fixes the event's corrections, in the order they were recorded */
    static List<ChangeView> changes(RecordedEvent original, List<RecordedEvent> fixes, Summaries summaries) {
        List<ChangeView> changes = new ArrayList<>();
        ObjectNode payload = original.payload().deepCopy();
        String date = original.effectiveText();
        Source source = original.source();
        for (RecordedEvent fix : fixes) {
            JsonNode facts = fix.payload().get("correctedFacts");
            if (facts != null && facts.isObject()) {
                for (Iterator<Map.Entry<String, JsonNode>> it = facts.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = it.next();
                    changes.add(new ChangeView(field.getKey(), Words.words(field.getKey()),
                            summaries.visibleValue(original.eventType(), field.getKey(), text(payload.get(field.getKey()))),
                            summaries.visibleValue(original.eventType(), field.getKey(), text(field.getValue())),
                            fix.eventId()));
                    payload.set(field.getKey(), field.getValue().deepCopy());
                }
            }
            String newDate = fix.text("correctedEffectiveOn");
            if (newDate != null) {
                changes.add(new ChangeView(DATE, "date it happened", date, newDate, fix.eventId()));
                date = newDate;
            }
            JsonNode s = fix.payload().get("correctedSource");
            if (s != null && s.isObject()) {
                Source newSource = new Source(text(s.get("reference")), text(s.get("section")), text(s.get("title")),
                        text(s.get("url")));
                changes.add(new ChangeView(SOURCE, "source paper", describe(source), describe(newSource), fix.eventId()));
                source = newSource;
            }
        }
        return List.copyOf(changes);
    }

    private static String describe(Source source) {
        if (source == null) {
            return null;
        }
        StringJoiner words = new StringJoiner(", ");
        if (source.reference() != null) {
            words.add(source.reference());
        }
        if (source.section() != null) {
            words.add("section " + source.section());
        }
        if (source.title() != null) {
            words.add(source.title());
        }
        if (source.url() != null) {
            words.add(source.url());
        }
        return words.toString();
    }

    /** A stored value as text: text as it is, anything else as compact JSON; null stays null. */
    static String text(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        return value.isValueNode() ? value.asText() : Objects.toString(value);
    }
}
