package uk.police.collaboration.ledger.decision.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records that someone signed the report off in a role; the date signed is the envelope's effectiveOn. */
public record RecordSignOff(
        @TargetAggregateIdentifier @NotBlank @Size(max = 200) String reference,
        @NotNull SignOffRole role,
        @NotBlank @Size(max = 200) String name) {
}
