package uk.police.collaboration.ledger.programme;

/**
 * A view kept from a programme's freshly folded current state (the registers). Told once per
 * refresh, in the projector's transaction, so a programme is folded once however many views use it.
 */
public interface ProgrammeViewListener {

    /** The programme's view is new here, or what this listener holds for it is unknown: write it whole. */
    void refreshed(ProgrammeView view);

    /** The view changed from {@code before} (what this listener last wrote for it) to {@code after}: write the difference. */
    default void refreshed(ProgrammeView before, ProgrammeView after) {
        refreshed(after);
    }

    /** Forget everything: a replay is about to rebuild this view. */
    void reset();
}
