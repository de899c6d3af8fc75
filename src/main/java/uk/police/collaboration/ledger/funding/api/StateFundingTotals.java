package uk.police.collaboration.ledger.funding.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.police.collaboration.ledger.shared.Money;

/**
 * Records the TOTAL row a paper prints under a request's budget lines, as printed (it may differ
 * from the sum of the lines by rounding: PFCC/100/2018 prints £20,950k where its lines add to
 * £20,949k). The ledger keeps both and flags the difference; it never replaces one by the other.
 */
public record StateFundingTotals(
        @TargetAggregateIdentifier @NotBlank @Pattern(regexp = Shape.ID) String fundingRequestId,
        Money currentTotal,
        Money revisedTotal,
        Money varianceTotal,
        @Size(max = Shape.TEXT) String note) {
}
