package uk.police.collaboration.ledger.funding.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.police.collaboration.ledger.shared.FinancialYear;
import uk.police.collaboration.ledger.shared.Money;

/** Income the programme received (e.g. course fees from a partner), kept apart from the parties' shared funding. */
public record RecordIncome(
        @TargetAggregateIdentifier @NotBlank @Pattern(regexp = Shape.ID) String incomeId,
        @NotBlank @Pattern(regexp = Shape.ID) String collaborationId,
        @NotNull Money amount,
        @NotNull FinancialYear financialYear,
        @NotBlank @Size(max = Shape.SHORT) String receivedFrom,
        @NotBlank @Size(max = Shape.TEXT) String description) {
}
