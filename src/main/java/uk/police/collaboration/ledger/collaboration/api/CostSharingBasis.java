package uk.police.collaboration.ledger.collaboration.api;

/** How a cost-sharing model divides costs between the parties. */
public enum CostSharingBasis {
    FUNDING_FORMULA, PRO_RATA_TO_STAFF, EQUAL, OTHER
}
