package uk.police.collaboration.ledger.funding;

import org.junit.jupiter.api.Test;
import uk.police.collaboration.ledger.funding.api.BudgetLine;
import uk.police.collaboration.ledger.funding.api.RequestFunding;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.police.collaboration.ledger.shared.CommandShapes.invalidFields;

/** Shape (bean validation, refused at dispatch as INVALID_FIELD) as opposed to rules (RuleViolation). */
class FundingCommandShapeTest {

    @Test
    void aCommandMissingItsRequiredFieldsBreaksItsShapeRules() {
        assertThat(invalidFields(new RequestFunding("pfcc-100-2018", "essex-contact-management", null, null, "Purpose",
                null, List.of(new BudgetLine("", null, null)), null)))
                .containsExactlyInAnyOrder("amount", "financialYear", "budgetLines[0].line", "budgetLines[0].current",
                        "budgetLines[0].revised");
    }
}
