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
    BAD_DIGEST_SIGNATURE,
    /** The ledger up to a digest's position no longer has the digest's number of events or streams (a row inserted or removed below it). */
    DIGEST_COUNT_MISMATCH,
    /** An event, its seal and its log leaf were not written by one transaction: sealed after the fact, or added behind the ledger's back. */
    OUT_OF_TRANSACTION,
    /** A stored event has no leaf in the transparency log. */
    NOT_IN_LOG,
    /** The log's leaves are not numbered 0, 1, 2 … without a hole, or a leaf's event is gone. */
    LOG_GAP,
    /** A leaf no longer matches its stored event: a field's commitment differs (the field is named). */
    LEAF_MISMATCH,
    /** The stored subtree hashes do not give the root recomputed from the leaves. */
    LOG_NODES_ALTERED,
    /** A signed checkpoint's root differs from the log's root at the checkpoint's size: history rewritten, or a split view. */
    CHECKPOINT_MISMATCH,
    /** The log is shorter than a checkpoint it signed, or an older checkpoint is presented as newer: rolled back. */
    LOG_ROLLED_BACK,
    /** Two checkpoints of the same size with different roots: the log showed two different histories. */
    SPLIT_VIEW,
    /** A checkpoint's signature does not verify with any of the log's keys. */
    BAD_CHECKPOINT_SIGNATURE,
    /** A checkpoint is signed by a key the verifier does not hold. */
    UNKNOWN_KEY,
    /** An inclusion proof does not lead from the leaf to the checkpoint's root. */
    INCLUSION_PROOF_INVALID,
    /** A consistency proof does not show the older tree as a prefix of the newer one. */
    CONSISTENCY_PROOF_INVALID,
    /** A released field value or a withheld commitment does not give the leaf that is in the log. */
    COMMITMENT_MISMATCH,
    /** An event cites a command whose command-log entry does not list it, or the log lists an event that does not exist. */
    COMMAND_LOG_MISMATCH
}
