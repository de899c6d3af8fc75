package uk.police.collaboration.ledger.risk.api;

import org.axonframework.serialization.Revision;

/** A mitigation of an open risk was recorded. */
@Revision("1")
public record RiskMitigated(String riskId, String collaborationId, String mitigation) implements RiskEvent {
}
