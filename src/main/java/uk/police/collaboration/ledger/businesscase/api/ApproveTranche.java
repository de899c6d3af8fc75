package uk.police.collaboration.ledger.businesscase.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records that a body approved one tranche of the business case at its current stage while later
 * tranches are still being written (the 7F procurement FBC went in prioritised tranches). The stage
 * itself stays undecided until ApproveBusinessCase or RejectBusinessCase.
 */
public record ApproveTranche(
        @TargetAggregateIdentifier @NotBlank @Size(max = 100) String businessCaseId,
        @NotBlank @Size(max = Shape.SHORT) String tranche,
        @NotBlank @Size(max = Shape.SHORT) String approvedBy,
        @Size(max = Shape.SHORT) String decisionReference) {
}
