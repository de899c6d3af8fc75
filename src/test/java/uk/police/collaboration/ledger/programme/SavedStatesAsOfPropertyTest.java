package uk.police.collaboration.ledger.programme;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.constraints.IntRange;
import uk.police.collaboration.ledger.ledgerlog.RecordedEvent;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Answers from saved states equal answers from scratch: a kept fold, advanced batch by batch through a
 * generated programme with late facts, corrections (some moving facts in valid time) and agreements dated
 * from their signatures, answers as of every effective date (and the day before each) as known now and at
 * several instants exactly as {@link ProgrammeFold#asOf} does folding the same events from nothing. States
 * are saved every few events so that every answer starts from one, and the refolds after late facts and
 * corrections keep and discard them by the invalidation rule.
 */
class SavedStatesAsOfPropertyTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-12-01");
    private static final BigDecimal THRESHOLD = new BigDecimal("50000.00");
    private final ProgrammeFold fold = new ProgrammeFold(THRESHOLD);

    @Property(tries = 15, shrinking = ShrinkingMode.OFF)
    void answersFromSavedStatesEqualFoldsFromScratchAtEveryDateAndSeveralInstants(
            @ForAll long seed, @ForAll @IntRange(min = 20, max = 120) int size, @ForAll @IntRange(min = 2, max = 9) int savedEvery) {
        Random random = new Random(seed);
        List<RecordedEvent> all = GeneratedProgramme.generate(random, size);
        int first = 1 + random.nextInt(5);
        LiveFold live = new LiveFold(THRESHOLD, all.subList(0, first), savedEvery);
        for (int done = first; done < all.size(); ) {
            int next = Math.min(all.size(), done + 1 + random.nextInt(12));
            live.advance(all.subList(done, next));
            done = next;
            if (random.nextInt(4) == 0) {
                // Part-way too: the states saved so far, against the events held so far.
                assertSameAnswers(live, all.subList(0, done), random, seed);
            }
        }
        assertSameAnswers(live, all, random, seed);
        assertThat(live.view(TODAY)).as("the current view, seed %d", seed).isEqualTo(fold.current(all, TODAY));
    }

    private void assertSameAnswers(LiveFold live, List<RecordedEvent> held, Random random, long seed) {
        TreeSet<LocalDate> days = new TreeSet<>();
        held.forEach(e -> {
            days.add(e.effectiveOn());
            days.add(e.effectiveOn().minusDays(1));
        });
        List<Instant> instants = new ArrayList<>();
        instants.add(null);
        for (int i = 0; i < 4; i++) {
            instants.add(held.get(random.nextInt(held.size())).recordedAt().plusSeconds(random.nextInt(3) - 1));
        }
        List<LocalDate> dates = new ArrayList<>(days);
        dates.add(null);
        for (Instant knownAt : instants) {
            for (LocalDate asOf : dates) {
                LocalDate overdueAt = asOf != null ? asOf : TODAY;
                assertThat(live.asOf(asOf, knownAt, overdueAt))
                        .as("seed %d, %d events held, as of %s as known at %s", seed, held.size(), asOf, knownAt)
                        .isEqualTo(fold.asOf(held, asOf, knownAt, TODAY));
            }
        }
    }
}
