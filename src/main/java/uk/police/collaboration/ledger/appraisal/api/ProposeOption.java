package uk.police.collaboration.ledger.appraisal.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Put an option into the appraisal; doNothing marks the 'Do Nothing' baseline. */
public record ProposeOption(
        @TargetAggregateIdentifier @NotBlank @Size(max = 100) String appraisalId,
        @NotBlank @Size(max = 100) String optionId,
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 10000) String description,
        @Valid Timescale timescale,
        boolean doNothing) {
}
