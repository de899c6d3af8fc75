package uk.police.collaboration.ledger.decision.api;

/**
 * Why material goes in a Part Two (exempt) form rather than Part One: the grounds of the Elected
 * Local Policing Bodies (Specified Information) Order 2011, plus commercial sensitivity.
 */
public enum PartTwoGround {
    NATIONAL_SECURITY,
    SAFETY_OF_A_PERSON,
    PREVENTION_OR_DETECTION_OF_CRIME,
    PROHIBITED_BY_ENACTMENT,
    COMMERCIAL_SENSITIVITY
}
