package uk.police.collaboration.ledger.milestone;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import uk.police.collaboration.ledger.milestone.api.AchieveMilestone;
import uk.police.collaboration.ledger.milestone.api.ReviseMilestone;
import uk.police.collaboration.ledger.milestone.api.SetMilestone;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Shape (bean validation, refused at dispatch as INVALID_FIELD) as opposed to rules (RuleViolation). */
class MilestoneCommandShapeTest {

    private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
    private static final Validator VALIDATOR = FACTORY.getValidator();

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    private static List<String> invalidFields(Object command) {
        return VALIDATOR.validate(command).stream().map(ConstraintViolation::getPropertyPath).map(Object::toString)
                .toList();
    }

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
