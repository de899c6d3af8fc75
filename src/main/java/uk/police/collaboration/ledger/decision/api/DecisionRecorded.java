package uk.police.collaboration.ledger.decision.api;

import org.axonframework.serialization.Revision;
import uk.police.collaboration.ledger.shared.Money;

import java.time.LocalDate;
import java.util.List;

/** A decision report was recorded under its reference. */
@Revision("1")
public record DecisionRecorded(
        String reference,
        String collaborationId,
        String title,
        String decisionMaker,
        String reportAuthor,
        LocalDate reportDate,
        List<String> recommendations,
        Money expenditure,
        boolean flaggedSignificant,
        String significanceReason,
        List<String> optionIds,
        List<String> agreementIds,
        List<String> fundingRequestIds) implements DecisionEvent {

    public DecisionRecorded {
        recommendations = recommendations == null ? List.of() : List.copyOf(recommendations);
        optionIds = optionIds == null ? List.of() : List.copyOf(optionIds);
        agreementIds = agreementIds == null ? List.of() : List.copyOf(agreementIds);
        fundingRequestIds = fundingRequestIds == null ? List.of() : List.copyOf(fundingRequestIds);
    }
}
