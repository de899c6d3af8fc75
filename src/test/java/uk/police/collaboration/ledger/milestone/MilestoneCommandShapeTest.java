package uk.police.collaboration.ledger.milestone;

import org.junit.jupiter.api.Test;
import uk.police.collaboration.ledger.milestone.api.AchieveMilestone;
import uk.police.collaboration.ledger.milestone.api.ReviseMilestone;
import uk.police.collaboration.ledger.milestone.api.SetMilestone;

import java.time.LocalDate;
import static org.assertj.core.api.Assertions.assertThat;
import static uk.police.collaboration.ledger.shared.CommandShapes.invalidFields;

/** Shape (bean validation, refused at dispatch as INVALID_FIELD) as opposed to rules (RuleViolation). */
class MilestoneCommandShapeTest {

    @Test
    void aMilestoneWithoutAPlannedDateIsInvalid() {
        assertThat(invalidFields(new SetMilestone("athena-go-live", "public-contact-bch", "Athena go-live", null, null)))
                .containsExactly("plannedOn");
    }

    @Test
    void aRevisionWithoutAReasonIsInvalid() {
        assertThat(invalidFields(new ReviseMilestone("athena-go-live", LocalDate.of(2018, 6, 1), ""))).containsExactly("reason");
    }

    @Test
    void achievingWithoutANoteIsValid() {
        assertThat(invalidFields(new AchieveMilestone("athena-go-live", null))).isEmpty();
    }
}
