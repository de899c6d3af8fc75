package uk.police.collaboration.ledger.integrity;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import javax.crypto.Mac;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Ledger digests: at a global position, the sorted list of (stream, last sequence, last link) of
 * every sealed stream, folded into one root HMAC and signed. Entries are kept in
 * ledger_digest_entry so that a failed check can name the stream; the root authenticates them.
 */
@Service
class LedgerDigests {

    /** Every stream's last seal at or before a position, in byte order of the stream id. */
    static final String HEADS_AT = "SELECT s.stream, s.sequence, s.link FROM event_seal s JOIN "
            + "(SELECT stream, max(sequence) AS last FROM event_seal WHERE global_index <= ? GROUP BY stream) h "
            + "ON h.stream = s.stream AND h.last = s.sequence ORDER BY s.stream COLLATE \"C\"";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final IntegrityKey key;

    LedgerDigests(JdbcTemplate jdbc, TransactionTemplate transactions, IntegrityKey key) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.key = key;
    }

    /** Records a digest of everything sealed so far. */
    DigestDocument take() {
        return transactions.execute(status -> {
            Long highest = jdbc.queryForObject("SELECT max(global_index) FROM event_seal", Long.class);
            long position = highest == null ? -1 : highest;
            Root root = rootAt(position);
            Long events = jdbc.queryForObject("SELECT count(*) FROM event_seal WHERE global_index <= ?", Long.class, position);
            long id = jdbc.queryForObject("SELECT nextval(pg_get_serial_sequence('ledger_digest', 'id'))", Long.class);
            Instant takenAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            DigestDocument document = new DigestDocument(DigestDocument.FORMAT, id, takenAt.toString(), position,
                    root.streams(), events == null ? 0 : events, root.hash(), null, null, null).signedWith(key);
            jdbc.update("INSERT INTO ledger_digest (id, taken_at, global_position, stream_count, event_count, root_hash, "
                            + "key_id, algorithm, signature) OVERRIDING SYSTEM VALUE VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    id, takenAt.atOffset(java.time.ZoneOffset.UTC), position, document.streamCount(), document.eventCount(),
                    document.rootHash(), document.keyId(), document.algorithm(), document.signature());
            jdbc.update("INSERT INTO ledger_digest_entry (digest_id, stream, last_sequence, last_link) "
                    + "SELECT ?, stream, sequence, link FROM (" + HEADS_AT + ") heads", id, position);
            return document;
        });
    }

    Optional<DigestDocument> latest() {
        return jdbc.query("SELECT * FROM ledger_digest ORDER BY id DESC LIMIT 1", (rs, n) -> new DigestDocument(
                DigestDocument.FORMAT, rs.getLong("id"), rs.getObject("taken_at", java.time.OffsetDateTime.class).toInstant().toString(),
                rs.getLong("global_position"), rs.getLong("stream_count"), rs.getLong("event_count"),
                rs.getString("root_hash").trim(), rs.getString("key_id"), rs.getString("algorithm"),
                rs.getString("signature").trim())).stream().findFirst();
    }

    /** The root over the streams' current seals at a position (streamed, not held in memory). */
    Root rootAt(long position) {
        RootBuilder builder = new RootBuilder(key);
        jdbc.query(HEADS_AT, (RowCallbackHandler) rs -> builder.add(rs.getString(1), rs.getLong(2), rs.getString(3).trim()), position);
        return builder.finish();
    }

    /** Sealed events at or below a global position, counted now. */
    long eventCountAt(long position) {
        Long events = jdbc.queryForObject("SELECT count(*) FROM event_seal WHERE global_index <= ?", Long.class, position);
        return events == null ? 0 : events;
    }

    /** Notes (once per digest or checkpoint) that it left the system through its export address. */
    void exported(String kind, String reference, String by) {
        jdbc.update("INSERT INTO integrity_export (kind, reference, exported_by) SELECT ?, ?, ? WHERE NOT EXISTS "
                + "(SELECT 1 FROM integrity_export WHERE kind = ? AND reference = ?)", kind, reference, by, kind, reference);
    }

    boolean everExported() {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM integrity_export)", Boolean.class));
    }

    /** The root over the entries stored with a digest, or empty when none were kept. */
    Optional<Root> storedRoot(long digestId) {
        RootBuilder builder = new RootBuilder(key);
        jdbc.query("SELECT stream, last_sequence, last_link FROM ledger_digest_entry WHERE digest_id = ? "
                        + "ORDER BY stream COLLATE \"C\"",
                (RowCallbackHandler) rs -> builder.add(rs.getString(1), rs.getLong(2), rs.getString(3).trim()), digestId);
        Root root = builder.finish();
        return root.streams() == 0 ? Optional.empty() : Optional.of(root);
    }

    record Root(String hash, long streams) {
    }

    private static final class RootBuilder {
        private final Mac mac;
        private long streams;

        RootBuilder(IntegrityKey key) {
            mac = key.mac();
            mac.update(new StoredEvent.Canonical("CPL-ROOT-1").toByteArray());
        }

        void add(String stream, long sequence, String link) {
            mac.update(new StoredEvent.Canonical().text(stream).number(sequence).bytes(IntegrityKey.Hashes.unhex(link)).toByteArray());
            streams++;
        }

        Root finish() {
            return new Root(IntegrityKey.Hashes.hex(mac.doFinal()), streams);
        }
    }
}
