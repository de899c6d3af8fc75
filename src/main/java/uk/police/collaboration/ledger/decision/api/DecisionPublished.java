package uk.police.collaboration.ledger.decision.api;

import org.axonframework.serialization.Revision;

/** The decision was published (on the envelope's effective date), optionally at a web address. */
@Revision("1")
public record DecisionPublished(String reference, String collaborationId, String url) implements DecisionEvent {
}
