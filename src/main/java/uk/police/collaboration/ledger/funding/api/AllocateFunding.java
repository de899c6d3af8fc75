package uk.police.collaboration.ledger.funding.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.police.collaboration.ledger.shared.Money;

/** Commit (part of) the requested amount under a decision; allocations never add up to more than was requested. */
public record AllocateFunding(
        @TargetAggregateIdentifier @NotBlank @Size(max = 100) String fundingRequestId,
        @NotBlank @Pattern(regexp = Shape.ID) String allocationId,
        @NotNull Money amount,
        @NotBlank @Size(max = Shape.SHORT) String decisionReference) {
}
