package uk.police.collaboration.ledger.appraisal.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A body rejects one option; the appraisal stays open for the others. */
public record RejectOption(
        @TargetAggregateIdentifier @NotBlank @Size(max = 100) String appraisalId,
        @NotBlank @Size(max = 100) String optionId,
        @NotBlank @Size(max = 200) String rejectedBy,
        @NotBlank @Size(max = 10000) String reason) {
}
