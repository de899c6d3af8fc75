package uk.police.collaboration.ledger.funding.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.police.collaboration.ledger.shared.Money;

import java.util.List;

/**
 * Records a set of savings as a paper states them (e.g. the EMSOU-FS table "costs shared by funding
 * formula"): per party, per financial year, cashable or not, on a stated basis, optionally under a
 * cost-sharing model and with the paper's own TOTAL beside the computed one.
 */
public record RecordSavings(
        @TargetAggregateIdentifier @NotBlank @Pattern(regexp = Shape.ID) String savingsId,
        @NotBlank @Pattern(regexp = Shape.ID) String collaborationId,
        @NotBlank @Size(max = Shape.SHORT) String title,
        @NotBlank @Size(max = Shape.TEXT) String basis,
        @Pattern(regexp = Shape.ID) String costSharingModelId,
        @NotEmpty @Size(max = 500) List<@NotNull @Valid SavingLine> lines,
        Money statedTotal) {

    public RecordSavings {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }
}
