package uk.police.collaboration.ledger.programme;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.constraints.IntRange;
import uk.police.collaboration.ledger.ledgerlog.RecordedEvent;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A copy of a fold's state is a fold of its own: folding A, copying, then folding B into the copy
 * gives what folding A and B without a copy gives, and folding into the copy leaves the original as it
 * was. For generated programmes of every event type ({@link GeneratedProgramme}).
 */
class ProgrammeFoldStateCopyTest {

    private static final LocalDate OVERDUE_AT = LocalDate.parse("2026-12-01");
    private static final BigDecimal THRESHOLD = new BigDecimal("50000.00");

    @Property(tries = 60, shrinking = ShrinkingMode.OFF)
    void foldingIntoACopyEqualsFoldingWithoutOneAndLeavesTheOriginalAlone(@ForAll long seed,
                                                                          @ForAll @IntRange(min = 1, max = 200) int size) {
        Random random = new Random(seed);
        List<RecordedEvent> world = AsOf.select(GeneratedProgramme.generate(random, size), null, null).events();
        int cut = random.nextInt(world.size() + 1);

        ProgrammeFoldState whole = fold(new ProgrammeFoldState(THRESHOLD), world);
        ProgrammeFoldState original = fold(new ProgrammeFoldState(THRESHOLD), world.subList(0, cut));
        ProgrammeView before = view(original);
        ProgrammeFoldState copy = fold(original.copy(), world.subList(cut, world.size()));

        assertThat(view(copy)).as("seed %d, copied after %d of %d events", seed, cut, world.size()).isEqualTo(view(whole));
        assertThat(view(original)).as("the original, after folding into its copy").isEqualTo(before);
        assertThat(view(fold(original, world.subList(cut, world.size())))).as("the original folds on as before")
                .isEqualTo(view(whole));
    }

    private static ProgrammeFoldState fold(ProgrammeFoldState state, List<RecordedEvent> events) {
        events.forEach(state::apply);
        return state;
    }

    private static ProgrammeView view(ProgrammeFoldState state) {
        return state.view(List.of(), null, null, null, OVERDUE_AT);
    }
}
