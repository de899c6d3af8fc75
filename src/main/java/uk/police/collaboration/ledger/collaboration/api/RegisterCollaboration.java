package uk.police.collaboration.ledger.collaboration.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** Start the record of a collaboration programme with its first parties. */
public record RegisterCollaboration(
        @TargetAggregateIdentifier @NotBlank @Size(max = 100) String collaborationId,
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 10000) String scope,
        @NotEmpty @Size(max = 100) List<@Valid @NotNull Party> parties,
        @Size(max = 100) String leadPartyId,
        @Size(max = 200) String leadOfficer) {

    public RegisterCollaboration {
        parties = parties == null ? List.of() : List.copyOf(parties);
    }
}
