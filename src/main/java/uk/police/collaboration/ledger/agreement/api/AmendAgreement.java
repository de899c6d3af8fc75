package uk.police.collaboration.ledger.agreement.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record an amendment to an agreement: what changed, why, and under which decision. */
public record AmendAgreement(
        @TargetAggregateIdentifier @NotBlank @Size(max = 100) String agreementId,
        @NotBlank @Size(max = Shape.TEXT) String what,
        @NotBlank @Size(max = Shape.TEXT) String why,
        @Size(max = Shape.SHORT) String decisionReference) {
}
