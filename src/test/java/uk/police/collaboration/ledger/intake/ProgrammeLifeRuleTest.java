package uk.police.collaboration.ledger.intake;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every fact of a programme, of any record, lies within the programme's life in the world. */
class ProgrammeLifeRuleTest {

    private static final ProgrammeLife OPEN = new ProgrammeLife("p", "Programme", LocalDate.parse("2019-06-01"), null);
    private static final ProgrammeLife CLOSED = new ProgrammeLife("p", "Programme", LocalDate.parse("2019-06-01"),
            LocalDate.parse("2023-03-31"));

    @Test
    void aFactDatedBeforeTheRegistrationIsRefusedWithTheWayToRecordEarlierHistory() {
        assertThatThrownBy(() -> ProgrammeLifeRule.check(LocalDate.parse("2018-10-01"), OPEN, "effectiveOn"))
                .isInstanceOf(CommandRefused.class)
                .hasFieldOrPropertyWithValue("code", "BEFORE_PROGRAMME_REGISTERED")
                .hasMessageContaining("registered on 2019-06-01").hasMessageContaining("correcting the registration's date");
    }

    @Test
    void aFactOnTheDayOfRegistrationOrOfClosureIsWithinTheLife() {
        assertThatCode(() -> ProgrammeLifeRule.check(LocalDate.parse("2019-06-01"), CLOSED, "effectiveOn")).doesNotThrowAnyException();
        assertThatCode(() -> ProgrammeLifeRule.check(LocalDate.parse("2023-03-31"), CLOSED, "effectiveOn")).doesNotThrowAnyException();
    }

    @Test
    void aLateRecordedFactDatedBeforeTheClosureIsAccepted() {
        assertThatCode(() -> ProgrammeLifeRule.check(LocalDate.parse("2022-12-01"), CLOSED, "effectiveOn")).doesNotThrowAnyException();
    }

    @Test
    void aFactDatedAfterTheClosureIsRefused() {
        assertThatThrownBy(() -> ProgrammeLifeRule.check(LocalDate.parse("2023-04-01"), CLOSED, "effectiveOn"))
                .isInstanceOf(CommandRefused.class)
                .hasFieldOrPropertyWithValue("code", "COLLABORATION_CLOSED")
                .hasMessageContaining("closed on 2023-03-31");
    }
}
