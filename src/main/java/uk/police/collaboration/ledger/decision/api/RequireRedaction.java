package uk.police.collaboration.ledger.decision.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A passage of the report must be withheld before publication. The passage is sensitive: it is
 * stored but never printed, so {@link #toString()} withholds it.
 */
public record RequireRedaction(
        @TargetAggregateIdentifier @NotBlank @Size(max = 200) String reference,
        @NotBlank @Size(max = 200) String redactionId,
        @NotBlank @Size(max = 200) String part,
        @NotBlank @Size(max = 20000) String passage,
        @NotBlank @Size(max = 200) String exemption) {

    @Override
    public String toString() {
        return "RequireRedaction[reference=" + reference + ", redactionId=" + redactionId + ", part=" + part
                + ", passage=[withheld], exemption=" + exemption + "]";
    }
}
