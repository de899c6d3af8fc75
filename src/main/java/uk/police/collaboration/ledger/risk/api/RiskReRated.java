package uk.police.collaboration.ledger.risk.api;

import org.axonframework.serialization.Revision;

/** A risk was re-rated; null fields were left as they stood. */
@Revision("1")
public record RiskReRated(String riskId, String collaborationId, String likelihood, String impact, String owner,
                          String reason) implements RiskEvent {
}
