package uk.police.collaboration.ledger.programme;

import uk.police.collaboration.ledger.ledgerlog.RecordedEvent;
import uk.police.collaboration.ledger.programme.ProgrammeView.CorrectionView;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Folds a programme's events (already selected and ordered by {@link AsOf}) into its
 * {@link ProgrammeView}. Pure: no clock, no database; the threshold for significant public
 * interest is given (setting {@code ledger.decisions.significant-expenditure}). Each business area's events
 * are applied, and its part of the view built, by that area's own fold (see {@link ProgrammeFoldState}).
 */
public final class ProgrammeFold {

    private final BigDecimal significantExpenditure;

    public ProgrammeFold(BigDecimal significantExpenditure) {
        this.significantExpenditure = Objects.requireNonNull(significantExpenditure);
    }

    public static ProgrammeFold withDefaultThreshold() {
        return new ProgrammeFold(new BigDecimal("50000.00"));
    }

    /** The whole history, as known now, overdue judged at {@code today}. */
    public Optional<ProgrammeView> current(List<RecordedEvent> events, LocalDate today) {
        return fold(AsOf.select(events, null, null), null, null, today);
    }

    /** The programme as of {@code asOf} (null: no limit) as known at {@code knownAt} (null: now). */
    public Optional<ProgrammeView> asOf(List<RecordedEvent> events, LocalDate asOf, Instant knownAt, LocalDate today) {
        return fold(AsOf.select(events, asOf, knownAt), asOf, knownAt, asOf != null ? asOf : today);
    }

    /** Empty when the selection holds no registration of the programme (unknown, or not yet registered then). */
    public Optional<ProgrammeView> fold(AsOf.Selection selection, LocalDate asOf, Instant knownAt, LocalDate overdueAt) {
        ProgrammeFoldState state = new ProgrammeFoldState(significantExpenditure);
        for (RecordedEvent event : selection.events()) {
            state.apply(event);
        }
        return answer(state, selection, asOf, knownAt, overdueAt);
    }

    /**
     * The view from {@code state}, which has folded every event of {@code selection} (from scratch, or
     * from a saved state and then the rest): the corrections applied to the selection and its last change.
     */
    static Optional<ProgrammeView> answer(ProgrammeFoldState state, AsOf.Selection selection, LocalDate asOf,
                                          Instant knownAt, LocalDate overdueAt) {
        if (!state.registered()) {
            return Optional.empty();
        }
        List<CorrectionView> corrections = new ArrayList<>();
        RecordedEvent last = selection.events().isEmpty() ? null : selection.events().get(selection.events().size() - 1);
        for (RecordedEvent corrected : selection.events()) {
            for (RecordedEvent c : selection.corrections().getOrDefault(corrected.eventId(), List.of())) {
                corrections.add(new CorrectionView(c.text("correctionId"), corrected.eventId(), corrected.eventType(),
                        c.text("whatWasWrong"), c.recordedAt(), c.eventId()));
                if (last == null || AsOf.WORLD_ORDER.compare(c, last) > 0) {
                    last = c;
                }
            }
        }
        corrections.sort(Comparator.comparing(CorrectionView::recordedAt));
        return Optional.of(state.view(corrections, last, asOf, knownAt, overdueAt));
    }
}
