package uk.police.collaboration.ledger.decision.api;

import org.axonframework.serialization.Revision;

/**
 * Exempt (Part Two) material was attached to the decision. The content is stored but never
 * released and never printed: {@link #toString()} withholds it.
 */
@Revision("1")
public record PartTwoAttached(String reference, String collaborationId, String partTwoId, String content,
                              PartTwoGround ground) implements DecisionEvent {

    @Override
    public String toString() {
        return "PartTwoAttached[reference=" + reference + ", collaborationId=" + collaborationId + ", partTwoId="
                + partTwoId + ", content=[withheld], ground=" + ground + "]";
    }
}
