package uk.police.collaboration.ledger.funding.api;

import org.axonframework.serialization.Revision;
import uk.police.collaboration.ledger.shared.FinancialYear;
import uk.police.collaboration.ledger.shared.Money;

/** The programme received income. */
@Revision("1")
public record IncomeRecorded(String incomeId, String collaborationId, Money amount, FinancialYear financialYear,
                             String receivedFrom, String description) implements DirectFundingEvent {

    @Override
    public String recordId() {
        return incomeId;
    }
}
