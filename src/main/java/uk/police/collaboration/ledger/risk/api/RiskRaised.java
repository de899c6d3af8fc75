package uk.police.collaboration.ledger.risk.api;

import org.axonframework.serialization.Revision;

/** A risk to a programme was raised. */
@Revision("1")
public record RiskRaised(String riskId, String collaborationId, String label, String description, String likelihood,
                         String impact, String owner) implements RiskEvent {
}
