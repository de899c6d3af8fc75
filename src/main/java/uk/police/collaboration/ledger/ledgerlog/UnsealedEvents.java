package uk.police.collaboration.ledger.ledgerlog;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Events in the store with no seal. Every event is sealed in the transaction that appends it, so a
 * committed event without a seal (in the transparency log or the older seal table) was written
 * behind the ledger's back — a plain INSERT — or had its seal removed. A rebuild folds such rows
 * like any other (see {@link ProjectionReplay} for why) and names them, so it never does so silently.
 */
@Component
class UnsealedEvents {

    /** How many positions a report names; the count is always exact. */
    static final int NAMED = 20;

    private final JdbcTemplate jdbc;
    private final boolean eventsInThisDatabase;

    UnsealedEvents(JdbcTemplate jdbc, @Value("${axon.axonserver.enabled:false}") boolean axonServer) {
        this.jdbc = jdbc;
        // Under the axonserver profile the events live in Axon Server and are not sealed (integrity.md).
        this.eventsInThisDatabase = !axonServer;
    }

    record Finding(long count, List<Long> positions) {
        static final Finding NONE = new Finding(0, List.of());
    }

    Finding find() {
        if (!eventsInThisDatabase) {
            return Finding.NONE;
        }
        String unsealed = " FROM domainevententry d WHERE NOT EXISTS (SELECT 1 FROM log_leaf l WHERE l.global_index = d.globalindex)"
                + " AND NOT EXISTS (SELECT 1 FROM event_seal s WHERE s.global_index = d.globalindex)";
        Long count = jdbc.queryForObject("SELECT count(*)" + unsealed, Long.class);
        if (count == null || count == 0) {
            return Finding.NONE;
        }
        return new Finding(count, jdbc.queryForList("SELECT d.globalindex" + unsealed + " ORDER BY 1 LIMIT " + NAMED, Long.class));
    }
}
