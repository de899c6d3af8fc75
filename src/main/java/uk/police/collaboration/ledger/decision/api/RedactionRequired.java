package uk.police.collaboration.ledger.decision.api;

import org.axonframework.serialization.Revision;

/**
 * A passage of the report must be withheld before publication. The passage is kept so that the
 * redaction can be checked, but it is never printed: {@link #toString()} withholds it.
 */
@Revision("1")
public record RedactionRequired(String reference, String collaborationId, String redactionId, String part,
                                String passage, String exemption) implements DecisionEvent {

    @Override
    public String toString() {
        return "RedactionRequired[reference=" + reference + ", collaborationId=" + collaborationId
                + ", redactionId=" + redactionId + ", part=" + part + ", passage=[withheld], exemption=" + exemption + "]";
    }
}
