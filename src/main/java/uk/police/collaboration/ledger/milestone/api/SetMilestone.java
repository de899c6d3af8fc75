package uk.police.collaboration.ledger.milestone.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Sets a milestone of a programme (a go-live, a signing deadline, a first payment) and the date planned. */
public record SetMilestone(
        @TargetAggregateIdentifier @NotBlank @Size(max = 200) String milestoneId,
        @NotBlank @Size(max = 200) String collaborationId,
        @NotBlank @Size(max = 200) String title,
        @NotNull LocalDate plannedOn,
        @Size(max = 200) String workstreamId) {
}
