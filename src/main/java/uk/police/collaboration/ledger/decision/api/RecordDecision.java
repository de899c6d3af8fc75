package uk.police.collaboration.ledger.decision.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.police.collaboration.ledger.shared.Money;

import java.time.LocalDate;
import java.util.List;

/**
 * Records a decision report under its reference (e.g. "PFCC/100/2018", "D09-2018"): what is asked,
 * of whom, and what it links to. The reference names the stream, so it can be recorded only once.
 */
public record RecordDecision(
        @TargetAggregateIdentifier @NotBlank @Size(max = 200) String reference,
        @NotBlank @Size(max = 200) String collaborationId,
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 200) String decisionMaker,
        @NotBlank @Size(max = 200) String reportAuthor,
        LocalDate reportDate,
        @Size(max = 100) List<@NotBlank @Size(max = 20000) String> recommendations,
        Money expenditure,
        boolean flaggedSignificant,
        @Size(max = 20000) String significanceReason,
        @Size(max = 100) List<@NotBlank @Size(max = 200) String> optionIds,
        @Size(max = 100) List<@NotBlank @Size(max = 200) String> agreementIds,
        @Size(max = 100) List<@NotBlank @Size(max = 200) String> fundingRequestIds) {

    public RecordDecision {
        recommendations = recommendations == null ? List.of() : List.copyOf(recommendations);
        optionIds = optionIds == null ? List.of() : List.copyOf(optionIds);
        agreementIds = agreementIds == null ? List.of() : List.copyOf(agreementIds);
        fundingRequestIds = fundingRequestIds == null ? List.of() : List.copyOf(fundingRequestIds);
    }
}
