package uk.police.collaboration.ledger.risk;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.police.collaboration.ledger.risk.api.ReRateRisk;
import uk.police.collaboration.ledger.risk.api.RiskClosed;
import uk.police.collaboration.ledger.risk.api.RiskRaised;
import uk.police.collaboration.ledger.risk.api.RiskReRated;

import static uk.police.collaboration.ledger.shared.Dated.effective;
import static uk.police.collaboration.ledger.shared.Dated.on;
import static uk.police.collaboration.ledger.shared.Refusals.ruleViolation;

/** A risk's likelihood, impact and owner change over time. */
class RiskReRatingTest {

    static final String RISK = "training-risk-instructors";
    static final String PROGRAMME = "regional-training";
    static final RiskRaised RAISED = new RiskRaised(RISK, PROGRAMME, "1", "Too few instructors", "Medium", "High",
            "Head of Training");

    private FixtureConfiguration<Risk> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Risk.class);
    }

    @Test
    void anOpenRiskIsReRatedWithANewOwner() {
        fixture.given(on("2019-01-14", RAISED))
                .when(new ReRateRisk(RISK, "High", null, "Chief Superintendent", "Two instructors left"),
                        effective("2019-05-01"))
                .expectEvents(new RiskReRated(RISK, PROGRAMME, "High", null, "Chief Superintendent",
                        "Two instructors left"));
    }

    @Test
    void aReRatingThatChangesNothingIsRefused() {
        fixture.given(on("2019-01-14", RAISED))
                .when(new ReRateRisk(RISK, null, null, null, "No change"), effective("2019-05-01"))
                .expectException(ruleViolation("NOTHING_TO_RERATE"))
                .expectNoEvents();
    }

    @Test
    void aReRatingDatedBeforeTheRiskWasRaisedIsRefusedWhateverTheRecordingOrder() {
        fixture.given(on("2019-01-14", RAISED))
                .when(new ReRateRisk(RISK, "Low", null, null, "Backdated"), effective("2018-12-01"))
                .expectException(ruleViolation("RERATED_BEFORE_RAISED", "2018-12-01", "2019-01-14"))
                .expectNoEvents();
    }

    @Test
    void aClosedRiskIsNotReRated() {
        fixture.given(on("2019-01-14", RAISED), new RiskClosed(RISK, PROGRAMME, "Recruited"))
                .when(new ReRateRisk(RISK, "Low", null, null, "After closure"), effective("2019-06-01"))
                .expectException(ruleViolation("RISK_CLOSED"))
                .expectNoEvents();
    }
}
