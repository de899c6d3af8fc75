package uk.police.collaboration.ledger.businesscase;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.police.collaboration.ledger.businesscase.api.AdvanceBusinessCase;
import uk.police.collaboration.ledger.businesscase.api.ApproveBusinessCase;
import uk.police.collaboration.ledger.businesscase.api.AssuranceConclusion;
import uk.police.collaboration.ledger.businesscase.api.AssuranceRecorded;
import uk.police.collaboration.ledger.businesscase.api.BusinessCaseAdvanced;
import uk.police.collaboration.ledger.businesscase.api.BusinessCaseApproved;
import uk.police.collaboration.ledger.businesscase.api.BusinessCaseCirculated;
import uk.police.collaboration.ledger.businesscase.api.BusinessCaseDrafted;
import uk.police.collaboration.ledger.businesscase.api.BusinessCaseEndorsed;
import uk.police.collaboration.ledger.businesscase.api.BusinessCasePresented;
import uk.police.collaboration.ledger.businesscase.api.BusinessCaseRejected;
import uk.police.collaboration.ledger.businesscase.api.CirculateBusinessCase;
import uk.police.collaboration.ledger.businesscase.api.DraftBusinessCase;
import uk.police.collaboration.ledger.businesscase.api.EndorseBusinessCase;
import uk.police.collaboration.ledger.businesscase.api.PresentBusinessCase;
import uk.police.collaboration.ledger.businesscase.api.RecordAssurance;
import uk.police.collaboration.ledger.businesscase.api.RejectBusinessCase;

import static uk.police.collaboration.ledger.businesscase.api.BusinessCaseStage.FBC;
import static uk.police.collaboration.ledger.businesscase.api.BusinessCaseStage.OBC;
import static uk.police.collaboration.ledger.businesscase.api.BusinessCaseStage.SOC;
import static uk.police.collaboration.ledger.shared.Refusals.ruleViolation;

/** The 7F single procurement department case (Kent Performance and Delivery Board, 27 Sep 2017). */
class BusinessCaseTest {

    private static final String CASE = "7f-single-procurement";
    private static final String COLLABORATION = "eastern-region-7f";

    private static final BusinessCaseDrafted DRAFTED_SOC = new BusinessCaseDrafted(CASE, COLLABORATION, "procurement",
            "Single procurement department", SOC, null);
    private static final BusinessCaseDrafted DRAFTED_FBC = new BusinessCaseDrafted(CASE, COLLABORATION, "procurement",
            "Single procurement department", FBC, "1");
    private static final BusinessCaseApproved SOC_APPROVED = new BusinessCaseApproved(CASE, COLLABORATION,
            "7F Summit", null, SOC);
    private static final BusinessCaseApproved FBC_APPROVED = new BusinessCaseApproved(CASE, COLLABORATION,
            "7F Summit", "Summit 12 Oct 2017", FBC);
    private static final BusinessCaseRejected FBC_REJECTED = new BusinessCaseRejected(CASE, COLLABORATION,
            "7F Summit", "Savings not evidenced");

