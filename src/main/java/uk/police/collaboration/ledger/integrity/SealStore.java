package uk.police.collaboration.ledger.integrity;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;

/** Reads stored events and reads and appends seals. Insert-only: a seal is never changed. */
@Repository
class SealStore {

    private final JdbcTemplate jdbc;

    SealStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<StoredEvent> event(String eventId) {
        return jdbc.query("SELECT " + StoredEvent.COLUMNS + " FROM domainevententry WHERE eventidentifier = ?",
                StoredEvent.ROW, eventId).stream().findFirst();
    }

    /** Events of a stream before a sequence that have no seal yet, in stream order. */
    List<StoredEvent> unsealedBefore(String stream, long sequence) {
        return jdbc.query("SELECT " + StoredEvent.COLUMNS + " FROM domainevententry d WHERE aggregateidentifier = ? "
                        + "AND sequencenumber < ? AND NOT EXISTS (SELECT 1 FROM event_seal s WHERE s.global_index = d.globalindex) "
                        + "ORDER BY sequencenumber", StoredEvent.ROW, stream, sequence);
    }

    Optional<Seal> seal(String stream, long sequence) {
        return jdbc.query("SELECT " + Seal.COLUMNS + " FROM event_seal WHERE stream = ? AND sequence = ?",
                Seal.ROW, stream, sequence).stream().findFirst();
    }

    Optional<Seal> sealOf(long globalIndex) {
        return jdbc.query("SELECT " + Seal.COLUMNS + " FROM event_seal WHERE global_index = ?", Seal.ROW, globalIndex)
                .stream().findFirst();
    }

    Optional<Seal> sealOf(String eventId) {
        return jdbc.query("SELECT " + Seal.COLUMNS + " FROM event_seal WHERE event_id = ?", Seal.ROW, eventId)
                .stream().findFirst();
    }

    /** @return false when a seal for this event already existed (nothing written) */
    boolean append(Seal seal) {
        return jdbc.update("INSERT INTO event_seal (" + Seal.COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                        + "ON CONFLICT DO NOTHING", seal.globalIndex(), seal.eventId(), seal.stream(), seal.sequence(),
                seal.link(), seal.previousLink(), seal.keyId(), seal.payloadType(), seal.payloadRevision(),
                seal.payloadSha256(), seal.metadataSha256(), seal.storedTimestamp()) == 1;
    }

    long highestSealedIndex() {
        Long highest = jdbc.queryForObject("SELECT max(global_index) FROM event_seal", Long.class);
        return highest == null ? -1 : highest;
    }

    long highestEventIndex() {
        Long highest = jdbc.queryForObject("SELECT max(globalindex) FROM domainevententry", Long.class);
        return highest == null ? -1 : highest;
    }

    List<StoredEvent> eventsAfter(long globalIndex, int limit) {
        return jdbc.query("SELECT " + StoredEvent.COLUMNS + " FROM domainevententry WHERE globalindex > ? "
                + "ORDER BY globalindex LIMIT ?", StoredEvent.ROW, globalIndex, limit);
    }

    List<Seal> sealsBetween(long afterIndex, long throughIndex) {
        return jdbc.query("SELECT " + Seal.COLUMNS + " FROM event_seal WHERE global_index > ? AND global_index <= ? "
                + "ORDER BY global_index", Seal.ROW, afterIndex, throughIndex);
    }
}
