package uk.police.collaboration.ledger.milestone.api;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** A milestone was moved from one planned date to another. */
@Revision("1")
public record MilestoneRevised(String milestoneId, String collaborationId, LocalDate previousPlannedOn,
                               LocalDate plannedOn, String reason) implements MilestoneEvent {
}
