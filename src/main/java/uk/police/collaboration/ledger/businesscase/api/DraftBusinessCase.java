package uk.police.collaboration.ledger.businesscase.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Open a business case at a stage (SOC, OBC or FBC), optionally for a workstream and a tranche. */
public record DraftBusinessCase(
        @TargetAggregateIdentifier @NotBlank @Pattern(regexp = Shape.ID) String businessCaseId,
        @NotBlank @Pattern(regexp = Shape.ID) String collaborationId,
        @Pattern(regexp = Shape.ID) String workstreamId,
        @NotBlank @Size(max = Shape.SHORT) String title,
        @NotNull BusinessCaseStage stage,
        @Size(max = Shape.SHORT) String tranche) {
}
