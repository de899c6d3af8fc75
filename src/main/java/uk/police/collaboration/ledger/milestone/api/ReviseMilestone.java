package uk.police.collaboration.ledger.milestone.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Moves a milestone not yet achieved to a new planned date, saying why. */
public record ReviseMilestone(
        @TargetAggregateIdentifier @NotBlank @Size(max = 200) String milestoneId,
        @NotNull LocalDate plannedOn,
        @NotBlank @Size(max = 20000) String reason) {
}