    private FixtureConfiguration<BusinessCase> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(BusinessCase.class);
    }

    // DraftBusinessCase

    @Test
    void draftingABusinessCaseRecordsItAtItsStageAndTranche() {
        fixture.givenNoPriorActivity()
                .when(new DraftBusinessCase(CASE, COLLABORATION, "procurement", "Single procurement department", FBC, "1"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(DRAFTED_FBC);
    }

    // EndorseBusinessCase

    @Test
    void endorsingAnUndecidedCaseRecordsTheEndorsementAtItsCurrentStage() {
        fixture.given(DRAFTED_SOC)
                .when(new EndorseBusinessCase(CASE, "Stakeholders"))
                .expectEvents(new BusinessCaseEndorsed(CASE, COLLABORATION, "Stakeholders", SOC));
    }

    @Test
    void endorsingAnApprovedCaseIsRefused() {
        fixture.given(DRAFTED_FBC, FBC_APPROVED)
                .when(new EndorseBusinessCase(CASE, "Stakeholders"))
                .expectException(ruleViolation("BUSINESS_CASE_DECIDED", "already been approved"))
                .expectNoEvents();
    }

    // CirculateBusinessCase

    @Test
    void circulatingATrancheRecordsWhoItWentToAndWhy() {
        fixture.given(DRAFTED_FBC)
                .when(new CirculateBusinessCase(CASE, "1", "Stakeholders", "Feedback prior to finalisation"))
                .expectEvents(new BusinessCaseCirculated(CASE, COLLABORATION, "1", "Stakeholders",
                        "Feedback prior to finalisation"));
    }

    @Test
    void circulatingARejectedCaseIsRefused() {
        fixture.given(DRAFTED_FBC, FBC_REJECTED)
                .when(new CirculateBusinessCase(CASE, "1", "Stakeholders", "Feedback"))
                .expectException(ruleViolation("BUSINESS_CASE_DECIDED", "already been rejected"))
                .expectNoEvents();
    }

    // PresentBusinessCase

    @Test
    void presentingRecordsTheBodyAndTheMeeting() {
        fixture.given(DRAFTED_FBC)
                .when(new PresentBusinessCase(CASE, "7F Summit", "Summit 12 October 2017"))
                .expectEvents(new BusinessCasePresented(CASE, COLLABORATION, "7F Summit", "Summit 12 October 2017"));
    }

    @Test
    void presentingAnApprovedCaseIsRefused() {
        fixture.given(DRAFTED_FBC, FBC_APPROVED)
                .when(new PresentBusinessCase(CASE, "7 Chiefs", null))
                .expectException(ruleViolation("BUSINESS_CASE_DECIDED"))
                .expectNoEvents();
    }

    // ApproveBusinessCase

    @Test
    void approvingRecordsTheStageThatWasApproved() {
        fixture.given(DRAFTED_FBC)
                .when(new ApproveBusinessCase(CASE, "7F Summit", "Summit 12 Oct 2017"))
                .expectEvents(FBC_APPROVED);
    }

    @Test
    void approvingARejectedCaseIsRefused() {
        fixture.given(DRAFTED_FBC, FBC_REJECTED)
                .when(new ApproveBusinessCase(CASE, "7F Summit", null))
                .expectException(ruleViolation("BUSINESS_CASE_DECIDED"))
                .expectNoEvents();
    }

    // RejectBusinessCase

    @Test
    void rejectingRecordsWhoRejectedItAndWhy() {
        fixture.given(DRAFTED_FBC)
                .when(new RejectBusinessCase(CASE, "7F Summit", "Savings not evidenced"))
                .expectEvents(FBC_REJECTED);
    }

    @Test
    void rejectingAnApprovedCaseIsRefused() {
        fixture.given(DRAFTED_FBC, FBC_APPROVED)
                .when(new RejectBusinessCase(CASE, "7F Summit", "Changed our minds"))
                .expectException(ruleViolation("BUSINESS_CASE_DECIDED"))
                .expectNoEvents();
    }

    // AdvanceBusinessCase

    @Test
    void advancingAnApprovedCaseOpensTheNextStage() {
        fixture.given(DRAFTED_SOC, SOC_APPROVED)
                .when(new AdvanceBusinessCase(CASE, OBC, "Single procurement department: outline case"))
                .expectEvents(new BusinessCaseAdvanced(CASE, COLLABORATION, SOC, OBC,
                        "Single procurement department: outline case"));
    }

    @Test
    void theNextStageOpensUndecidedSoItCanBeApprovedInTurn() {
        fixture.given(DRAFTED_SOC, SOC_APPROVED, new BusinessCaseAdvanced(CASE, COLLABORATION, SOC, OBC, null))
                .when(new ApproveBusinessCase(CASE, "7 Chiefs", null))
                .expectEvents(new BusinessCaseApproved(CASE, COLLABORATION, "7 Chiefs", null, OBC));
    }

    @Test
    void advancingACaseWhoseStageIsUndecidedIsRefused() {
        fixture.given(DRAFTED_SOC)
                .when(new AdvanceBusinessCase(CASE, OBC, null))
                .expectException(ruleViolation("STAGE_NOT_APPROVED", "until its SOC"))
                .expectNoEvents();
    }

    @Test
    void advancingARejectedCaseIsRefused() {
        fixture.given(DRAFTED_SOC, new BusinessCaseRejected(CASE, COLLABORATION, "7 Chiefs", "Not now"))
                .when(new AdvanceBusinessCase(CASE, OBC, null))
                .expectException(ruleViolation("STAGE_NOT_APPROVED"))
                .expectNoEvents();
    }

    @Test
    void skippingTheOutlineStageIsRefused() {
        fixture.given(DRAFTED_SOC, SOC_APPROVED)
                .when(new AdvanceBusinessCase(CASE, FBC, null))
                .expectException(ruleViolation("STAGE_OUT_OF_ORDER", "only advance to OBC, not to FBC"))
                .expectNoEvents();
    }

    @Test
    void goingBackAStageIsRefused() {
        fixture.given(DRAFTED_SOC, SOC_APPROVED, new BusinessCaseAdvanced(CASE, COLLABORATION, SOC, OBC, null),
                        new BusinessCaseApproved(CASE, COLLABORATION, "7 Chiefs", null, OBC))
                .when(new AdvanceBusinessCase(CASE, SOC, null))
                .expectException(ruleViolation("STAGE_OUT_OF_ORDER"))
                .expectNoEvents();
    }

    @Test
    void advancingBeyondTheFullBusinessCaseIsRefused() {
        fixture.given(DRAFTED_FBC, FBC_APPROVED)
                .when(new AdvanceBusinessCase(CASE, FBC, null))
                .expectException(ruleViolation("STAGE_OUT_OF_ORDER", "the last stage"))
                .expectNoEvents();
    }

    // RecordAssurance

    @Test
    void recordingAssuranceRecordsTheAssurerConclusionAndRecommendations() {
        fixture.given(DRAFTED_SOC)
                .when(new RecordAssurance(CASE, "PA Consulting", AssuranceConclusion.CONFIRMED, 4,
                        "Evidence sufficiently robust to support closure"))
                .expectEvents(new AssuranceRecorded(CASE, COLLABORATION, "PA Consulting",
                        AssuranceConclusion.CONFIRMED, 4, "Evidence sufficiently robust to support closure"));
    }

    @Test
    void assuranceCanBeRecordedAfterTheStageIsDecided() {
        fixture.given(DRAFTED_FBC, FBC_REJECTED)
                .when(new RecordAssurance(CASE, "PA Consulting", AssuranceConclusion.QUALIFIED, 0, "Late review"))
                .expectEvents(new AssuranceRecorded(CASE, COLLABORATION, "PA Consulting",
                        AssuranceConclusion.QUALIFIED, 0, "Late review"));
    }
}
