package uk.police.collaboration.ledger.collaboration.api;

/** How a collaboration ended. */
public enum ClosureOutcome {
    COMPLETED, NOT_PROGRESSED, SUPERSEDED, ABANDONED
}
