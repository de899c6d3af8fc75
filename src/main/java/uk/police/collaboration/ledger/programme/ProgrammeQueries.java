package uk.police.collaboration.ledger.programme;

import org.springframework.stereotype.Service;
import uk.police.collaboration.ledger.access.Clearance;
import uk.police.collaboration.ledger.ledgerlog.LedgerLog;
import uk.police.collaboration.ledger.ledgerlog.RecordedEvent;
import uk.police.collaboration.ledger.programme.ProgrammeView.LastChangeView;
import uk.police.collaboration.ledger.programme.ProgrammeView.PartyView;
import uk.police.collaboration.ledger.readside.ReadRefused;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Programme state for a reader: the current view from programme_state, or any view as of a date
 * and as known at an instant, folded on demand. A programme the reader may not see answers exactly
 * as one that does not exist.
 */
@Service
public class ProgrammeQueries {

    /** One line of the programme list. */
    public record ProgrammeSummaryView(String collaborationId, String title, String status, String outcome,
                                       List<String> parties, LastChangeView lastChange) {
    }

    private final ProgrammeStates states;
    private final LedgerLog ledgerLog;
    private final ProgrammeFold fold;
    private final LiveFolds kept;

    ProgrammeQueries(ProgrammeStates states, LedgerLog ledgerLog, ProgrammeFold fold, LiveFolds kept) {
        this.states = states;
        this.ledgerLog = ledgerLog;
        this.fold = fold;
        this.kept = kept;
    }

    public List<ProgrammeSummaryView> list(Clearance clearance) {
        if (!clearance.seesProgrammes()) {
            return List.of();
        }
        return states.all().stream().map(v -> new ProgrammeSummaryView(v.collaborationId(), v.title(),
                v.status() == null ? null : v.status().state(), v.status() == null ? null : v.status().outcome(),
                v.currentParties().stream().map(PartyView::name).toList(), v.lastChange())).toList();
    }

    public ProgrammeView current(String collaborationId, Clearance clearance) {
        if (!clearance.seesProgrammes()) {
            throw notFound(collaborationId);
        }
        return states.find(collaborationId).orElseThrow(() -> notFound(collaborationId))
                .forReader(clearance, ProgrammeReadConfig.today());
    }

    /** Both null: the current view. */
    public ProgrammeView asOf(String collaborationId, LocalDate asOf, Instant knownAt, Clearance clearance) {
        if (asOf == null && knownAt == null) {
            return current(collaborationId, clearance);
        }
        if (!clearance.seesProgrammes()) {
            throw notFound(collaborationId);
        }
        LocalDate today = ProgrammeReadConfig.today();
        LiveFold live = kept.get(collaborationId);
        Optional<ProgrammeView> view = live != null ? live.asOf(asOf, knownAt, asOf != null ? asOf : today)
                : fold.asOf(history(collaborationId, knownAt), asOf, knownAt, today);
        return view.orElseThrow(() -> notFound(collaborationId))
                .forReader(clearance, asOf != null ? asOf : today);
    }

    /**
     * A programme the read side keeps in memory answers from its kept fold and saved states (no read of
     * the ledger log, no parsing; {@link LiveFold#asOf}); any other is folded from its ledger log, only the
     * events recorded by {@code knownAt} when it is given (the later ones the selection would drop anyway).
     */
    private List<RecordedEvent> history(String collaborationId, Instant knownAt) {
        return knownAt == null ? ledgerLog.ofProgramme(collaborationId) : ledgerLog.ofProgrammeKnownAt(collaborationId, knownAt);
    }

    private static ReadRefused notFound(String collaborationId) {
        return ReadRefused.notFound("collaboration programme '" + collaborationId + "'");
    }
}
