package uk.police.collaboration.ledger.businesscase;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.police.collaboration.ledger.businesscase.api.ApproveTranche;
import uk.police.collaboration.ledger.businesscase.api.BusinessCaseAdvanced;
import uk.police.collaboration.ledger.businesscase.api.BusinessCaseApproved;
import uk.police.collaboration.ledger.businesscase.api.BusinessCaseDrafted;
import uk.police.collaboration.ledger.businesscase.api.BusinessCaseStage;
import uk.police.collaboration.ledger.businesscase.api.TrancheApproved;

import static uk.police.collaboration.ledger.shared.Refusals.ruleViolation;

/** One tranche of a business case approved while the next is still being written (7F procurement FBC). */
class TrancheApprovalTest {

    static final String CASE = "7f-procurement-fbc";
    static final String PROGRAMME = "eastern-region-7f";
    static final BusinessCaseDrafted DRAFTED = new BusinessCaseDrafted(CASE, PROGRAMME, "procurement",
            "Single procurement department", BusinessCaseStage.FBC, "1");

    private FixtureConfiguration<BusinessCase> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(BusinessCase.class);
    }

    @Test
    void aTrancheIsApprovedAndTheStageStaysOpen() {
        fixture.given(DRAFTED)
                .when(new ApproveTranche(CASE, "1", "7F Summit", null))
                .expectEvents(new TrancheApproved(CASE, PROGRAMME, BusinessCaseStage.FBC, "1", "7F Summit", null));
    }

    @Test
    void theNextTrancheIsApprovedAfterTheFirst() {
        fixture.given(DRAFTED, new TrancheApproved(CASE, PROGRAMME, BusinessCaseStage.FBC, "1", "7F Summit", null))
                .when(new ApproveTranche(CASE, "2", "7F Summit", null))
                .expectEvents(new TrancheApproved(CASE, PROGRAMME, BusinessCaseStage.FBC, "2", "7F Summit", null));
    }

    @Test
    void aTrancheIsApprovedOnce() {
        fixture.given(DRAFTED, new TrancheApproved(CASE, PROGRAMME, BusinessCaseStage.FBC, "1", "7F Summit", null))
                .when(new ApproveTranche(CASE, "1", "7F Summit", null))
                .expectException(ruleViolation("TRANCHE_ALREADY_APPROVED", "1"))
                .expectNoEvents();
    }

    @Test
    void aStageAlreadyDecidedTakesNoTrancheApproval() {
        fixture.given(DRAFTED, new BusinessCaseApproved(CASE, PROGRAMME, "7F Summit", null, BusinessCaseStage.FBC))
                .when(new ApproveTranche(CASE, "2", "7F Summit", null))
                .expectException(ruleViolation("BUSINESS_CASE_DECIDED"))
                .expectNoEvents();
    }

    @Test
    void aNewStageStartsWithNoTrancheApproved() {
        BusinessCaseDrafted obc = new BusinessCaseDrafted(CASE, PROGRAMME, null, "Storage", BusinessCaseStage.OBC, "1");
        fixture.given(obc, new TrancheApproved(CASE, PROGRAMME, BusinessCaseStage.OBC, "1", "Chiefs", null),
                        new BusinessCaseApproved(CASE, PROGRAMME, "Chiefs", null, BusinessCaseStage.OBC),
                        new BusinessCaseAdvanced(CASE, PROGRAMME, BusinessCaseStage.OBC, BusinessCaseStage.FBC, null))
                .when(new ApproveTranche(CASE, "1", "Chiefs", null))
                .expectEvents(new TrancheApproved(CASE, PROGRAMME, BusinessCaseStage.FBC, "1", "Chiefs", null));
    }
}
