package uk.police.collaboration.ledger.milestone.api;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** A milestone of a programme was set for a planned date. */
@Revision("1")
public record MilestoneSet(String milestoneId, String collaborationId, String title, LocalDate plannedOn,
                           String workstreamId) implements MilestoneEvent {
}
