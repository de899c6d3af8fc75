package uk.police.collaboration.ledger.businesscase;

import org.junit.jupiter.api.Test;
import uk.police.collaboration.ledger.businesscase.api.RecordAssurance;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.police.collaboration.ledger.shared.CommandShapes.invalidFields;

/** Shape (bean validation, refused at dispatch as INVALID_FIELD) as opposed to rules (RuleViolation). */
class BusinessCaseCommandShapeTest {

    @Test
    void aCommandMissingItsRequiredFieldsBreaksItsShapeRules() {
        assertThat(invalidFields(new RecordAssurance("kent-essex-cmcr", " ", null, -1, "")))
                .containsExactlyInAnyOrder("assurer", "conclusion", "recommendations", "summary");
    }
}
