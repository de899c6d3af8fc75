package uk.police.collaboration.ledger.risk;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import uk.police.collaboration.ledger.risk.api.CloseRisk;
import uk.police.collaboration.ledger.risk.api.RaiseRisk;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Shape (bean validation, refused at dispatch as INVALID_FIELD) as opposed to rules (RuleViolation). */
class RiskCommandShapeTest {

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
    void aRiskWithOnlyItsIdProgrammeAndDescriptionIsValid() {
        assertThat(invalidFields(new RaiseRisk("soh-risk-a", "single-online-home", null, "No proven metrics", null,
                null, null))).isEmpty();
    }

    @Test
    void aRiskWithoutADescriptionIsInvalid() {
        assertThat(invalidFields(new RaiseRisk("soh-risk-a", "single-online-home", "a", " ", null, null, null)))
                .containsExactly("description");
    }

    @Test
    void closingARiskWithoutAReasonIsInvalid() {
        assertThat(invalidFields(new CloseRisk("soh-risk-a", null))).containsExactly("reason");
    }
}
