package uk.police.collaboration.ledger.businesscase.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Take an approved business case to its next stage (SOC to OBC, OBC to FBC), optionally under a new title. */
public record AdvanceBusinessCase(
        @TargetAggregateIdentifier @NotBlank @Size(max = 100) String businessCaseId,
        @NotNull BusinessCaseStage toStage,
        @Size(max = Shape.SHORT) String title) {
}
