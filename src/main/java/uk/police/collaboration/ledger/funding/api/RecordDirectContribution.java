package uk.police.collaboration.ledger.funding.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.police.collaboration.ledger.shared.FinancialYear;
import uk.police.collaboration.ledger.shared.Money;

/**
 * Funding paid by one party alone, outside the cost-sharing model (e.g. a PCC's own reserve): it is
 * never split between the parties by the model in use.
 */
public record RecordDirectContribution(
        @TargetAggregateIdentifier @NotBlank @Pattern(regexp = Shape.ID) String contributionId,
        @NotBlank @Pattern(regexp = Shape.ID) String collaborationId,
        @NotBlank @Pattern(regexp = Shape.ID) String partyId,
        @NotNull Money amount,
        @NotNull FinancialYear financialYear,
        @NotBlank @Size(max = Shape.TEXT) String purpose,
        @Size(max = Shape.SHORT) String fundingSource,
        @Size(max = Shape.SHORT) String decisionReference) {
}
