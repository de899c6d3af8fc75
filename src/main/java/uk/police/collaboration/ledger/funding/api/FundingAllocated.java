package uk.police.collaboration.ledger.funding.api;

import org.axonframework.serialization.Revision;
import uk.police.collaboration.ledger.shared.FinancialYear;
import uk.police.collaboration.ledger.shared.Money;

/**
 * An allocation under a decision. Revision 2: revision 1 also carried {@code totalAllocated}, the
 * running total of the request's allocations. A derived total is not a fact of this allocation and
 * goes stale as soon as an earlier allocation is corrected; readers sum the amounts instead. The
 * upcaster {@code upcasting.FundingAllocatedRevision2} drops it from stored revision-1 events.
 */
@Revision("2")
public record FundingAllocated(
        String fundingRequestId,
        String collaborationId,
        String allocationId,
        Money amount,
        FinancialYear financialYear,
        String decisionReference) implements FundingEvent {
}
