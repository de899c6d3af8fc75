package uk.police.collaboration.ledger.collaboration.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Close the collaboration with its outcome; nothing more can be recorded on it afterwards. */
public record CloseCollaboration(
        @TargetAggregateIdentifier @NotBlank @Size(max = 100) String collaborationId,
        @NotNull ClosureOutcome outcome,
        @NotBlank @Size(max = 10000) String reason) {
}
