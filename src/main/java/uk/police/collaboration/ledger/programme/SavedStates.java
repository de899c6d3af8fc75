package uk.police.collaboration.ledger.programme;

import uk.police.collaboration.ledger.ledgerlog.RecordedEvent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Copies of a programme's fold saved at intervals of valid time, so that an as-of or known-at
 * question folds only the events after the latest state that holds for it, not the whole history.
 * <p>
 * A state is saved after every {@code interval} events of the world-ordered selection (as known now).
 * At most {@link #MOST} are kept: when one more is due, every other one is dropped and the interval
 * doubles. So memory is bounded by {@link #MOST} copies of the fold whatever the programme's size, and
 * an answer folds at most one interval of events after its state (about 2 × events ÷ {@link #MOST}).
 * Counting events rather than months keeps the work between states even whether a programme's facts
 * crowd into one quarter or spread over ten years.
 * <p>
 * Each state carries its world position (the last event folded: effective date, then position in the
 * store) and {@code knownBy}: the latest instant at which any fact it folded reached its present form
 * ({@link Settled}). See {@link #latestFor} for when a state may answer, and {@link #keepBefore} for
 * when states are discarded (docs/architecture.md, "Saved states").
 */
final class SavedStates {

    static final int MOST = 32;
    static final int FIRST_INTERVAL = 256;

    /**
     * @param index    position of {@code last} in the world-ordered selection (the state folded 0..index)
     * @param last     the last event folded
     * @param knownBy  the latest instant at which any fact folded reached its present form
     * @param state    the saved fold; never folded into (answers fold into a copy of it)
     */
    record Saved(int index, RecordedEvent last, Instant knownBy, ProgrammeFoldState state) {
    }

    private final List<Saved> saved = new ArrayList<>();
    private final int firstInterval;
    private int interval;

    /** @param firstInterval events between saved states while the programme is small ({@link #FIRST_INTERVAL}; tests use less) */
    SavedStates(int firstInterval) {
        this.firstInterval = firstInterval;
        this.interval = firstInterval;
    }

    /** Called after the event at {@code index} was folded into {@code state}: saves a copy when one is due. */
    void folded(int index, RecordedEvent event, Instant knownBy, ProgrammeFoldState state) {
        if ((index + 1) % interval != 0) {
            return;
        }
        if (saved.size() == MOST) {
            List<Saved> kept = new ArrayList<>();
            for (Saved s : saved) {
                if ((s.index() + 1) % (2 * interval) == 0) {
                    kept.add(s);
                }
            }
            saved.clear();
            saved.addAll(kept);
            interval *= 2;
            if ((index + 1) % interval != 0) {
                return;
            }
        }
        saved.add(new Saved(index, event, knownBy, state.copy()));
    }

    /**
     * Keeps only the states that folded nothing at or after {@code index} of the selection (the first
     * position at which the selection now differs from the one they were folded from), with their
     * {@code knownBy} taken again from {@code knownBy} (the new selection's running latest instants).
     * Answers the latest state kept, or null.
     */
    Saved keepBefore(int index, Instant[] knownBy) {
        List<Saved> kept = new ArrayList<>();
        for (Saved s : saved) {
            if (s.index() < index) {
                kept.add(new Saved(s.index(), s.last(), knownBy[s.index()], s.state()));
            }
        }
        saved.clear();
        saved.addAll(kept);
        return kept.isEmpty() ? null : kept.get(kept.size() - 1);
    }

    /** Grows the interval before a fold of {@code events} from scratch, so that it saves at most {@link #MOST} states. */
    void clearFor(int events) {
        saved.clear();
        interval = firstInterval;
        while ((long) interval * MOST < events) {
            interval *= 2;
        }
    }

    List<Saved> snapshot() {
        return List.copyOf(saved);
    }

    /**
     * The latest state that answers as of {@code asOf} (null: no limit) as known at {@code knownAt}
     * (null: now), or null. A state holds for the question when
     * <ol>
     *   <li>its last event is effective on or before {@code asOf} (it folded nothing after that date);</li>
     *   <li>{@code knownBy} is at or before {@code knownAt}: every fact it folded was known then, with every
     *       correction laid over it and every fact its date derives from, so each reads then as it does now;</li>
     *   <li>no fact after its position now was, as known at {@code knownAt}, at or before that position: no
     *       fact known then whose date a correction recorded since has moved, or which the ledger dates from
     *       facts not all known then ({@link Settled#mayEnterBefore}).</li>
     * </ol>
     * Then the selection as of {@code asOf} as known at {@code knownAt} begins with exactly the events the
     * state folded, and the answer folds only the rest. As known now (null), 2 and 3 always hold.
     */
    static Saved latestFor(List<Saved> states, LocalDate asOf, Instant knownAt, Settled settled) {
        for (int i = states.size() - 1; i >= 0; i--) {
            Saved s = states.get(i);
            if (asOf != null && s.last().effectiveOn().isAfter(asOf)) {
                continue;
            }
            if (knownAt == null || (!s.knownBy().isAfter(knownAt) && !settled.mayEnterBefore(s.last(), knownAt))) {
                return s;
            }
        }
        return null;
    }
}
