package uk.police.collaboration.ledger.journal;

/** What a journal import does when a line is refused. */
public enum OnRefusal {
    /** Stop at the first refused line; the lines before it stay recorded. */
    STOP,
    /** Record every line that can be recorded and report each refusal. */
    CONTINUE
}
