package uk.police.collaboration.ledger.funding.api;

/** Every fact about a set of savings. */
public sealed interface SavingsEvent permits SavingsRecorded {

    String savingsId();

    String collaborationId();
}
