package uk.police.collaboration.ledger.funding.api;

/** Every fact about a price known first as a range. */
public sealed interface PriceRangeEvent permits PriceRangeStated, PriceConfirmed {

    String priceRangeId();

    String collaborationId();
}
