package uk.police.collaboration.ledger.ledgerlog;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A view kept in PostgreSQL that is derived from a programme's ledger log (current state,
 * registers). The projector calls {@link #refresh(Map)} once per batch with the events each touched
 * programme received, in the batch's transaction, after they are in the ledger log; each programme
 * inside its own savepoint, so that a programme whose view cannot be written is parked alone
 * ({@link ParkedProgrammes}) and the others flow.
 */
public interface ProgrammeProjection {

    /** Derive the programmes' views from their whole ledger log, trusting nothing kept in memory (a retry). */
    void refresh(Set<String> collaborationIds);

    /** The events each programme received in this batch (already in the ledger log), in the order recorded. */
    default void refresh(Map<String, List<RecordedEvent>> arrived) {
        refresh(arrived.keySet());
    }

    /** Forget everything: a replay is about to rebuild this view from the first event. */
    void reset();
}
