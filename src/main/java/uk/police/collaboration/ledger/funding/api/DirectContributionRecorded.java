package uk.police.collaboration.ledger.funding.api;

import org.axonframework.serialization.Revision;
import uk.police.collaboration.ledger.shared.FinancialYear;
import uk.police.collaboration.ledger.shared.Money;

/** One party paid towards the programme outside the sharing model. */
@Revision("1")
public record DirectContributionRecorded(String contributionId, String collaborationId, String partyId, Money amount,
                                         FinancialYear financialYear, String purpose, String fundingSource,
                                         String decisionReference) implements DirectFundingEvent {

    @Override
    public String recordId() {
        return contributionId;
    }
}
