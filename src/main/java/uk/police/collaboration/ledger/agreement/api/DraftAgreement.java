package uk.police.collaboration.ledger.agreement.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

/** Record the text of an agreement between parties before anyone signs: its kind, title and parties. */
public record DraftAgreement(
        @TargetAggregateIdentifier @NotBlank @Pattern(regexp = Shape.ID) String agreementId,
        @NotBlank @Pattern(regexp = Shape.ID) String collaborationId,
        @NotNull AgreementKind kind,
        @NotBlank @Size(max = Shape.SHORT) String title,
        @NotEmpty @Size(max = 100) List<@NotNull @Valid AgreementParty> parties,
        @Pattern(regexp = Shape.ID) String supersedesAgreementId,
        LocalDate signBy) {

    public DraftAgreement {
        parties = parties == null ? List.of() : List.copyOf(parties);
    }
}
