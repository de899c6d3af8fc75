package uk.police.collaboration.ledger.integrity;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * Proof material for one released decision (see {@link ReleaseProofs}).
 *
 * @param checkpoint the signed note (C2SP) every event's path leads to
 * @param demoKey    true when that note is signed with the public demo key
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DecisionProof(String format, long treeSize, String checkpoint, boolean demoKey, String warning,
                            List<EventProof> events) {

    static final String FORMAT = "collaboration-programme-ledger/release-proof/v1";

    /** One event of the decision's record: its opened leaf and its RFC 9162 inclusion path (hex). */
    public record EventProof(LeafOpenings.Opening leaf, List<String> inclusionPath) {
    }
}
