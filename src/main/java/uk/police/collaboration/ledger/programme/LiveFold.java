package uk.police.collaboration.ledger.programme;

import uk.police.collaboration.ledger.ledgerlog.RecordedEvent;
import uk.police.collaboration.ledger.programme.ProgrammeView.CorrectionView;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One programme's current fold, kept between batches and advanced by new events, so that a batch
 * costs the events it brings rather than the programme's whole history. A new event that falls
 * after every event already folded (in {@link AsOf#WORLD_ORDER}: effective date, then position)
 * is simply applied to the kept {@link ProgrammeFoldState}. A late fact (effective before an event
 * already folded) or a correction changes what was folded before it, so the programme is folded
 * again from its events held here in memory (no read of the ledger log, no JSON parsing). The
 * result is the same view {@link ProgrammeFold#current} gives from scratch; a test holds it to that.
 */
final class LiveFold {

    private final BigDecimal significantExpenditure;
    private final List<RecordedEvent> events = new ArrayList<>();
    private ProgrammeFoldState state;
    private List<CorrectionView> corrections = List.of();
    private RecordedEvent lastFolded;
    private RecordedEvent latestCorrection;
    private long highestIndex = -1;
    private String highestEventId;
    private ProgrammeView written;

    LiveFold(BigDecimal significantExpenditure, List<RecordedEvent> history) {
        this.significantExpenditure = significantExpenditure;
        history.forEach(this::hold);
        foldAgain();
    }

    /** Applies the events of one batch (in the order they were recorded); true when it had to fold again. */
    synchronized boolean advance(List<RecordedEvent> arrived) {
        boolean inOrder = true;
        RecordedEvent last = lastFolded;
        for (RecordedEvent event : arrived) {
            if (AsOf.CORRECTION.equals(event.eventType()) || (last != null && AsOf.WORLD_ORDER.compare(event, last) < 0)) {
                inOrder = false;
            }
            last = event;
        }
        arrived.forEach(this::hold);
        if (!inOrder) {
            foldAgain();
            return true;
        }
        for (RecordedEvent event : arrived) {
            state.apply(event);
            lastFolded = event;
        }
        return false;
    }

    /** The current view, overdue judged at {@code today}; empty while the programme's registration is not held. */
    Optional<ProgrammeView> view(LocalDate today) {
        if (!state.registered()) {
            return Optional.empty();
        }
        RecordedEvent last = lastFolded;
        if (latestCorrection != null && (last == null || AsOf.WORLD_ORDER.compare(latestCorrection, last) > 0)) {
            last = latestCorrection;
        }
        return Optional.of(state.view(corrections, last, null, null, today));
    }

    synchronized int size() {
        return events.size();
    }

    /** A copy of the events held (as-of queries read them on other threads). */
    synchronized List<RecordedEvent> events() {
        return List.copyOf(events);
    }

    long highestIndex() {
        return highestIndex;
    }

    String highestEventId() {
        return highestEventId;
    }

    /** The view last written to the database from this fold (what the registers now hold), or null. */
    ProgrammeView written() {
        return written;
    }

    void written(ProgrammeView view) {
        this.written = view;
    }

    private void hold(RecordedEvent event) {
        events.add(event);
        if (event.globalIndex() > highestIndex) {
            highestIndex = event.globalIndex();
            highestEventId = event.eventId();
        }
    }

    /** The from-scratch fold, exactly as {@link ProgrammeFold#fold} does it, keeping its state. */
    private void foldAgain() {
        AsOf.Selection selection = AsOf.select(events, null, null);
        state = new ProgrammeFoldState(significantExpenditure);
        selection.events().forEach(state::apply);
        lastFolded = selection.events().isEmpty() ? null : selection.events().get(selection.events().size() - 1);
        List<CorrectionView> found = new ArrayList<>();
        latestCorrection = null;
        for (RecordedEvent corrected : selection.events()) {
            for (RecordedEvent c : selection.corrections().getOrDefault(corrected.eventId(), List.of())) {
                found.add(new CorrectionView(c.text("correctionId"), corrected.eventId(), corrected.eventType(),
                        c.text("whatWasWrong"), c.recordedAt(), c.eventId()));
                if (latestCorrection == null || AsOf.WORLD_ORDER.compare(c, latestCorrection) > 0) {
                    latestCorrection = c;
                }
            }
        }
        found.sort(Comparator.comparing(CorrectionView::recordedAt));
        corrections = List.copyOf(found);
    }

}
