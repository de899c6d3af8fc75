package uk.police.collaboration.ledger.ledgerlog;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The programmes whose derived views are parked (table projection_parked): a fold or a write failed
 * for them, so their views stay at the last good state while every other programme flows. Nothing
 * is skipped silently: each is listed here, in health (DEGRADED, naming it) and in the gauge
 * {@code ledger.projection.parked}, until a retry succeeds.
 */
@Repository
public class ParkedProgrammes {

    /** One parked programme, in the order it was parked. */
    public record Parked(String collaborationId, Instant parkedAt, String eventId, Long globalIndex, long eventsWaiting,
                         String cause, Instant retriedAt, int retries) {
    }

    private final JdbcTemplate jdbc;

    ParkedProgrammes(JdbcTemplate jdbc, MeterRegistry meters) {
        this.jdbc = jdbc;
        Gauge.builder("ledger.projection.parked", this, ParkedProgrammes::count)
                .description("Programmes whose derived views are parked after a failure (see /api/admin/projections/parked)")
                .register(meters);
    }

    void park(String collaborationId, RecordedEvent at, Throwable cause) {
        jdbc.update("INSERT INTO projection_parked (collaboration_id, event_id, global_index, events_waiting, cause) "
                        + "VALUES (?, ?, ?, 0, ?) ON CONFLICT (collaboration_id) DO UPDATE SET cause = EXCLUDED.cause",
                collaborationId, at == null ? null : at.eventId(), at == null ? null : at.globalIndex(), describe(cause));
    }

    void stillFailing(String collaborationId, Throwable cause) {
        jdbc.update("UPDATE projection_parked SET cause = ?, retried_at = now(), retries = retries + 1 WHERE collaboration_id = ?",
                describe(cause), collaborationId);
    }

    void waiting(String collaborationId, int events) {
        jdbc.update("UPDATE projection_parked SET events_waiting = events_waiting + ? WHERE collaboration_id = ?", events, collaborationId);
    }

    Set<String> parkedAmong(Collection<String> collaborationIds) {
        if (collaborationIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.queryForList("SELECT collaboration_id FROM projection_parked WHERE collaboration_id = ANY (?)",
                String.class, (Object) collaborationIds.toArray(String[]::new)));
    }

    void unpark(String collaborationId) {
        jdbc.update("DELETE FROM projection_parked WHERE collaboration_id = ?", collaborationId);
    }

    void clear() {
        jdbc.update("DELETE FROM projection_parked");
    }

    public List<Parked> list() {
        return jdbc.query("SELECT collaboration_id, parked_at, event_id, global_index, events_waiting, cause, retried_at, retries "
                + "FROM projection_parked ORDER BY parked_at, collaboration_id", (rs, n) -> new Parked(rs.getString(1),
                rs.getTimestamp(2).toInstant(), rs.getString(3), (Long) rs.getObject(4), rs.getLong(5), rs.getString(6),
                rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toInstant(), rs.getInt(8)));
    }

    public long count() {
        Long n = jdbc.queryForObject("SELECT count(*) FROM projection_parked", Long.class);
        return n == null ? 0 : n;
    }

    /** The failure in words for an operator: its type and message, and its root cause's (no stack trace, bounded). */
    private static String describe(Throwable cause) {
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = cause.getClass().getSimpleName() + ": " + cause.getMessage()
                + (root == cause ? "" : " (caused by " + root.getClass().getSimpleName() + ": " + root.getMessage() + ")");
        return text.length() > 2000 ? text.substring(0, 2000) : text;
    }
}
