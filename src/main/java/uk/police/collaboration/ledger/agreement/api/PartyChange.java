package uk.police.collaboration.ledger.agreement.api;

/** A change to the parties of an agreement already in force: a party accedes (a deed of accession), or is removed. */
public enum PartyChange {
    ACCESSION, REMOVAL
}
