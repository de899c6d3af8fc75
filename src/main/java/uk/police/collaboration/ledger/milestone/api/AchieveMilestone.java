package uk.police.collaboration.ledger.milestone.api;

import jakarta.validation.constraints.Size;
import jakarta.validation.constraints.NotBlank;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records that a milestone was achieved; the date achieved is the envelope's effectiveOn. */
public record AchieveMilestone(
        @TargetAggregateIdentifier @NotBlank @Size(max = 200) String milestoneId,
        @Size(max = 20000) String note) {
}
