package uk.police.collaboration.ledger.integrity;

/** What the verifier found wrong at the first broken link. */
public enum BreakKind {
    /** The stored payload bytes differ from those sealed. */
    PAYLOAD,
    /** The stored metadata (envelope: who, when effective, source, command id) differs from that sealed. */
    METADATA,
    /** The stored recording timestamp differs from that sealed. */
    TIMESTAMP,
    /** The stored payload type or revision differs from that sealed. */
    PAYLOAD_TYPE,
    /** A sealed event is no longer in the event table, or a stream skips a sequence number. */
    MISSING_EVENT,
    /** An event that was never sealed although later events were (inserted behind the sealer's back). */
    UNSEALED_EVENT,
    /** A stream's events are not in sequence order, or an event sits at another place than it was sealed. */
    ORDER,
    /** The seal does not match an event whose sealed fields are all unchanged: the seal was altered or forged. */
    SEAL_MISMATCH,
    /** The seal or digest was made with another key than the verifier's. */
    WRONG_KEY,
    /** A stream now ends before the position a digest recorded for it (its tail was cut). */
    STREAM_SHORTER_THAN_DIGEST,
    /** A stream's link at a digest's recorded sequence differs from the digest's (history rewritten). */
    DIGEST_LINK_MISMATCH,
    /** The ledger no longer reproduces a digest's root hash (its stored entries are gone or altered too). */
    DIGEST_ROOT_MISMATCH,
    /** The digest's signature is not valid: the digest document was altered or forged. */
    BAD_DIGEST_SIGNATURE
}
