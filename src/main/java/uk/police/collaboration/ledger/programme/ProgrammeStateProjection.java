package uk.police.collaboration.ledger.programme;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.police.collaboration.ledger.readside.ProgrammeLocks;
import uk.police.collaboration.ledger.ledgerlog.LedgerLog;
import uk.police.collaboration.ledger.ledgerlog.ProgrammeProjection;
import uk.police.collaboration.ledger.ledgerlog.RecordedEvent;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Keeps programme_state: each touched programme folded again from its whole ledger log. */
@Component
class ProgrammeStateProjection implements ProgrammeProjection {

    private static final Logger log = LoggerFactory.getLogger(ProgrammeStateProjection.class);

    private final LedgerLog ledgerLog;
    private final ProgrammeStates states;
    private final ProgrammeFold fold;
    private final JdbcTemplate jdbc;

    ProgrammeStateProjection(LedgerLog ledgerLog, ProgrammeStates states, ProgrammeFold fold, JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.ledgerLog = ledgerLog;
        this.states = states;
        this.fold = fold;
    }

    @Override
    public void refresh(Set<String> collaborationIds) {
        ProgrammeLocks.lock(jdbc, collaborationIds);
        for (String id : collaborationIds) {
            List<RecordedEvent> events = ledgerLog.ofProgramme(id);
            RecordedEvent latest = events.stream().max(Comparator.comparingLong(RecordedEvent::globalIndex)).orElse(null);
            Optional<ProgrammeView> view;
            try {
                view = fold.current(events, ProgrammeReadConfig.today());
            } catch (RuntimeException e) {
                // A view that cannot be folded must not stop the ledger log: keep the last good view, say so loudly.
                log.error("Programme {} could not be folded at event {}; its current view is left as it was", id,
                        latest == null ? null : latest.eventId(), e);
                continue;
            }
            view.ifPresent(v -> states.save(v, latest.globalIndex(), latest.eventId()));
        }
    }

    @Override
    public void reset() {
        states.clear();
    }
}
