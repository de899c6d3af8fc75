package uk.police.collaboration.ledger.appraisal.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Take a proposed option out of the appraisal before it is decided. */
public record WithdrawOption(
        @TargetAggregateIdentifier @NotBlank @Size(max = 100) String appraisalId,
        @NotBlank @Size(max = 100) String optionId,
        @NotBlank @Size(max = 10000) String reason) {
}
