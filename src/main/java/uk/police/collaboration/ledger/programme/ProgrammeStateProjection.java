package uk.police.collaboration.ledger.programme;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import uk.police.collaboration.ledger.ledgerlog.LedgerLog;
import uk.police.collaboration.ledger.ledgerlog.ProgrammeProjection;
import uk.police.collaboration.ledger.ledgerlog.RecordedEvent;
import uk.police.collaboration.ledger.readside.ProgrammeLocks;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps programme_state: each touched programme's kept fold ({@link LiveFold}) is advanced by the
 * batch's events and the fresh view is handed, with the one it replaces, to every
 * {@link ProgrammeViewListener} (the registers), which write only what changed. A kept fold is
 * trusted only while the ledger log holds exactly the events it has seen plus the batch's (another
 * node, the completeness guard or a rolled-back batch may have changed that); otherwise the
 * programme is folded from its ledger log. A fold or a write that fails is thrown to the projector,
 * which parks the programme.
 */
@Component
class ProgrammeStateProjection implements ProgrammeProjection {

    private final LedgerLog ledgerLog;
    private final ProgrammeStates states;
    private final JdbcTemplate jdbc;
    private final List<ProgrammeViewListener> listeners;
    private final BigDecimal significantExpenditure;
    private final LiveFolds folds;

    ProgrammeStateProjection(LedgerLog ledgerLog, ProgrammeStates states, JdbcTemplate jdbc, List<ProgrammeViewListener> listeners,
                             LiveFolds folds, DecisionSettings decisions) {
        this.jdbc = jdbc;
        this.listeners = listeners;
        this.ledgerLog = ledgerLog;
        this.states = states;
        this.significantExpenditure = decisions.significantExpenditure();
        this.folds = folds;
    }

    @Override
    public void refresh(Set<String> collaborationIds) {
        ProgrammeLocks.lock(jdbc, collaborationIds);
        for (String id : collaborationIds) {
            folds.forget(id);
            forgetUnlessCommitted(id);
            LiveFold fold = load(id);
            folds.keep(id, fold, 0);
            write(fold);
        }
    }

    @Override
    public void refresh(Map<String, List<RecordedEvent>> arrived) {
        ProgrammeLocks.lock(jdbc, arrived.keySet());
        for (Map.Entry<String, List<RecordedEvent>> batch : arrived.entrySet()) {
            String id = batch.getKey();
            forgetUnlessCommitted(id);
            try {
                advance(id, batch.getValue());
            } catch (RuntimeException e) {
                folds.forget(id);
                throw e;
            }
        }
    }

    private void advance(String id, List<RecordedEvent> arrived) {
        LiveFold fold = folds.get(id);
        int before = fold == null ? 0 : fold.size();
        long highest = arrived.stream().mapToLong(RecordedEvent::globalIndex).max().orElse(-1);
        if (fold != null && ledgerLog.holdsExactly(id, before + arrived.size(), Math.max(fold.highestIndex(), highest))) {
            fold.advance(arrived);
        } else {
            fold = load(id);
        }
        folds.keep(id, fold, before);
        write(fold);
    }

    private LiveFold load(String id) {
        return new LiveFold(significantExpenditure, ledgerLog.ofProgramme(id));
    }

    private void write(LiveFold fold) {
        Optional<ProgrammeView> view = fold.view(ProgrammeReadConfig.today());
        if (view.isEmpty()) {
            return;
        }
        ProgrammeView after = view.get();
        ProgrammeView before = fold.written();
        states.save(after, fold.highestIndex(), fold.highestEventId());
        for (ProgrammeViewListener listener : listeners) {
            if (before == null) {
                listener.refreshed(after);
            } else {
                listener.refreshed(before, after);
            }
        }
        fold.written(after);
    }

    /** What is kept in memory must match what was committed: a transaction that rolls back forgets the programme. */
    private void forgetUnlessCommitted(String id) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        folds.forget(id);
                    }
                }
            });
        }
    }

    @Override
    public void reset() {
        folds.clear();
        states.clear();
        listeners.forEach(ProgrammeViewListener::reset);
    }
}
