package uk.police.collaboration.ledger.businesscase.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record that the business case was presented to a body, optionally at a named meeting. */
public record PresentBusinessCase(
        @TargetAggregateIdentifier @NotBlank @Size(max = 100) String businessCaseId,
        @NotBlank @Size(max = Shape.SHORT) String presentedTo,
        @Size(max = Shape.SHORT) String meeting) {
}
