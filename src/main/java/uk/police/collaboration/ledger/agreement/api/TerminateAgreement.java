package uk.police.collaboration.ledger.agreement.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** End an agreement in force, with the reason and the decision that ended it. */
public record TerminateAgreement(
        @TargetAggregateIdentifier @NotBlank @Size(max = 100) String agreementId,
        @NotBlank @Size(max = Shape.TEXT) String reason,
        @Size(max = Shape.SHORT) String decisionReference) {
}
