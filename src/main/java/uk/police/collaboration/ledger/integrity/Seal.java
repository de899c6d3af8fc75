package uk.police.collaboration.ledger.integrity;

import org.springframework.jdbc.core.RowMapper;

/** One row of event_seal. */
record Seal(long globalIndex, String eventId, String stream, long sequence, String link, String previousLink,
            String keyId, String payloadType, String payloadRevision, String payloadSha256, String metadataSha256,
            String storedTimestamp) {

    static final String COLUMNS = "global_index, event_id, stream, sequence, link, previous_link, key_id, payload_type, "
            + "payload_revision, payload_sha256, metadata_sha256, stored_timestamp";

    static final RowMapper<Seal> ROW = (rs, n) -> new Seal(rs.getLong("global_index"), rs.getString("event_id"),
            rs.getString("stream"), rs.getLong("sequence"), rs.getString("link").trim(), rs.getString("previous_link").trim(),
            rs.getString("key_id"), rs.getString("payload_type"), rs.getString("payload_revision"),
            rs.getString("payload_sha256").trim(), rs.getString("metadata_sha256").trim(), rs.getString("stored_timestamp"));

    static Seal of(StoredEvent event, String previousLink, IntegrityKey key) {
        return new Seal(event.globalIndex(), event.eventId(), event.stream(), event.sequence(),
                event.link(key, previousLink), previousLink, key.id(), event.payloadType(), event.payloadRevision(),
                event.payloadSha256(), event.metadataSha256(), event.timestamp());
    }
}
