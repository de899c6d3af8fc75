package uk.police.collaboration.ledger.programme;

/**
 * A view kept from a programme's freshly folded current state (the registers). Told once per
 * refresh, in the projector's transaction, so a programme is folded once however many views use it.
 */
public interface ProgrammeViewListener {

    void refreshed(ProgrammeView view);

    /** Forget everything: a replay is about to rebuild this view. */
    void reset();
}
