package uk.police.collaboration.ledger.ledgerlog;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * An event's own position in the event store. Not the tracking token's position: with the JDBC
 * store a token is gap-aware, and when an event fills a gap (it committed after a later one), the
 * token's position is the highest index seen, not this event's. Using it would file the late event
 * under another event's index, and one of the two would be lost. So with the JDBC store the
 * position is read from the event table itself (by its unique event identifier); Axon Server's
 * global sequence has no gaps, so there the token's position is the event's.
 */
@Component
class EventPositions {

    private final JdbcTemplate jdbc;
    private final boolean jdbcEventStore;

    EventPositions(JdbcTemplate jdbc, @Value("${axon.axonserver.enabled:false}") boolean axonServer) {
        this.jdbc = jdbc;
        this.jdbcEventStore = !axonServer;
    }

    long of(EventMessage<?> event, TrackingToken token) {
        if (jdbcEventStore) {
            List<Long> stored = jdbc.queryForList("SELECT globalindex FROM domainevententry WHERE eventidentifier = ?",
                    Long.class, event.getIdentifier());
            if (!stored.isEmpty()) {
                return stored.get(0);
            }
        }
        return token.position().orElseThrow(() -> new IllegalStateException("event " + event.getIdentifier() + " has no position"));
    }
}
