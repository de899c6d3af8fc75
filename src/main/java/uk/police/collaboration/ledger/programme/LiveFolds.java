package uk.police.collaboration.ledger.programme;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The programmes' kept folds, least recently used first out once they hold more than
 * {@code ledger.read-side.kept-events} events between them. A programme not kept is folded from
 * its ledger log the next time a batch touches it. Advanced by the projector's threads only under the
 * programme's advisory lock, so one programme is never advanced by two threads at once; as-of
 * queries of a kept programme are answered from its fold and saved states instead of the ledger log.
 */
@Component
@EnableConfigurationProperties(ReadSideSettings.class)
class LiveFolds {

    private final int maxEvents;
    private final Map<String, LiveFold> kept = new LinkedHashMap<>(16, 0.75f, true);
    private long events;

    LiveFolds(ReadSideSettings settings) {
        this.maxEvents = settings.keptEvents();
    }

    synchronized LiveFold get(String collaborationId) {
        return kept.get(collaborationId);
    }

    /** Keeps (or re-keeps, after it grew) a programme's fold, evicting the least recently used beyond the bound. */
    synchronized void keep(String collaborationId, LiveFold fold, int sizeBefore) {
        LiveFold previous = kept.put(collaborationId, fold);
        events += fold.size() - (previous == null ? 0 : previous == fold ? sizeBefore : previous.size());
        for (Iterator<Map.Entry<String, LiveFold>> eldest = kept.entrySet().iterator(); events > maxEvents && eldest.hasNext(); ) {
            Map.Entry<String, LiveFold> entry = eldest.next();
            if (entry.getKey().equals(collaborationId)) {
                continue;
            }
            events -= entry.getValue().size();
            eldest.remove();
        }
    }

    synchronized void forget(String collaborationId) {
        LiveFold removed = kept.remove(collaborationId);
        if (removed != null) {
            events -= removed.size();
        }
    }

    synchronized void clear() {
        kept.clear();
        events = 0;
    }
}
