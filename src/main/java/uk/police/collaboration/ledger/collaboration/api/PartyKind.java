package uk.police.collaboration.ledger.collaboration.api;

/** What sort of body a party to a collaboration is. */
public enum PartyKind {
    FORCE, PCC, CHIEF_CONSTABLE, FIRE_AND_RESCUE, NATIONAL_BODY, OTHER
}
