package uk.police.collaboration.ledger.decision.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Publishes the decision (Part One, redactions applied), optionally at a web address. */
public record PublishDecision(
        @TargetAggregateIdentifier @NotBlank @Size(max = 200) String reference,
        @Size(max = 2000) String url) {
}
