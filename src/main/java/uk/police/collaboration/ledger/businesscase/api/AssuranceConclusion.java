package uk.police.collaboration.ledger.businesscase.api;

/** What an external assurer concluded about the evidence in a business case. */
public enum AssuranceConclusion {
    CONFIRMED,
    QUALIFIED,
    NOT_CONFIRMED
}
