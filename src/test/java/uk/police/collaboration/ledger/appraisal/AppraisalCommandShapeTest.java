package uk.police.collaboration.ledger.appraisal;

import org.junit.jupiter.api.Test;
import uk.police.collaboration.ledger.appraisal.api.ApproveOption;
import uk.police.collaboration.ledger.appraisal.api.ProposeOption;
import uk.police.collaboration.ledger.appraisal.api.Timescale;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.police.collaboration.ledger.shared.CommandShapes.invalidFields;

/** Shape (bean validation, refused at dispatch as INVALID_FIELD) as opposed to rules (RuleViolation). */
class AppraisalCommandShapeTest {

    @Test
    void aNegativeTimescaleIsMisshapen() {
        assertThat(invalidFields(new ProposeOption("options", "option-1", "Short term", "12-18 months",
                new Timescale(-1, 18, null), false))).containsExactly("timescale.minMonths");
    }

    @Test
    void anApprovalWithoutTheApprovingBodyIsMisshapen() {
        assertThat(invalidFields(new ApproveOption("options", "option-2", null, null, null))).containsExactly("approvedBy");
    }
}
