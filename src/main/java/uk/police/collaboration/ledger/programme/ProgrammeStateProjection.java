package uk.police.collaboration.ledger.programme;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.police.collaboration.ledger.readside.ProgrammeLocks;
import uk.police.collaboration.ledger.ledgerlog.LedgerLog;
import uk.police.collaboration.ledger.ledgerlog.ProgrammeProjection;
import uk.police.collaboration.ledger.ledgerlog.RecordedEvent;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** Keeps programme_state: each touched programme folded again from its whole ledger log. */
@Component
class ProgrammeStateProjection implements ProgrammeProjection {

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
            fold.current(events, ProgrammeReadConfig.today())
                    .ifPresent(view -> states.save(view, latest.globalIndex(), latest.eventId()));
        }
    }

    @Override
    public void reset() {
        states.clear();
    }
}
