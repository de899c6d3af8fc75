package uk.police.collaboration.ledger.programme;

import uk.police.collaboration.ledger.ledgerlog.RecordedEvent;
import uk.police.collaboration.ledger.programme.ProgrammeView.CorrectionView;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One programme's current fold, kept between batches and advanced by new events, so that a batch
 * costs the events it brings rather than the programme's whole history. A new event that falls
 * after every event already folded (in {@link AsOf#WORLD_ORDER}: effective date, then position)
 * is simply applied to the kept {@link ProgrammeFoldState}. A late fact (effective before an event
 * already folded), a correction, or a fact of an agreement (an agreement's coming into force is dated
 * from its signatures, {@link DerivedDates}) changes what was folded before it, so the programme is
 * folded again from its events held here in memory (no read of the ledger log, no JSON parsing),
 * starting from the last {@link SavedStates saved state} before the first position at which the
 * world-ordered selection changed. The result is the same view {@link ProgrammeFold#current} gives
 * from scratch; a test holds it to that.
 * <p>
 * The world-ordered selection and the saved states also answer as-of and known-at questions
 * ({@link #asOf}), folding only the events after the latest saved state that holds for the question.
 */
final class LiveFold {

    /** Facts of an agreement: folding one may re-date the agreement's coming into force. */
    private static final Set<String> AGREEMENT_DATING = Set.of("AgreementDrafted", "AgreementSigned", "AgreementInForce");

    private final BigDecimal significantExpenditure;
    private final List<RecordedEvent> events = new ArrayList<>();
    private final SavedStates saved;
    /** The selection as known now, in world order: what {@link #state} has folded, one by one. */
    private List<RecordedEvent> selection = new ArrayList<>();
    private Map<String, List<RecordedEvent>> correctionsOf = Map.of();
    private Settled settled = Settled.none();
    /** The latest instant at which any fact folded into {@link #state} reached its present form. */
    private Instant knownBy;
    private ProgrammeFoldState state;
    private List<CorrectionView> corrections = List.of();
    private RecordedEvent lastFolded;
    private RecordedEvent latestCorrection;
    private long highestIndex = -1;
    private String highestEventId;
    private ProgrammeView written;

    LiveFold(BigDecimal significantExpenditure, List<RecordedEvent> history) {
        this(significantExpenditure, history, SavedStates.FIRST_INTERVAL);
    }

    /** @param savedEvery events between saved states while the programme is small (tests save often) */
    LiveFold(BigDecimal significantExpenditure, List<RecordedEvent> history, int savedEvery) {
        this.significantExpenditure = significantExpenditure;
        this.saved = new SavedStates(savedEvery);
        history.forEach(this::hold);
        foldAgain();
    }

    /** Applies the events of one batch (in the order they were recorded); true when it had to fold again. */
    synchronized boolean advance(List<RecordedEvent> arrived) {
        boolean inOrder = true;
        RecordedEvent last = lastFolded;
        for (RecordedEvent event : arrived) {
            if (AsOf.CORRECTION.equals(event.eventType()) || AGREEMENT_DATING.contains(event.eventType())
                    || (last != null && AsOf.WORLD_ORDER.compare(event, last) < 0)) {
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
            int index = selection.size();
            selection.add(event);
            state.apply(event);
            knownBy = later(knownBy, event.recordedAt());
            saved.folded(index, event, knownBy, state);
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

    /**
     * The programme as of {@code asOf} (null: no limit) as known at {@code knownAt} (null: now), exactly as
     * {@link ProgrammeFold#asOf} answers it from scratch, but folded from the latest saved state that holds
     * for the question ({@link SavedStates#latestFor}). As known now, the selection is the kept one, cut at
     * {@code asOf}; as known at an instant, it is selected again from the events held (no read of the ledger
     * log, no parsing), and only the events after the saved state are folded. The fold runs outside the
     * lock, on copies, so the projector is not held up.
     */
    Optional<ProgrammeView> asOf(LocalDate asOf, Instant knownAt, LocalDate overdueAt) {
        AsOf.Selection answered;
        ProgrammeFoldState from;
        boolean owned = false;
        int start;
        if (knownAt == null) {
            synchronized (this) {
                int upTo = asOf == null ? selection.size() : firstAfter(selection, asOf);
                answered = new AsOf.Selection(List.copyOf(selection.subList(0, upTo)), correctionsOf);
                if (upTo == selection.size()) {
                    from = state.copy();
                    owned = true;
                    start = upTo;
                } else {
                    SavedStates.Saved s = SavedStates.latestFor(saved.snapshot(), asOf, null, settled);
                    from = s == null ? null : s.state();
                    start = s == null ? 0 : s.index() + 1;
                }
            }
        } else {
            List<RecordedEvent> held;
            List<SavedStates.Saved> states;
            Settled facts;
            synchronized (this) {
                held = List.copyOf(events);
                states = saved.snapshot();
                facts = settled;
            }
            answered = AsOf.select(held, asOf, knownAt);
            SavedStates.Saved s = SavedStates.latestFor(states, asOf, knownAt, facts);
            int at = s == null ? -1 : Collections.binarySearch(answered.events(), s.last(), AsOf.WORLD_ORDER);
            boolean holds = at >= 0 && answered.events().get(at).equals(s.last());
            from = holds ? s.state() : null;
            start = holds ? at + 1 : 0;
        }
        // A saved state is shared with other answers and later folds: fold into a copy of it (the view
        // itself only reads the state, so a state with nothing left to fold answers as it is).
        ProgrammeFoldState folding = from == null ? new ProgrammeFoldState(significantExpenditure)
                : owned || start == answered.events().size() ? from : from.copy();
        for (int i = start; i < answered.events().size(); i++) {
            folding.apply(answered.events().get(i));
        }
        return ProgrammeFold.answer(folding, answered, asOf, knownAt, overdueAt);
    }

    synchronized int size() {
        return events.size();
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

    /**
     * The from-scratch selection, exactly as {@link ProgrammeFold#fold} makes it; folded from the last saved
     * state before the first position where it differs from the selection folded before (the invalidation
     * rule, docs/architecture.md), or from nothing.
     */
    private void foldAgain() {
        AsOf.Selection next = AsOf.select(events, null, null);
        List<RecordedEvent> now = next.events();
        Settled facts = Settled.of(now, next.corrections());
        Instant[] running = new Instant[now.size()];
        Instant latest = null;
        for (int i = 0; i < now.size(); i++) {
            latest = later(latest, facts.of(now.get(i)));
            running[i] = latest;
        }
        int same = firstDifference(selection, now);
        SavedStates.Saved from = same == 0 ? null : saved.keepBefore(same, running);
        int start;
        if (from == null) {
            saved.clearFor(now.size());
            state = new ProgrammeFoldState(significantExpenditure);
            start = 0;
        } else {
            state = from.state().copy();
            start = from.index() + 1;
        }
        for (int i = start; i < now.size(); i++) {
            state.apply(now.get(i));
            saved.folded(i, now.get(i), running[i], state);
        }
        selection = new ArrayList<>(now);
        correctionsOf = next.corrections();
        settled = facts;
        knownBy = latest;
        lastFolded = now.isEmpty() ? null : now.get(now.size() - 1);
        List<CorrectionView> found = new ArrayList<>();
        latestCorrection = null;
        for (RecordedEvent corrected : now) {
            for (RecordedEvent c : next.corrections().getOrDefault(corrected.eventId(), List.of())) {
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

    /** How many leading events the two selections share (the same facts in the same form). */
    private static int firstDifference(List<RecordedEvent> before, List<RecordedEvent> now) {
        int n = Math.min(before.size(), now.size());
        int i = 0;
        while (i < n && (before.get(i) == now.get(i) || Objects.equals(before.get(i), now.get(i)))) {
            i++;
        }
        return i;
    }

    /** The index of the first event effective after {@code day} in a world-ordered selection. */
    private static int firstAfter(List<RecordedEvent> world, LocalDate day) {
        int low = 0, high = world.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (world.get(mid).effectiveOn().isAfter(day)) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }

    private static Instant later(Instant a, Instant b) {
        return a == null || b.isAfter(a) ? b : a;
    }
}
