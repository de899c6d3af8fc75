package uk.police.collaboration.ledger.ledgerlog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;
import uk.police.collaboration.ledger.shared.LedgerJson;
import uk.police.collaboration.ledger.shared.Source;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

/** The ledger_event table: written by the projector and the completeness guard, read by every view. */
@Repository
public class LedgerLog {

    static final String COLUMNS = "global_index, event_id, record_id, record_sequence, record_type, event_type, "
            + "collaboration_id, effective_on, effective_text, recorded_at, recorded_by, original_author, command_id, "
            + "source_reference, source_section, source_title, source_url, payload";

    private static final RowMapper<RecordedEvent> ROW = (rs, n) -> new RecordedEvent(
            rs.getLong("global_index"), rs.getString("event_id"), rs.getString("record_id"), rs.getLong("record_sequence"),
            rs.getString("record_type"), rs.getString("event_type"), rs.getString("collaboration_id"),
            rs.getObject("effective_on", java.time.LocalDate.class), rs.getString("effective_text"),
            rs.getTimestamp("recorded_at").toInstant(), rs.getString("recorded_by"), rs.getString("original_author"),
            rs.getString("command_id"),
            new Source(rs.getString("source_reference"), rs.getString("source_section"), rs.getString("source_title"),
                    rs.getString("source_url")),
            readJson(rs.getString("payload")));

    private final JdbcTemplate jdbc;

    LedgerLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Adds the event unless it is already there (a replayed or guard-delivered event is a no-op).
     * Only the same event is a no-op: another event at the same position is an error, never skipped.
     */
    boolean append(RecordedEvent event, String appliedBy) {
        return jdbc.update("INSERT INTO ledger_event (" + COLUMNS + ", applied_by) VALUES "
                        + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?) ON CONFLICT (event_id) DO NOTHING",
                event.globalIndex(), event.eventId(), event.recordId(), event.recordSequence(), event.recordType(),
                event.eventType(), event.collaborationId(), event.effectiveOn(), event.effectiveText(),
                Timestamp.from(event.recordedAt()), event.recordedBy(), event.originalAuthor(), event.commandId(),
                event.source().reference(), event.source().section(), event.source().title(), event.source().url(),
                writeJson(event.payload()), appliedBy) == 1;
    }

    /** Every event of a programme (its own and its linked records'), in the order they were recorded. */
    public List<RecordedEvent> ofProgramme(String collaborationId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM ledger_event WHERE collaboration_id = ? ORDER BY global_index",
                ROW, collaborationId);
    }

    /** Whether the programme's ledger log holds exactly this many events, the highest at this position (a kept fold is still true). */
    public boolean holdsExactly(String collaborationId, long events, long highestIndex) {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT count(*) = ? AND coalesce(max(global_index), -1) = ? "
                + "FROM ledger_event WHERE collaboration_id = ?", Boolean.class, events, highestIndex, collaborationId));
    }

    /**
     * Lets this transaction commit without waiting for its WAL to reach the disk. For the read side's
     * batches only: they are derived and their token is in the same transaction, so a crash can at
     * worst lose the last few such commits whole, and the processor then does that work again.
     */
    void commitWithoutWaitingForDisk() {
        jdbc.execute("SET LOCAL synchronous_commit = off");
    }

    /** The programme's events recorded at or before {@code knownAt}, in the order they were recorded. */
    public List<RecordedEvent> ofProgrammeKnownAt(String collaborationId, java.time.Instant knownAt) {
        return jdbc.query("SELECT " + COLUMNS + " FROM ledger_event WHERE collaboration_id = ? AND recorded_at <= ? "
                + "ORDER BY global_index", ROW, collaborationId, Timestamp.from(knownAt));
    }

    public List<String> programmeIds() {
        return jdbc.queryForList("SELECT collaboration_id FROM ledger_event WHERE event_type = 'CollaborationRegistered' "
                + "ORDER BY global_index", String.class);
    }

    public Optional<RecordedEvent> byEventId(String eventId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM ledger_event WHERE event_id = ?", ROW, eventId).stream().findFirst();
    }

    public boolean contains(String eventId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM ledger_event WHERE event_id = ?)",
                Boolean.class, eventId));
    }

    public long highestIndex() {
        Long highest = jdbc.queryForObject("SELECT max(global_index) FROM ledger_event", Long.class);
        return highest == null ? -1 : highest;
    }

    /** Which of these events are already in the ledger log. */
    java.util.Set<String> presentAmong(List<String> eventIds) {
        return new java.util.HashSet<>(jdbc.queryForList("SELECT event_id FROM ledger_event WHERE event_id = ANY (?)",
                String.class, (Object) eventIds.toArray(String[]::new)));
    }

    long guardWatermark(String name) {
        List<Long> found = jdbc.queryForList("SELECT verified_through FROM projection_guard WHERE name = ?", Long.class, name);
        return found.isEmpty() ? -1 : found.get(0);
    }

    void recordGuardProgress(String name, long verifiedThrough, int recovered) {
        jdbc.update("INSERT INTO projection_guard (name, verified_through, checked_at, recovered_total) VALUES (?, ?, now(), ?) "
                + "ON CONFLICT (name) DO UPDATE SET verified_through = EXCLUDED.verified_through, checked_at = now(), "
                + "recovered_total = projection_guard.recovered_total + EXCLUDED.recovered_total", name, verifiedThrough, recovered);
    }

    /** Empties the log for a replay; the guard then proves the rebuilt log complete from the start. */
    void clear() {
        jdbc.update("DELETE FROM ledger_event");
        jdbc.update("DELETE FROM projection_guard");
    }

    private static JsonNode readJson(String json) {
        try {
            return LedgerJson.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("ledger_event holds a payload that is not JSON", e);
        }
    }

    private static String writeJson(JsonNode node) {
        try {
            return LedgerJson.mapper().writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
