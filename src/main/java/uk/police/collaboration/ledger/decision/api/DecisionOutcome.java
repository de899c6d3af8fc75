package uk.police.collaboration.ledger.decision.api;

/** Whether the decision maker agreed the recommendations of the report. */
public enum DecisionOutcome {
    AGREED,
    NOT_AGREED
}
