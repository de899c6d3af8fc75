package uk.police.collaboration.ledger.upcasting;

/**
 * The order of the upcaster chain, in one place: an event read from the store passes every
 * upcaster in this order, each taking one revision of one event type to the next. A new step for a
 * type goes after that type's earlier steps (docs/schema-evolution.md).
 */
final class UpcasterOrder {

    static final int FUNDING_ALLOCATED_1_TO_2 = 100;

    private UpcasterOrder() {
    }
}
