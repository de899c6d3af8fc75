package uk.police.collaboration.ledger.risk.api;

/** Every fact about a risk of a collaboration programme. */
public sealed interface RiskEvent permits RiskRaised, RiskMitigated, RiskClosed, RiskReRated {

    String riskId();

    String collaborationId();
}
