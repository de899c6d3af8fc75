package uk.police.collaboration.ledger.businesscase.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record that a body rejected the business case at its current stage, and why. */
public record RejectBusinessCase(
        @TargetAggregateIdentifier @NotBlank @Size(max = 100) String businessCaseId,
        @NotBlank @Size(max = Shape.SHORT) String rejectedBy,
        @NotBlank @Size(max = Shape.TEXT) String reason) {
}
