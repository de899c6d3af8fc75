package uk.police.collaboration.ledger.funding.api;

import org.axonframework.serialization.Revision;
import uk.police.collaboration.ledger.shared.FinancialYear;
import uk.police.collaboration.ledger.shared.Money;

import java.util.List;

@Revision("1")
public record FundingRequested(
        String fundingRequestId,
        String collaborationId,
        Money amount,
        FinancialYear financialYear,
        String purpose,
        String fundingSource,
        List<BudgetLine> budgetLines,
        String decisionReference) implements FundingEvent {

    public FundingRequested {
        budgetLines = budgetLines == null ? List.of() : List.copyOf(budgetLines);
    }
}
