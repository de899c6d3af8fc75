package uk.police.collaboration.ledger.milestone.api;

import org.axonframework.serialization.Revision;

/** A milestone was achieved, on the envelope's effective date (message metadata, not payload). */
@Revision("1")
public record MilestoneAchieved(String milestoneId, String collaborationId, String note) implements MilestoneEvent {
}
