package uk.police.collaboration.ledger.web.pages;

import uk.police.collaboration.ledger.shared.Source;
import uk.police.collaboration.ledger.timeline.TimelineView;

import java.util.HashMap;
import java.util.Map;

/**
 * Where each item on a programme page comes from: the paper of the event that last changed it, so
 * that every item links to its line on the timeline and to the lines from the same paper.
 */
public final class Provenance {

    private final Map<String, Source> sources = new HashMap<>();

    Provenance(TimelineView timeline) {
        timeline.lines().forEach(l -> sources.put(l.eventId(), l.source()));
    }

    public Source of(String eventId) {
        return eventId == null ? null : sources.get(eventId);
    }

    public boolean has(String eventId) {
        return eventId != null && sources.containsKey(eventId);
    }

    /** The item's own line on the timeline (the timeline opens at the page that holds it). */
    public String line(String collaborationId, String eventId) {
        return "/programmes/" + enc(collaborationId) + "/timeline?event=" + enc(eventId) + "#event-" + eventId;
    }

    /** Every line from the same paper. */
    public String paper(String collaborationId, String reference) {
        return "/programmes/" + enc(collaborationId) + "/timeline?source=" + enc(reference);
    }

    private static String enc(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }
}
