package uk.police.collaboration.ledger.risk;

import org.junit.jupiter.api.Test;
import uk.police.collaboration.ledger.risk.api.CloseRisk;
import uk.police.collaboration.ledger.risk.api.RaiseRisk;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.police.collaboration.ledger.shared.CommandShapes.invalidFields;

/** Shape (bean validation, refused at dispatch as INVALID_FIELD) as opposed to rules (RuleViolation). */
class RiskCommandShapeTest {

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
