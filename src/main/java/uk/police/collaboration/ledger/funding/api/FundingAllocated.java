package uk.police.collaboration.ledger.funding.api;

import org.axonframework.serialization.Revision;
import uk.police.collaboration.ledger.shared.FinancialYear;
import uk.police.collaboration.ledger.shared.Money;

/** An allocation under a decision; totalAllocated is the sum of all allocations of the request including this one. */
@Revision("1")
public record FundingAllocated(
        String fundingRequestId,
        String collaborationId,
        String allocationId,
        Money amount,
        FinancialYear financialYear,
        String decisionReference,
        Money totalAllocated) implements FundingEvent {
}
