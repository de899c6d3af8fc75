package uk.police.collaboration.ledger.funding.api;

/** Every fact recorded about a funding request; each names its collaboration so the read side can place it. */
public sealed interface FundingEvent permits FundingRequested, FundingAllocated, FundingTotalsStated {

    String fundingRequestId();

    String collaborationId();
}
