package uk.police.collaboration.ledger.appraisal.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records how many options a paper says were considered at a stage when it does not name them all
 * ("a range of five options"; "a wide range of options": count null), so the appraisal shows the
 * stated number beside the options it holds.
 */
public record StateOptionsConsidered(
        @TargetAggregateIdentifier @NotBlank @Size(max = 200) String appraisalId,
        @NotNull AppraisalStage stage,
        @PositiveOrZero @Max(1000) Integer count,
        @NotBlank @Size(max = 20000) String description) {
}
