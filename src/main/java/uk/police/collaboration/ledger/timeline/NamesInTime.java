package uk.police.collaboration.ledger.timeline;

import uk.police.collaboration.ledger.ledgerlog.RecordedEvent;
import uk.police.collaboration.ledger.programme.AsOf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The names things were given (a case's title, a party's name…), each with the fact that gave it,
 * so that a sentence can name a thing as it was named on the sentence's own date in the world.
 */
final class NamesInTime {

    private final Map<String, List<Map.Entry<RecordedEvent, String>>> given = new HashMap<>();

    /** Names learnt in world order: each later name of a thing follows its earlier ones. */
    void give(String key, RecordedEvent by, String name) {
        given.computeIfAbsent(key, k -> new ArrayList<>()).add(Map.entry(by, name));
    }

    void giveIfAbsent(String key, RecordedEvent by, String name) {
        if (!given.containsKey(key)) {
            give(key, by, name);
        }
    }

    /** The name given latest by {@code at} in world order; before any was given, the first; null if none. */
    String on(String key, RecordedEvent at) {
        List<Map.Entry<RecordedEvent, String>> names = given.get(key);
        if (names == null || names.isEmpty()) {
            return null;
        }
        String name = names.get(0).getValue();
        for (Map.Entry<RecordedEvent, String> entry : names) {
            if (at == null || AsOf.WORLD_ORDER.compare(entry.getKey(), at) <= 0) {
                name = entry.getValue();
            }
        }
        return name;
    }
}
