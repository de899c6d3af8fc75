package uk.police.collaboration.ledger.agreement.api;

/** Shape limits shared by the agreement commands (the catalogue's id form and text sizes). */
final class Shape {
    /** Caller-chosen ids are slug-like and name one event stream each. */
    static final String ID = "[A-Za-z0-9][A-Za-z0-9._/-]{0,99}";
    static final int SHORT = 200;
    static final int TEXT = 10_000;

    private Shape() {
    }
}
