package uk.police.collaboration.ledger.decision.api;

import org.axonframework.serialization.Revision;

/** Someone signed the decision report off in a role (on the envelope's effective date). */
@Revision("1")
public record SignOffRecorded(String reference, String collaborationId, SignOffRole role, String name)
        implements DecisionEvent {
}
