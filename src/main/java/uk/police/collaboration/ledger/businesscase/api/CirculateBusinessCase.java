package uk.police.collaboration.ledger.businesscase.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record that the business case (or one tranche of it) was circulated, to whom and why. */
public record CirculateBusinessCase(
        @TargetAggregateIdentifier @NotBlank @Size(max = 100) String businessCaseId,
        @Size(max = Shape.SHORT) String tranche,
        @NotBlank @Size(max = Shape.SHORT) String circulatedTo,
        @NotBlank @Size(max = Shape.TEXT) String purpose) {
}
