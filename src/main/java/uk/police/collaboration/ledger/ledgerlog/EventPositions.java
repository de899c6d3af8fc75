package uk.police.collaboration.ledger.ledgerlog;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An event's own position in the event store. Not the tracking token's position: with the JDBC
 * store a token is gap-aware, and when an event fills a gap (it committed after a later one), the
 * token's position is the highest index seen, not this event's. Using it would file the late event
 * under another event's index, and one of the two would be lost. So with the JDBC store the
 * position is read from the event table itself (by its unique event identifier); Axon Server's
 * global sequence has no gaps, so there the token's position is the event's.
 * <p>
 * A batch of the ledger-log processor (up to {@value #WINDOW} events) reads the positions of the
 * window of indexes from its first event on in one range query through the primary key, rather
 * than one query per event: a rebuild otherwise pays a round trip per event for this alone. An
 * event outside the window (one that filled an older gap) is read by its identifier as before.
 */
@Component
class EventPositions {

    static final int WINDOW = 1000;
    private static final String POSITIONS = EventPositions.class.getName() + ".positions";

    private final JdbcTemplate jdbc;
    private final boolean jdbcEventStore;

    EventPositions(JdbcTemplate jdbc, @Value("${axon.axonserver.enabled:false}") boolean axonServer) {
        this.jdbc = jdbc;
        this.jdbcEventStore = !axonServer;
    }

    long of(EventMessage<?> event, TrackingToken token) {
        if (jdbcEventStore) {
            Long stored = CurrentUnitOfWork.isStarted() ? inBatch(event, token) : byIdentifier(event.getIdentifier());
            if (stored != null) {
                return stored;
            }
        }
        return token.position().orElseThrow(() -> new IllegalStateException("event " + event.getIdentifier() + " has no position"));
    }

    private Long inBatch(EventMessage<?> event, TrackingToken token) {
        Map<String, Long> window = CurrentUnitOfWork.get().root().getOrComputeResource(POSITIONS, key -> new HashMap<>());
        Long known = window.get(event.getIdentifier());
        if (known == null && token.position().isPresent()) {
            // The token's position is this event's index or (gap filled) a higher one: the window from there on
            // holds this batch's later events; this event, if older, is read by its identifier below.
            long from = token.position().getAsLong();
            jdbc.query("SELECT eventidentifier, globalindex FROM domainevententry WHERE globalindex >= ? AND globalindex < ?",
                    rs -> {
                        window.put(rs.getString(1), rs.getLong(2));
                    }, from, from + WINDOW);
            known = window.get(event.getIdentifier());
        }
        return known != null ? known : byIdentifier(event.getIdentifier());
    }

    private Long byIdentifier(String eventId) {
        List<Long> stored = jdbc.queryForList("SELECT globalindex FROM domainevententry WHERE eventidentifier = ?", Long.class, eventId);
        return stored.isEmpty() ? null : stored.get(0);
    }
}
