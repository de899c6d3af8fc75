package uk.police.collaboration.ledger.agreement;

import org.junit.jupiter.api.Test;
import uk.police.collaboration.ledger.agreement.api.DraftAgreement;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.police.collaboration.ledger.shared.CommandShapes.invalidFields;

/** Shape (bean validation, refused at dispatch as INVALID_FIELD) as opposed to rules (RuleViolation). */
class AgreementCommandShapeTest {

    @Test
    void aCommandMissingItsRequiredFieldsBreaksItsShapeRules() {
        assertThat(invalidFields(new DraftAgreement("not a slug!", "bch-public-contact", null, "Public Contact", List.of(),
                null, null))).containsExactlyInAnyOrder("agreementId", "kind", "parties");
    }
}
