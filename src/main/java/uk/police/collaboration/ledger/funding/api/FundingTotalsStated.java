package uk.police.collaboration.ledger.funding.api;

import org.axonframework.serialization.Revision;
import uk.police.collaboration.ledger.shared.Money;

/**
 * A paper's own totals for a request were recorded beside the sums the ledger computes from the
 * budget lines at the time (computed*), so the difference is part of the fact.
 */
@Revision("1")
public record FundingTotalsStated(String fundingRequestId, String collaborationId, Money currentTotal,
                                  Money revisedTotal, Money varianceTotal, Money computedCurrent,
                                  Money computedRevised, Money computedVariance, String note) implements FundingEvent {
}
