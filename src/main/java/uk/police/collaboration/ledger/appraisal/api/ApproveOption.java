package uk.police.collaboration.ledger.appraisal.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A body approves one option; this settles the appraisal and the other open options are not selected. */
public record ApproveOption(
        @TargetAggregateIdentifier @NotBlank @Size(max = 100) String appraisalId,
        @NotBlank @Size(max = 100) String optionId,
        @NotBlank @Size(max = 200) String approvedBy,
        @Size(max = 200) String meeting,
        @Size(max = 200) String decisionReference) {
}
