package uk.police.collaboration.ledger.integrity;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The verifier's answer: OK with what was verified, or the first broken link.
 *
 * @param treeSize     leaves of the transparency log checked (null when the chain broke first)
 * @param logRoot      the log's root recomputed from its leaves, hex
 * @param erasedFields field commitments whose salt was erased (personal data): still proven, not recomputed
 * @param digest       the digest checked and where it came from, or null when none exists
 * @param warnings     what holds only with a caveat: demo key, no exported or a stale digest
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VerificationReport(String status, long eventsVerified, long streamsVerified, String keyId, Long treeSize,
                                 String logRoot, long erasedFields, DigestChecked digest, Break firstBreak,
                                 java.util.List<String> warnings, String verifiedAt) {

    static final String OK = "OK";
    static final String BROKEN = "BROKEN";

    public boolean ok() {
        return OK.equals(status);
    }

    /** @param source SUPPLIED (kept outside and handed in) or STORED_LATEST (the database's own newest digest) */
    public record DigestChecked(long id, long globalPosition, long streamCount, long eventCount, String takenAt, boolean verified,
                                String source) {
        static DigestChecked of(DigestDocument document, boolean verified, String source) {
            return new DigestChecked(document.id(), document.globalPosition(), document.streamCount(),
                    document.eventCount(), document.takenAt(), verified, source);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Break(BreakKind kind, String stream, Long sequence, String eventId, Long globalIndex, String detail) {
    }
}
