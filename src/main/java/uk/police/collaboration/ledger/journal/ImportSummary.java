package uk.police.collaboration.ledger.journal;

/** The totals of a journal import, given after its last line's result. */
public record ImportSummary(int accepted, int refused, boolean stoppedEarly) {
}
