package uk.police.collaboration.ledger.integrity;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The verifier's answer: OK with what was verified, or the first broken link.
 *
 * @param eventsAwaitingSeal events at the end of the log that the sealer has not reached yet (not a break)
 * @param digest             the digest checked, or null when none exists
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VerificationReport(String status, long eventsVerified, long streamsVerified, long eventsAwaitingSeal,
                          String keyId, DigestChecked digest, Break firstBreak, String verifiedAt) {

    static final String OK = "OK";
    static final String BROKEN = "BROKEN";

    public boolean ok() {
        return OK.equals(status);
    }

    public record DigestChecked(long id, long globalPosition, long streamCount, long eventCount, String takenAt, boolean verified) {
        static DigestChecked of(DigestDocument document, boolean verified) {
            return new DigestChecked(document.id(), document.globalPosition(), document.streamCount(),
                    document.eventCount(), document.takenAt(), verified);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Break(BreakKind kind, String stream, Long sequence, String eventId, Long globalIndex, String detail) {
    }
}
