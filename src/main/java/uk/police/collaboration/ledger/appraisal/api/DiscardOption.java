package uk.police.collaboration.ledger.appraisal.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records an option the appraisal considered and discarded at a stage (e.g. dropped at the long
 * list), so the appraisal holds every option the paper considered, not only those put to the vote.
 * The option was never proposed for decision; it cannot be approved afterwards.
 */
public record DiscardOption(
        @TargetAggregateIdentifier @NotBlank @Size(max = 200) String appraisalId,
        @NotBlank @Size(max = 200) String optionId,
        @NotBlank @Size(max = 200) String title,
        @Size(max = 20000) String description,
        @NotNull AppraisalStage stage,
        @NotBlank @Size(max = 20000) String reason) {
}
