package uk.police.collaboration.ledger.risk.api;

import org.axonframework.serialization.Revision;

/** A risk was closed. */
@Revision("1")
public record RiskClosed(String riskId, String collaborationId, String reason) implements RiskEvent {
}
