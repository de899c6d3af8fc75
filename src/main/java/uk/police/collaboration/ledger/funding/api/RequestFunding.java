package uk.police.collaboration.ledger.funding.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.police.collaboration.ledger.shared.FinancialYear;
import uk.police.collaboration.ledger.shared.Money;

import java.util.List;

/** Ask for an amount in one financial year, for a purpose, optionally with its source and the budget lines it changes. */
public record RequestFunding(
        @TargetAggregateIdentifier @NotBlank @Pattern(regexp = Shape.ID) String fundingRequestId,
        @NotBlank @Pattern(regexp = Shape.ID) String collaborationId,
        @NotNull Money amount,
        @NotNull FinancialYear financialYear,
        @NotBlank @Size(max = Shape.TEXT) String purpose,
        @Size(max = Shape.SHORT) String fundingSource,
        @Size(max = 200) List<@NotNull @Valid BudgetLine> budgetLines,
        @Size(max = Shape.SHORT) String decisionReference) {

    public RequestFunding {
        budgetLines = budgetLines == null ? List.of() : List.copyOf(budgetLines);
    }
}
