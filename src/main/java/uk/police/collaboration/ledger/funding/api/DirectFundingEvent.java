package uk.police.collaboration.ledger.funding.api;

/** Money outside the cost-sharing model: one party's own contribution, or income received. */
public sealed interface DirectFundingEvent permits DirectContributionRecorded, IncomeRecorded {

    String recordId();

    String collaborationId();
}
