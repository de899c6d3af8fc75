package uk.police.collaboration.ledger.risk;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.police.collaboration.ledger.risk.api.CloseRisk;
import uk.police.collaboration.ledger.risk.api.MitigateRisk;
import uk.police.collaboration.ledger.risk.api.RaiseRisk;
import uk.police.collaboration.ledger.risk.api.RiskClosed;
import uk.police.collaboration.ledger.risk.api.RiskMitigated;
import uk.police.collaboration.ledger.risk.api.RiskRaised;

import static uk.police.collaboration.ledger.shared.Refusals.ruleViolation;

/** Risks as in the register of Gloucestershire decision D09-2018 (risks a to o). */
class RiskTest {

    static final String RISK = "soh-risk-c";
    static final String PROGRAMME = "single-online-home";
    static final String COSTS = "Costs have not been finalised before the SOI being signed, with a variance of £20k in"
            + " pricing and a potential increase of £55k per annum website costs for Constabulary & OPCC";

    private FixtureConfiguration<Risk> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Risk.class);
    }

    static RiskRaised riskCRaised() {
        return new RiskRaised(RISK, PROGRAMME, "c", COSTS, null, null, "Head of Public Affairs");
    }

    @Test
    void aRiskFromThePapersRegisterIsRaisedWithItsLabel() {
        fixture.givenNoPriorActivity()
                .when(new RaiseRisk(RISK, PROGRAMME, "c", COSTS, null, null, "Head of Public Affairs"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(riskCRaised());
    }

    @Test
    void aRiskIsRaisedWithLikelihoodAndImpact() {
        fixture.givenNoPriorActivity()
                .when(new RaiseRisk("soh-risk-l", PROGRAMME, "l",
                        "National threat of a cyber-attack with all forces being on one environment", "Low", "High", null))
                .expectEvents(new RiskRaised("soh-risk-l", PROGRAMME, "l",
                        "National threat of a cyber-attack with all forces being on one environment", "Low", "High", null));
    }

    @Test
    void anOpenRiskIsMitigated() {
        fixture.given(riskCRaised())
                .when(new MitigateRisk(RISK, "Prices to be confirmed by DPC in November 2018 before any contract"))
                .expectEvents(new RiskMitigated(RISK, PROGRAMME,
                        "Prices to be confirmed by DPC in November 2018 before any contract"));
    }

    @Test
    void anOpenRiskIsMitigatedMoreThanOnce() {
        fixture.given(riskCRaised(), new RiskMitigated(RISK, PROGRAMME, "First mitigation"))
                .when(new MitigateRisk(RISK, "Second mitigation"))
                .expectEvents(new RiskMitigated(RISK, PROGRAMME, "Second mitigation"));
    }

    @Test
    void mitigatingAClosedRiskIsRefused() {
        fixture.given(riskCRaised(), new RiskClosed(RISK, PROGRAMME, "Prices confirmed"))
                .when(new MitigateRisk(RISK, "Too late"))
                .expectException(ruleViolation("RISK_CLOSED"))
                .expectNoEvents();
    }

    @Test
    void anOpenRiskIsClosedWithAReason() {
        fixture.given(riskCRaised())
                .when(new CloseRisk(RISK, "Hosting costs confirmed in November 2018"))
                .expectEvents(new RiskClosed(RISK, PROGRAMME, "Hosting costs confirmed in November 2018"));
    }

    @Test
    void closingARiskTwiceIsRefused() {
        fixture.given(riskCRaised(), new RiskClosed(RISK, PROGRAMME, "Prices confirmed"))
                .when(new CloseRisk(RISK, "Again"))
                .expectException(ruleViolation("RISK_CLOSED"))
                .expectNoEvents();
    }
}
