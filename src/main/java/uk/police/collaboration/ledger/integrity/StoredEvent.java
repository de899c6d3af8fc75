package uk.police.collaboration.ledger.integrity;

import org.springframework.jdbc.core.RowMapper;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/** One row of domainevententry exactly as stored: what a seal covers. */
record StoredEvent(long globalIndex, String stream, long sequence, String eventId, String payloadType,
                   String payloadRevision, byte[] payload, byte[] metadata, String timestamp) {

    static final String COLUMNS = "globalindex, aggregateidentifier, sequencenumber, eventidentifier, payloadtype, "
            + "payloadrevision, payload, metadata, timestamp";

    static final RowMapper<StoredEvent> ROW = (rs, n) -> new StoredEvent(rs.getLong("globalindex"),
            rs.getString("aggregateidentifier"), rs.getLong("sequencenumber"), rs.getString("eventidentifier"),
            rs.getString("payloadtype"), rs.getString("payloadrevision"), rs.getBytes("payload"),
            rs.getBytes("metadata"), rs.getString("timestamp"));

    /** The previous link of sequence 0: 32 zero bytes. */
    static final byte[] GENESIS = new byte[32];
    static final String GENESIS_HEX = IntegrityKey.Hashes.hex(GENESIS);

    /**
     * The canonical form: a version tag, then every field length-prefixed (4 bytes, -1 for null) so
     * that no two different rows can produce the same bytes.
     */
    byte[] canonicalForm(byte[] previousLink) {
        Canonical out = new Canonical("CPL-SEAL-1");
        out.text(stream).number(sequence).text(eventId).text(payloadType).text(payloadRevision)
                .bytes(payload).bytes(metadata).text(timestamp).bytes(previousLink);
        return out.toByteArray();
    }

    String link(IntegrityKey key, String previousLinkHex) {
        return IntegrityKey.Hashes.hex(key.hmac(canonicalForm(IntegrityKey.Hashes.unhex(previousLinkHex))));
    }

    String payloadSha256() {
        return IntegrityKey.Hashes.sha256Hex(payload);
    }

    String metadataSha256() {
        return IntegrityKey.Hashes.sha256Hex(metadata);
    }

    /** Length-prefixed encoder for canonical forms. */
    static final class Canonical {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Canonical() {
        }

        Canonical(String tag) {
            text(tag);
        }

        Canonical text(String value) {
            return bytes(value == null ? null : value.getBytes(StandardCharsets.UTF_8));
        }

        Canonical number(long value) {
            return bytes(ByteBuffer.allocate(8).putLong(value).array());
        }

        Canonical bytes(byte[] value) {
            out.writeBytes(ByteBuffer.allocate(4).putInt(value == null ? -1 : value.length).array());
            if (value != null) {
                out.writeBytes(value);
            }
            return this;
        }

        byte[] toByteArray() {
            return out.toByteArray();
        }
    }
}
