package uk.police.collaboration.ledger.ledgerlog;

import java.util.Set;

/**
 * A view kept in PostgreSQL that is derived from a programme's whole ledger log (current state,
 * registers). The projector calls {@link #refresh} once per batch for each programme the batch
 * touched, in the batch's transaction, after the batch's events are in the ledger log.
 */
public interface ProgrammeProjection {

    void refresh(Set<String> collaborationIds);

    /** Forget everything: a replay is about to rebuild this view from the first event. */
    void reset();
}
