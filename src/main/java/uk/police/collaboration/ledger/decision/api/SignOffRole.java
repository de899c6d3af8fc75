package uk.police.collaboration.ledger.decision.api;

/** The capacity in which someone signs a decision report off. */
public enum SignOffRole {
    ORIGINATOR,
    CHIEF_EXECUTIVE,
    DEPUTY_CHIEF_EXECUTIVE,
    CHIEF_FINANCE_OFFICER,
    TREASURER,
    PCC,
    DEPUTY_PCC,
    CHIEF_CONSTABLE,
    OTHER
}
