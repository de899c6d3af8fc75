package uk.police.collaboration.ledger.decision.api;

import org.axonframework.serialization.Revision;

/** A required redaction was carried out and signed off (on the envelope's effective date). */
@Revision("1")
public record RedactionCompleted(String reference, String collaborationId, String redactionId, String signedOffBy,
                                 SignOffRole signedOffRole) implements DecisionEvent {
}
