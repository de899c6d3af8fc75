package uk.police.collaboration.ledger.businesscase.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record an external assurance review of the business case: who, what they concluded, how many recommendations. */
public record RecordAssurance(
        @TargetAggregateIdentifier @NotBlank @Size(max = 100) String businessCaseId,
        @NotBlank @Size(max = Shape.SHORT) String assurer,
        @NotNull AssuranceConclusion conclusion,
        @PositiveOrZero int recommendations,
        @NotBlank @Size(max = Shape.TEXT) String summary) {
}
