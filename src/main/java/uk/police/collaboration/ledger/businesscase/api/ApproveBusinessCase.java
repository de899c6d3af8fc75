package uk.police.collaboration.ledger.businesscase.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record that a body approved the business case at its current stage. */
public record ApproveBusinessCase(
        @TargetAggregateIdentifier @NotBlank @Size(max = 100) String businessCaseId,
        @NotBlank @Size(max = Shape.SHORT) String approvedBy,
        @Size(max = Shape.SHORT) String decisionReference) {
}
