package uk.police.collaboration.ledger.decision.api;

import org.axonframework.serialization.Revision;

/** The decision maker agreed, or did not agree, the recommendations. */
@Revision("1")
public record DecisionMade(String reference, String collaborationId, DecisionOutcome outcome, String decidedBy,
                           String reasons) implements DecisionEvent {
}
