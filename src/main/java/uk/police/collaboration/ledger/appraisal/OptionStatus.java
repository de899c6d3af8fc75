package uk.police.collaboration.ledger.appraisal;

/** Where an option stands in its appraisal. Only a PROPOSED option is open to a decision. */
enum OptionStatus {
    PROPOSED, WITHDRAWN, REJECTED, APPROVED, NOT_SELECTED
}
