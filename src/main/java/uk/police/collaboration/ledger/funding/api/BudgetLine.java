package uk.police.collaboration.ledger.funding.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import uk.police.collaboration.ledger.shared.Money;

/** One line of a budget table: what it costs now and what it is estimated to cost after the change. */
public record BudgetLine(
        @NotBlank @Size(max = Shape.SHORT) String line,
        @NotNull Money current,
        @NotNull Money revised) {

    /** Revised minus current: what this line adds to (or, when negative, saves from) the request. */
    public Money variance() {
        return revised.minus(current);
    }
}
